import { describe, expect, it } from 'vitest';
import { and, buildIndex, filter, or, phrase, rankedIds, term } from './fixture';

// Lengths 1, 3, 10, 2 words (average 4). For "invoice" (in 1, 2, 3) BM25 with k1 1.2, b 0.75 gives, by hand:
// message 2: tf 2, len 3 → 2·2.2 / (2 + 1.2·(0.25 + 0.75·3/4)) = 4.4 / 2.975 ≈ 1.479
// message 1: tf 1, len 1 → 2.2 / (1 + 1.2·(0.25 + 0.75·1/4)) = 2.2 / 1.525 ≈ 1.443
// message 3: tf 1, len 10 → 2.2 / (1 + 1.2·(0.25 + 0.75·10/4)) = 2.2 / 3.55 ≈ 0.620
const ROWS = [
	{ id: 1, text: 'invoice', ts: '2024-01-01T00:00:00Z' },
	{ id: 2, text: 'invoice invoice overdue', ts: '2024-01-03T00:00:00Z' },
	{ id: 3, text: 'please send the invoice for the container shipment tomorrow morning', ts: null },
	{ id: 4, text: 'invoices pending', ts: '2024-01-02T00:00:00Z' }
];

describe('ranking', () => {
	const index = buildIndex(ROWS);
	it('BM25: more occurrences in a shorter message first', () => {
		expect(rankedIds(index, term('invoice'))).toEqual([2, 1, 3]);
	});
	it('a message matching more of the OR terms ranks first', () => {
		expect(rankedIds(index, or(term('pending'), term('invoice'), term('overdue')))[0]).toBe(2);
	});
	it('scores are descending and positive', () => {
		const { scores } = index.search(term('invoice'), { sort: 'rank' });
		expect(scores.length).toBe(3);
		expect(scores[0]).toBeGreaterThan(scores[1]);
		expect(scores[1]).toBeGreaterThan(scores[2]);
		expect(scores[2]).toBeGreaterThan(0);
	});
	it('sort by time: oldest first, unknown times last', () => {
		expect(rankedIds(index, term('invoice', 'prefix'), 'time')).toEqual([1, 4, 2, 3]);
	});
	it('a prefix expansion weighs less than the exact word (same document frequency and length)', () => {
		const other = buildIndex([
			{ id: 1, text: 'reports ready' },
			{ id: 2, text: 'report ready' }
		]);
		expect(rankedIds(other, term('report', 'prefix'))).toEqual([2, 1]);
	});
	it('a fuzzy match weighs less than the exact word', () => {
		const other = buildIndex([
			{ id: 1, text: 'cat nap' },
			{ id: 2, text: 'car nap' }
		]);
		expect(rankedIds(other, term('car', 'fuzzy'))).toEqual([2, 1]);
	});
	it('equal scores keep the order messages were added in', () => {
		const other = buildIndex([
			{ id: 30, text: 'same words' },
			{ id: 10, text: 'same words' },
			{ id: 20, text: 'same words' }
		]);
		expect(rankedIds(other, term('same'))).toEqual([30, 10, 20]);
	});
});

describe('a few hits of common words are scored by lookup, as a walk of every posting would score them', () => {
	// "ship cargo" is common as an AND (every 2nd message has both words, so scoring walks the postings) and rare as
	// a phrase (every 50th message has them side by side, so scoring looks each hit up): a document's score must be
	// the same either way, as must a filtered AND whose few hits take the lookup path.
	const rows = Array.from({ length: 2000 }, (_, i) => ({
		id: i + 1,
		text: i % 50 === 0 ? `ship cargo ${'x'.repeat(1 + (i % 7))}` : i % 2 === 0 ? `cargo by ${i % 3 === 0 ? 'ship ship' : 'ship'} today` : 'ship only',
		author: i % 97 === 0 ? 5 : 1
	}));
	const index = buildIndex(rows);
	index.setAuthors([
		{ id: 1, name: 'Ana' },
		{ id: 5, name: 'Zed' }
	]);
	const scoresOf = (ast: Parameters<typeof index.search>[0]) => {
		const r = index.search(ast, { sort: 'rank' });
		return new Map(Array.from(r.ids, (id, i) => [id, r.scores[i]]));
	};
	const all = scoresOf(and(term('ship'), term('cargo')));
	it.each([
		['the phrase', phrase('ship cargo'), 40],
		['the AND narrowed by a filter', and(term('ship'), term('cargo'), filter('from', 'zed')), 11]
	])('%s', (_what, ast, count) => {
		const few = scoresOf(ast);
		expect(few.size).toBe(count);
		expect(all.size).toBe(1000);
		for (const [id, score] of few) expect({ id, score }).toEqual({ id, score: all.get(id) });
	});
});
