import type { Leaf, TermRef } from './leaves';
import { scratch } from './scratch';
import { sameSet } from './sets';
import type { EngineState } from './state';

export const K1 = 1.2;
export const B = 0.75;

/** BM25 idf of a term that `df` of `n` documents contain. */
export function idf(n: number, df: number): number {
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The statistics BM25 ranks by: the index's own, or, when the index is one shard of a larger corpus, the corpus's
 * (documents, summed lengths, and each term's document frequency by its text), so every shard scores a document as
 * one index holding the whole corpus would.
 */
export interface Collection {
	n: number;
	totalLen: number;
	/** Documents of the corpus containing the term; undefined: use the index's own count. */
	df: (term: string) => number | undefined;
}

/** What scoring needs: per-document length factors and each term's idf. */
export interface Weights {
	once: Float32Array;
	norm: Float32Array;
	/** idf of term id `term`, which `localDf` of this index's documents contain. */
	idf: (term: number, localDf: number) => number;
}

/** Mean document length of a collection (1 when empty). */
export function averageLength(n: number, totalLen: number): number {
	return totalLen / Math.max(1, n) || 1;
}

/** Per document: (k1 + 1) / (1 + k1 (1 - b + b len/avgLen)), the BM25 factor of a term occurring once, and the norm. */
export function lengthNorms(state: EngineState, avgLen = averageLength(state.n, state.totalLen)): { once: Float32Array; norm: Float32Array } {
	const n = state.n;
	const once = new Float32Array(n);
	const norm = new Float32Array(n);
	for (let d = 0; d < n; d++) {
		const k = K1 * (1 - B + (B * state.lenOf[d]) / avgLen);
		norm[d] = k;
		once[d] = (K1 + 1) / (1 + k);
	}
	return { once, norm };
}

/**
 * Scores of the hits: BM25 summed over every term of every positive leaf, times the term's weight. Every score is a
 * float32 sum taken in the leaves' term order, so an index split into shards gives each document the same score.
 */
export function scoreHits(state: EngineState, leaves: Leaf[], hits: Int32Array, weights: Weights): Float64Array {
	const out = scratch.take('scores', Float64Array, hits.length, true);
	if (hits.length === 0 || leaves.length === 0) return out;
	const n = state.n;
	const { once, norm } = weights;
	const p = state.postings;
	const refs = leaves.flatMap((leaf) => leaf.groups.flat());
	if (refs.length === 1 && sameSet(p.docsOf(refs[0].term), hits)) {
		// One term and every hit has it: the postings are the hits, in the same order.
		const tfs = p.tfsOf(refs[0].term);
		const w = refs[0].weight * weights.idf(refs[0].term, hits.length);
		for (let i = 0; i < hits.length; i++) {
			const d = hits[i];
			const tf = tfs[i];
			out[i] = Math.fround(tf === 1 ? w * once[d] : (w * tf * (K1 + 1)) / (tf + norm[d]));
		}
		return out;
	}
	let postings = 0;
	for (const ref of refs) postings += p.df(ref.term);
	if (hits.length * SPARSE_RATIO < postings) {
		// Few hits against long posting lists (a phrase or AND of common words): look each hit up in each list
		// rather than walking every posting. The same float32 sums, term by term, as the dense walk below.
		for (const ref of refs) {
			const docs = p.docsOf(ref.term);
			const tfs = p.tfsOf(ref.term);
			const w = ref.weight * weights.idf(ref.term, docs.length);
			let j = 0;
			for (let i = 0; i < hits.length && j < docs.length; i++) {
				const d = hits[i];
				j = lowerBound(docs, j, d);
				if (j >= docs.length || docs[j] !== d) continue;
				const tf = tfs[j];
				out[i] = Math.fround(out[i] + (tf === 1 ? w * once[d] : (w * tf * (K1 + 1)) / (tf + norm[d])));
			}
		}
		return out;
	}
	const dense = scratch.take('dense', Float32Array, n, true);
	for (const ref of refs) {
		const docs = p.docsOf(ref.term);
		const tfs = p.tfsOf(ref.term);
		const w = ref.weight * weights.idf(ref.term, docs.length);
		for (let i = 0; i < docs.length; i++) {
			const d = docs[i];
			const tf = tfs[i];
			dense[d] += tf === 1 ? w * once[d] : (w * tf * (K1 + 1)) / (tf + norm[d]);
		}
	}
	for (let i = 0; i < hits.length; i++) out[i] = dense[hits[i]];
	return out;
}

/** Hits × this below the postings of the query's terms: score by looking the hits up (galloping), not by a walk. */
const SPARSE_RATIO = 16;

/** First position at or after `from` whose document is >= d: gallops, then halves. */
function lowerBound(docs: Int32Array, from: number, d: number): number {
	let lo = from;
	let step = 1;
	while (lo + step < docs.length && docs[lo + step] < d) {
		lo += step;
		step *= 2;
	}
	let hi = Math.min(docs.length, lo + step + 1);
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (docs[mid] < d) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Hits and scores of one group of terms (a word with its prefix or fuzzy expansions) in one pass over the postings:
 * every posting adds a positive score, so the documents with a score are exactly the union.
 */
export function singleGroup(state: EngineState, group: TermRef[], weights: Weights): { hits: Int32Array; scores: Float64Array } {
	const n = state.n;
	const p = state.postings;
	const { once, norm } = weights;
	if (group.length === 0) return { hits: new Int32Array(0), scores: new Float64Array(0) };
	if (group.length === 1) {
		const hits = p.docsOf(group[0].term);
		return { hits, scores: scoreHits(state, [{ groups: [group] } as Leaf], hits, weights) };
	}
	const dense = scratch.take('dense', Float32Array, n, true);
	let total = 0;
	for (const ref of group) {
		const docs = p.docsOf(ref.term);
		const tfs = p.tfsOf(ref.term);
		total += docs.length;
		const w = ref.weight * weights.idf(ref.term, docs.length);
		for (let i = 0; i < docs.length; i++) {
			const d = docs[i];
			const tf = tfs[i];
			dense[d] += tf === 1 ? w * once[d] : (w * tf * (K1 + 1)) / (tf + norm[d]);
		}
	}
	const found = scratch.take('found', Int32Array, Math.min(n, total));
	let m = 0;
	for (let d = 0; d < n; d++) if (dense[d] > 0) found[m++] = d;
	const hits = found.subarray(0, m);
	const scores = scratch.take('scores', Float64Array, m);
	for (let i = 0; i < m; i++) scores[i] = dense[hits[i]];
	return { hits, scores };
}

/**
 * Stable LSD radix sort of positions 0..m-1 by unsigned keys of `bits` bits, 11 bits a pass: O(m), which keeps
 * ordering a million hits within a few milliseconds.
 */
export function radixOrder(keys: Uint32Array, bits = 32): Int32Array {
	const m = keys.length;
	let order = scratch.take('order', Int32Array, m);
	for (let i = 0; i < m; i++) order[i] = i;
	let spare = scratch.take('spare', Int32Array, m);
	const counts = new Uint32Array(2048);
	for (let shift = 0; shift < bits; shift += 11) {
		counts.fill(0);
		for (let i = 0; i < m; i++) counts[(keys[i] >>> shift) & 2047]++;
		// Skip a pass where every key has the same digit.
		let single = false;
		for (let b = 0; b < 2048; b++)
			if (counts[b] !== 0) {
				single = counts[b] === m;
				break;
			}
		if (single) continue;
		let sum = 0;
		for (let b = 0; b < 2048; b++) {
			const c = counts[b];
			counts[b] = sum;
			sum += c;
		}
		for (let i = 0; i < m; i++) {
			const o = order[i];
			spare[counts[(keys[o] >>> shift) & 2047]++] = o;
		}
		const t = order;
		order = spare;
		spare = t;
	}
	return order;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** Score keys keep the top 22 bits of the float32 (8 exponent, 13 mantissa bits: scores within 1e-4 tie). */
const SCORE_KEY_BITS = 22;

/** Sort key of a score: ascending key is descending score; equal (to 1e-4) scores share a key. */
export function scoreKey(score: number): number {
	// Non-negative float32s order like their bit patterns; subtract from the largest for descending.
	f32[0] = score > 0 ? score : 0;
	return (0x7fffffff - u32[0]) >>> (31 - SCORE_KEY_BITS);
}

function scoreKeys(scores: Float64Array): Uint32Array {
	const m = scores.length;
	const keys = scratch.take('keys', Uint32Array, m);
	for (let i = 0; i < m; i++) keys[i] = scoreKey(scores[i]);
	return keys;
}

/** Indices into `scores`, best first; equal (to 1e-4) scores keep document order. */
export function orderByScore(scores: Float64Array): Int32Array {
	return radixOrder(scoreKeys(scores), SCORE_KEY_BITS);
}

/** The first `k` of orderByScore(scores), without ordering the rest. */
export function topByScore(scores: Float64Array, k: number): Int32Array {
	return topOrder(scoreKeys(scores), SCORE_KEY_BITS, k);
}

const TOP_DIGIT = 11;

/**
 * The first `k` positions of radixOrder(keys, bits), found in O(m) without ordering every key: a histogram of the
 * highest 11-bit digit gives the digit at which k keys are reached; only the keys up to that digit (in position
 * order, so ties keep it) are ordered. Returns a view valid until the next ordering.
 */
export function topOrder(keys: Uint32Array, bits: number, k: number): Int32Array {
	const m = keys.length;
	if (k >= m) return radixOrder(keys, bits);
	if (k <= 0) return new Int32Array(0);
	const shift = Math.max(0, bits - TOP_DIGIT);
	const counts = new Uint32Array(1 << TOP_DIGIT);
	for (let i = 0; i < m; i++) counts[keys[i] >>> shift]++;
	let limit = 0;
	for (let seen = 0; limit < counts.length; limit++) {
		seen += counts[limit];
		if (seen >= k) break;
	}
	let c = 0;
	for (let d = 0; d <= limit; d++) c += counts[d];
	const at = scratch.take('topAt', Int32Array, c);
	const candidateKeys = scratch.take('topKeys', Uint32Array, c);
	let j = 0;
	for (let i = 0; i < m; i++) {
		if (keys[i] >>> shift <= limit) {
			at[j] = i;
			candidateKeys[j++] = keys[i];
		}
	}
	const order = radixOrder(candidateKeys, bits);
	const out = order.subarray(0, k);
	for (let i = 0; i < k; i++) out[i] = at[out[i]];
	return out;
}

/** Rank of every document in time order (oldest first, unknown times last, ties by document number). */
export function timeRanks(ts: Float64Array, n: number): Uint32Array {
	const order = new Int32Array(n);
	let sorted = true;
	for (let d = 0; d < n; d++) {
		order[d] = d;
		if (d > 0 && (ts[d - 1] > ts[d] || (Number.isNaN(ts[d - 1]) && !Number.isNaN(ts[d])))) sorted = false;
	}
	if (!sorted) {
		const key = (d: number) => (Number.isNaN(ts[d]) ? Infinity : ts[d]);
		order.sort((a, b) => key(a) - key(b) || a - b);
	}
	const rank = new Uint32Array(n);
	for (let r = 0; r < n; r++) rank[order[r]] = r;
	return rank;
}

function timeKeys(hits: Int32Array, ranks: Uint32Array): Uint32Array {
	const keys = scratch.take('keys', Uint32Array, hits.length);
	for (let i = 0; i < hits.length; i++) keys[i] = ranks[hits[i]];
	return keys;
}

/** Indices into `hits`, oldest first (by the documents' time ranks). */
export function orderByTime(hits: Int32Array, ranks: Uint32Array): Int32Array {
	return radixOrder(timeKeys(hits, ranks), 32 - Math.clz32(ranks.length));
}

/** The first `k` of orderByTime(hits, ranks), without ordering the rest. */
export function topByTime(hits: Int32Array, ranks: Uint32Array, k: number): Int32Array {
	return topOrder(timeKeys(hits, ranks), 32 - Math.clz32(ranks.length), k);
}
