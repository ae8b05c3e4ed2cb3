/** The column kinds a chart and an export care about, from DuckDB's type names or, failing that, the values. */
export type ColumnKind = 'number' | 'time' | 'text' | 'boolean' | 'other';

export interface ResultColumn {
	name: string;
	/** DuckDB's type name (DESCRIBE's column_type), null when it could not be asked. */
	type: string | null;
	kind: ColumnKind;
}

const NUMBER =
	/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?|NUMERIC(\(\d+,\s*\d+\))?)$/;
const TIME = /^(DATE|TIMESTAMP(_S|_MS|_NS)?|TIMESTAMP WITH TIME ZONE|TIMESTAMPTZ|DATETIME)$/;
const TEXT = /^(VARCHAR|TEXT|STRING|UUID|ENUM\(.*\)|CHAR|BPCHAR)$/;

export function kindOfType(type: string): ColumnKind {
	const t = type.trim().toUpperCase();
	if (NUMBER.test(t)) return 'number';
	if (TIME.test(t)) return 'time';
	if (t === 'BOOLEAN' || t === 'BOOL') return 'boolean';
	if (TEXT.test(t)) return 'text';
	return 'other';
}

/** The shapes the connector turns timestamps and dates into: 'YYYY-MM-DDTHH:MM:SS(.sss)Z' and 'YYYY-MM-DD'. */
const TIME_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/;

/** Guess from values when the engine could not describe the statement (PRAGMA, SHOW…). */
export function kindOfValues(values: unknown[]): ColumnKind {
	const present = values.filter((v) => v !== null && v !== undefined);
	if (present.length === 0) return 'other';
	if (present.every((v) => typeof v === 'number')) return 'number';
	if (present.every((v) => typeof v === 'boolean')) return 'boolean';
	if (present.every((v) => typeof v === 'string')) return present.every((v) => TIME_VALUE.test(v as string)) ? 'time' : 'text';
	return 'other';
}

/**
 * Columns of a result: names and types from DESCRIBE when they match the rows, otherwise names from the rows and
 * kinds from their values (a sample is enough).
 */
export function resultColumns(described: { name: string; type: string }[] | null, rows: Record<string, unknown>[]): ResultColumn[] {
	const fromRows = rows.length > 0 ? Object.keys(rows[0]) : [];
	const usable =
		described &&
		(rows.length === 0 ||
			sameNames(
				described.map((d) => d.name),
				fromRows
			));
	if (usable) return described.map((d) => ({ name: d.name, type: d.type, kind: kindOfType(d.type) }));
	const sample = rows.slice(0, 1000);
	return fromRows.map((name) => ({ name, type: null, kind: kindOfValues(sample.map((r) => r[name])) }));
}

function sameNames(a: string[], b: string[]): boolean {
	// Duplicate names collapse into one key of a row object; compare distinct names in order.
	const distinct = [...new Set(a)];
	return distinct.length === b.length && distinct.every((n, i) => n === b[i]);
}
