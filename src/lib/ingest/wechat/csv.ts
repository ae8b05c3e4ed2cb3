/**
 * A small RFC 4180 reader for the WeChat exporters' CSV files (Python's csv module writes them):
 * quoted fields with embedded newlines and doubled quotes, a BOM, CRLF, LF or CR line ends.
 * Private to the WeChat parsers until the shared tokenizer lands.
 */

export interface CsvRow {
	fields: string[];
	/** 1-based line where the row starts, and where it ends (quoted newlines make them differ). */
	line: number;
	lineEnd: number;
	/** The row's source text, without its line break. */
	raw: string;
}

export interface CsvResult {
	rows: CsvRow[];
	/** A quoted field still open at the end of the text: where it started. */
	unterminated: { line: number; raw: string } | null;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** All rows at once (see `forEachCsvRow`). */
export function readCsv(input: string): CsvResult {
	const rows: CsvRow[] = [];
	const unterminated = forEachCsvRow(input, (row) => {
		rows.push(row);
	});
	return { rows, unterminated };
}

/**
 * Hands each row to `fn` as it is read, so rows a caller does not keep die young; returns where a quoted
 * field was left open at the end, or null. Blank lines are skipped; a quote inside an unquoted field, or
 * text after a closing quote, is kept as written.
 */
export function forEachCsvRow(input: string, fn: (row: CsvRow, index: number) => void): CsvResult['unterminated'] {
	const text = typeof input === 'string' ? input : '';
	let count = 0;
	const len = text.length;
	let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	// Line counting moves forward only, so the whole read stays linear.
	let countedTo = pos;
	let line = 1;
	const lineAt = (offset: number): number => {
		for (; countedTo < offset; countedTo++) {
			const c = text.charCodeAt(countedTo);
			if (c === LF || (c === CR && text.charCodeAt(countedTo + 1) !== LF)) line++;
		}
		return line;
	};

	while (pos < len) {
		const rowStart = pos;
		const startLine = lineAt(rowStart);
		const fields: string[] = [];
		let endOfRow = false;
		while (!endOfRow) {
			let value = '';
			if (text.charCodeAt(pos) === QUOTE) {
				const parts: string[] = [];
				let from = pos + 1;
				let closed = -1;
				for (;;) {
					const q = text.indexOf('"', from);
					if (q === -1) break;
					if (text.charCodeAt(q + 1) === QUOTE) {
						parts.push(text.slice(from, q + 1));
						from = q + 2;
						continue;
					}
					parts.push(text.slice(from, q));
					closed = q;
					break;
				}
				if (closed === -1) {
					return { line: startLine, raw: text.slice(rowStart) };
				}
				value = parts.length === 1 ? parts[0] : parts.join('');
				pos = closed + 1;
				const tailStart = pos;
				while (pos < len) {
					const c = text.charCodeAt(pos);
					if (c === COMMA || c === LF || c === CR) break;
					pos++;
				}
				if (pos > tailStart) value += text.slice(tailStart, pos);
			} else {
				const start = pos;
				while (pos < len) {
					const c = text.charCodeAt(pos);
					if (c === COMMA || c === LF || c === CR) break;
					pos++;
				}
				value = text.slice(start, pos);
			}
			fields.push(value);
			const c = text.charCodeAt(pos);
			if (c === COMMA) {
				pos++;
				continue;
			}
			endOfRow = true;
		}
		const rowEnd = pos;
		if (text.charCodeAt(pos) === CR) pos++;
		if (text.charCodeAt(pos) === LF) pos++;
		if (fields.length === 1 && fields[0] === '' && rowEnd === rowStart) continue;
		fn({ fields, line: startLine, lineEnd: lineAt(rowEnd), raw: text.slice(rowStart, rowEnd) }, count++);
	}
	return null;
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
