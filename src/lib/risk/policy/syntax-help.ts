/** The lexicon language in one table, for the policy editor's help panel. */
export const POLICY_SYNTAX_HELP: readonly { syntax: string; meaning: string }[] = [
	{ syntax: 'guarantee', meaning: 'the whole word, any case, accents ignored (ß = ss)' },
	{ syntax: 'guarant*', meaning: '* stands for any letters inside one word: guarantee, guaranteed, guarantees' },
	{ syntax: 'unauthori?ed', meaning: '? stands for exactly one letter: unauthorised, unauthorized' },
	{ syntax: '"text me"  or  text me', meaning: 'a phrase: the words next to each other (risk-free = "risk free")' },
	{ syntax: '加我微信', meaning: 'Chinese: matched inside the running text; ? stands for one character' },
	{ syntax: 'a AND b,  a OR b', meaning: 'both anywhere in the message; either (operators in capitals)' },
	{ syntax: 'a NOT b,  NOT b', meaning: 'a, in a message without b' },
	{ syntax: 'a w/5 b', meaning: 'a and b at most 5 words apart, either order (Chinese: 5 characters)' },
	{ syntax: 'a pre/5 b,  a post/5 b', meaning: 'b after a, or b before a, within 5 words' },
	{ syntax: 'a NOT w/3 b', meaning: 'a with no b within 3 words (NOT pre/3: none after a; NOT post/3: none before a)' },
	{ syntax: '( … )', meaning: 'grouping; NOT binds tightest, then w/N, then AND, then OR' },
	{ syntax: 'Exceptions', meaning: 'a second expression: a message matching it never fires the policy' }
];
