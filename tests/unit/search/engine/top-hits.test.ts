// A page of hits (offset / limit) is a partial selection, not a sort of every hit: its ids, scores and order must be
// those of the same positions in the full ordering, with the total, facets and term report of every hit.
import { describe, expect, it } from 'vitest';
import { radixOrder, topOrder } from '../../../../src/lib/search/engine/rank';
import type { QueryNode } from '../../../../src/lib/search/types';
import { and, buildIndex, filter, not, or, phrase, term, type Row } from './fixture';

/** The reference: positions sorted by key, ties in position order, the first k. */
function naiveTop(keys: number[], k: number): number[] {
	return keys
		.map((key, i) => ({ key, i }))
		.sort((a, b) => a.key - b.key || a.i - b.i)
		.slice(0, k)
		.map((x) => x.i);
}

function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function keysOf(n: number, distinct: number, bits: number, seed: number): number[] {
	const r = lcg(seed);
	const values = Array.from({ length: distinct }, () => Math.floor(r() * 2 ** bits));
	return Array.from({ length: n }, () => values[Math.floor(r() * distinct)]);
}

describe('topOrder: the first k of a stable radix order', () => {
	const cases: { name: string; keys: number[]; bits: number; k: number }[] = [
		{ name: 'distinct 22-bit keys, k 10', keys: keysOf(5000, 5000, 22, 1), bits: 22, k: 10 },
		{ name: 'every key equal (ties keep position order)', keys: new Array(3000).fill(12345), bits: 22, k: 100 },
		{ name: 'few distinct keys, many ties', keys: keysOf(4000, 7, 22, 2), bits: 22, k: 500 },
		{ name: 'keys sharing the high digit, differing low bits', keys: keysOf(4000, 4000, 11, 3).map((x) => (5 << 11) | x), bits: 22, k: 50 },
		{ name: '20-bit time ranks, k 1', keys: keysOf(2000, 2000, 20, 4), bits: 20, k: 1 },
		{ name: 'narrow keys (5 bits)', keys: keysOf(1000, 32, 5, 5), bits: 5, k: 37 },
		{ name: 'k = m - 1', keys: keysOf(700, 50, 22, 6), bits: 22, k: 699 },
		{ name: 'k larger than m', keys: keysOf(300, 40, 22, 7), bits: 22, k: 1000 },
		{ name: 'k 0', keys: keysOf(300, 40, 22, 8), bits: 22, k: 0 }
	];
	for (const c of cases) {
		it(c.name, () => {
			const got = Array.from(topOrder(Uint32Array.from(c.keys), c.bits, c.k));
			expect(got).toEqual(naiveTop(c.keys, c.k));
		});
	}
	it('radixOrder agrees with the reference over every key', () => {
		const keys = keysOf(3000, 90, 22, 9);
		expect(Array.from(radixOrder(Uint32Array.from(keys), 22))).toEqual(naiveTop(keys, keys.length));
	});
});

// 2,000 messages over a 12-word vocabulary: many hits per word and many equal scores (same length, same tf).
const WORDS = 'invoice port delay confirm pallet truck cargo quote route order dock crane'.split(' ');
function corpus(): Row[] {
	const r = lcg(42);
	return Array.from({ length: 2000 }, (_, i) => {
		const n = 1 + Math.floor(r() * 6);
		const text = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
		const ts = r() < 0.05 ? null : new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 400) * 86_400_000).toISOString();
		return { id: 10_000 + i * 3, text, conversation: i % 5, author: i % 4, ts };
	});
}

const QUERIES: { name: string; ast: QueryNode }[] = [
	{ name: 'one word', ast: term('invoice') },
	{ name: 'two words', ast: and(term('port'), term('delay')) },
	{ name: 'either word', ast: or(term('truck'), term('crane')) },
	{ name: 'phrase', ast: phrase('pallet truck') },
	{ name: 'prefix', ast: term('con', 'prefix') },
	{ name: 'fuzzy', ast: term('cargi', 'fuzzy') },
	{ name: 'word and not word', ast: and(term('order'), not(term('dock'))) },
	{ name: 'filter only', ast: filter('after', '2024-06') },
	{ name: 'no hit', ast: term('zzzz') }
];

describe('search pages against every hit ordered', () => {
	const index = buildIndex(corpus());
	const docOrder = new Map(corpus().map((r, d) => [r.id, d]));
	for (const sort of ['rank', 'time'] as const) {
		for (const q of QUERIES) {
			it(`${q.name}, sort ${sort}`, () => {
				const all = index.search(q.ast, { sort });
				expect(all.total).toBe(all.ids.length);
				if (sort === 'rank') {
					// The reference order: scores descending, ties (to 1e-4) in document order.
					for (let i = 1; i < all.ids.length; i++) {
						const [a, b] = [all.scores[i - 1], all.scores[i]];
						expect(a).toBeGreaterThanOrEqual(b - 1e-4 * a);
						if (Math.fround(a) === Math.fround(b)) expect(docOrder.get(all.ids[i - 1])!).toBeLessThan(docOrder.get(all.ids[i])!);
					}
				}
				for (const [offset, limit] of [
					[0, 1],
					[0, 50],
					[50, 50],
					[7, 333],
					[all.total - 3, 10],
					[all.total + 5, 10]
				]) {
					const page = index.search(q.ast, { sort, offset, limit });
					const from = Math.max(0, Math.min(offset, all.total));
					const to = Math.min(all.total, offset + limit);
					expect(page.total).toBe(all.total);
					expect(Array.from(page.ids)).toEqual(Array.from(all.ids.subarray(from, Math.max(from, to))));
					expect(Array.from(page.scores)).toEqual(Array.from(all.scores.subarray(from, Math.max(from, to))));
					expect(page.facets).toEqual(all.facets);
					expect(page.terms).toEqual(all.terms);
					// Without facets (a further page, every id for an export): the same hits and count, no facet lists.
					const bare = index.search(q.ast, { sort, offset, limit, facets: false });
					expect(Array.from(bare.ids)).toEqual(Array.from(page.ids));
					expect(bare.total).toBe(all.total);
					expect(bare.facets).toEqual({ conversation: [], author: [], platform: [], month: [] });
				}
			});
		}
	}
});
