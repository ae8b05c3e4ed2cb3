import type { IndexBatch } from '../types';
import { monthOrdinal, nameForms } from './filters';
import { PostingStore } from './postings';
import { HASH_START, hashStep, TermTable } from './terms';
import { scanRuns } from './tokenize';

const SURROGATE = /[\uD800-\uDFFF]/;
const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** 0-9, A-Z, a-z: the ASCII characters that are letters or digits. */
function isAsciiWordByte(b: number): boolean {
	return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array>(a: T, need: number): T {
	if (need <= a.length) return a;
	const size = Math.max(need, Math.floor(a.length * 1.5), 1024);
	const out = new (a.constructor as new (n: number) => T)(size);
	out.set(a);
	return out;
}

/** A dimension (conversation or author): caller ids mapped to dense numbers with a label. */
export class Dimension {
	ids: number[] = [];
	index = new Map<number, number>();
	labels: string[] = [];
	/** Folded spellings of each label, for `from:`/`in:`. */
	forms: string[][] = [];

	dense(id: number): number {
		let k = this.index.get(id);
		if (k === undefined) {
			k = this.ids.length;
			this.ids.push(id);
			this.index.set(id, k);
			this.labels.push('');
			this.forms.push([]);
		}
		return k;
	}

	setLabel(id: number, label: string): number {
		const k = this.dense(id);
		this.labels[k] = label;
		this.forms[k] = nameForms(label);
		return k;
	}
}

/**
 * Everything the index holds: per-document columns in typed arrays, the folded texts in one UTF-8 buffer, the
 * term dictionary (terms.ts) and postings.
 */
export class EngineState {
	n = 0;
	msgId = new Float64Array(0);
	convOf = new Int32Array(0);
	authorOf = new Int32Array(0);
	kindOf = new Uint8Array(0);
	tsOf = new Float64Array(0);
	flagsOf = new Uint8Array(0);
	monthOf = new Uint16Array(0);
	lenOf = new Uint16Array(0);
	/** Folded text of document d is textBytes[textEnd[d-1] .. textEnd[d]). */
	textEnd = new Uint32Array(0);
	textBytes = new Uint8Array(0);
	textUsed = 0;
	totalLen = 0;

	conversations = new Dimension();
	convPlatform: string[] = [];
	authors = new Dimension();

	terms = new TermTable();
	postings = new PostingStore();

	riskIds = new Float64Array(0);
	riskCats: string[] = [];

	/** Bumped on every change; caches derived from the documents compare against it. */
	version = 0;
	/** `version` when the columns were last trimmed and the postings committed. */
	private compacted = 0;

	private curDoc = 0;
	private curLen = 0;
	/** Word position (run number) within the current document. */
	private curRun = 0;
	/** The lowered units of the ASCII word being added. */
	private word = new Uint16Array(256);

	add(batch: IndexBatch): void {
		const count = batch.ids.length;
		if (count === 0) return;
		const need = this.n + count;
		this.msgId = grow(this.msgId, need);
		this.convOf = grow(this.convOf, need);
		this.authorOf = grow(this.authorOf, need);
		this.kindOf = grow(this.kindOf, need);
		this.tsOf = grow(this.tsOf, need);
		this.flagsOf = grow(this.flagsOf, need);
		this.monthOf = grow(this.monthOf, need);
		this.lenOf = grow(this.lenOf, need);
		this.textEnd = grow(this.textEnd, need);
		const utf8 = Array.isArray(batch.text) ? null : batch.text;
		for (let i = 0; i < count; i++) {
			const d = this.n++;
			this.msgId[d] = batch.ids[i];
			this.convOf[d] = this.conversations.dense(batch.conversation[i]);
			const author = batch.author[i];
			this.authorOf[d] = author < 0 ? -1 : this.authors.dense(author);
			this.kindOf[d] = batch.kind[i];
			const ts = batch.ts[i];
			this.tsOf[d] = ts;
			this.monthOf[d] = monthOrdinal(ts);
			this.flagsOf[d] = batch.flags[i];
			this.curDoc = d;
			this.curLen = 0;
			this.curRun = 0;
			if (utf8) this.addUtf8(utf8.bytes, utf8.offsets[i], utf8.offsets[i + 1]);
			else scanRuns((batch.text as string[])[i] ?? '', this.onRun, this.onAsciiWord);
			this.lenOf[d] = Math.min(this.curLen, 0xffff);
			this.totalLen += this.curLen;
			this.textEnd[d] = this.textUsed;
		}
		this.version++;
	}

	/**
	 * A text given as UTF-8 bytes[from, to). Plain ASCII is tokenized here byte by byte: its runs are the maximal runs
	 * of ASCII letters and digits, as scanRuns finds them (every other ASCII character separates), folded by lowering
	 * A–Z. Any other text is decoded and scanned.
	 */
	private addUtf8(bytes: Uint8Array, from: number, to: number): void {
		for (let k = from; k < to; k++) {
			if (bytes[k] >= 128) {
				scanRuns(utf8.decode(bytes.subarray(from, to)), this.onRun, this.onAsciiWord);
				return;
			}
		}
		let k = from;
		while (k < to) {
			if (!isAsciiWordByte(bytes[k])) {
				k++;
				continue;
			}
			const start = k;
			while (k < to && isAsciiWordByte(bytes[k])) k++;
			this.asciiWord(bytes, start, k);
		}
	}

	/** Room for `bytes` more bytes of folded text. */
	private reserveText(bytes: number): void {
		const max = this.textUsed + bytes;
		if (max <= this.textBytes.length) return;
		const size = Math.max(max, Math.floor(this.textBytes.length * 1.5), 1 << 16);
		const out = new Uint8Array(size);
		out.set(this.textBytes.subarray(0, this.textUsed));
		this.textBytes = out;
	}

	/** The folded text is the document's folded runs joined by one space (tokenize.ts foldText), in UTF-8. */
	private appendRun(s: string): void {
		this.reserveText(1 + s.length * 3);
		if (this.curRun > 0) this.textBytes[this.textUsed++] = 0x20;
		let ascii = true;
		for (let k = 0; k < s.length; k++) {
			const c = s.charCodeAt(k);
			if (c >= 128) {
				ascii = false;
				break;
			}
			this.textBytes[this.textUsed + k] = c;
		}
		if (ascii) this.textUsed += s.length;
		else this.textUsed += encoder.encodeInto(s, this.textBytes.subarray(this.textUsed)).written;
	}

	/** An ASCII word of UTF-8 bytes, as onAsciiWord. */
	private asciiWord(src: Uint8Array, start: number, end: number): void {
		const len = end - start;
		let at = this.beginWord(len);
		const bytes = this.textBytes;
		const word = this.word;
		let h = HASH_START;
		for (let k = 0; k < len; k++) {
			let c = src[start + k];
			if (c >= 65 && c <= 90) c += 32;
			word[k] = c;
			bytes[at++] = c;
			h = hashStep(h, c);
		}
		this.endWord(len, h, at);
	}

	/** An ASCII word: lowered into `word` and hashed unit by unit, written to the folded text, looked up as units. */
	private onAsciiWord = (text: string, start: number, end: number): void => {
		const len = end - start;
		let at = this.beginWord(len);
		const bytes = this.textBytes;
		const word = this.word;
		let h = HASH_START;
		for (let k = 0; k < len; k++) {
			let c = text.charCodeAt(start + k);
			if (c >= 65 && c <= 90) c += 32;
			word[k] = c;
			bytes[at++] = c;
			h = hashStep(h, c);
		}
		this.endWord(len, h, at);
	};

	/** Makes room for an ASCII word of `len` characters; returns where its folded bytes go. */
	private beginWord(len: number): number {
		if (len > this.word.length) this.word = new Uint16Array(Math.max(len, this.word.length * 2));
		this.reserveText(1 + len);
		if (this.curRun > 0) this.textBytes[this.textUsed++] = 0x20;
		return this.textUsed;
	}

	private endWord(len: number, hash: number, textEnd: number): void {
		this.textUsed = textEnd;
		this.postings.add(this.terms.idOfUnits(this.word, len, hash), this.curDoc, this.curRun++);
		this.curLen++;
	}

	private onRun = (folded: string, alt: string | null, cjk: boolean): void => {
		this.appendRun(folded);
		const d = this.curDoc;
		const at = this.curRun++;
		if (!cjk) {
			this.postings.add(this.terms.add(folded), d, at);
			if (alt !== null) this.postings.add(this.terms.add(alt), d, at);
			this.curLen++;
			return;
		}
		if (!SURROGATE.test(folded)) {
			if (folded.length === 1) {
				this.postings.add(this.terms.add(folded), d, 255);
				this.curLen++;
				return;
			}
			for (let k = 0; k + 1 < folded.length; k++) {
				this.postings.add(this.terms.add(folded.slice(k, k + 2)), d, 255);
				this.curLen++;
			}
			return;
		}
		const cps = Array.from(folded);
		if (cps.length === 1) {
			this.postings.add(this.terms.add(folded), d, 255);
			this.curLen++;
			return;
		}
		for (let k = 0; k + 1 < cps.length; k++) {
			this.postings.add(this.terms.add(cps[k] + cps[k + 1]), d, 255);
			this.curLen++;
		}
	};

	/** Makes every added document searchable. */
	compact(): void {
		if (this.compacted === this.version && this.postings.pending === 0) return;
		this.postings.compact(this.terms.count);
		// The columns grew by doubling: give back what no document uses.
		const n = this.n;
		if (this.msgId.length > n) {
			this.msgId = this.msgId.slice(0, n);
			this.convOf = this.convOf.slice(0, n);
			this.authorOf = this.authorOf.slice(0, n);
			this.kindOf = this.kindOf.slice(0, n);
			this.tsOf = this.tsOf.slice(0, n);
			this.flagsOf = this.flagsOf.slice(0, n);
			this.monthOf = this.monthOf.slice(0, n);
			this.lenOf = this.lenOf.slice(0, n);
			this.textEnd = this.textEnd.slice(0, n);
		}
		if (this.textBytes.length > this.textUsed) this.textBytes = this.textBytes.slice(0, this.textUsed);
		this.compacted = this.version;
	}

	textStart(d: number): number {
		return d === 0 ? 0 : this.textEnd[d - 1];
	}

	setConversations(rows: { id: number; title: string; platform: string }[]): void {
		for (const r of rows) {
			const k = this.conversations.setLabel(r.id, r.title);
			this.convPlatform[k] = r.platform;
		}
		this.version++;
	}

	setAuthors(rows: { id: number; name: string }[]): void {
		for (const r of rows) this.authors.setLabel(r.id, r.name);
		this.version++;
	}

	setRisk(messageIds: Float64Array, categories: string[]): void {
		this.riskIds = Float64Array.from(messageIds);
		this.riskCats = categories.slice(0, messageIds.length);
		this.version++;
	}

	platformOf(conv: number): string {
		return this.convPlatform[conv] ?? '';
	}
}
