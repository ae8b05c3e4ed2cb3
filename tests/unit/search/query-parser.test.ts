import { describe, expect, it } from 'vitest';
import { parseQuery } from '$lib/search/query-parser';
import type { FilterField, QueryNode } from '$lib/search/types';

// Expected trees and positions are written by hand from the query strings (UTF-16 offsets, end exclusive).
const term = (value: string, start: number, end: number, mode: 'exact' | 'prefix' | 'fuzzy' = 'exact'): QueryNode => ({
	type: 'term',
	value,
	mode,
	start,
	end
});
const phrase = (value: string, start: number, end: number): QueryNode => ({ type: 'phrase', value, start, end });
const filter = (field: FilterField, value: string, start: number, end: number): QueryNode => ({ type: 'filter', field, value, start, end });
const not = (child: QueryNode, start: number, end: number): QueryNode => ({ type: 'not', child, start, end });
const and = (start: number, end: number, ...children: QueryNode[]): QueryNode => ({ type: 'and', children, start, end });
const or = (start: number, end: number, ...children: QueryNode[]): QueryNode => ({ type: 'or', children, start, end });

const valid: [string, QueryNode | null][] = [
	['invoice', term('invoice', 0, 7)],
	['Invoice', term('Invoice', 0, 7)],
	['booking container', and(0, 17, term('booking', 0, 7), term('container', 8, 17))],
	['a b c', and(0, 5, term('a', 0, 1), term('b', 2, 3), term('c', 4, 5))],
	['  spaced   out  ', and(2, 14, term('spaced', 2, 8), term('out', 11, 14))],
	['customs OR exam', or(0, 15, term('customs', 0, 7), term('exam', 11, 15))],
	['a OR b OR c', or(0, 11, term('a', 0, 1), term('b', 5, 6), term('c', 10, 11))],
	['a OR b c', and(0, 8, or(0, 6, term('a', 0, 1), term('b', 5, 6)), term('c', 7, 8))],
	['a b OR c', and(0, 8, term('a', 0, 1), or(2, 8, term('b', 2, 3), term('c', 7, 8)))],
	['a AND b', and(0, 7, term('a', 0, 1), term('b', 6, 7))],
	['-drayage', not(term('drayage', 1, 8), 0, 8)],
	['NOT drayage', not(term('drayage', 4, 11), 0, 11)],
	['booking -draft', and(0, 14, term('booking', 0, 7), not(term('draft', 9, 14), 8, 14))],
	['NOT a OR b', or(0, 10, not(term('a', 4, 5), 0, 5), term('b', 9, 10))],
	['NOT -a', not(not(term('a', 5, 6), 4, 6), 0, 6)],
	['"bill of lading"', phrase('bill of lading', 0, 16)],
	['"bill of lading" ISF', and(0, 20, phrase('bill of lading', 0, 16), term('ISF', 17, 20))],
	['-"new rate"', not(phrase('new rate', 1, 11), 0, 11)],
	['cont*', term('cont', 0, 5, 'prefix')],
	['evergren~', term('evergren', 0, 9, 'fuzzy')],
	['a~ b*', and(0, 5, term('a', 0, 2, 'fuzzy'), term('b', 3, 5, 'prefix'))],
	['from:ana', filter('from', 'ana', 0, 8)],
	['FROM:ana', filter('from', 'ana', 0, 8)],
	['from:"Ana Silva"', filter('from', 'Ana Silva', 0, 16)],
	['in:"Harbor Logistics" drayage', and(0, 29, filter('in', 'Harbor Logistics', 0, 21), term('drayage', 22, 29))],
	['platform:WhatsApp', filter('platform', 'whatsapp', 0, 17)],
	['kind:media', filter('kind', 'media', 0, 10)],
	['before:2024-02-01', filter('before', '2024-02-01', 0, 17)],
	['after:2024', filter('after', '2024', 0, 10)],
	['on:2024-02', filter('on', '2024-02', 0, 10)],
	['on:2024-02-29', filter('on', '2024-02-29', 0, 13)],
	['has:attachment', filter('has', 'attachment', 0, 14)],
	['has:LINK', filter('has', 'link', 0, 8)],
	['risk:pii', filter('risk', 'pii', 0, 8)],
	['risk:pii.email', filter('risk', 'pii.email', 0, 14)],
	['risk:phi', filter('risk', 'phi', 0, 8)],
	['risk:policy from:dana', and(0, 21, filter('risk', 'policy', 0, 11), filter('from', 'dana', 12, 21))],
	['-from:bo', not(filter('from', 'bo', 1, 8), 0, 8)],
	['(customs OR exam) -hold', and(1, 23, or(1, 16, term('customs', 1, 8), term('exam', 12, 16)), not(term('hold', 19, 23), 18, 23))],
	['-(rate OR quote)', not(or(2, 15, term('rate', 2, 6), term('quote', 10, 15)), 0, 15)],
	['((a))', term('a', 2, 3)],
	['https://maps.google.com/?q=33.7542', term('https://maps.google.com/?q=33.7542', 0, 34)],
	['mailto:ana@example.com', term('mailto:ana@example.com', 0, 22)],
	['10:30', term('10:30', 0, 5)],
	['Reminder:', term('Reminder:', 0, 9)],
	['e-mail', term('e-mail', 0, 6)],
	['Mon - Fri', and(0, 9, term('Mon', 0, 3), term('Fri', 6, 9))],
	['a -', term('a', 0, 1)],
	['or and not', and(0, 10, term('or', 0, 2), term('and', 3, 6), term('not', 7, 10))],
	['认证', term('认证', 0, 2)],
	['身份认证 from:"Bo Li"', and(0, 17, term('身份认证', 0, 4), filter('from', 'Bo Li', 5, 17))],
	['', null],
	['   ', null]
];

describe('parseQuery: queries → tree', () => {
	it.each(valid)('%j', (input, ast) => {
		expect(parseQuery(input)).toEqual({ ast, errors: [] });
	});

	it('takes the risk categories it is given, with their prefixes', () => {
		const opts = { riskCategories: ['custom', 'team.leak'] };
		expect(parseQuery('risk:custom', opts)).toEqual({ ast: filter('risk', 'custom', 0, 11), errors: [] });
		expect(parseQuery('risk:team', opts)).toEqual({ ast: filter('risk', 'team', 0, 9), errors: [] });
		expect(parseQuery('risk:pii', opts).errors).toEqual([{ message: expect.stringContaining("unknown risk category 'pii'"), start: 0, end: 8 }]);
	});
});

const invalid: [string, [start: number, end: number, message: string][]][] = [
	['foo:bar', [[0, 7, "unknown field 'foo' — fields are from, in, platform, kind, before, after, on, has, risk"]]],
	['"bill of', [[0, 8, 'unclosed quote']]],
	['(customs OR exam', [[0, 1, "unclosed '('"]]],
	['customs)', [[7, 8, "unmatched ')'"]]],
	['customs OR', [[8, 10, 'OR needs a term on both sides']]],
	['OR customs', [[0, 2, 'OR needs a term on both sides']]],
	[
		'a OR OR b',
		[
			[2, 4, 'OR needs'],
			[5, 7, 'OR needs']
		]
	],
	['customs NOT', [[8, 11, 'NOT needs a term after it']]],
	['a AND', [[2, 5, 'AND needs a term on both sides']]],
	['from:', [[0, 5, 'empty value']]],
	['from: ana', [[0, 5, 'empty value']]],
	['from:""', [[0, 7, 'empty value']]],
	['from:"Ana', [[5, 9, 'unclosed quote']]],
	['before:2024-13', [[0, 14, "invalid date '2024-13'"]]],
	['on:2023-02-29', [[0, 13, "invalid date '2023-02-29'"]]],
	['after:yesterday', [[0, 15, "invalid date 'yesterday'"]]],
	['has:photo', [[0, 9, "has: takes attachment or link, not 'photo'"]]],
	['platform:myspace', [[0, 16, "unknown platform 'myspace'"]]],
	['kind:sticker', [[0, 12, "unknown kind 'sticker'"]]],
	['risk:pii.fax', [[0, 12, "unknown risk category 'pii.fax'"]]],
	['risk:privacy', [[0, 12, "unknown risk category 'privacy'"]]],
	['()', [[0, 2, 'empty parentheses']]],
	['*', [[0, 1, "needs at least one character before the '*'"]]],
	['""', [[0, 2, 'empty phrase']]],
	[
		'foo:x (a',
		[
			[0, 5, "unknown field 'foo'"],
			[6, 7, "unclosed '('"]
		]
	],
	[
		'ship x:1 y:2',
		[
			[5, 8, "unknown field 'x'"],
			[9, 12, "unknown field 'y'"]
		]
	]
];

describe('parseQuery: errors with positions', () => {
	it.each(invalid)('%j', (input, expected) => {
		const parsed = parseQuery(input);
		expect(parsed.ast).toBeNull();
		expect(parsed.errors.map((e) => [e.start, e.end])).toEqual(expected.map(([s, e]) => [s, e]));
		parsed.errors.forEach((e, i) => expect(e.message).toContain(expected[i][2]));
	});

	it('never throws, and every error lies inside the query', () => {
		const pieces = ['a', '(', ')', '"', '-', 'OR ', ' ', 'from:', '*', '~', 'x:y', 'NOT '];
		let checked = 0;
		const walk = (prefix: string, depth: number) => {
			const parsed = parseQuery(prefix);
			expect(parsed.ast === null || parsed.errors.length === 0).toBe(true);
			for (const e of parsed.errors) expect(0 <= e.start && e.start < e.end && e.end <= prefix.length).toBe(true);
			checked++;
			if (depth > 0) for (const p of pieces) walk(prefix + p, depth - 1);
		};
		walk('', 4);
		expect(checked).toBe(1 + 12 + 144 + 1728 + 20736);
	});
});
