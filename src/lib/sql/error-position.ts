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
