/** The parsed form of a lexicon expression. start/end are offsets into the query text (for editors). */

/** One word of a term: an exact folded word, a prefix (`guarant*`), or a pattern for other `*` / `?` uses. */
export type WordPattern = { exact: string } | { prefix: string } | { regex: RegExp; source: string };

export interface TermNode {
	type: 'term';
	/** The term as written in the query (a bare word or the inside of a quoted phrase). */
	text: string;
	/** Consecutive words the term must match; several for phrases, hyphenated words and CJK terms. */
	words: WordPattern[];
	/** The folded words joined by spaces: equal keys match equally (used to match each term once per message). */
	key: string;
	start: number;
	end: number;
}

export interface AndNode {
	type: 'and';
	left: PolicyNode;
	right: PolicyNode;
	start: number;
	end: number;
}

export interface OrNode {
	type: 'or';
	left: PolicyNode;
	right: PolicyNode;
	start: number;
	end: number;
}

export interface NotNode {
	type: 'not';
	operand: PolicyNode;
	start: number;
	end: number;
}

/**
 * `a w/N b` (either order), `a pre/N b` (a before b), `a post/N b` (a after b);
 * `a NOT w/N b`: a with no b that close (NOT pre/N: none after a; NOT post/N: none before a).
 */
export interface NearNode {
	type: 'near';
	left: PolicyNode;
	right: PolicyNode;
	distance: number;
	/** Where b must be relative to a: 'after' for pre/N, 'before' for post/N, null for w/N. */
	order: 'after' | 'before' | null;
	negated: boolean;
	start: number;
	end: number;
}

export type PolicyNode = TermNode | AndNode | OrNode | NotNode | NearNode;

export interface QueryError {
	message: string;
	start: number;
	end: number;
}
