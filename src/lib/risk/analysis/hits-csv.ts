import { hitMatch, type HitText, type Redactor } from './hit-text';

/** Hits as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read Chinese text). Pure. */

export interface CsvHit extends HitText {
	message_id: number;
	ts_utc: string | null;
	ts_local: string;
	conversation: string;
	author: string;
	rule: string;
	score: number;
}

export const HITS_CSV_COLUMNS = ['message_id', 'time', 'conversation', 'author', 'category', 'rule', 'score', 'match', 'text'] as const;

export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function hitsCsv(hits: readonly CsvHit[], r: Redactor): string {
	const lines = [HITS_CSV_COLUMNS.join(',')];
	for (const h of hits) {
		lines.push([
			String(h.message_id), h.ts_utc ?? h.ts_local, h.conversation, h.author, h.category, h.rule, String(h.score), hitMatch(h, r), r.shown(h.text)
		].map(csvField).join(','));
	}
	return `\ufeff${lines.join('\r\n')}\r\n`;
}
