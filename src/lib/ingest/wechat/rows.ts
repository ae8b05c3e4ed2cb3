/** The rows of a WeChat exporter's CSV (Python's csv module writes them), read with the shared CSV tokenizer. */
import type { UnparsedLine } from '../../model/types';
import { csvRowWalk } from '../csv/tokenize';
import { drive, TextWindow } from '../json/stream-scan';

export interface CsvRow {
	fields: string[];
	/** 1-based line where the row starts, and where it ends (quoted newlines make them differ). */
	line: number;
	lineEnd: number;
	/** The row's source text, without its line break. */
	raw: string;
}

/**
 * Hands each row to `fn`; a row whose quoted field never closes goes to `unparsed` with its first line, and the
 * rows after it are still read.
 */
export function forEachRow(input: string, fn: (row: CsvRow, index: number) => void, unparsed: UnparsedLine[]): void {
	const rows = createRowStream(fn, unparsed);
	rows.push(typeof input === 'string' ? input : '');
	rows.end();
}

/** The same rows over text given in pieces (a quoted field's line breaks may fall in any piece). */
export function createRowStream(fn: (row: CsvRow, index: number) => void, unparsed: UnparsedLine[]): { push(text: string): void; end(): void } {
	const w = new TextWindow();
	return drive(
		w,
		csvRowWalk(
			w,
			(row, index) => fn({ fields: row.fields, line: row.line, lineEnd: row.lineEnd, raw: w.slice(row.start, row.end) }, index),
			(e) => {
				const lineEnd = w.indexOf('\n', e.start);
				const reason = e.message.startsWith('quoted field not closed') ? 'quoted field never closed (file cut off?)' : e.message;
				unparsed.push({
					line: e.line,
					text: w
						.slice(e.start, lineEnd < 0 ? w.length : lineEnd)
						.replace(/\r$/, '')
						.slice(0, 500),
					reason
				});
			}
		)
	);
}

/** The first line of a sample without its BOM, for sniffing CSV headers. */
export function firstLine(sample: string): string {
	if (typeof sample !== 'string') return '';
	const start = sample.charCodeAt(0) === 0xfeff ? 1 : 0;
	let end = sample.indexOf('\n', start);
	if (end === -1) end = Math.min(sample.length, start + 4096);
	return sample.slice(start, end).replace(/\r$/, '');
}

/** Header names split on commas, unquoted and trimmed (headers never hold commas in these formats). */
export function headerNames(line: string): string[] {
	return line.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
}
