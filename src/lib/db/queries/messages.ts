import type { MessageKind } from '$lib/model/types';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

export interface MessageRow {
	id: number;
	idx: number;
	author: string;
	ts_local: string;
	/** UTC 'YYYY-MM-DDTHH:MM:SSZ', null when ts_local was malformed. */
	ts_utc: string | null;
	kind: MessageKind;
	text: string;
	/** File names in the order the message lists them. */
	attachments: string[];
	edited: boolean;
	deleted: boolean;
	line: number | null;
}

/** One page of a conversation in source order. */
export function messagesPageSql(conversationId: number, offset: number, limit: number): SqlQuery {
	return {
		sql: `WITH page AS (
				SELECT id, idx, author, ts_local, ts_utc, kind, text, edited, deleted, line
				FROM messages WHERE conversation_id = ? ORDER BY idx, id LIMIT ? OFFSET ?
			), files AS (
				SELECT message_id, list(file_name ORDER BY position) AS attachments
				FROM attachments WHERE message_id IN (SELECT id FROM page) GROUP BY message_id
			)
			SELECT p.id, p.idx, p.author, p.ts_local, p.ts_utc, p.kind, p.text,
				coalesce(f.attachments, []::VARCHAR[]) AS attachments, p.edited, p.deleted, p.line
			FROM page p LEFT JOIN files f ON f.message_id = p.id
			ORDER BY p.idx, p.id`,
		params: [conversationId, limit, offset]
	};
}

export function messagesPage(db: Connector, conversationId: number, offset: number, limit: number): Promise<MessageRow[]> {
	return run<MessageRow>(db, messagesPageSql(conversationId, offset, limit));
}
