import { tableFromIPC, Utf8, type Vector } from 'apache-arrow';
import { typedColumn } from '$lib/db/queries/search';
import type { IndexBatch, Utf8Texts } from './types';

/**
 * The search worker's reading of a batch's Arrow IPC (the columns of searchBatchSql / the pipeline's search side):
 * numbers copied into fresh typed arrays, texts kept as the column's UTF-8 bytes rather than one string each, so
 * the index reads plain-ASCII texts byte by byte and decodes only the others.
 */

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
		ids: typedColumn(table.getChild('id'), Float64Array, n),
		conversation: typedColumn(table.getChild('conversation'), Int32Array, n),
		author: typedColumn(table.getChild('author'), Int32Array, n),
		kind: typedColumn(table.getChild('kind'), Uint8Array, n),
		ts: typedColumn(table.getChild('ts'), Float64Array, n),
		flags: typedColumn(table.getChild('flags'), Uint8Array, n),
		text: utf8Texts(table.getChild('text'), n)
	};
}
