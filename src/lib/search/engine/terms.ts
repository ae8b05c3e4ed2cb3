/**
 * The term dictionary in typed arrays: every term's UTF-16 code units in one pool, an open-addressing hash table for
 * exact lookups (the indexer looks words up from a code-unit buffer, without making a string per word), and, made
 * when first asked for, the terms in code-unit order (JavaScript's string order) for prefix ranges and fuzzy matches.
 * A saved table is these arrays as they are: loading it reads nothing term by term.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CJK_START = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/** FNV-1a over UTF-16 code units (the indexer computes the same value unit by unit as it folds a word). */
export function hashString(s: string): number {
	let h = FNV_OFFSET;
	for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
	return h >>> 0;
}

export function hashStep(h: number, unit: number): number {
	return Math.imul(h ^ unit, FNV_PRIME);
}

export const HASH_START = FNV_OFFSET;

export interface TermArrays {
	chars: Uint16Array<ArrayBuffer>;
	starts: Uint32Array<ArrayBuffer>;
	slots: Int32Array<ArrayBuffer>;
	/** Term ids in code-unit order, or empty when not computed. */
	sorted: Int32Array<ArrayBuffer>;
}

export class TermTable {
	count = 0;
	/** Code units of term t: chars[starts[t], starts[t + 1]). */
	private chars = new Uint16Array(1 << 12);
	private starts = new Uint32Array(1024);
	/** Hash table of term id + 1 (0: empty), linear probing, at most half full. */
	private slots = new Int32Array(1 << 12);
	private order: Int32Array | null = null;
	/** Position of each term in `order`. */
	private rankOf: Int32Array | null = null;
	/** Terms covered by `order`. */
	private ordered = 0;
	private cjkSecond = new Map<string, number[]>();
	private cjkScanned = 0;

	static from(a: TermArrays, count: number): TermTable {
		const t = new TermTable();
		t.count = count;
		t.chars = a.chars;
		t.starts = a.starts;
		// Inserting after a load writes into the slots: a copy, so the bytes the table was read from stay as they were.
		t.slots = a.slots.slice();
		if (a.sorted.length === count && count > 0) {
			t.order = a.sorted;
			t.ordered = count;
		}
		return t;
	}

	/** The arrays to save, trimmed to what is used, with the sorted order computed. */
	arrays(): TermArrays {
		return {
			chars: this.chars.subarray(0, this.starts[this.count]) as Uint16Array<ArrayBuffer>,
			starts: this.starts.subarray(0, this.count + 1) as Uint32Array<ArrayBuffer>,
			slots: this.slots as Int32Array<ArrayBuffer>,
			sorted: this.sorted() as Int32Array<ArrayBuffer>
		};
	}

	get charCount(): number {
		return this.starts[this.count];
	}

	/** Bytes the terms take (code units, starts, hash table, sorted order), not counting spare capacity. */
	get byteLength(): number {
		return this.charCount * 2 + (this.count + 1) * 4 + this.slots.byteLength + this.count * 4;
	}

	length(id: number): number {
		return this.starts[id + 1] - this.starts[id];
	}

	text(id: number): string {
		const from = this.starts[id];
		const to = this.starts[id + 1];
		let out = '';
		for (let at = from; at < to; at += 4096) out += String.fromCharCode.apply(null, this.chars.subarray(at, Math.min(to, at + 4096)) as unknown as number[]);
		return out;
	}

	/** The id of a term, or -1. */
	idOf(term: string): number {
		const mask = this.slots.length - 1;
		for (let slot = hashString(term) & mask; ; slot = (slot + 1) & mask) {
			const v = this.slots[slot];
			if (v === 0) return -1;
			if (this.equalsString(v - 1, term)) return v - 1;
		}
	}

	/** The id of the term in units[0, len) with hash `hash` (hashStep over those units), added when new. */
	idOfUnits(units: Uint16Array, len: number, hash: number): number {
		const mask = this.slots.length - 1;
		let slot = (hash >>> 0) & mask;
		for (; ; slot = (slot + 1) & mask) {
			const v = this.slots[slot];
			if (v === 0) break;
			if (this.equalsUnits(v - 1, units, len)) return v - 1;
		}
		const id = this.append(len);
		this.chars.set(len === units.length ? units : units.subarray(0, len), this.starts[id]);
		this.place(slot, id);
		return id;
	}

	/** The id of a term, added when new. */
	add(term: string): number {
		const mask = this.slots.length - 1;
		let slot = hashString(term) & mask;
		for (; ; slot = (slot + 1) & mask) {
			const v = this.slots[slot];
			if (v === 0) break;
			if (this.equalsString(v - 1, term)) return v - 1;
		}
		const id = this.append(term.length);
		const at = this.starts[id];
		for (let k = 0; k < term.length; k++) this.chars[at + k] = term.charCodeAt(k);
		this.place(slot, id);
		return id;
	}

	private append(len: number): number {
		const id = this.count++;
		if (this.count + 1 > this.starts.length) {
			const starts = new Uint32Array(this.starts.length * 2);
			starts.set(this.starts);
			this.starts = starts;
		}
		const from = this.starts[id];
		if (from + len > this.chars.length) {
			const chars = new Uint16Array(Math.max(from + len, this.chars.length * 2));
			chars.set(this.chars.subarray(0, from));
			this.chars = chars;
		}
		this.starts[id + 1] = from + len;
		return id;
	}

	private place(slot: number, id: number): void {
		this.slots[slot] = id + 1;
		if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
	}

	private rehash(size: number): void {
		const slots = new Int32Array(size);
		const mask = size - 1;
		for (let id = 0; id < this.count; id++) {
			let h = FNV_OFFSET;
			for (let k = this.starts[id]; k < this.starts[id + 1]; k++) h = Math.imul(h ^ this.chars[k], FNV_PRIME);
			let slot = (h >>> 0) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		}
		this.slots = slots;
	}

	private equalsString(id: number, term: string): boolean {
		const from = this.starts[id];
		if (this.starts[id + 1] - from !== term.length) return false;
		for (let k = 0; k < term.length; k++) if (this.chars[from + k] !== term.charCodeAt(k)) return false;
		return true;
	}

	private equalsUnits(id: number, units: Uint16Array, len: number): boolean {
		const from = this.starts[id];
		if (this.starts[id + 1] - from !== len) return false;
		for (let k = 0; k < len; k++) if (this.chars[from + k] !== units[k]) return false;
		return true;
	}

	/** Code-unit order of two terms (as JavaScript compares strings). */
	private compare(a: number, b: number): number {
		const chars = this.chars;
		let i = this.starts[a];
		let j = this.starts[b];
		const ea = this.starts[a + 1];
		const eb = this.starts[b + 1];
		for (; i < ea && j < eb; i++, j++) {
			const d = chars[i] - chars[j];
			if (d !== 0) return d;
		}
		return ea - i - (eb - j);
	}

	/** Every term id in code-unit order; terms added since the last call are sorted and merged in. */
	sorted(): Int32Array {
		if (this.order && this.ordered === this.count) return this.order;
		const fresh = new Int32Array(this.count - this.ordered);
		for (let k = 0; k < fresh.length; k++) fresh[k] = this.ordered + k;
		fresh.sort((a, b) => this.compare(a, b));
		const old = this.order ?? new Int32Array(0);
		const out = new Int32Array(this.count);
		let i = 0;
		let j = 0;
		let o = 0;
		while (i < old.length && j < fresh.length) out[o++] = this.compare(old[i], fresh[j]) <= 0 ? old[i++] : fresh[j++];
		while (i < old.length) out[o++] = old[i++];
		while (j < fresh.length) out[o++] = fresh[j++];
		this.order = out;
		this.ordered = this.count;
		this.rankOf = null;
		return out;
	}

	/** Position of each term in code-unit order (sorting refs by it sorts them by their text). */
	ranks(): Int32Array {
		const order = this.sorted();
		if (this.rankOf && this.rankOf.length === order.length) return this.rankOf;
		const r = new Int32Array(order.length);
		for (let k = 0; k < order.length; k++) r[order[k]] = k;
		return (this.rankOf = r);
	}

	/** Compares term `id` with the first `len` units of `prefix`: 0 when the term starts with them. */
	private comparePrefix(id: number, prefix: string, len: number): number {
		const from = this.starts[id];
		const tlen = this.starts[id + 1] - from;
		const m = Math.min(tlen, len);
		for (let k = 0; k < m; k++) {
			const d = this.chars[from + k] - prefix.charCodeAt(k);
			if (d !== 0) return d;
		}
		return tlen >= len ? 0 : -1;
	}

	/** Positions [lo, hi) in `sorted()` of the terms starting with prefix's first `len` units. */
	private prefixRange(prefix: string, len: number): [number, number] {
		const order = this.sorted();
		let a = 0;
		let b = order.length;
		while (a < b) {
			const mid = (a + b) >>> 1;
			if (this.comparePrefix(order[mid], prefix, len) < 0) a = mid + 1;
			else b = mid;
		}
		let c = a;
		let d = order.length;
		while (c < d) {
			const mid = (c + d) >>> 1;
			if (this.comparePrefix(order[mid], prefix, len) <= 0) c = mid + 1;
			else d = mid;
		}
		return [a, c];
	}

	/** True when term `id` starts with the `len` units at chars[from]. */
	private startsWithUnits(id: number, from: number, len: number): boolean {
		const at = this.starts[id];
		if (this.starts[id + 1] - at < len) return false;
		const chars = this.chars;
		for (let k = 0; k < len; k++) if (chars[at + k] !== chars[from + k]) return false;
		return true;
	}

	/**
	 * The first position after `k` in `sorted()` whose term does not start with the `len` units at chars[from] (the
	 * term at `k` does): galloping from `k`, as the terms under a prefix are usually few.
	 */
	private pastPrefix(from: number, len: number, k: number): number {
		const order = this.sorted();
		let lo = k;
		let step = 1;
		let hi = k + 1;
		while (hi < order.length && this.startsWithUnits(order[hi], from, len)) {
			lo = hi;
			step *= 2;
			hi = k + step;
		}
		if (hi > order.length) hi = order.length;
		// order[lo] starts with the prefix; order[hi] (if any) does not.
		while (hi - lo > 1) {
			const mid = (lo + hi) >>> 1;
			if (this.startsWithUnits(order[mid], from, len)) lo = mid;
			else hi = mid;
		}
		return hi;
	}

	/** Calls `each` for every term starting with `prefix`, in code-unit order, with whether it is `prefix` itself. */
	withPrefix(prefix: string, each: (id: number, whole: boolean) => void): void {
		const order = this.sorted();
		const [lo, hi] = this.prefixRange(prefix, prefix.length);
		for (let k = lo; k < hi; k++) each(order[k], this.length(order[k]) === prefix.length);
	}

	/**
	 * Every term within Levenshtein distance `max` of `query` (over UTF-16 code units), with its distance. The sorted
	 * terms are walked as a trie: rows of the distance matrix are shared with the previous term's common prefix, and
	 * every term under a prefix whose row is over `max` everywhere is skipped.
	 */
	fuzzy(query: string, max: number): [id: number, distance: number][] {
		const out: [number, number][] = [];
		const order = this.sorted();
		const n = query.length + 1;
		const rows = query.length + max + 2;
		const matrix = new Uint32Array(rows * n);
		for (let j = 0; j < n; j++) matrix[j] = j;
		const q = new Uint16Array(query.length);
		for (let j = 0; j < query.length; j++) q[j] = query.charCodeAt(j);
		const chars = this.chars;
		/** Rows 0..valid are computed for the first `valid` units of term `prev`. */
		let valid = 0;
		let prev = -1;
		let k = 0;
		while (k < order.length) {
			const id = order[k];
			const from = this.starts[id];
			const len = this.starts[id + 1] - from;
			let same = 0;
			if (prev >= 0) {
				const pf = this.starts[prev];
				const lim = Math.min(valid, len);
				while (same < lim && chars[pf + same] === chars[from + same]) same++;
			}
			let dead = -1;
			for (let i = same + 1; i <= len; i++) {
				if (i >= rows) {
					dead = i;
					break;
				}
				const c = chars[from + i - 1];
				const row = i * n;
				const up = row - n;
				matrix[row] = i;
				let min = i;
				for (let j = 1; j < n; j++) {
					const rpl = matrix[up + j - 1] + (c === q[j - 1] ? 0 : 1);
					const del = matrix[up + j] + 1;
					const ins = matrix[row + j - 1] + 1;
					const v = rpl < del ? (rpl < ins ? rpl : ins) : del < ins ? del : ins;
					matrix[row + j] = v;
					if (v < min) min = v;
				}
				if (min > max) {
					dead = i;
					break;
				}
			}
			prev = id;
			if (dead >= 0) {
				// No term starting with this one's first `dead` units is within reach: skip them all.
				valid = dead - 1;
				k = this.pastPrefix(from, dead, k);
				continue;
			}
			valid = len;
			const distance = matrix[len * n + n - 1];
			if (distance <= max) out.push([id, distance]);
			k++;
		}
		return out;
	}

	/** Two-character CJK terms whose second character is `ch` (a one-character CJK query matches them). */
	cjkBySecond(ch: string): readonly number[] {
		for (; this.cjkScanned < this.count; this.cjkScanned++) {
			const id = this.cjkScanned;
			const first = this.chars[this.starts[id]];
			if (first < 0x1100) continue; // below Hangul Jamo: no CJK script starts there
			const term = this.text(id);
			if (!CJK_START.test(term)) continue;
			const cps = Array.from(term);
			if (cps.length !== 2) continue;
			const list = this.cjkSecond.get(cps[1]);
			if (list) list.push(id);
			else this.cjkSecond.set(cps[1], [id]);
		}
		return this.cjkSecond.get(ch) ?? [];
	}
}
