import {
	Bool,
	Dictionary,
	Field,
	Float64,
	Int32,
	Int64,
	makeData,
	makeVector,
	RecordBatch,
	Schema,
	Struct,
	Table,
	tableToIPC,
	TimestampMillisecond,
	Uint8,
	Utf8,
	type Data,
	type DataType
} from 'apache-arrow';
import type { SpanColumn } from '$lib/ingest/whatsapp/columns';

/**
 * Arrow columns built straight into their buffers; `vectorFromArray` is several times slower.
 * Each builder reads row i through a callback and treats null/NaN as NULL.
 */

/** Validity bitmap, allocated on the first NULL. */
class Nulls {
	bitmap: Uint8Array | undefined;
	count = 0;
	constructor(private readonly n: number) {}
	set(i: number): void {
		this.bitmap ??= new Uint8Array((this.n + 7) >> 3).fill(0xff);
		this.bitmap[i >> 3] &= ~(1 << (i & 7));
		this.count++;
	}
}

/**
 * UTF-8 encoding in plain JS: TextEncoder.encodeInto allocates a view and a result object per string, and with a
 * million parsed messages alive that garbage costs more than the encoding. Lone surrogates become U+FFFD, as TextEncoder does.
 */
function writeUtf8(s: string, from: number, to: number, out: Uint8Array, at: number): number {
	for (let i = from; i < to; i++) {
		let c = s.charCodeAt(i);
		if (c < 0x80) {
			out[at++] = c;
		} else if (c < 0x800) {
			out[at++] = 0xc0 | (c >> 6);
			out[at++] = 0x80 | (c & 63);
		} else {
			if (c >= 0xd800 && c <= 0xdfff) {
				const d = i + 1 < to ? s.charCodeAt(i + 1) : 0;
				if (c <= 0xdbff && (d & 0xfc00) === 0xdc00) {
					c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
					i++;
					out[at++] = 0xf0 | (c >> 18);
					out[at++] = 0x80 | ((c >> 12) & 63);
					out[at++] = 0x80 | ((c >> 6) & 63);
					out[at++] = 0x80 | (c & 63);
					continue;
				}
				c = 0xfffd;
			}
			out[at++] = 0xe0 | (c >> 12);
			out[at++] = 0x80 | ((c >> 6) & 63);
			out[at++] = 0x80 | (c & 63);
		}
	}
	return at;
}

export function utf8Column(n: number, get: (i: number) => string | null): Data<Utf8> {
	const offsets = new Int32Array(n + 1);
	const nulls = new Nulls(n);
	let units = 0;
	for (let i = 0; i < n; i++) units += get(i)?.length ?? 0;
	let bytes = new Uint8Array(Math.ceil(units * 1.25) + 64);
	let at = 0;
	for (let i = 0; i < n; i++) {
		const s = get(i);
		if (s == null) nulls.set(i);
		else {
			// UTF-8 needs at most 3 bytes per UTF-16 code unit.
			if (bytes.length - at < s.length * 3) {
				const grown = new Uint8Array(Math.max(bytes.length * 2, at + s.length * 3));
				grown.set(bytes.subarray(0, at));
				bytes = grown;
			}
			at = writeUtf8(s, 0, s.length, bytes, at);
		}
		offsets[i + 1] = at;
	}
	return makeData({
		type: new Utf8(),
		length: n,
		nullCount: nulls.count,
		nullBitmap: nulls.bitmap,
		valueOffsets: offsets,
		data: bytes.subarray(0, at)
	});
}

/** Strings held as spans of a few source texts (see SpanColumn), row `row(i)` for row i: no string is cut per row. */
export function utf8SpanColumn(n: number, spans: SpanColumn, row: (i: number) => number = (i) => i): Data<Utf8> {
	const { sources, src, start, end } = spans;
	const offsets = new Int32Array(n + 1);
	let units = 0;
	for (let i = 0; i < n; i++) {
		const r = row(i);
		units += Math.max(0, end[r] - start[r]);
	}
	let bytes = new Uint8Array(Math.ceil(units * 1.25) + 64);
	let at = 0;
	for (let i = 0; i < n; i++) {
		const r = row(i);
		const from = start[r];
		const len = Math.max(0, end[r] - from);
		if (bytes.length - at < len * 3) {
			const grown = new Uint8Array(Math.max(bytes.length * 2, at + len * 3));
			grown.set(bytes.subarray(0, at));
			bytes = grown;
		}
		at = writeUtf8(sources[src[r]], from, from + len, bytes, at);
		offsets[i + 1] = at;
	}
	return makeData({ type: new Utf8(), length: n, nullCount: 0, valueOffsets: offsets, data: bytes.subarray(0, at) });
}

/** For columns with few distinct values (author, kind, zone): each value is encoded once. */
export function dictionaryColumn(n: number, get: (i: number) => string | null): Data<Dictionary<Utf8, Int32>> {
	const ids = new Map<string, number>();
	const values: string[] = [];
	const indices = new Int32Array(n);
	const nulls = new Nulls(n);
	for (let i = 0; i < n; i++) {
		const s = get(i);
		if (s == null) {
			nulls.set(i);
			continue;
		}
		let id = ids.get(s);
		if (id === undefined) {
			id = values.push(s) - 1;
			ids.set(s, id);
		}
		indices[i] = id;
	}
	const dictionary = makeVector(utf8Column(values.length, (i) => values[i]));
	return makeData({
		type: new Dictionary(new Utf8(), new Int32(), nextDictionaryId++),
		length: n,
		nullCount: nulls.count,
		nullBitmap: nulls.bitmap,
		data: indices,
		dictionary
	});
}
let nextDictionaryId = 0;

export function int32Column(n: number, get: (i: number) => number | null): Data<Int32> {
	const values = new Int32Array(n);
	const nulls = new Nulls(n);
	for (let i = 0; i < n; i++) {
		const x = get(i);
		if (x == null) nulls.set(i);
		else values[i] = x;
	}
	return makeData({ type: new Int32(), length: n, nullCount: nulls.count, nullBitmap: nulls.bitmap, data: values });
}

/** Little-endian two's complement halves of a safe integer, without allocating a BigInt per value. */
function setInt64(words: Int32Array, i: number, x: number): void {
	const high = Math.floor(x / 4294967296);
	words[2 * i] = x - high * 4294967296;
	words[2 * i + 1] = high;
}

export function int64Column(n: number, get: (i: number) => number | null): Data<Int64> {
	const values = new BigInt64Array(n);
	const words = new Int32Array(values.buffer);
	const nulls = new Nulls(n);
	for (let i = 0; i < n; i++) {
		const x = get(i);
		if (x == null) nulls.set(i);
		else setInt64(words, i, x);
	}
	return makeData({ type: new Int64(), length: n, nullCount: nulls.count, nullBitmap: nulls.bitmap, data: values });
}

export function boolColumn(n: number, get: (i: number) => boolean): Data<Bool> {
	const bits = new Uint8Array((n + 7) >> 3);
	for (let i = 0; i < n; i++) if (get(i)) bits[i >> 3] |= 1 << (i & 7);
	return makeData({ type: new Bool(), length: n, nullCount: 0, data: bits });
}

/** Epoch milliseconds; NaN → NULL. */
export function timestampMsColumn(n: number, get: (i: number) => number): Data<TimestampMillisecond> {
	const values = new BigInt64Array(n);
	const words = new Int32Array(values.buffer);
	const nulls = new Nulls(n);
	for (let i = 0; i < n; i++) {
		const ms = get(i);
		if (Number.isNaN(ms)) nulls.set(i);
		else setInt64(words, i, ms);
	}
	return makeData({ type: new TimestampMillisecond(), length: n, nullCount: nulls.count, nullBitmap: nulls.bitmap, data: values });
}

/** One record batch as a self-contained Arrow IPC stream. */
export function ipcStream(columns: readonly (readonly [name: string, data: Data<DataType>])[], length: number): Uint8Array {
	const fields = columns.map(([name, data]) => new Field(name, data.type, true));
	const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children: columns.map(([, d]) => d) });
	return tableToIPC(new Table([new RecordBatch(new Schema(fields), struct)]), 'stream');
}

export function float64Column(n: number, get: (i: number) => number): Data<Float64> {
	const values = new Float64Array(n);
	for (let i = 0; i < n; i++) values[i] = get(i);
	return makeData({ type: new Float64(), length: n, nullCount: 0, data: values });
}

export function uint8Column(n: number, get: (i: number) => number): Data<Uint8> {
	const values = new Uint8Array(n);
	for (let i = 0; i < n; i++) values[i] = get(i);
	return makeData({ type: new Uint8(), length: n, nullCount: 0, data: values });
}
