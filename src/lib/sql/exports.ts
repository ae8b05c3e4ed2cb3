import { Bool, Float64, Int64, Table, TimestampMillisecond, Utf8, vectorFromArray, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import type { ResultColumn } from './column-kinds';

/**
 * A query result as a file. `shown` is the redaction switch's text filter: every string of archive text goes through it,
 * nested ones (lists, structs) included.
 */
export type ShowText = (text: string) => string;
type Row = Record<string, unknown>;

export function shownDeep(v: unknown, shown: ShowText): unknown {
	if (typeof v === 'string') return shown(v);
	if (Array.isArray(v)) return v.map((x) => shownDeep(x, shown));
	if (v instanceof Uint8Array) return v;
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shownDeep(x, shown)]));
	return v;
}

function bytesToHex(b: Uint8Array): string {
	return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** One cell as text: NULL is empty, lists and structs are JSON, blobs are hex. */
export function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Uint8Array) return bytesToHex(v);
	if (typeof v === 'object') return JSON.stringify(v, (_, x) => (x instanceof Uint8Array ? bytesToHex(x) : x));
	return String(v);
}

function csvField(s: string): string {
	return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote, line break or edge space. */
export function resultToCsv(columns: ResultColumn[], rows: Row[], shown: ShowText): string {
	const lines = [columns.map((c) => csvField(c.name)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(cellText(shownDeep(row[c.name], shown)))).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** An array of objects keyed by column name, in column order; blobs as hex strings. */
export function resultToJson(columns: ResultColumn[], rows: Row[], shown: ShowText): string {
	const out = rows.map((row) => Object.fromEntries(columns.map((c) => {
		const v = shownDeep(row[c.name], shown);
		return [c.name, v instanceof Uint8Array ? bytesToHex(v) : v ?? null];
	})));
	return JSON.stringify(out, null, 2);
}

const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/i;

function toMillis(v: unknown): number | null {
	if (typeof v !== 'string') return null;
	const ms = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
	return Number.isNaN(ms) ? null : ms;
}

function columnVector(c: ResultColumn, values: unknown[], shown: ShowText): Vector {
	const make = <T extends DataType>(type: T, data: unknown[]) => vectorFromArray(data as never[], type) as Vector;
	switch (c.kind) {
		case 'number':
			if (c.type && INTEGER_TYPE.test(c.type)) {
				// Integers past 2^53 arrive as decimal strings; BigInt keeps them exact.
				return make(new Int64(), values.map((v) => (v === null || v === undefined ? null : BigInt(v as number | string))));
			}
			return make(new Float64(), values.map((v) => (typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v))));
		case 'boolean':
			return make(new Bool(), values.map((v) => (typeof v === 'boolean' ? v : null)));
		case 'time':
			return make(new TimestampMillisecond(), values.map(toMillis));
		default:
			return make(new Utf8(), values.map((v) => (v === null || v === undefined ? null : cellText(shownDeep(v, shown)))));
	}
}

/**
 * An Arrow IPC stream: numbers as Int64 or Float64, booleans, times as UTC millisecond timestamps, text as UTF-8,
 * anything else (lists, structs, intervals) as its JSON text. Duplicate column names get a `_2`, `_3`… suffix.
 */
export function resultToArrowIPC(columns: ResultColumn[], rows: Row[], shown: ShowText): Uint8Array {
	const seen = new Map<string, number>();
	const vectors: Record<string, Vector> = {};
	for (const c of columns) {
		const n = (seen.get(c.name) ?? 0) + 1;
		seen.set(c.name, n);
		vectors[n === 1 ? c.name : `${c.name}_${n}`] = columnVector(c, rows.map((r) => r[c.name]), shown);
	}
	return tableToIPC(new Table(vectors), 'stream');
}
