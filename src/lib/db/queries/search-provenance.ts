import type { SqlQuery } from './sql';

/** A search hit as `parley search` prints it: the message with where it came from (file, line or path, position). */
export type SearchHitProvenance = {
	message_id: number;
	file: string;
	/** 0-based position among the file's records, as `parley export` numbers them. */
	index: number;
	line: number | null;
	path: string | null;
	ts: string;
	platform: string;
	conversation: string;
	author: string;
	text: string;
};

/** The rows of the given messages (in no particular order; the caller puts them in hit order). */
export function searchHitProvenanceSql(messageIds: readonly number[]): SqlQuery {
	for (const id of messageIds) if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`message ids must be non-negative integers, got ${id}`);
	return {
		sql: `SELECT m.id AS message_id, a.file_name AS file, m.idx AS "index", m.line, m.source_path AS path, m.ts_local AS ts,
				c.platform, c.title AS conversation, m.author, m.text
			FROM messages m
			JOIN conversations c ON c.id = m.conversation_id
			JOIN archives a ON a.id = m.archive_id
			WHERE m.id IN (${messageIds.length === 0 ? 'NULL' : messageIds.join(', ')})`,
		params: []
	};
}
