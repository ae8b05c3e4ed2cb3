import { SearchIndex } from '../../../../src/lib/search/engine/index';
import type { FilterField, QueryNode } from '../../../../src/lib/search/types';

/** One message of a hand-written test archive. */
export interface Row {
	id: number;
	text: string;
	conversation?: number;
	author?: number;
	/** index into MESSAGE_KINDS: 0 text, 1 media, 2 system */
	kind?: number;
	/** ISO time, or null when unknown */
	ts?: string | null;
	/** bit 0 attachment, bit 1 link */
	flags?: number;
}

export function buildIndex(rows: Row[]): SearchIndex {
	const index = new SearchIndex();
	index.add({
		ids: Float64Array.from(rows, (r) => r.id),
		conversation: Int32Array.from(rows, (r) => r.conversation ?? 1),
		author: Int32Array.from(rows, (r) => r.author ?? -1),
		kind: Uint8Array.from(rows, (r) => r.kind ?? 0),
		ts: Float64Array.from(rows, (r) => (r.ts ? Date.parse(r.ts) : NaN)),
		flags: Uint8Array.from(rows, (r) => r.flags ?? 0),
		text: rows.map((r) => r.text)
	});
	return index;
}

export const term = (value: string, mode: 'exact' | 'prefix' | 'fuzzy' = 'exact'): QueryNode => ({ type: 'term', value, mode, start: 0, end: 0 });
export const phrase = (value: string): QueryNode => ({ type: 'phrase', value, start: 0, end: 0 });
export const and = (...children: QueryNode[]): QueryNode => ({ type: 'and', children, start: 0, end: 0 });
export const or = (...children: QueryNode[]): QueryNode => ({ type: 'or', children, start: 0, end: 0 });
export const not = (child: QueryNode): QueryNode => ({ type: 'not', child, start: 0, end: 0 });
export const filter = (field: FilterField, value: string): QueryNode => ({ type: 'filter', field, value, start: 0, end: 0 });

/** Message ids of the hits, sorted ascending (for set comparisons). */
export function hitIds(index: SearchIndex, ast: QueryNode | null): number[] {
	return Array.from(index.search(ast, { sort: 'rank' }).ids).sort((a, b) => a - b);
}

/** Message ids in result order. */
export function rankedIds(index: SearchIndex, ast: QueryNode | null, sort: 'rank' | 'time' = 'rank'): number[] {
	return Array.from(index.search(ast, { sort }).ids);
}
