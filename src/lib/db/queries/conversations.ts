import type { ConversationKind, Platform } from '$lib/model/types';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

export interface ConversationRow {
	id: number;
	title: string;
	platform: Platform;
	kind: ConversationKind;
	message_count: number;
	/** Earliest and latest message, UTC 'YYYY-MM-DDTHH:MM:SSZ'; null for an empty conversation. */
	first_ts: string | null;
	last_ts: string | null;
	/** The same bounds as written in the export (the conversation's own wall clock). */
	first_ts_local: string | null;
	last_ts_local: string | null;
	/** Distinct authors (system records excluded). */
	participant_count: number;
}

/** Most recently active first. */
export function listConversationsSql(): SqlQuery {
	return {
		sql: `SELECT c.id, c.title, c.platform, c.kind,
				coalesce(m.message_count, 0) AS message_count, m.first_ts, m.last_ts, m.first_ts_local, m.last_ts_local,
				coalesce(m.participant_count, 0) AS participant_count
			FROM conversations c
			LEFT JOIN (
				SELECT conversation_id, count(*) AS message_count, min(ts_utc) AS first_ts, max(ts_utc) AS last_ts,
					min(ts_local) AS first_ts_local, max(ts_local) AS last_ts_local, count(DISTINCT participant_id) AS participant_count
				FROM messages GROUP BY conversation_id
			) m ON m.conversation_id = c.id
			ORDER BY m.last_ts DESC NULLS LAST, c.id`,
		params: []
	};
}

export function listConversations(db: Connector): Promise<ConversationRow[]> {
	return run<ConversationRow>(db, listConversationsSql());
}

export function conversationMessageCountSql(conversationId: number): SqlQuery {
	return { sql: `SELECT count(*) AS n FROM messages WHERE conversation_id = ?`, params: [conversationId] };
}

export async function conversationMessageCount(db: Connector, conversationId: number): Promise<number> {
	const [row] = await run<{ n: number }>(db, conversationMessageCountSql(conversationId));
	return row.n;
}
