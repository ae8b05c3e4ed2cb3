/**
 * Inverted lists in typed arrays. Adds go to an append log (term, doc, tf); `compact()` merges the log into one
 * CSR layout: `offsets[t]..offsets[t+1]` index `docs` (ascending), `tfs` (term frequency, saturating at 255) and
 * `firsts` (the word position of the term's first occurrence in the document, 255 when unknown or later).
 * Documents are added in increasing number, so appending the log after the committed lists keeps them ascending.
 */
export class PostingStore {
	offsets = new Uint32Array(1);
	docs = new Int32Array(0);
	tfs = new Uint8Array(0);
	firsts = new Uint8Array(0);
	/** Terms covered by `offsets`. */
	committedTerms = 0;

	private logTerm = new Int32Array(1024);
	private logDoc = new Int32Array(1024);
	private logTf = new Uint8Array(1024);
	private logFirst = new Uint8Array(1024);
	private logLen = 0;
	/** Per term: the last document it was added for, and that posting's place in the log. */
	private lastDoc = new Int32Array(0);
	private lastPos = new Int32Array(0);

	get pending(): number {
		return this.logLen;
	}

	get total(): number {
		return this.docs.length + this.logLen;
	}

	add(term: number, doc: number, position: number): void {
		if (term >= this.lastDoc.length) this.growTerms(term + 1);
		if (this.lastDoc[term] === doc) {
			const p = this.lastPos[term];
			if (this.logTf[p] < 255) this.logTf[p]++;
			return;
		}
		if (this.logLen === this.logDoc.length) this.growLog();
		const p = this.logLen++;
		this.logTerm[p] = term;
		this.logDoc[p] = doc;
		this.logTf[p] = 1;
		this.logFirst[p] = position < 255 ? position : 255;
		this.lastDoc[term] = doc;
		this.lastPos[term] = p;
	}

	private growTerms(need: number): void {
		const size = Math.max(need, this.lastDoc.length * 2, 1024);
		const lastDoc = new Int32Array(size).fill(-1);
		lastDoc.set(this.lastDoc);
		const lastPos = new Int32Array(size);
		lastPos.set(this.lastPos);
		this.lastDoc = lastDoc;
		this.lastPos = lastPos;
	}

	private growLog(): void {
		const size = this.logDoc.length * 2;
		const t = new Int32Array(size);
		t.set(this.logTerm);
		const d = new Int32Array(size);
		d.set(this.logDoc);
		const f = new Uint8Array(size);
		f.set(this.logTf);
		const first = new Uint8Array(size);
		first.set(this.logFirst);
		this.logTerm = t;
		this.logDoc = d;
		this.logTf = f;
		this.logFirst = first;
	}

	/** Merges the log into the CSR arrays for `termCount` terms and frees the log. */
	compact(termCount: number): void {
		if (this.logLen === 0 && termCount === this.committedTerms) return;
		const counts = new Uint32Array(termCount + 1);
		for (let t = 0; t < this.committedTerms; t++) counts[t] = this.offsets[t + 1] - this.offsets[t];
		for (let i = 0; i < this.logLen; i++) counts[this.logTerm[i]]++;
		const offsets = new Uint32Array(termCount + 1);
		for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t];
		const total = offsets[termCount];
		const docs = new Int32Array(total);
		const tfs = new Uint8Array(total);
		const firsts = new Uint8Array(total);
		const cursor = new Uint32Array(termCount);
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
		for (let i = 0; i < this.logLen; i++) {
			const t = this.logTerm[i];
			const at = cursor[t]++;
			docs[at] = this.logDoc[i];
			tfs[at] = this.logTf[i];
			firsts[at] = this.logFirst[i];
		}
		this.offsets = offsets;
		this.docs = docs;
		this.tfs = tfs;
		this.firsts = firsts;
		this.committedTerms = termCount;
		this.logTerm = new Int32Array(1024);
		this.logDoc = new Int32Array(1024);
		this.logTf = new Uint8Array(1024);
		this.logFirst = new Uint8Array(1024);
		this.logLen = 0;
		this.lastDoc = new Int32Array(0);
		this.lastPos = new Int32Array(0);
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
		return (
			this.offsets.byteLength +
			this.docs.byteLength +
			this.tfs.byteLength * 2 +
			this.logDoc.byteLength * 2 +
			this.logTf.byteLength * 2 +
			this.lastDoc.byteLength * 2
		);
	}
}
