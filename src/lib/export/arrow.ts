import {
	Bool,
	Field,
	Float64,
	Int64,
	makeData,
	RecordBatch,
	Schema,
	Struct,
	Table,
	tableToIPC,
	TimestampMillisecond,
	type Data,
	type DataType
} from 'apache-arrow';
import { utf8Column } from '$lib/db/arrow-columns';

/**
 * Arrow IPC streams written straight into buffers. apache-arrow's `vectorFromArray` and builders compile their
 * null test with `new Function` (builder/valid.mjs, createIsValidFunction), which a page whose CSP has no
 * 'unsafe-eval' refuses; these columns never touch a builder, so an export works under Parley's CSP.
 */

export type ArrowKind = 'int64' | 'float64' | 'bool' | 'timestamp' | 'utf8';

export interface ArrowColumn {
	name: string;
	kind: ArrowKind;
	/** The value of row i: a number, bigint or decimal string for int64; epoch ms for timestamp; null for NULL. */
	value(i: number): unknown;
}

function validity(n: number, isNull: (i: number) => boolean): { bitmap: Uint8Array | undefined; nulls: number } {
	let bitmap: Uint8Array | undefined;
	let nulls = 0;
	for (let i = 0; i < n; i++) {
		if (!isNull(i)) continue;
		bitmap ??= new Uint8Array((n + 7) >> 3).fill(0xff);
		bitmap[i >> 3] &= ~(1 << (i & 7));
		nulls++;
	}
	return { bitmap, nulls };
}

function toBigInt(v: unknown): bigint | null {
	if (v === null || v === undefined || v === '') return null;
	if (typeof v === 'bigint') return v;
	if (typeof v === 'number') return Number.isFinite(v) ? BigInt(Math.trunc(v)) : null;
	if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
	return null;
}

function toFloat(v: unknown): number | null {
	if (v === null || v === undefined || v === '') return null;
	const x = typeof v === 'number' ? v : Number(v);
	return Number.isNaN(x) && typeof v !== 'number' ? null : x;
}

function columnData(c: ArrowColumn, n: number): Data<DataType> {
	switch (c.kind) {
		case 'int64': {
			const values = Array.from({ length: n }, (_, i) => toBigInt(c.value(i)));
			const { bitmap, nulls } = validity(n, (i) => values[i] === null);
			const data = new BigInt64Array(n);
			values.forEach((v, i) => (data[i] = v ?? 0n));
			return makeData({ type: new Int64(), length: n, nullCount: nulls, nullBitmap: bitmap, data });
		}
		case 'float64':
		case 'timestamp': {
			const values = Array.from({ length: n }, (_, i) => toFloat(c.value(i)));
			const { bitmap, nulls } = validity(n, (i) => values[i] === null);
			if (c.kind === 'float64') {
				return makeData({ type: new Float64(), length: n, nullCount: nulls, nullBitmap: bitmap, data: Float64Array.from(values, (v) => v ?? 0) });
			}
			const data = BigInt64Array.from(values, (v) => BigInt(Math.round(v ?? 0)));
			return makeData({ type: new TimestampMillisecond(), length: n, nullCount: nulls, nullBitmap: bitmap, data });
		}
		case 'bool': {
			const { bitmap, nulls } = validity(n, (i) => typeof c.value(i) !== 'boolean');
			const bits = new Uint8Array((n + 7) >> 3);
			for (let i = 0; i < n; i++) if (c.value(i) === true) bits[i >> 3] |= 1 << (i & 7);
			return makeData({ type: new Bool(), length: n, nullCount: nulls, nullBitmap: bitmap, data: bits });
		}
		case 'utf8':
			return utf8Column(n, (i) => {
				const v = c.value(i);
				return v === null || v === undefined ? null : String(v);
			});
	}
}

/** One record batch of `length` rows as an Arrow IPC stream; `metadata` goes into the schema (e.g. whether it is redacted). */
export function arrowIpc(columns: readonly ArrowColumn[], length: number, metadata: Record<string, string> = {}): Uint8Array {
	const data = columns.map((c) => columnData(c, length));
	const fields = columns.map((c, i) => new Field(c.name, data[i].type, true));
	const schema = new Schema(fields, new Map(Object.entries(metadata)));
	const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children: data });
	return tableToIPC(new Table([new RecordBatch(schema, struct)]), 'stream');
}
