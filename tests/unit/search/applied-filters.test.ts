import { describe, expect, test } from 'vitest';
import { appliedFilters, withoutSpan } from '../../../src/lib/search/applied-filters';
import { parseQuery } from '../../../src/lib/search/query-parser';

describe('appliedFilters', () => {
	const cases: [string, string, string[]][] = [
		['no query', '', []],
		['words only', 'ISF bill', []],
		['a lone filter', 'on:2024-02', ['on:2024-02']],
		['a word and a facet', 'ISF on:2024-02', ['on:2024-02']],
		['two facets', 'ISF on:2024-02 from:dana', ['on:2024-02', 'from:dana']],
		['a negated filter', 'ISF -from:dana', ['-from:dana']],
		['a quoted value', 'ISF in:"Harbor Logistics"', ['in:"Harbor Logistics"']],
		['a filter inside OR narrows nothing', 'ISF OR from:dana', []],
		['a filter inside brackets with OR narrows nothing', 'ISF (from:dana OR from:eli)', []]
	];
	test.each(cases)('%s', (_name, query, expected) => {
		const filters = appliedFilters(parseQuery(query).ast);
		expect(filters.map((f) => query.slice(f.start, f.end))).toEqual(expected);
	});

	test('a filter keeps its field, value and sign', () => {
		expect(appliedFilters(parseQuery('x -in:"Harbor Logistics"').ast)).toMatchObject([{ field: 'in', value: 'Harbor Logistics', negated: true }]);
	});
});

describe('withoutSpan', () => {
	const cases: [string, string, string, string][] = [
		['the last filter', 'ISF on:2024-02', 'on:2024-02', 'ISF'],
		['a filter in the middle', 'ISF on:2024-02 from:dana', 'on:2024-02', 'ISF from:dana'],
		['the first filter', 'on:2024-02 ISF', 'on:2024-02', 'ISF'],
		['the only filter', 'on:2024-02', 'on:2024-02', ''],
		['doubled spaces around it', 'ISF   on:2024-02   x', 'on:2024-02', 'ISF x']
	];
	test.each(cases)('%s', (_name, query, cut, expected) => {
		const start = query.indexOf(cut);
		expect(withoutSpan(query, start, start + cut.length)).toBe(expected);
	});
});
