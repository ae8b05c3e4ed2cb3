import { toCsv, type CsvValue } from '$lib/export/csv';
import { CLEAR, type Redactor } from '$lib/redact/redactor';

/**
 * The data behind a chart as CSV (the one CSV writer: RFC 4180, formula cells guarded), every text cell through the
 * redactor, and a last column saying whether the file is redacted.
 */
export function chartCsv(columns: string[], rows: readonly object[], r: Redactor = CLEAR): string {
	return toCsv(
		[...columns, 'redacted'],
		rows.map((row) => [...columns.map((c) => cell((row as Record<string, unknown>)[c], r)), r.enabled])
	);
}

function cell(v: unknown, r: Redactor): CsvValue {
	if (v == null) return null;
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v;
	return r.shown(String(v));
}
