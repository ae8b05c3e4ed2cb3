/**
 * The search contract between the query parser (query-parser.ts), the index (engine) and the UI.
 * Offsets are UTF-16 indices into the query string, end exclusive.
 */

export type FilterField = 'from' | 'in' | 'platform' | 'kind' | 'before' | 'after' | 'on' | 'has' | 'risk';

export type QueryNode =
	/** A word. `prefix*` and `word~` (fuzzy) change how it matches. */
	| { type: 'term'; value: string; mode: 'exact' | 'prefix' | 'fuzzy'; start: number; end: number }
	/** `"exact phrase"`: checked against the message text, not only the index. */
	| { type: 'phrase'; value: string; start: number; end: number }
	| { type: 'and'; children: QueryNode[]; start: number; end: number }
	| { type: 'or'; children: QueryNode[]; start: number; end: number }
	/** `-word`, `NOT word`, `-from:x`. */
	| { type: 'not'; child: QueryNode; start: number; end: number }
	/** `field:value`; dates are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; `has:` is 'attachment' or 'link'. */
	| { type: 'filter'; field: FilterField; value: string; start: number; end: number };

export interface QueryError {
	message: string;
	start: number;
	end: number;
}

/** Never throws: a query with errors has `ast` null and at least one error. An empty query has both empty. */
export interface ParsedQuery {
	ast: QueryNode | null;
	errors: QueryError[];
}

/** Columnar batch of messages to index, read from DuckDB (one row per message). */
export interface SearchBatch {
	/** messages.id */
	ids: Float64Array;
	conversation: Int32Array;
	/** participant id, -1 when none (system records) */
	author: Int32Array;
	/** index into MESSAGE_KINDS ($lib/model/types) */
	kind: Uint8Array;
	/** ts_utc as epoch milliseconds, NaN when unknown */
	ts: Float64Array;
	/** bit 0: has an attachment, bit 1: has a link */
	flags: Uint8Array;
	text: string[];
}

/** What the index takes: a SearchBatch, or one whose texts are UTF-8 (the Arrow column's bytes, decoded only where not plain ASCII). */
export type IndexBatch = Omit<SearchBatch, 'text'> & { text: string[] | Utf8Texts };

/** Texts as one UTF-8 buffer: text i is bytes[offsets[i], offsets[i + 1]); a missing text is empty. */
export interface Utf8Texts {
	bytes: Uint8Array;
	offsets: Int32Array;
}

export interface FacetValue {
	key: string;
	label: string;
	count: number;
}

export interface SearchFacets {
	conversation: FacetValue[];
	author: FacetValue[];
	platform: FacetValue[];
	/** key 'YYYY-MM' */
	month: FacetValue[];
}

export interface TermReport {
	/** The term as the user wrote it (a word, prefix*, word~ or "phrase"). */
	term: string;
	/** Messages among the hits that this term matches. */
	hits: number;
	/** Messages among the hits that no other term matches. */
	unique: number;
}

export interface SearchResult {
	/** The hits asked for (every hit unless a limit was given), best first (sort 'rank') or oldest first (sort 'time'). */
	ids: Float64Array;
	scores: Float64Array;
	/** Every hit, also those past the limit. */
	total: number;
	facets: SearchFacets;
	terms: TermReport[];
}
