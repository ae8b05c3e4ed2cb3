/**
 * Inverted lists in typed arrays. Adds go to an append log (term, doc, tf); `compact()` merges the log into one
 * CSR layout: `offsets[t]..offsets[t+1]` index `docs` (ascending), `tfs` (term frequency, saturating at 255) and
 * `firsts` (the word position of the term's first occurrence in the document, 255 when unknown or later).
 * Documents are added in increasing number, so appending the log after the committed lists keeps them ascending.
 */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

export class PostingStore {
	offsets = new Uint32Array(1);
	docs = new Int32Array(0);
	tfs = new Uint8Array(0);
	firsts = new Uint8Array(0);
	/** Terms covered by `offsets`. */
	committedTerms = 0;

	/** The log in chunks of CHUNK postings: it grows without copying, and a chunk is let go once merged. */
	private logTerm: Int32Array[] = [];
	private logDoc: Int32Array[] = [];
	private logTf: Uint8Array[] = [];
	private logFirst: Uint8Array[] = [];
	private logLen = 0;
	/** Per term t: at 2t the last document it was added for, at 2t + 1 that posting's place in the log (one cache line). */
	private last = new Int32Array(0);

	get pending(): number {
		return this.logLen;
	}

	get total(): number {
		return this.docs.length + this.logLen;
	}

	add(term: number, doc: number, position: number): void {
		if (2 * term >= this.last.length) this.growTerms(term + 1);
		const last = this.last;
		if (last[2 * term] === doc) {
			const p = last[2 * term + 1];
			const tfs = this.logTf[p >>> CHUNK_BITS];
			const at = p & CHUNK_MASK;
			if (tfs[at] < 255) tfs[at]++;
			return;
		}
		const p = this.logLen++;
		const c = p >>> CHUNK_BITS;
		if (c === this.logDoc.length) this.addChunk();
		const at = p & CHUNK_MASK;
		this.logTerm[c][at] = term;
		this.logDoc[c][at] = doc;
		this.logTf[c][at] = 1;
		this.logFirst[c][at] = position < 255 ? position : 255;
		last[2 * term] = doc;
		last[2 * term + 1] = p;
	}

	private growTerms(need: number): void {
		const size = Math.max(need, this.last.length, 1024);
		const last = new Int32Array(2 * size).fill(-1);
		last.set(this.last);
		this.last = last;
	}

	private addChunk(): void {
		this.logTerm.push(new Int32Array(CHUNK));
		this.logDoc.push(new Int32Array(CHUNK));
		this.logTf.push(new Uint8Array(CHUNK));
		this.logFirst.push(new Uint8Array(CHUNK));
	}

	/** Merges the log into the CSR arrays for `termCount` terms and frees the log. */
	compact(termCount: number): void {
		if (this.logLen === 0 && termCount === this.committedTerms) return;
		const counts = new Uint32Array(termCount + 1);
		for (let t = 0; t < this.committedTerms; t++) counts[t] = this.offsets[t + 1] - this.offsets[t];
		for (let i = 0; i < this.logLen; i++) counts[this.logTerm[i >>> CHUNK_BITS][i & CHUNK_MASK]]++;
		const offsets = new Uint32Array(termCount + 1);
		for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t];
		const total = offsets[termCount];
		const docs = new Int32Array(total);
		const tfs = new Uint8Array(total);
		const firsts = new Uint8Array(total);
		const cursor = counts;
		for (let t = 0; t < termCount; t++) {
			const from = t < this.committedTerms ? this.offsets[t] : 0;
			const len = t < this.committedTerms ? this.offsets[t + 1] - from : 0;
			if (len > 0) {
				docs.set(this.docs.subarray(from, from + len), offsets[t]);
				tfs.set(this.tfs.subarray(from, from + len), offsets[t]);
				firsts.set(this.firsts.subarray(from, from + len), offsets[t]);
			}
			cursor[t] = offsets[t] + len;
		}
		// The committed lists are copied: let them go before the log is merged.
		this.docs = docs;
		this.tfs = tfs;
		this.firsts = firsts;
		for (let c = 0; c * CHUNK < this.logLen; c++) {
			const terms = this.logTerm[c];
			const ds = this.logDoc[c];
			const fs = this.logTf[c];
			const ps = this.logFirst[c];
			const end = Math.min(CHUNK, this.logLen - c * CHUNK);
			for (let i = 0; i < end; i++) {
				const at = cursor[terms[i]]++;
				docs[at] = ds[i];
				tfs[at] = fs[i];
				firsts[at] = ps[i];
			}
		}
		this.offsets = offsets;
		this.committedTerms = termCount;
		this.logTerm = [];
		this.logDoc = [];
		this.logTf = [];
		this.logFirst = [];
		this.logLen = 0;
		this.last = new Int32Array(0);
	}

	/** Documents of a term (call after compact). */
	docsOf(term: number): Int32Array {
		if (term >= this.committedTerms) return new Int32Array(0);
		return this.docs.subarray(this.offsets[term], this.offsets[term + 1]);
	}

	tfsOf(term: number): Uint8Array {
		if (term >= this.committedTerms) return new Uint8Array(0);
		return this.tfs.subarray(this.offsets[term], this.offsets[term + 1]);
	}

	/** Start of the term's lists in `docs` / `tfs` / `firsts` (call after compact). */
	start(term: number): number {
		return term < this.committedTerms ? this.offsets[term] : 0;
	}

	df(term: number): number {
		return term < this.committedTerms ? this.offsets[term + 1] - this.offsets[term] : 0;
	}

	/** Restores committed lists (deserialize). */
	load(offsets: Uint32Array<ArrayBuffer>, docs: Int32Array<ArrayBuffer>, tfs: Uint8Array<ArrayBuffer>, firsts: Uint8Array<ArrayBuffer>): void {
		this.offsets = offsets;
		this.docs = docs;
		this.tfs = tfs;
		this.firsts = firsts;
		this.committedTerms = offsets.length - 1;
	}

	bytes(): number {
		return this.offsets.byteLength + this.docs.byteLength + this.tfs.byteLength * 2 + this.logDoc.length * CHUNK * 10 + this.last.byteLength;
	}
}
