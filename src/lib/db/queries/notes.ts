import type { Connector } from '../connector';
import { idList, utcText } from './review-sql';

/** Reviewer notes on a message (or a whole conversation): a separate table, never part of the evidence. */

export interface NoteRow {
	id: number;
	message_id: number | null;
	conversation_id: number | null;
	body: string;
	reviewer: string;
	created_at: string;
	updated_at: string | null;
}

const NOTE_COLUMNS = 'id, message_id, conversation_id, body, reviewer, created_at, updated_at';

/** The notes on these messages, oldest first. */
export async function notesOf(db: Connector, messageIds: readonly number[]): Promise<NoteRow[]> {
	if (messageIds.length === 0) return [];
	return db.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE message_id IN (${idList('messageIds', messageIds)}) ORDER BY created_at, id`);
}

export async function noteById(db: Connector, id: number): Promise<NoteRow | null> {
	return (await db.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ${idList('id', [id])}`))[0] ?? null;
}

/** Adds a note on a message; returns it. */
export async function addNote(db: Connector, messageId: number, body: string, reviewer: string, at = new Date()): Promise<NoteRow> {
	return db.exclusive(async (c) => {
		const [row] = await c.query<{ id: number; conversation_id: number | null }>(
			`SELECT coalesce((SELECT max(id) FROM notes), 0) + 1 AS id, (SELECT conversation_id FROM messages WHERE id = ${idList('messageId', [messageId])}) AS conversation_id`
		);
		await c.query(`INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?::TIMESTAMP, NULL)`, [row.id, messageId, row.conversation_id, body, reviewer, utcText(at)]);
		return (await noteById(c, row.id))!;
	});
}

export async function editNote(db: Connector, id: number, body: string, at = new Date()): Promise<void> {
	await db.query(`UPDATE notes SET body = ?, updated_at = ?::TIMESTAMP WHERE id = ${idList('id', [id])}`, [body, utcText(at)]);
}

export async function deleteNote(db: Connector, id: number): Promise<void> {
	await db.query(`DELETE FROM notes WHERE id = ${idList('id', [id])}`);
}
