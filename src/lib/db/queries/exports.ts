import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/**
 * Messages as exports write them: the message, its conversation, its attachments and where it came from (the
 * archive's file and SHA-256, line or JSON path, the zone its time was read in). Ids and days are validated and inlined.
 */

export interface MessageSourceRow {
	message_id: number;
	conversation_id: number;
	/** Position within the conversation (source order). */
	pos: number;
	conversation: string;
	conversation_kind: string;
	participant_id: number | null;
	author: string;
	kind: string;
	text: string;
	attachments: string[];
	reply_to: number | null;
	source_id: string | null;
	edited: boolean;
	deleted: boolean;
	platform: string;
	archive_sha256: string;
	source_file: string;
	line: number | null;
	line_end: number | null;
	source_path: string | null;
	/** As stored: `YYYY-MM-DDTHH:MM:SS`, `…Z` for epoch sources. */
	ts_local: string;
	ts_utc: string | null;
	tz: string;
}

/** Which messages: some conversations (all when absent), optionally a UTC time window, or given ids. */
export interface MessageScope {
	conversationIds?: readonly number[];
	messageIds?: readonly number[];
	/** Inclusive lower and exclusive upper bound on ts_utc, 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SSZ'. */
	from?: string | null;
	to?: string | null;
}

function ids(name: string, values: readonly number[]): string {
	for (const v of values) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be non-negative integers, got ${v}`);
	return values.length === 0 ? 'NULL' : values.join(', ');
}

function instant(name: string, v: string): string {
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/.test(v)) throw new RangeError(`${name} must be a UTC day or time, got ${JSON.stringify(v)}`);
	return `'${v.replace('T', ' ').replace('Z', '')}'::TIMESTAMP`;
}

export const MESSAGE_SOURCE_SELECT = `m.id AS message_id, m.conversation_id, m.pos, c.title AS conversation, c.kind AS conversation_kind, m.participant_id,
	m.author, m.kind, m.text, coalesce(f.attachments, []::VARCHAR[]) AS attachments, m.reply_to, m.source_id, m.edited, m.deleted,
	c.platform, a.sha256 AS archive_sha256, a.file_name AS source_file, m.line, m.line_end, m.source_path, m.ts_local, m.ts_utc, m.tz`;

/** The joins MESSAGE_SOURCE_SELECT reads from, for messages aliased `m`. */
export const MESSAGE_SOURCE_JOINS = `JOIN conversations c ON c.id = m.conversation_id
	JOIN archives a ON a.id = m.archive_id
	LEFT JOIN (SELECT message_id, list(file_name ORDER BY position) AS attachments FROM attachments GROUP BY message_id) f ON f.message_id = m.id`;

export function messageSourceSql(scope: MessageScope): SqlQuery {
	const where: string[] = [];
	if (scope.conversationIds) where.push(`m.conversation_id IN (${ids('conversationIds', scope.conversationIds)})`);
	if (scope.messageIds) where.push(`m.id IN (${ids('messageIds', scope.messageIds)})`);
	if (scope.from) where.push(`m.ts_utc >= ${instant('from', scope.from)}`);
	if (scope.to) where.push(`m.ts_utc < ${instant('to', scope.to)}`);
	return {
		sql: `SELECT ${MESSAGE_SOURCE_SELECT}
			FROM messages m ${MESSAGE_SOURCE_JOINS}
			WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}
			ORDER BY m.conversation_id, m.pos`,
		params: []
	};
}

export function messageSources(db: Connector, scope: MessageScope): Promise<MessageSourceRow[]> {
	return run<MessageSourceRow>(db, messageSourceSql(scope));
}

/** The given messages in the order of the ids given (a search's hit order), read in chunks. */
export async function messageSourcesById(db: Connector, messageIds: readonly number[], chunk = 5000): Promise<MessageSourceRow[]> {
	const out: MessageSourceRow[] = [];
	for (let from = 0; from < messageIds.length; from += chunk) {
		const part = messageIds.slice(from, from + chunk);
		const byId = new Map((await messageSources(db, { messageIds: part })).map((r) => [r.message_id, r]));
		for (const id of part) {
			const row = byId.get(id);
			if (row) out.push(row);
		}
	}
	return out;
}

export interface ParticipantRow {
	id: number;
	platform: string;
	handle: string;
	display_name: string;
	email: string | null;
}

/** The participants the given messages name (for an RSMF manifest). */
export async function participantsOf(db: Connector, participantIds: readonly number[]): Promise<ParticipantRow[]> {
	if (participantIds.length === 0) return [];
	return run<ParticipantRow>(db, {
		sql: `SELECT id, platform, handle, display_name, email FROM participants WHERE id IN (${ids('participantIds', participantIds)}) ORDER BY id`,
		params: []
	});
}
