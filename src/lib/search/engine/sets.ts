import { scratch } from './scratch';

/** Sets of document numbers as ascending, duplicate-free Int32Arrays. Inputs are never modified. */

export const EMPTY = new Int32Array(0);

export function allDocs(n: number): Int32Array {
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) out[i] = i;
	return out;
}

function lowerBound(a: Int32Array, from: number, value: number): number {
	let lo = from;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length > b.length) [a, b] = [b, a];
	if (a.length === 0) return EMPTY;
	const out = new Int32Array(a.length);
	let k = 0;
	if (a.length * 16 < b.length) {
		// Small against large: gallop through the large one.
		let j = 0;
		for (let i = 0; i < a.length && j < b.length; i++) {
			j = lowerBound(b, j, a[i]);
			if (j < b.length && b[j] === a[i]) out[k++] = a[i];
		}
	} else {
		let i = 0;
		let j = 0;
		while (i < a.length && j < b.length) {
			const x = a[i];
			const y = b[j];
			if (x === y) {
				out[k++] = x;
				i++;
				j++;
			} else if (x < y) i++;
			else j++;
		}
	}
	return out.subarray(0, k);
}

export function difference(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length === 0 || b.length === 0) return a;
	const out = new Int32Array(a.length);
	let k = 0;
	let j = 0;
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		while (j < b.length && b[j] < x) j++;
		if (j < b.length && b[j] === x) continue;
		out[k++] = x;
	}
	return out.subarray(0, k);
}

/** Union of any number of sets over documents 0..n-1. */
export function union(sets: Int32Array[], n: number): Int32Array {
	const nonEmpty = sets.filter((s) => s.length > 0);
	if (nonEmpty.length === 0) return EMPTY;
	if (nonEmpty.length === 1) return nonEmpty[0];
	let total = 0;
	for (const s of nonEmpty) total += s.length;
	if (total * 8 > n) {
		const mark = scratch.take('mark', Uint8Array, n, true);
		for (const s of nonEmpty) for (let i = 0; i < s.length; i++) mark[s[i]] = 1;
		return collect(mark);
	}
	const all = new Int32Array(total);
	let k = 0;
	for (const s of nonEmpty) {
		all.set(s, k);
		k += s.length;
	}
	all.sort();
	let w = 0;
	for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[w - 1]) all[w++] = all[i];
	return all.subarray(0, w);
}

export function complement(a: Int32Array, n: number): Int32Array {
	const out = new Int32Array(n - a.length);
	let k = 0;
	let j = 0;
	for (let d = 0; d < n; d++) {
		if (j < a.length && a[j] === d) {
			j++;
			continue;
		}
		out[k++] = d;
	}
	return out.subarray(0, k);
}

/** Documents whose mark is non-zero, ascending. */
export function collect(mark: Uint8Array): Int32Array {
	let count = 0;
	for (let i = 0; i < mark.length; i++) if (mark[i] !== 0) count++;
	const out = new Int32Array(count);
	let k = 0;
	for (let i = 0; i < mark.length; i++) if (mark[i] !== 0) out[k++] = i;
	return out;
}

export function filterSet(a: Int32Array, keep: (d: number) => boolean): Int32Array {
	const out = new Int32Array(a.length);
	let k = 0;
	for (let i = 0; i < a.length; i++) if (keep(a[i])) out[k++] = a[i];
	return out.subarray(0, k);
}

export function scanAll(n: number, keep: (d: number) => boolean): Int32Array {
	const mark = scratch.take('mark', Uint8Array, n, true);
	for (let d = 0; d < n; d++) if (keep(d)) mark[d] = 1;
	return collect(mark);
}

export function sameSet(a: Int32Array, b: Int32Array): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	// Two views of the same memory (a term's postings taken twice) are the same set without reading them.
	if (a.buffer === b.buffer && a.byteOffset === b.byteOffset) return true;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
