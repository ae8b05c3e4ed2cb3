import type { FilterField, QueryNode } from './types';

/** A filter that narrows the whole query (ANDed at the top, negated or not), shown as a chip the user can remove. */
export interface AppliedFilter {
	field: FilterField;
	value: string;
	negated: boolean;
	/** The span of the filter in the query text (with its `-` or `NOT`), end exclusive. */
	start: number;
	end: number;
}

/** The filters that apply to every hit: a lone filter, or the filters among the query's top-level AND. */
export function appliedFilters(ast: QueryNode | null): AppliedFilter[] {
	if (!ast) return [];
	const top = ast.type === 'and' ? ast.children : [ast];
	const out: AppliedFilter[] = [];
	for (const node of top) {
		if (node.type === 'filter') out.push({ field: node.field, value: node.value, negated: false, start: node.start, end: node.end });
		else if (node.type === 'not' && node.child.type === 'filter')
			out.push({ field: node.child.field, value: node.child.value, negated: true, start: node.start, end: node.end });
	}
	return out;
}

/** The query without the text between start and end, and without the spaces that leaves doubled. */
export function withoutSpan(query: string, start: number, end: number): string {
	const before = query.slice(0, start).replace(/\s+$/, '');
	const after = query.slice(end).replace(/^\s+/, '');
	return before && after ? `${before} ${after}` : before + after;
}
