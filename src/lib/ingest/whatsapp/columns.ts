import { MESSAGE_KINDS, type MessageKind, type ParsedMessage } from '../../model/types';

/** MESSAGE_KINDS index of each kind: the code RecordColumns.kind holds. */
export const KIND_CODE: Readonly<Record<MessageKind, number>> = Object.fromEntries(MESSAGE_KINDS.map((k, i) => [k, i])) as Record<MessageKind, number>;
export const SYSTEM_CODE = KIND_CODE.system;

/** What the parser knows of one record when it closes it; reused between records. */
export interface RecordFields {
	index: number;
	author: string;
	authorRaw: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments: string[];
	edited: boolean;
	line: number;
	lineEnd: number;
	raw: string;
}

const FIRST_CAPACITY = 1024;

function grown<T extends Int32Array | Uint8Array>(a: T, size: number): T {
	const b = new (a.constructor as new (n: number) => T)(size);
	b.set(a);
	return b;
}

/**
 * A batch of WhatsApp records as columns: numbers in typed arrays, strings as references to the strings the parser
 * holds anyway (interned authors, cached timestamps, the line or chunk slice a text is), never one object per
 * record. The pipeline builds its Arrow batches straight from these; `message(i)` makes the object of one row for
 * callers that need objects.
 */
export class RecordColumns {
	length = 0;
	index = new Int32Array(FIRST_CAPACITY);
	line = new Int32Array(FIRST_CAPACITY);
	lineEnd = new Int32Array(FIRST_CAPACITY);
	/** MESSAGE_KINDS index. */
	kind = new Uint8Array(FIRST_CAPACITY);
	edited = new Uint8Array(FIRST_CAPACITY);
	author: string[] = [];
	authorRaw: string[] = [];
	ts: string[] = [];
	text: string[] = [];
	raw: string[] = [];
	/** NO_ATTACHMENTS (one shared frozen array) for most rows. */
	attachments: string[][] = [];

	/** Appends a row; returns its position. */
	push(r: RecordFields): number {
		const i = this.length++;
		if (i === this.index.length) {
			const size = i * 2;
			this.index = grown(this.index, size);
			this.line = grown(this.line, size);
			this.lineEnd = grown(this.lineEnd, size);
			this.kind = grown(this.kind, size);
			this.edited = grown(this.edited, size);
		}
		this.index[i] = r.index;
		this.line[i] = r.line;
		this.lineEnd[i] = r.lineEnd;
		this.kind[i] = KIND_CODE[r.kind];
		this.edited[i] = r.edited ? 1 : 0;
		this.author.push(r.author);
		this.authorRaw.push(r.authorRaw);
		this.ts.push(r.ts);
		this.text.push(r.text);
		this.raw.push(r.raw);
		this.attachments.push(r.attachments);
		return i;
	}

	kindOf(i: number): MessageKind {
		return MESSAGE_KINDS[this.kind[i]];
	}

	/** Row i as the object parser makes it. */
	message(i: number): ParsedMessage {
		return {
			index: this.index[i],
			author: this.author[i],
			authorRaw: this.authorRaw[i],
			ts: this.ts[i],
			kind: MESSAGE_KINDS[this.kind[i]],
			text: this.text[i],
			attachments: this.attachments[i],
			edited: this.edited[i] === 1,
			line: this.line[i],
			lineEnd: this.lineEnd[i],
			raw: this.raw[i]
		};
	}

	messages(): ParsedMessage[] {
		const out: ParsedMessage[] = new Array(this.length);
		for (let i = 0; i < this.length; i++) out[i] = this.message(i);
		return out;
	}

	/** Rows [from, to) of the batches in order, as one batch of their own (the sources are not changed). */
	static join(parts: readonly { columns: RecordColumns; from: number; to: number }[]): RecordColumns {
		const out = new RecordColumns();
		let n = 0;
		for (const p of parts) n += p.to - p.from;
		const size = Math.max(n, 1);
		out.index = new Int32Array(size);
		out.line = new Int32Array(size);
		out.lineEnd = new Int32Array(size);
		out.kind = new Uint8Array(size);
		out.edited = new Uint8Array(size);
		for (const { columns: c, from, to } of parts) {
			const at = out.length;
			out.index.set(c.index.subarray(from, to), at);
			out.line.set(c.line.subarray(from, to), at);
			out.lineEnd.set(c.lineEnd.subarray(from, to), at);
			out.kind.set(c.kind.subarray(from, to), at);
			out.edited.set(c.edited.subarray(from, to), at);
			for (let i = from; i < to; i++) {
				out.author.push(c.author[i]);
				out.authorRaw.push(c.authorRaw[i]);
				out.ts.push(c.ts[i]);
				out.text.push(c.text[i]);
				out.raw.push(c.raw[i]);
				out.attachments.push(c.attachments[i]);
			}
			out.length += to - from;
		}
		return out;
	}
}
