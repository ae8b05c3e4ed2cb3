/** The hits of a search as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break are quoted). */
export interface CsvHit {
	message_id: number;
	score: number;
	time: string;
	conversation: string;
	author: string;
	text: string;
}

export const HITS_CSV_COLUMNS = ['message_id', 'score', 'time', 'conversation', 'author', 'text'] as const;

export function csvField(value: string | number): string {
	const s = String(value);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function hitsCsv(hits: readonly CsvHit[]): string {
	const lines = [HITS_CSV_COLUMNS.join(',')];
	for (const h of hits) lines.push(HITS_CSV_COLUMNS.map((c) => csvField(h[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
