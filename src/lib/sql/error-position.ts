/**
 * Where in the SQL an error points. DuckDB ends its messages with the offending line and a caret:
 *
 *     Binder Error: Referenced column "foo" not found in FROM clause!
 *
 *     LINE 1: SELECT foo FROM messages
 *                    ^
 *
 * A long line is shown as a window, cut with "... " before and "..." after; the window is found in the line
 * to get the true column. In a script of several statements DuckDB shows a line of the failing statement's own
 * text (from just after the previous `;`), so each statement is tried and the one whose line shows that excerpt wins.
 * "syntax error at end of input" points past the last character; the app's own gate
 * says "at character N" (1-based).
 */
import { lexSql } from '$lib/db/sql-tokens';

export interface SqlPosition {
	/** 1-based line. */
	line: number;
	/** 0-based column within the line, in UTF-16 code units. */
	column: number;
	/** 0-based offset into the whole SQL text. */
	offset: number;
}

export function positionAt(sql: string, offset: number): SqlPosition {
	const clamped = Math.max(0, Math.min(offset, sql.length));
	const before = sql.slice(0, clamped);
	const line = before.split('\n').length;
	return { line, column: clamped - (before.lastIndexOf('\n') + 1), offset: clamped };
}

const LINE_WITH_CARET = /^(LINE (\d+): )(.*)\r?\n( *)\^/m;
const LEFT_CUT = '... ';
const RIGHT_CUT = '...';

/** Where each statement of a script starts: DuckDB counts lines and columns within the failing statement's own text. */
function statementStarts(sql: string): number[] {
	const lexed = lexSql(sql);
	if (!lexed.ok) return [0];
	const starts = [0];
	for (const t of lexed.tokens) if (t.kind === 'op' && t.value === ';' && t.start + 1 < sql.length) starts.push(t.start + 1);
	return starts;
}

/** The column in `text` the caret points at, or null when the excerpt DuckDB showed is not this line. */
function columnIn(text: string, shown: string, caretColumn: number): number | null {
	let column = caretColumn;
	if (shown.startsWith(LEFT_CUT) && !text.startsWith(LEFT_CUT)) {
		let window = shown.slice(LEFT_CUT.length);
		column -= LEFT_CUT.length;
		if (window.endsWith(RIGHT_CUT) && !text.endsWith(RIGHT_CUT)) window = window.slice(0, -RIGHT_CUT.length);
		const start = text.indexOf(window);
		if (start < 0) return null;
		column += start;
	} else if (shown.endsWith(RIGHT_CUT) && !text.endsWith(RIGHT_CUT)) {
		if (!text.startsWith(shown.slice(0, -RIGHT_CUT.length))) return null;
	} else if (text.trimEnd() !== shown.trimEnd()) {
		return null;
	}
	return Math.max(0, Math.min(column, text.length));
}

export function errorPosition(message: string, sql: string): SqlPosition | null {
	const caret = LINE_WITH_CARET.exec(message);
	if (caret) {
		const line = Number(caret[2]);
		const caretColumn = caret[4].length - caret[1].length;
		const starts = statementStarts(sql);
		for (const [k, start] of starts.entries()) {
			const end = starts[k + 1] ?? sql.length + 1;
			const lines = sql.slice(start, end).split('\n');
			if (line < 1 || line > lines.length) continue;
			const column = columnIn(lines[line - 1].replace(/\r$/, ''), caret[3], caretColumn);
			if (column === null) continue;
			// DuckDB counts the caret from the line's start within the statement but the location within the whole
			// script, so the statement's own offset is not added.
			let offset = column;
			for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
			if (offset < start || offset >= end) continue;
			return positionAt(sql, offset);
		}
		return null;
	}
	if (/syntax error at end of input/i.test(message)) return positionAt(sql, sql.trimEnd().length);
	const character = /at character (\d+)\.?\s*$/.exec(message);
	if (character) return positionAt(sql, Number(character[1]) - 1);
	return null;
}

/** The message without DuckDB's repeated "LINE n:" blocks, which the editor marks instead. */
export function errorSummary(message: string): string {
	const at = message.search(/\n\s*LINE \d+: /);
	return (at >= 0 ? message.slice(0, at) : message).trim();
}

/** An engine error DuckDB sent as its JSON error object instead of words. */
export interface StructuredError {
	/** "Parser Error: syntax error at or near "FROM"", as DuckDB words the same error elsewhere. */
	message: string;
	/** 0-based UTF-16 offset into the SQL, or null when the object has no position. */
	offset: number | null;
}

/**
 * DuckDB-wasm reports some errors (parser errors in the browser) as the engine's JSON error object,
 * `{"exception_type":"Parser","exception_message":"…","position":"23"}`, where `position` counts UTF-8 bytes of the
 * SQL. Returns the error in words and its offset, or null when the message is not such an object.
 */
export function structuredError(message: string, sql: string): StructuredError | null {
	const text = message.trim();
	if (!text.startsWith('{') || !text.includes('"exception_type"')) return null;
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof parsed !== 'object' || parsed === null) return null;
	const fields = parsed as Record<string, unknown>;
	const type = typeof fields.exception_type === 'string' ? fields.exception_type : null;
	const body = typeof fields.exception_message === 'string' ? fields.exception_message : null;
	if (type === null && body === null) return null;
	const words = `${type ?? 'Database'} Error: ${body ?? 'no message'}`;
	const position = Number(fields.position);
	return { message: words, offset: fields.position !== undefined && Number.isInteger(position) && position >= 0 ? utf16Offset(sql, position) : null };
}

/** The UTF-16 offset in `text` of its `bytes`-th UTF-8 byte (the end when past it). */
export function utf16Offset(text: string, bytes: number): number {
	let seen = 0;
	let i = 0;
	for (const ch of text) {
		if (seen >= bytes) return i;
		const code = ch.codePointAt(0)!;
		seen += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		i += ch.length;
	}
	return text.length;
}
