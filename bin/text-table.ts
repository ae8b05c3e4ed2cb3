import { cellText } from '../src/lib/sql/exports.ts';

const MAX_CELL = 120;

/** One cell on one line: line breaks as ⏎, tabs as spaces, long text cut with an ellipsis. */
export function cellLine(v: unknown): string {
	const s = cellText(v)
		.replace(/\r?\n|\r/g, '⏎')
		.replace(/\t/g, ' ');
	return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}

/** An aligned text table with a header row; NULL shows as an empty cell. */
export function formatTextTable(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const cells = rows.map((r) => columns.map((c) => cellLine(r[c])));
	const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
	const fmt = (line: readonly string[]) =>
		line
			.map((c, i) => (i === columns.length - 1 ? c : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [fmt(columns), fmt(widths.map((w) => '─'.repeat(w))), ...cells.map(fmt)].join('\n') + '\n';
}
