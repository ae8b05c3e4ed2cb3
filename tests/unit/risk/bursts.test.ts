import { describe, expect, it } from 'vitest';
import { detectBursts, poissonTail, type ConversationDay } from '$lib/risk/bursts';

/** `count` consecutive days from `first` (YYYY-MM-DD, in March..May 2024), each with messages; hits given by day. */
function days(conversationId: number, first: string, count: number, hits: Record<string, number> = {}): ConversationDay[] {
	const start = Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, Number(first.slice(8, 10)));
	return Array.from({ length: count }, (_, i) => {
		const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
		return { conversationId, day, messages: 10, hits: hits[day] ?? 0 };
	});
}

describe('poissonTail: P(X ≥ k | λ), values worked out from the Poisson sum', () => {
	it.each([
		{ k: 0, lambda: 2, p: 1 },
		{ k: 1, lambda: 0, p: 0 },
		{ k: 3, lambda: 0, p: 0 },
		// 1 − e^−1 (1 + 1)
		{ k: 2, lambda: 1, p: 0.2642411177 },
		// 1 − e^−0.1 (1 + 0.1 + 0.005)
		{ k: 3, lambda: 0.1, p: 0.0001546530703 },
		// 1 − e^−7 Σ_{i<7} 7^i/i!
		{ k: 7, lambda: 7, p: 0.5502889442 }
	])('P(X ≥ $k | λ = $lambda) = $p', ({ k, lambda, p }) => {
		expect(poissonTail(k, lambda)).toBeCloseTo(p, 9);
	});

	it('keeps the digits of tiny tails: P(X ≥ 10 | 0.01) ≈ e^−0.01 · 0.01^10 / 10! = 2.7308e-27', () => {
		expect(poissonTail(10, 0.01) / 2.7307942837e-27).toBeCloseTo(1, 6);
	});
});

describe('detectBursts', () => {
	const cases: {
		name: string;
		rows: ConversationDay[];
		bursts: { conversationId: number; start: string; end: string; hits: number; expected: number; ratio: number }[];
	}[] = [
		{
			name: 'one day with 5 hits in 20 otherwise quiet days (1 other hit): baseline 1/19 per day',
			rows: days(1, '2024-03-01', 20, { '2024-03-02': 1, '2024-03-10': 5 }),
			bursts: [{ conversationId: 1, start: '2024-03-10', end: '2024-03-10', hits: 5, expected: 1 / 19, ratio: 95 }]
		},
		{
			name: 'one hit every day: no window stands out (P(X ≥ 7 | 7) = 0.55)',
			rows: days(1, '2024-03-01', 10, Object.fromEntries(days(1, '2024-03-01', 10).map((d) => [d.day, 1]))),
			bursts: []
		},
		{
			name: 'two hits on one day and none elsewhere: fewer than 3 hits is never a burst',
			rows: days(1, '2024-03-01', 20, { '2024-03-05': 2 }),
			bursts: []
		},
		{
			name: 'three hits on each of two adjacent days: each day alone is not enough (P = 0.0013), both together are',
			rows: days(1, '2024-03-01', 20, { '2024-03-01': 1, '2024-03-10': 3, '2024-03-11': 3 }),
			// outside the window: 1 hit on 18 days; inside: 2 active days
			bursts: [{ conversationId: 1, start: '2024-03-10', end: '2024-03-11', hits: 6, expected: 2 / 18, ratio: 54 }]
		},
		{
			name: 'two heavy days one day apart merge into one burst over three days',
			rows: days(2, '2024-05-01', 20, { '2024-05-01': 1, '2024-05-02': 1, '2024-05-10': 4, '2024-05-12': 4 }),
			// outside: 2 hits on 17 days; inside: 3 active days
			bursts: [{ conversationId: 2, start: '2024-05-10', end: '2024-05-12', hits: 8, expected: 6 / 17, ratio: 8 / (6 / 17) }]
		},
		{
			name: 'heavy days 9 calendar days apart are separate bursts (windows are at most 7 days)',
			rows: days(3, '2024-04-01', 30, { '2024-04-05': 4, '2024-04-14': 4 }),
			// each: the other burst's 4 hits on 29 days outside
			bursts: [
				{ conversationId: 3, start: '2024-04-05', end: '2024-04-05', hits: 4, expected: 4 / 29, ratio: 29 },
				{ conversationId: 3, start: '2024-04-14', end: '2024-04-14', hits: 4, expected: 4 / 29, ratio: 29 }
			]
		},
		{
			name: 'a conversation with a single active day has no baseline and no burst',
			rows: [{ conversationId: 4, day: '2024-03-01', messages: 30, hits: 9 }],
			bursts: []
		},
		{
			name: 'no hits outside the window: expected 0, ratio infinite, flagged (P = 0)',
			rows: days(5, '2024-03-01', 15, { '2024-03-08': 3 }),
			bursts: [{ conversationId: 5, start: '2024-03-08', end: '2024-03-08', hits: 3, expected: 0, ratio: Infinity }]
		},
		{
			name: 'days without messages do not count as active days: 3 active days spread over a week, one heavy',
			rows: [
				{ conversationId: 6, day: '2024-03-01', messages: 5, hits: 0 },
				{ conversationId: 6, day: '2024-03-04', messages: 5, hits: 1 },
				{ conversationId: 6, day: '2024-03-20', messages: 5, hits: 0 },
				{ conversationId: 6, day: '2024-03-21', messages: 5, hits: 6 }
			],
			// window 03-21: outside 1 hit on 3 active days → expected 1/3, P(X ≥ 6 | 1/3) ≈ 1.5e-6
			bursts: [{ conversationId: 6, start: '2024-03-21', end: '2024-03-21', hits: 6, expected: 1 / 3, ratio: 18 }]
		}
	];

	it.each(cases)('$name', ({ rows, bursts }) => {
		const found = detectBursts(rows).map(({ conversationId, start, end, hits, expected, ratio }) => ({ conversationId, start, end, hits, expected, ratio }));
		expect(found.length).toBe(bursts.length);
		found.forEach((b, i) => {
			const want = bursts[i];
			expect({ ...b, expected: 0, ratio: 0 }).toEqual({ ...want, expected: 0, ratio: 0 });
			expect(b.expected).toBeCloseTo(want.expected, 9);
			if (Number.isFinite(want.ratio)) expect(b.ratio).toBeCloseTo(want.ratio, 6);
			else expect(b.ratio).toBe(Infinity);
		});
	});

	it('reports the Poisson tail of the flagged window: P(X ≥ 5 | 1/19) = 3.2212e-9', () => {
		const [burst] = detectBursts(days(1, '2024-03-01', 20, { '2024-03-02': 1, '2024-03-10': 5 }));
		expect(burst.p / 3.2211779e-9).toBeCloseTo(1, 5);
		expect(burst.baseline).toBeCloseTo(1 / 19, 12);
	});

	it('orders bursts of several conversations by strength (smallest p first)', () => {
		const weak = days(7, '2024-03-01', 20, { '2024-03-01': 1, '2024-03-10': 3, '2024-03-11': 3 });
		const strong = days(8, '2024-03-01', 20, { '2024-03-02': 1, '2024-03-10': 9 });
		expect(detectBursts([...weak, ...strong]).map((b) => b.conversationId)).toEqual([8, 7]);
	});
});
