import { tableFromIPC, Utf8, type Vector } from 'apache-arrow';
import type { IndexBatch, Utf8Texts } from './types';

/**
 * The search worker's reading of a batch's Arrow IPC (the columns of searchBatchSql / the pipeline's search side):
 * numbers copied into fresh typed arrays, texts kept as the column's UTF-8 bytes rather than one string each, so
 * the index reads plain-ASCII texts byte by byte and decodes only the others.
 */
function typed<T extends Float64Array | Int32Array | Uint8Array>(vector: Vector | null, make: new (n: number) => T, n: number): T {
	const out = new make(n);
	if (!vector) return out;
	let at = 0;
	for (const chunk of vector.data) {
		out.set((chunk.values as T).subarray(chunk.offset, chunk.offset + chunk.length), at);
		at += chunk.length;
	}
	return out;
}

const encoder = new TextEncoder();

/** A Utf8 column as one buffer and n + 1 offsets; a null is empty (other string layouts are read value by value). */
export function utf8Texts(vector: Vector | null, n: number): Utf8Texts {
	const offsets = new Int32Array(n + 1);
	if (!vector) return { bytes: new Uint8Array(0), offsets };
	let total = 0;
	for (const chunk of vector.data) {
		const o = chunk.valueOffsets as Int32Array | undefined;
		if (chunk.type instanceof Utf8 && o instanceof Int32Array) total += o[chunk.offset + chunk.length] - o[chunk.offset];
	}
	let bytes = new Uint8Array(total);
	let used = 0;
	let row = 0;
	const put = (src: Uint8Array) => {
		if (used + src.length > bytes.length) {
			const grown = new Uint8Array(Math.max(used + src.length, bytes.length * 2));
			grown.set(bytes.subarray(0, used));
			bytes = grown;
		}
		bytes.set(src, used);
		used += src.length;
	};
	for (const chunk of vector.data) {
		const o = chunk.valueOffsets as Int32Array | undefined;
		const values = chunk.values as Uint8Array | undefined;
		const plain = chunk.type instanceof Utf8 && o instanceof Int32Array && values instanceof Uint8Array;
		for (let i = 0; i < chunk.length; i++, row++) {
			if (chunk.getValid(i)) {
				if (plain) put(values.subarray(o[chunk.offset + i], o[chunk.offset + i + 1]));
				else put(encoder.encode(String(vector.get(row) ?? '')));
			}
			offsets[row + 1] = used;
		}
	}
	return { bytes: bytes.subarray(0, used), offsets };
}

export function searchBatchOfIPC(ipc: Uint8Array): IndexBatch {
	const table = tableFromIPC(ipc);
	const n = table.numRows;
	return {
		ids: typed(table.getChild('id'), Float64Array, n),
		conversation: typed(table.getChild('conversation'), Int32Array, n),
		author: typed(table.getChild('author'), Int32Array, n),
		kind: typed(table.getChild('kind'), Uint8Array, n),
		ts: typed(table.getChild('ts'), Float64Array, n),
		flags: typed(table.getChild('flags'), Uint8Array, n),
		text: utf8Texts(table.getChild('text'), n)
	};
}
