import { MESSAGE_KINDS, type MessageKind, type ParsedMessage } from '../../model/types';

/** MESSAGE_KINDS index of each kind: the code RecordColumns.kind holds. */
export const KIND_CODE: Readonly<Record<MessageKind, number>> = Object.fromEntries(MESSAGE_KINDS.map((k, i) => [k, i])) as Record<MessageKind, number>;
export const SYSTEM_CODE = KIND_CODE.system;

/** Strings held as spans of a few source texts: row i is sources[src[i]].slice(start[i], end[i]). */
export interface SpanColumn {
	sources: readonly string[];
	src: Int32Array;
	start: Int32Array;
	end: Int32Array;
}

const FIRST_CAPACITY = 1024;
const INT_COLUMNS = 9;

/**
 * A batch of WhatsApp records as columns: numbers in typed arrays; text and raw as spans of the decoded chunk their
 * lines came from (one reference to the chunk per batch, not a string per record); authors and timestamps as
 * references to the strings the parser interns. Never one object per record: the pipeline builds its Arrow batches
 * straight from these, and `message(i)` makes the object of one row for callers that need objects.
 */
export class RecordColumns {
	length = 0;
	index!: Int32Array;
	line!: Int32Array;
	lineEnd!: Int32Array;
	/** MESSAGE_KINDS index. */
	kind!: Uint8Array;
	edited!: Uint8Array;
	author: string[] = [];
	authorRaw: string[] = [];
	ts: string[] = [];
	/** NO_ATTACHMENTS (one shared frozen array) for most rows. */
	attachments: string[][] = [];
	/** The decoded chunks (and the odd string of one record) the spans below point into. */
	sources: string[] = [];
	rawSrc!: Int32Array;
	rawStart!: Int32Array;
	rawEnd!: Int32Array;
	textSrc!: Int32Array;
	textStart!: Int32Array;
	textEnd!: Int32Array;
	// The source serials of the last two chunks added, and where they are in `sources`.
	private serialA = -1;
	private sourceA = -1;
	private serialB = -1;
	private sourceB = -1;

	get raw(): SpanColumn {
		return { sources: this.sources, src: this.rawSrc, start: this.rawStart, end: this.rawEnd };
	}

	get text(): SpanColumn {
		return { sources: this.sources, src: this.textSrc, start: this.textStart, end: this.textEnd };
	}

	private capacity = 0;

	/** `capacity`: the rows expected (a parser knows the lines it was given), so the columns are allocated once. */
	constructor(capacity = FIRST_CAPACITY) {
		this.grow(Math.max(1, capacity));
	}

	/** Every number column in one buffer of each type: a batch costs two allocations, not eleven. */
	private grow(size: number): void {
		const ints = new Int32Array(INT_COLUMNS * size);
		const bytes = new Uint8Array(2 * size);
		const old = this.capacity;
		const int = (k: number, prev: Int32Array | undefined) => {
			const a = ints.subarray(k * size, (k + 1) * size);
			if (prev) a.set(prev.subarray(0, Math.min(old, size)));
			return a;
		};
		const byte = (k: number, prev: Uint8Array | undefined) => {
			const a = bytes.subarray(k * size, (k + 1) * size);
			if (prev) a.set(prev.subarray(0, Math.min(old, size)));
			return a;
		};
		this.index = int(0, this.index);
		this.line = int(1, this.line);
		this.lineEnd = int(2, this.lineEnd);
		this.rawSrc = int(3, this.rawSrc);
		this.rawStart = int(4, this.rawStart);
		this.rawEnd = int(5, this.rawEnd);
		this.textSrc = int(6, this.textSrc);
		this.textStart = int(7, this.textStart);
		this.textEnd = int(8, this.textEnd);
		this.kind = byte(0, this.kind);
		this.edited = byte(1, this.edited);
		this.capacity = size;
	}

	private source(s: string, serial: number): number {
		if (serial >= 0) {
			if (serial === this.serialA) return this.sourceA;
			if (serial === this.serialB) return this.sourceB;
			this.serialB = this.serialA;
			this.sourceB = this.sourceA;
			this.serialA = serial;
			this.sourceA = this.sources.length;
		}
		return this.sources.push(s) - 1;
	}

	/**
	 * Appends a row (arguments, not an object: no object per record). `raw` is the record's raw text when the parser
	 * holds it as a string already, else null; either way it is rawSource[rawStart, rawEnd), rawSource being the
	 * decoded text its lines came from (`serial` tells those apart: one per pushLines call) or, with serial -1, a
	 * string of this record alone. `text` is rawSource[textStart, textEnd) when textStart >= 0 (the body as written).
	 */
	push(
		index: number,
		author: string,
		authorRaw: string,
		ts: string,
		kind: MessageKind,
		text: string,
		attachments: string[],
		edited: boolean,
		line: number,
		lineEnd: number,
		raw: string | null,
		rawSource: string,
		serial: number,
		rawStart: number,
		rawEnd: number,
		textStart: number,
		textEnd: number
	): void {
		const i = this.length++;
		if (i === this.capacity) this.grow(i * 2);
		this.index[i] = index;
		this.line[i] = line;
		this.lineEnd[i] = lineEnd;
		this.kind[i] = KIND_CODE[kind];
		this.edited[i] = edited ? 1 : 0;
		this.author.push(author);
		this.authorRaw.push(authorRaw);
		this.ts.push(ts);
		this.attachments.push(attachments);
		const rawAt = this.source(rawSource, serial);
		this.rawSrc[i] = rawAt;
		this.rawStart[i] = rawStart;
		this.rawEnd[i] = rawEnd;
		if (textStart >= 0) {
			this.textSrc[i] = rawAt;
			this.textStart[i] = textStart;
			this.textEnd[i] = textEnd;
		} else {
			this.textSrc[i] = this.source(text, -1);
			this.textStart[i] = 0;
			this.textEnd[i] = text.length;
		}
	}

	rawOf(i: number): string {
		return this.sources[this.rawSrc[i]].slice(this.rawStart[i], this.rawEnd[i]);
	}

	textOf(i: number): string {
		return this.sources[this.textSrc[i]].slice(this.textStart[i], this.textEnd[i]);
	}

	/** Row i as the object parser makes it. */
	message(i: number): ParsedMessage {
		return {
			index: this.index[i],
			author: this.author[i],
			authorRaw: this.authorRaw[i],
			ts: this.ts[i],
			kind: MESSAGE_KINDS[this.kind[i]],
			text: this.textOf(i),
			attachments: this.attachments[i],
			edited: this.edited[i] === 1,
			line: this.line[i],
			lineEnd: this.lineEnd[i],
			raw: this.rawOf(i)
		};
	}

	messages(): ParsedMessage[] {
		const out: ParsedMessage[] = new Array(this.length);
		for (let i = 0; i < this.length; i++) out[i] = this.message(i);
		return out;
	}

	/** Rows [from, to) of the batches in order, as one batch of their own (the sources are not changed). */
	static join(parts: readonly { columns: RecordColumns; from: number; to: number }[]): RecordColumns {
		let n = 0;
		for (const p of parts) n += p.to - p.from;
		const out = new RecordColumns(n);
		for (const { columns: c, from, to } of parts) {
			const at = out.length;
			const base = out.sources.length;
			for (const s of c.sources) out.sources.push(s);
			out.index.set(c.index.subarray(from, to), at);
			out.line.set(c.line.subarray(from, to), at);
			out.lineEnd.set(c.lineEnd.subarray(from, to), at);
			out.kind.set(c.kind.subarray(from, to), at);
			out.edited.set(c.edited.subarray(from, to), at);
			out.rawStart.set(c.rawStart.subarray(from, to), at);
			out.rawEnd.set(c.rawEnd.subarray(from, to), at);
			out.textStart.set(c.textStart.subarray(from, to), at);
			out.textEnd.set(c.textEnd.subarray(from, to), at);
			for (let i = from; i < to; i++) {
				out.rawSrc[at + i - from] = base + c.rawSrc[i];
				out.textSrc[at + i - from] = base + c.textSrc[i];
				out.author.push(c.author[i]);
				out.authorRaw.push(c.authorRaw[i]);
				out.ts.push(c.ts[i]);
				out.attachments.push(c.attachments[i]);
			}
			out.length += to - from;
		}
		return out;
	}
}
