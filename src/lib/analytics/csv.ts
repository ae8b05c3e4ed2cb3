/**
 * RFC 4180 CSV of chart data: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab/CR) are prefixed with a
 * quote mark, since archive text flows into these cells. `shown` is applied to every text cell (redaction).
 */
export function chartCsv(columns: string[], rows: readonly object[], shown: (text: string) => string = (t) => t): string {
	const lines = [columns.map((c) => field(c)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell((row as Record<string, unknown>)[c], shown)).join(','));
	return lines.join('\r\n') + '\r\n';
}

function cell(v: unknown, shown: (text: string) => string): string {
	if (v == null) return '';
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	const text = shown(String(v));
	return field(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

function field(s: string): string {
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
