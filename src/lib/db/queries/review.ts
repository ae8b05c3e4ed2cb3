import type { Connector } from '../connector';
import { MESSAGE_SOURCE_JOINS, MESSAGE_SOURCE_SELECT, type MessageSourceRow } from './exports';
import { idList, utcText, varcharList } from './review-sql';

/** Review queues, their decisions, a message's context, and what a review export writes. */

export type QueueSourceKind = 'search' | 'sql';

export interface NewQueue {
	name: string;
	source_kind: QueueSourceKind;
	source_text: string;
	saved_query_id: number | null;
	population: number;
	sample_spec: string | null;
	seed: string | null;
	message_ids: number[];
	reviewer: string;
}

export interface QueueRow extends NewQueue {
	id: number;
	created_at: string;
}

export interface QueueSummary extends QueueRow {
	reviewed: number;
}

export interface DecisionRow {
	queue_id: number;
	message_id: number;
	decision: string;
	tags: string[];
	reviewer: string;
	decided_at: string;
}

const QUEUE_COLUMNS = 'id, name, source_kind, source_text, saved_query_id, population, sample_spec, seed, message_ids, reviewer, created_at';

export async function createQueue(db: Connector, q: NewQueue, at = new Date()): Promise<QueueRow> {
	return db.exclusive(async (c) => {
		const [{ id }] = await c.query<{ id: number }>(`SELECT coalesce(max(id), 0) + 1 AS id FROM review_queues`);
		const ids = q.message_ids.length === 0 ? '[]' : `[${idList('message_ids', q.message_ids)}]`;
		await c.query(`INSERT INTO review_queues VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${ids}::BIGINT[], ?, ?::TIMESTAMP)`, [
			id,
			q.name,
			q.source_kind,
			q.source_text,
			q.saved_query_id,
			q.population,
			q.sample_spec,
			q.seed,
			q.reviewer,
			utcText(at)
		]);
		return (await queueById(c, id))!;
	});
}

export async function queueById(db: Connector, id: number): Promise<QueueRow | null> {
	return (await db.query<QueueRow>(`SELECT ${QUEUE_COLUMNS} FROM review_queues WHERE id = ${idList('id', [id])}`))[0] ?? null;
}

/** The latest queue of this source (and sample, when one is asked for): opening the same source again resumes it. */
export async function findQueue(
	db: Connector,
	kind: QueueSourceKind,
	text: string,
	savedQueryId: number | null,
	sampleSpec: string | null,
	seed: string | null
): Promise<QueueRow | null> {
	const rows = await db.query<QueueRow>(
		`SELECT ${QUEUE_COLUMNS} FROM review_queues
			WHERE source_kind = ? AND source_text = ? AND saved_query_id IS NOT DISTINCT FROM ?
				AND sample_spec IS NOT DISTINCT FROM ? AND seed IS NOT DISTINCT FROM ?
			ORDER BY id DESC LIMIT 1`,
		[kind, text, savedQueryId, sampleSpec, seed]
	);
	return rows[0] ?? null;
}

/** Every queue, newest first, with how many of its messages are decided. */
export function listQueues(db: Connector): Promise<QueueSummary[]> {
	return db.query<QueueSummary>(
		`SELECT ${QUEUE_COLUMNS.split(', ')
			.map((c) => `q.${c}`)
			.join(', ')}, coalesce(d.n, 0)::INTEGER AS reviewed
			FROM review_queues q LEFT JOIN (SELECT queue_id, count(*) AS n FROM review_decisions GROUP BY queue_id) d ON d.queue_id = q.id
			ORDER BY q.id DESC`
	);
}

export function decisionsOf(db: Connector, queueId: number): Promise<DecisionRow[]> {
	return db.query<DecisionRow>(
		`SELECT queue_id, message_id, decision, tags, reviewer, decided_at FROM review_decisions WHERE queue_id = ${idList('queueId', [queueId])} ORDER BY decided_at, message_id`
	);
}

/** Records (or replaces) the decision on one message of a queue. */
export async function decide(db: Connector, d: Omit<DecisionRow, 'decided_at'>, at = new Date()): Promise<void> {
	const tags = varcharList(d.tags);
	await db.query(
		`INSERT OR REPLACE INTO review_decisions VALUES (${idList('queueId', [d.queue_id])}, ${idList('messageId', [d.message_id])}, ?, ${tags.sql}, ?, ?::TIMESTAMP)`,
		[d.decision, ...tags.params, d.reviewer, utcText(at)]
	);
}

/** Puts a decision back as it was (undo): the earlier row, or none. */
export async function restoreDecision(db: Connector, queueId: number, messageId: number, previous: DecisionRow | null): Promise<void> {
	await db.query(`DELETE FROM review_decisions WHERE queue_id = ${idList('queueId', [queueId])} AND message_id = ${idList('messageId', [messageId])}`);
	if (previous) await decide(db, previous, new Date(previous.decided_at));
}

export interface ContextRow {
	id: number;
	pos: number;
	author: string;
	ts_local: string;
	kind: string;
	text: string;
	line: number | null;
}

export interface MessageInContext {
	message: MessageSourceRow | null;
	/** The conversation's messages from `before` ahead to `after` behind it, the message itself among them. */
	context: ContextRow[];
}

/** A message with its provenance and the messages around it in its conversation. */
export async function messageInContext(db: Connector, messageId: number, before = 3, after = 3): Promise<MessageInContext> {
	const id = idList('messageId', [messageId]);
	const [message] = await db.query<MessageSourceRow>(`SELECT ${MESSAGE_SOURCE_SELECT} FROM messages m ${MESSAGE_SOURCE_JOINS} WHERE m.id = ${id}`);
	if (!message) return { message: null, context: [] };
	const context = await db.query<ContextRow>(
		`SELECT id, pos, author, ts_local, kind, text, line FROM messages
			WHERE conversation_id = ? AND pos BETWEEN ? AND ? ORDER BY pos`,
		[message.conversation_id, message.pos - before, message.pos + after]
	);
	return { message, context };
}

/** One reviewer record as the review export writes it: a tag, a note or a queue decision on a message. */
export interface ReviewRecordRow {
	record: 'tag' | 'note' | 'decision';
	queue_id: number | null;
	value: string;
	decision_tags: string[] | null;
	reviewer: string;
	recorded_at: string;
	message_id: number;
}

/** Every tag, note and decision (of one queue's messages when queueId is given), message by message. */
export function reviewRecords(db: Connector, queueId: number | null = null): Promise<ReviewRecordRow[]> {
	const only = queueId === null ? '' : `WHERE message_id IN (SELECT unnest(message_ids) FROM review_queues WHERE id = ${idList('queueId', [queueId])})`;
	const decisions = queueId === null ? '' : `AND queue_id = ${idList('queueId', [queueId])}`;
	return db.query<ReviewRecordRow>(
		`SELECT * FROM (
			SELECT 'tag' AS record, NULL::INTEGER AS queue_id, tag AS value, NULL::VARCHAR[] AS decision_tags, reviewer, created_at AS recorded_at, message_id FROM tags
			UNION ALL
			SELECT 'note', NULL, body, NULL, reviewer, coalesce(updated_at, created_at), message_id FROM notes WHERE message_id IS NOT NULL
			UNION ALL
			SELECT 'decision', queue_id, decision, tags, reviewer, decided_at, message_id FROM review_decisions WHERE true ${decisions}
		) ${only}
		ORDER BY message_id, recorded_at, record, value`
	);
}
