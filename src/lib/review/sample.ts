/**
 * Supervision samples that another reviewer can draw again: a seeded PRNG (sfc32, seeded with 128 bits hashed from the
 * seed text by cyrb128) and sampling without replacement by a partial Fisher–Yates shuffle.
 *
 * The population is put in ascending id order before drawing, so the sample depends only on which messages the source
 * gave and on the seed — not on the order the source listed them in (a search's ranking can shift when the index is
 * rebuilt; the set of hits does not). The drawn messages are then reviewed in the source's order.
 */

/** 128 bits from a string (cyrb128: four 32-bit lanes mixed with Math.imul). */
export function seedBits(seed: string): [number, number, number, number] {
	let h1 = 1779033703,
		h2 = 3144134277,
		h3 = 1013904242,
		h4 = 2773480762;
	for (let i = 0; i < seed.length; i++) {
		const k = seed.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A generator of uint32 values (sfc32), seeded with 128 bits. */
export function sfc32([a0, b0, c0, d0]: readonly [number, number, number, number]): () => number {
	let a = a0,
		b = b0,
		c = c0,
		d = d0;
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	// Discard the first outputs: sfc32's state needs a few rounds to mix a seed with many zero bits.
	for (let i = 0; i < 15; i++) next();
	return next;
}

/** A uniform integer in [0, n) without modulo bias (rejection of the uneven top of the uint32 range). */
export function uniformBelow(next: () => number, n: number): number {
	if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError(`n must be an integer in 1..2^32, got ${n}`);
	const limit = 2 ** 32 - (2 ** 32 % n);
	let x: number;
	do x = next();
	while (x >= limit);
	return x % n;
}

/** `k` items drawn without replacement from `items` (in the given order), in the order drawn. */
export function drawWithoutReplacement<T>(items: readonly T[], k: number, seed: string): T[] {
	const n = items.length;
	const take = Math.max(0, Math.min(k, n));
	const next = sfc32(seedBits(seed));
	const a = items.slice();
	for (let i = 0; i < take; i++) {
		const j = i + uniformBelow(next, n - i);
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a.slice(0, take);
}

export type SampleSpec = { kind: 'count'; n: number } | { kind: 'percent'; pct: number };

/** '25' → 25 messages, '10%' → ten percent; null when the text is neither. */
export function parseSampleSpec(text: string): SampleSpec | null {
	const t = text.trim();
	const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
	if (pct) {
		const v = Number(pct[1]);
		return v > 0 && v <= 100 ? { kind: 'percent', pct: v } : null;
	}
	if (/^\d+$/.test(t) && Number(t) > 0) return { kind: 'count', n: Number(t) };
	return null;
}

export function sampleSpecText(spec: SampleSpec): string {
	return spec.kind === 'count' ? String(spec.n) : `${spec.pct}%`;
}

/** How many messages a spec draws from a population (a percentage rounds up: 10 % of 5 is 1, never 0). */
export function sampleSize(spec: SampleSpec, population: number): number {
	return spec.kind === 'count' ? Math.min(spec.n, population) : Math.min(population, Math.ceil((spec.pct * population) / 100));
}

/**
 * The sample of message ids a spec and seed give from a source's ids: drawn from the ids in ascending order
 * (see above), returned in the source's order.
 */
export function sampleMessages(sourceIds: readonly number[], spec: SampleSpec, seed: string): number[] {
	const population = [...new Set(sourceIds)].sort((a, b) => a - b);
	const chosen = new Set(drawWithoutReplacement(population, sampleSize(spec, population.length), seed));
	const out: number[] = [];
	for (const id of sourceIds) if (chosen.delete(id)) out.push(id);
	return out;
}

/** A fresh seed to record when the reviewer gives none: 64 random bits as hex. */
export function newSeed(random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b)): string {
	const b = new Uint8Array(8);
	random(b);
	return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
