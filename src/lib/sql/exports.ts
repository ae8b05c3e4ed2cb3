import { arrowIpc, type ArrowColumn, type ArrowKind } from '$lib/export/arrow';
import { toCsv, type CsvValue } from '$lib/export/csv';
import type { Provenance } from '$lib/export/provenance';
import type { Redactor } from '$lib/redact/redactor';
import type { ColumnKind, ResultColumn } from './column-kinds';

/**
 * A query result as a file (CSV, JSON or Arrow IPC). Every string of a text or other column goes through the
 * redactor, nested ones (lists, structs) included; numbers, times and booleans are not archive text. Each file says
 * whether it is redacted (a `redacted` column, and Arrow schema metadata). When the result carries message ids
 * (see messageIdColumn), each row gets the message's provenance in `prov_…` columns.
 */

type Row = Record<string, unknown>;

export function shownDeep(v: unknown, r: Redactor): unknown {
	if (!r.enabled) return v;
	if (typeof v === 'string') return r.shown(v);
	if (Array.isArray(v)) return v.map((x) => shownDeep(x, r));
	if (v instanceof Uint8Array) return v;
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shownDeep(x, r)]));
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

/**
 * The column whose values are message ids: `message_id` (any case), or `id` when the result also has a column only
 * the messages table has (`ts_local`, `author_raw`, `conversation_id` with `text`), as `SELECT * FROM messages` does.
 */
export function messageIdColumn(columns: readonly ResultColumn[]): string | null {
	const names = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
	const pick = (c: ResultColumn | undefined) => (c && (c.kind === 'number' || c.kind === 'other') ? c.name : null);
	const direct = pick(names.get('message_id'));
	if (direct) return direct;
	const messageLike = names.has('ts_local') || names.has('author_raw') || (names.has('conversation_id') && names.has('text'));
	return messageLike ? pick(names.get('id')) : null;
}

export const PROVENANCE_COLUMNS = [
	'platform',
	'archive_sha256',
	'source_file',
	'line',
	'line_end',
	'source_path',
	'ts_local',
	'utc_offset',
	'tz',
	'ts_utc',
	'time_zone'
] as const;

export interface ResultProvenance {
	/** The result column holding message ids. */
	column: string;
	/** Provenance of each message id found (through the redactor already). */
	byId: Map<number, Provenance>;
}

interface ExportColumn {
	name: string;
	kind: ColumnKind;
	type: string | null;
	value(row: Row): unknown;
}

const INTEGER_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/i;
const PROVENANCE_KIND: Record<(typeof PROVENANCE_COLUMNS)[number], ColumnKind> = {
	platform: 'text',
	archive_sha256: 'text',
	source_file: 'text',
	line: 'number',
	line_end: 'number',
	source_path: 'text',
	ts_local: 'text',
	utc_offset: 'text',
	tz: 'text',
	ts_utc: 'time',
	time_zone: 'text'
};

/** The columns a file gets: the result's (names made unique), provenance when known, then `redacted`. */
function exportColumns(columns: readonly ResultColumn[], r: Redactor, provenance: ResultProvenance | null): ExportColumn[] {
	const seen = new Map<string, number>();
	const unique = (name: string) => {
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n === 1 ? name : `${name}_${n}`;
	};
	const out: ExportColumn[] = columns.map((c) => ({
		name: unique(c.name),
		kind: c.kind,
		type: c.type,
		value: c.kind === 'text' || c.kind === 'other' ? (row) => shownDeep(row[c.name], r) : (row) => row[c.name]
	}));
	if (provenance) {
		for (const p of PROVENANCE_COLUMNS) {
			out.push({
				name: unique(`prov_${p}`),
				kind: PROVENANCE_KIND[p],
				type: p === 'line' || p === 'line_end' ? 'INTEGER' : null,
				value: (row) => provenance.byId.get(Number(row[provenance.column]))?.[p] ?? null
			});
		}
	}
	out.push({ name: unique('redacted'), kind: 'boolean', type: 'BOOLEAN', value: () => r.enabled });
	return out;
}

function csvValue(v: unknown): CsvValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v;
	return cellText(v);
}

/** RFC 4180 through the one CSV writer: formula cells guarded, numbers kept as numbers. */
export function resultToCsv(columns: ResultColumn[], rows: Row[], r: Redactor, provenance: ResultProvenance | null = null): string {
	const cols = exportColumns(columns, r, provenance);
	return toCsv(
		cols.map((c) => c.name),
		rows.map((row) => cols.map((c) => csvValue(c.value(row))))
	);
}

/** An array of objects keyed by column name, in column order; blobs as hex strings. */
export function resultToJson(columns: ResultColumn[], rows: Row[], r: Redactor, provenance: ResultProvenance | null = null): string {
	const cols = exportColumns(columns, r, provenance);
	const out = rows.map((row) =>
		Object.fromEntries(
			cols.map((c) => {
				const v = c.value(row);
				return [c.name, v instanceof Uint8Array ? bytesToHex(v) : (v ?? null)];
			})
		)
	);
	return JSON.stringify(out, null, 2);
}

function toMillis(v: unknown): number | null {
	if (typeof v !== 'string') return null;
	const ms = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
	return Number.isNaN(ms) ? null : ms;
}

function arrowKind(c: ExportColumn): ArrowKind {
	switch (c.kind) {
		case 'number':
			return c.type && INTEGER_TYPE.test(c.type) ? 'int64' : 'float64';
		case 'boolean':
			return 'bool';
		case 'time':
			return 'timestamp';
		default:
			return 'utf8';
	}
}

/**
 * An Arrow IPC stream: integers as Int64 (exact past 2^53), other numbers as Float64, booleans, times as UTC
 * millisecond timestamps, text as UTF-8, anything else (lists, structs, intervals) as its JSON text. The schema
 * metadata `parley.redacted` says whether the text is redacted.
 */
export function resultToArrowIPC(columns: ResultColumn[], rows: Row[], r: Redactor, provenance: ResultProvenance | null = null): Uint8Array {
	const cols = exportColumns(columns, r, provenance);
	const arrow: ArrowColumn[] = cols.map((c) => {
		const kind = arrowKind(c);
		const read = (i: number) => c.value(rows[i]);
		return {
			name: c.name,
			kind,
			value: kind === 'timestamp' ? (i) => toMillis(read(i)) : kind === 'utf8' ? (i) => (read(i) == null ? null : cellText(read(i))) : read
		};
	});
	return arrowIpc(arrow, rows.length, { 'parley.redacted': String(r.enabled) });
}
