import { describe, expect, it } from 'vitest';
import { NO_MESSAGES_COLOR, nodeSize, riskColor, riskRate, RISK_BANDS } from '$lib/graph/colors';

describe('risk colours', () => {
	it.each([
		// [hits, messages, rate, band index or null for "no messages"]
		[0, 10, 0, 0],
		[1, 200, 0.5, 1],
		[1, 100, 1, 2],
		[3, 100, 3, 2],
		[1, 20, 5, 3],
		[1, 5, 20, 4],
		[9, 3, 300, 4],
		[0, 0, null, null]
	])('%i hits in %i messages → %s per 100', (hits, messages, rate, band) => {
		expect(riskRate(hits, messages)).toBe(rate);
		expect(riskColor(riskRate(hits, messages))).toBe(band === null ? NO_MESSAGES_COLOR : RISK_BANDS[band].color);
	});
});

describe('node size', () => {
	it.each([
		// small graph: 3 px to 18 px by square root of the share of the largest weighted degree
		[0, 100, 50, 3],
		[25, 100, 50, 3 + 15 * 0.5],
		[100, 100, 50, 18],
		// 5,000 people: the largest is 7 px, the smallest 1.5 px
		[100, 100, 5000, 7],
		[0, 100, 5000, 1.5],
		// nobody has an edge
		[0, 0, 10, 3]
	])('weighted degree %d of max %d among %d people → %d px', (wd, max, people, px) => {
		expect(nodeSize(wd, max, people)).toBeCloseTo(px, 10);
	});
});
