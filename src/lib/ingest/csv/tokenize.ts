import { drive, TextWindow, type Walk } from '../json/stream-scan';

/** RFC 4180 CSV tokenizer: quoted fields with `""` escapes and line breaks inside, CRLF/LF/CR, a leading BOM. */

export interface CsvError {
	/** 1-based line where the faulty row starts. */
	line: number;
	message: string;
}

export interface CsvRows {
	rows: string[][];
	/** 1-based line where each row starts, parallel to `rows`. */
	lines: number[];
	/** 1-based line where each row ends (later than its start when a quoted field holds line breaks). */
	lineEnds: number[];
	/** Offsets of each row's text: from its first character to just before its line break. */
	starts: number[];
	ends: number[];
	errors: CsvError[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
// A file with many unterminated quotes would otherwise be rescanned to its end once per quote.
const MAX_RESTARTS = 100;

/** One row as the tokenizer hands it over. */
export interface CsvRow {
	fields: string[];
	/** 1-based lines where the row starts and ends. */
	line: number;
	lineEnd: number;
	/** Offsets of the row's text: from its first character to just before its line break. */
	start: number;
	end: number;
}

export interface CsvRowError extends CsvError {
	/** Offset where the faulty row starts. */
	start: number;
}

/** All rows at once (see `forEachCsvRow`). */
export function parseCsvRows(text: string): CsvRows {
	const out: CsvRows = { rows: [], lines: [], lineEnds: [], starts: [], ends: [], errors: [] };
	forEachCsvRow(
		text,
		(row) => {
			out.rows.push(row.fields);
			out.lines.push(row.line);
			out.lineEnds.push(row.lineEnd);
			out.starts.push(row.start);
			out.ends.push(row.end);
		},
		(e) => out.errors.push({ line: e.line, message: e.message })
	);
	return out;
}

/**
 * Splits CSV text into rows of fields, handing each row over as it is read so rows a caller does not keep die
 * young. Never throws. Blank lines are skipped. A stray quote inside an unquoted field, or text after a closing
 * quote, is kept as written. A quoted field still open at the end of the text is an error naming the row's line;
 * scanning then resumes on the line after that row's first line, so one stray quote does not swallow the rest.
 */
export function forEachCsvRow(text: string, onRow: (row: CsvRow, index: number) => void, onError: (e: CsvRowError) => void = () => {}): void {
	if (typeof text !== 'string' || text.length === 0) return;
	const w = new TextWindow();
	const walk = drive(w, csvRowWalk(w, onRow, onError));
	walk.push(text);
	walk.end();
}

/**
 * The same rows over text given in pieces (a TextWindow): a quoted field's line breaks may fall in any piece. The
 * window holds the text from the start of the row being read; offsets are from the start of the whole text.
 */
export function* csvRowWalk(w: TextWindow, onRow: (row: CsvRow, index: number) => void, onError: (e: CsvRowError) => void = () => {}): Walk<void> {
	if (!(0 < w.length || (yield* w.has(0)))) return;
	let pos = w.code(0) === 0xfeff ? 1 : 0;
	let line = 1;
	let restarts = 0;
	let count = 0;

	while (pos < w.length || (yield* w.has(pos))) {
		w.release(pos);
		const rowStart = pos;
		const rowLine = line;
		const fields: string[] = [];
		let open = false;
		let rowEnd = -1;
		let endLine = line;
		for (;;) {
			// One field starting at pos.
			if ((pos < w.length || (yield* w.has(pos))) && w.code(pos) === QUOTE) {
				// Most quoted fields hold no `""`: then the value is one slice and no array is built.
				let value: string | null = null;
				let parts: string[] | null = null;
				let from = pos + 1;
				let searchFrom = from;
				let closed = false;
				for (;;) {
					const q = w.indexOf('"', searchFrom);
					if (q < 0) {
						searchFrom = Math.max(searchFrom, w.length);
						if (w.length < w.length || (yield* w.has(w.length))) continue;
						break;
					}
					line += countBreaksIn(w, from, q);
					const piece = w.slice(from, q);
					if ((q + 1 < w.length || (yield* w.has(q + 1))) && w.code(q + 1) === QUOTE) {
						parts ??= value === null ? [] : [value];
						parts.push(piece, '"');
						value = '';
						from = searchFrom = q + 2;
						continue;
					}
					if (parts !== null) parts.push(piece);
					else value = piece;
					pos = q + 1;
					closed = true;
					break;
				}
				if (!closed) {
					open = true;
					break;
				}
				// Text between the closing quote and the next separator is kept as written.
				const end = fieldEndIn(w, pos) ?? (yield* fieldEnd(w, pos));
				if (end > pos) {
					parts ??= [value ?? ''];
					parts.push(w.slice(pos, end));
				}
				pos = end;
				fields.push(parts !== null ? parts.join('') : (value ?? ''));
			} else {
				const end = fieldEndIn(w, pos) ?? (yield* fieldEnd(w, pos));
				fields.push(w.slice(pos, end));
				pos = end;
			}
			endLine = line;
			if (!(pos < w.length || (yield* w.has(pos)))) break;
			const c = w.code(pos);
			if (c === COMMA) {
				pos++;
				continue;
			}
			rowEnd = pos;
			pos++;
			if (c === CR && (pos < w.length || (yield* w.has(pos))) && w.code(pos) === LF) pos++;
			line++;
			break;
		}
		if (open) {
			onError({ line: rowLine, message: 'quoted field not closed before the end of the file', start: rowStart });
			if (++restarts > MAX_RESTARTS) {
				onError({ line: rowLine, message: 'too many unclosed quotes; the rest of the file was not read', start: rowStart });
				return;
			}
			pos = nextLineStart(w, rowStart);
			line = rowLine + 1;
			continue;
		}
		if (fields.length === 1 && fields[0] === '' && w.code(rowStart) !== QUOTE) continue;
		onRow({ fields, line: rowLine, lineEnd: endLine, start: rowStart, end: rowEnd < 0 ? w.length : rowEnd }, count++);
	}
}

/** fieldEnd within the text given so far; null when the field runs to its end (more may come). */
function fieldEndIn(w: TextWindow, pos: number): number | null {
	const m = w.exec(SEPARATOR, pos);
	if (m !== null) return m.index;
	return w.isEnded ? w.length : null;
}

const SEPARATOR = /[,\r\n]/g;

/** Position of the comma or line break ending an unquoted field (or the end of the text). */
function* fieldEnd(w: TextWindow, pos: number): Walk<number> {
	for (;;) {
		const n = w.length;
		while (pos < n) {
			const c = w.code(pos);
			if (c === COMMA || c === LF || c === CR) return pos;
			pos++;
		}
		if (!(yield* w.has(pos))) return pos;
	}
}

function countBreaksIn(w: TextWindow, from: number, to: number): number {
	let k = 0;
	for (let i = from; i < to; i++) {
		const c = w.code(i);
		if (c === LF) k++;
		else if (c === CR && w.code(i + 1) !== LF) k++;
	}
	return k;
}

/** After the whole text was read (a quote never closed): where the line after `pos` starts. */
function nextLineStart(w: TextWindow, pos: number): number {
	const n = w.length;
	while (pos < n) {
		const c = w.code(pos++);
		if (c === LF) return pos;
		if (c === CR) return w.code(pos) === LF ? pos + 1 : pos;
	}
	return n;
}
