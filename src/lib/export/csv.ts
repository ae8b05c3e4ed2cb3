/**
 * The one CSV writer of Parley: every CSV the app or the command line writes goes through `toCsv`.
 *
 * - RFC 4180: a header row, CRLF line ends, a field is quoted when it holds a comma, a quote, CR or LF, or starts or
 *   ends with whitespace (so tools that trim keep it); quotes inside are doubled. NULL is an empty field, an empty
 *   string is `""`.
 * - Formula guard (OWASP "CSV injection"): a text cell whose first character, or first character after leading
 *   whitespace and control characters, is `=`, `+`, `-`, `@` (or their full-width forms ＝ ＋ － ＠), a tab or a CR
 *   gets a `'` in front and is quoted, so Excel, LibreOffice and Google Sheets show it as text instead of running
 *   it. Numbers stay numbers: a number value, and a text that is a plain decimal number (`-5`, `+3.25`, `-1e6`, the
 *   decimal strings of 64-bit integers), is written as it is, and so is a UTC offset (`+01:00`).
 * - A UTF-8 byte-order mark starts the file: Excel opens a CSV without it in the machine's legacy code page, which
 *   turns Chinese, German or Spanish archive text into mojibake; DuckDB, pandas, LibreOffice and Sheets skip it.
 */

export type CsvValue = string | number | bigint | boolean | null | undefined;

const BOM = '\ufeff';
const FORMULA_START = /^[\s\u0000-\u001f\u007f]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]\d{2}:\d{2}$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** True when a spreadsheet could read the text as a formula (see the rule above). */
export function looksLikeFormula(text: string): boolean {
	return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One field as written in the file. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
	if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value === '') return '""';
	if (looksLikeFormula(value)) return `"'${value.replaceAll('"', '""')}"`;
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly CsvValue[]): string {
	return values.map(csvCell).join(',') + '\r\n';
}

export interface CsvOptions {
	/** Write the UTF-8 byte-order mark (default true; see above). */
	bom?: boolean;
}

/** A whole CSV file: the header, then one line per row (each row's values in header order). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
	const parts = [(options.bom ?? true) ? BOM : '', csvLine(header)];
	for (const row of rows) parts.push(csvLine(row));
	return parts.join('');
}

/** Rows given as objects: the header names the keys, in order. */
export function objectsToCsv<T extends object>(header: readonly (keyof T & string)[], rows: Iterable<T>, options: CsvOptions = {}): string {
	function* values() {
		for (const row of rows) yield header.map((k) => row[k] as CsvValue);
	}
	return toCsv(header, values(), options);
}
