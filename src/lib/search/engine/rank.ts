import type { Leaf } from './leaves';
import type { EngineState } from './state';

export const K1 = 1.2;
export const B = 0.75;

/** BM25 idf of a term that `df` of `n` documents contain. */
export function idf(n: number, df: number): number {
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Scores of the hits: BM25 summed over every term of every positive leaf, times the term's weight. */
export function scoreHits(state: EngineState, leaves: Leaf[], hits: Int32Array): Float64Array {
	const out = new Float64Array(hits.length);
	if (hits.length === 0 || leaves.length === 0) return out;
	const n = state.n;
	const avgLen = state.totalLen / Math.max(1, n) || 1;
	const lenOf = state.lenOf;
	const p = state.postings;
	const dense = new Float32Array(n);
	for (const leaf of leaves) {
		for (const group of leaf.groups) {
			for (const ref of group) {
				const docs = p.docsOf(ref.term);
				const tfs = p.tfsOf(ref.term);
				const w = ref.weight * idf(n, docs.length);
				for (let i = 0; i < docs.length; i++) {
					const d = docs[i];
					const tf = tfs[i];
					dense[d] += (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lenOf[d]) / avgLen));
				}
			}
		}
	}
	for (let i = 0; i < hits.length; i++) out[i] = dense[hits[i]];
	return out;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const DOC_BITS = 2 ** 24;
const MAX_Q = 2 ** 29 - 1;

/** Indices into `hits`, best score first; equal scores keep document order. */
export function orderByScore(hits: Int32Array, scores: Float64Array): Int32Array {
	const m = hits.length;
	const order = new Int32Array(m);
	if (m < DOC_BITS) {
		// One native numeric sort on keys packing (descending score, position): 29 bits of the float32 score
		// (non-negative floats order like their bit patterns) and 24 bits of position.
		const keys = new Float64Array(m);
		for (let i = 0; i < m; i++) {
			f32[0] = scores[i];
			keys[i] = (MAX_Q - (u32[0] >>> 3)) * DOC_BITS + i;
		}
		keys.sort();
		for (let i = 0; i < m; i++) order[i] = keys[i] % DOC_BITS;
		return order;
	}
	for (let i = 0; i < m; i++) order[i] = i;
	return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

/** Indices into `hits`, oldest first; unknown times last; equal times keep document order. */
export function orderByTime(hits: Int32Array, ts: Float64Array): Int32Array {
	const m = hits.length;
	const order = new Int32Array(m);
	let sorted = true;
	for (let i = 0; i < m; i++) {
		order[i] = i;
		if (i > 0 && !(ts[hits[i - 1]] <= ts[hits[i]]) && !Number.isNaN(ts[hits[i - 1]])) sorted = false;
		if (i > 0 && Number.isNaN(ts[hits[i - 1]]) && !Number.isNaN(ts[hits[i]])) sorted = false;
	}
	if (sorted) return order;
	const key = (i: number) => {
		const t = ts[hits[i]];
		return Number.isNaN(t) ? Infinity : t;
	};
	return order.sort((a, b) => key(a) - key(b) || a - b);
}
