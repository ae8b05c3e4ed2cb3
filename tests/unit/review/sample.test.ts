import { describe, expect, it } from 'vitest';
import {
	drawWithoutReplacement,
	newSeed,
	parseSampleSpec,
	sampleMessages,
	sampleSize,
	sampleSpecText,
	seedBits,
	sfc32,
	uniformBelow
} from '$lib/review/sample';

/** χ² critical value for 99 degrees of freedom at p = 0.999 (scipy.stats.chi2.ppf(0.999, 99) = 148.2304). */
const CHI2_99_999 = 148.2304;
const ITEMS = Array.from({ length: 100 }, (_, i) => i);

/** Pearson's χ² of how often each of 100 items was drawn over `rounds` draws of 10, against 10 % each. */
function chiSquare(draw: (round: number) => number[], rounds = 10_000): number {
	const counts = new Array<number>(100).fill(0);
	for (let r = 0; r < rounds; r++) for (const x of draw(r)) counts[x]++;
	const expected = (rounds * 10) / 100;
	return counts.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
}

/** A sampler written the way people often do it, and wrongly: shuffling by sorting with a random comparator. */
function sortShuffleSample(items: readonly number[], k: number, seed: string): number[] {
	const next = sfc32(seedBits(seed));
	return items
		.slice()
		.sort(() => next() / 2 ** 32 - 0.5)
		.slice(0, k);
}

describe('seeded sampling without replacement', () => {
	it('gives the same sample for the same seed, in the same order', () => {
		const a = drawWithoutReplacement(ITEMS, 10, 'audit-2026-Q1');
		expect(drawWithoutReplacement(ITEMS, 10, 'audit-2026-Q1')).toEqual(a);
		expect(new Set(a).size).toBe(10);
		for (const x of a) expect(ITEMS).toContain(x);
	});

	it('gives different samples for different seeds', () => {
		const samples = ['a', 'b', 'audit-1', 'audit-2', ''].map((s) => drawWithoutReplacement(ITEMS, 10, s).join(','));
		expect(new Set(samples).size).toBe(samples.length);
	});

	it('hashes seeds to 128 bits that differ in every lane for a one-character change', () => {
		const [a, b] = [seedBits('seed-1'), seedBits('seed-2')];
		expect(a).toHaveLength(4);
		for (let i = 0; i < 4; i++) expect(a[i]).not.toBe(b[i]);
	});

	it('is uniform: χ² of 10,000 draws of 10 from 100 (pinned seed) is below the 0.999 critical value', () => {
		const stat = chiSquare((r) => drawWithoutReplacement(ITEMS, 10, `pinned-chi2:${r}`));
		expect(stat).toBeLessThan(CHI2_99_999);
	});

	it('the same statistic catches a biased sampler (a sort with a random comparator)', () => {
		const stat = chiSquare((r) => sortShuffleSample(ITEMS, 10, `pinned-chi2:${r}`));
		expect(stat).toBeGreaterThan(CHI2_99_999);
	});

	it('draws every item when k reaches the population, and nothing from an empty one', () => {
		expect(
			drawWithoutReplacement(ITEMS, 500, 's')
				.slice()
				.sort((a, b) => a - b)
		).toEqual(ITEMS);
		expect(drawWithoutReplacement([], 5, 's')).toEqual([]);
		expect(drawWithoutReplacement(ITEMS, 0, 's')).toEqual([]);
	});

	it('draws integers below n without modulo bias and refuses a bad n', () => {
		const next = sfc32(seedBits('u'));
		for (let i = 0; i < 1000; i++) {
			const x = uniformBelow(next, 7);
			expect(Number.isInteger(x) && x >= 0 && x < 7).toBe(true);
		}
		expect(() => uniformBelow(next, 0)).toThrow(RangeError);
		expect(() => uniformBelow(next, 1.5)).toThrow(RangeError);
	});
});

describe('supervision samples of a source', () => {
	const source = [42, 7, 19, 3, 88, 61, 5, 30, 12, 77, 54, 26];

	it('does not depend on the order the source lists its messages in, and keeps the source order in the queue', () => {
		const spec = { kind: 'count', n: 4 } as const;
		const a = sampleMessages(source, spec, 'q1-review');
		const b = sampleMessages([...source].reverse(), spec, 'q1-review');
		expect(a).toHaveLength(4);
		expect([...a].sort((x, y) => x - y)).toEqual([...b].sort((x, y) => x - y));
		expect(a).toEqual(source.filter((id) => a.includes(id)));
	});

	it('sizes a sample by count or by percent (rounded up, never above the population)', () => {
		const table: [string, number, number][] = [
			['25', 100, 25],
			['25', 10, 10],
			['10%', 100, 10],
			['10%', 5, 1],
			['12.5%', 8, 1],
			['100%', 37, 37],
			['1%', 0, 0]
		];
		for (const [text, population, size] of table) expect(sampleSize(parseSampleSpec(text)!, population), `${text} of ${population}`).toBe(size);
	});

	it('reads "N" and "N%" and refuses anything else', () => {
		expect(parseSampleSpec('25')).toEqual({ kind: 'count', n: 25 });
		expect(parseSampleSpec(' 10 % ')).toEqual({ kind: 'percent', pct: 10 });
		for (const bad of ['', '0', '0%', '101%', '-5', '5.5', 'ten', '10%%']) expect(parseSampleSpec(bad), bad).toBeNull();
		expect(sampleSpecText({ kind: 'percent', pct: 12.5 })).toBe('12.5%');
		expect(sampleSpecText({ kind: 'count', n: 3 })).toBe('3');
	});

	it('makes a 64-bit hex seed from the random source it is given', () => {
		expect(newSeed((b) => b.set([0, 1, 2, 171, 255, 16, 32, 64]))).toBe('000102abff102040');
		expect(newSeed()).toMatch(/^[0-9a-f]{16}$/);
	});
});
