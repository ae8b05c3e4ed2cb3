import type { RiskCategory } from '$lib/risk/types';
import type { SqlQuery } from './sql';

/**
 * Risk hits with where each came from (archive file, conversation, source line or JSON path, position in the file),
 * read in message-id ranges so a database of any size is listed in bounded memory. Used by `parley risk <db>`.
 */

export interface HitProvenance {
	archive_id: number;
	/** The archive's source name as imported (a zip member as `zip/member`). */
	file: string;
	message_id: number;
	/** The message's 0-based position among its file's records, as `parley export` numbers them. */
	index: number;
	conversation: string;
	line: number | null;
	path: string | null;
	ts: string;
	author: string;
	category: RiskCategory;
	rule: string;
	severity: string;
	score: number;
	/** The whole message; the hit is text.slice(span_start, span_end) (UTF-16 offsets, as the scanner counts, not SQL's substring). */
	text: string;
	span_start: number;
	span_end: number;
	explanation: string;
}

export function hitExtentSql(): SqlQuery {
	return { sql: 'SELECT count(*) AS hits, min(message_id) AS min_id, max(message_id) AS max_id FROM risk_hits', params: [] };
}

/** Hits of messages with fromId ≤ id < toId, in message order. */
export function hitProvenanceSql(fromId: number, toId: number): SqlQuery {
	return {
		sql: `SELECT m.archive_id, a.file_name AS file, r.message_id, m.idx AS "index", c.title AS conversation,
				m.line, m.source_path AS path, m.ts_local AS ts, m.author, r.category, r.rule, r.severity, r.score,
				m.text, r.span_start, r.span_end, r.explanation
			FROM risk_hits r
			JOIN messages m ON m.id = r.message_id
			JOIN conversations c ON c.id = m.conversation_id
			JOIN archives a ON a.id = m.archive_id
			WHERE r.message_id >= ? AND r.message_id < ?
			ORDER BY r.message_id, r.span_start, r.rule`,
		params: [fromId, toId]
	};
}
