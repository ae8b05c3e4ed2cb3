import { describe, expect, it } from 'vitest';
import { buildIndex, or, rankedIds, term } from './fixture';

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
