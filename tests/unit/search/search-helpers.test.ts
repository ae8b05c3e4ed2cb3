import { describe, expect, it } from 'vitest';
import { highlightSegments, snippetAround } from '$lib/components/search/highlight';
import { addFilter, filterText, parseQuery } from '$lib/search/query-parser';
import { messageHref, searchQueryString, searchStateOf, selectedMessageId } from '$lib/url';

describe('highlightSegments', () => {
	it.each([
		['no ranges', 'plain text', [], [['plain text', false]]],
		[
			'one word',
			'ISF filed',
			[[0, 3]],
			[
				['ISF', true],
				[' filed', false]
			]
		],
		[
			'two words, unsorted',
			'a bill of lading',
			[
				[10, 16],
				[2, 6]
			],
			[
				['a ', false],
				['bill', true],
				[' of ', false],
				['lading', true]
			]
		],
		[
			'overlapping and touching ranges merge',
			'container',
			[
				[0, 4],
				[2, 6],
				[6, 9]
			],
			[['container', true]]
		],
		[
			'ranges past the end are clamped',
			'abc',
			[
				[1, 99],
				[-5, 0]
			],
			[
				['a', false],
				['bc', true]
			]
		],
		['empty text', '', [[0, 2]], [['', false]]],
		[
			'markup stays text',
			'<b>x</b>',
			[[3, 4]],
			[
				['<b>', false],
				['x', true],
				['</b>', false]
			]
		]
	] as [string, string, [number, number][], [string, boolean][]][])('%s', (_, text, ranges, expected) => {
		expect(highlightSegments(text, ranges).map((s) => [s.text, s.mark])).toEqual(expected);
	});
});

describe('facet filters added to the query text', () => {
	it.each([
		['', 'platform', 'whatsapp', 'platform:whatsapp'],
		['ISF', 'in', 'Harbor Logistics', 'ISF in:"Harbor Logistics"'],
		['  rate OR quote ', 'from', 'Bo Li', 'rate OR quote from:"Bo Li"'],
		['exam', 'on', '2024-02', 'exam on:2024-02'],
		['x', 'from', 'Dana "D" Weiss', 'x from:"Dana D Weiss"'],
		['x', 'in', 'chat (old)', 'x in:"chat (old)"']
	] as const)('%j + %s:%s → %j', (query, field, value, expected) => {
		expect(addFilter(query, field, value)).toBe(expected);
	});

	it('writes filters the parser reads back to the same value', () => {
		for (const value of ['Harbor Logistics', 'Bo', 'chat (old)', '+1 (555) 010‑0123']) {
			const parsed = parseQuery(filterText('in', value));
			expect(parsed.ast).toMatchObject({ type: 'filter', field: 'in', value });
		}
	});
});

describe('search and message URLs', () => {
	it('builds and reads the conversation-at-message link', () => {
		expect(messageHref(4, 1042)).toBe('?c=4&m=1042');
		expect(selectedMessageId(new URL('http://x/?c=4&m=1042'))).toBe(1042);
		expect(selectedMessageId(new URL('http://x/?c=4&m=abc'))).toBeNull();
		expect(selectedMessageId(new URL('http://x/?c=4'))).toBeNull();
	});

	it.each([
		['', 'rank', ''],
		['ISF', 'rank', '?q=ISF'],
		['"bill of lading" from:ana', 'time', '?q=%22bill+of+lading%22+from%3Aana&sort=time'],
		['', 'time', '?sort=time']
	] as const)('q=%j sort=%s ↔ %j', (q, sort, search) => {
		expect(searchQueryString(q, sort)).toBe(search);
		expect(searchStateOf(new URL(`http://x/search${search}`))).toEqual({ q, sort });
	});
});

describe('snippetAround', () => {
	const long = 'a'.repeat(100) + ' needle ' + 'b'.repeat(100);
	it('leaves a short text as it is', () => {
		expect(snippetAround('short ISF', [[6, 9]], 50)).toEqual({ text: 'short ISF', ranges: [[6, 9]], before: false, after: false });
	});
	it('starts at the beginning when the first match is near it', () => {
		expect(snippetAround('ISF ' + 'x'.repeat(100), [[0, 3]], 20)).toEqual({ text: 'ISF ' + 'x'.repeat(16), ranges: [[0, 3]], before: false, after: true });
	});
	it('moves to a match far into the text, with context before it', () => {
		// "needle" is at 101..107; max 40 with 10 characters of context starts at 91.
		expect(snippetAround(long, [[101, 107]], 40, 10)).toEqual({
			text: 'a'.repeat(9) + ' needle ' + 'b'.repeat(23),
			ranges: [[10, 16]],
			before: true,
			after: true
		});
	});
	it('drops ranges outside the snippet and clips those across its end', () => {
		// The snippet is 91..131: 125..140 is clipped to 34..40, 200..208 lies beyond it.
		expect(
			snippetAround(
				long,
				[
					[101, 107],
					[125, 140],
					[200, 208]
				],
				40,
				10
			).ranges
		).toEqual([
			[10, 16],
			[34, 40]
		]);
	});
	it('never cuts a surrogate pair in half', () => {
		const text = '😀'.repeat(30); // 60 UTF-16 units
		// 40 - 3 = 37 is the second half of a pair, so the snippet starts at 36; 36 + 11 = 47 likewise ends it at 46.
		const s = snippetAround(text, [[40, 42]], 11, 3);
		expect(s).toEqual({ text: '😀'.repeat(5), ranges: [[4, 6]], before: true, after: true });
	});
	it('with no match shows the start', () => {
		expect(snippetAround(long, [], 10)).toEqual({ text: 'a'.repeat(10), ranges: [], before: false, after: true });
	});
});
