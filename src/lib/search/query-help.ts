/** The query language as the search page documents it: every operator, what it does, an example. */

export interface SyntaxEntry {
	syntax: string;
	meaning: string;
	example: string;
}

export const QUERY_SYNTAX: readonly SyntaxEntry[] = [
	{ syntax: 'word word', meaning: 'messages containing every word (AND is implied; writing AND is allowed)', example: 'customs exam' },
	{ syntax: 'a OR b', meaning: 'either word; OR is uppercase and binds tighter than the implied AND', example: 'Evergreen OR Maersk booking' },
	{ syntax: '-word, NOT word', meaning: 'leave out messages with the word (also works on phrases, fields and groups)', example: 'ISF -accepted' },
	{ syntax: '( … )', meaning: 'group parts of a query', example: '(rate OR quote) -drayage' },
	{ syntax: '"exact phrase"', meaning: 'the words together, in this order, checked against the message text', example: '"bill of lading"' },
	{ syntax: 'prefix*', meaning: 'words starting with the prefix', example: 'contain*' },
	{ syntax: 'word~', meaning: 'words spelled nearly the same (fuzzy: a typo or two)', example: 'evergren~' },
	{ syntax: 'from:name', meaning: 'written by a participant whose name, or a word of it, starts with the value', example: 'from:"Dana Weiss"' },
	{ syntax: 'in:title', meaning: 'in a conversation whose title, or a word of it, starts with the value (or its number)', example: 'in:"Harbor Logistics"' },
	{
		syntax: 'platform:name',
		meaning: 'from one platform: whatsapp, wechat, telegram, slack, discord, messenger, instagram, signal, csv',
		example: 'platform:whatsapp'
	},
	{ syntax: 'kind:kind', meaning: 'records of one kind: text, media, system, deleted, call, location, other', example: 'kind:media' },
	{ syntax: 'before:date, after:date', meaning: 'sent before / after a date (YYYY, YYYY-MM or YYYY-MM-DD, UTC)', example: 'after:2024-02 before:2024-03-15' },
	{ syntax: 'on:date', meaning: 'sent on that day, in that month or in that year', example: 'on:2024-02' },
	{ syntax: 'has:attachment, has:link', meaning: 'messages with a file attached, or with a link in the text', example: 'has:link' },
	{
		syntax: 'risk:category',
		meaning: 'messages the risk scan flagged: a category (pii.email, phi, secret, policy.off_channel…) or a prefix (pii, policy)',
		example: 'risk:pii'
	},
	{ syntax: 'field:"two words"', meaning: 'quote a value that has spaces; put - before a field to exclude it', example: '-from:"Bo Li"' }
];
