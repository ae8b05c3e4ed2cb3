import type { ConversationRow, StreamStart } from '$lib/pipeline/events';
import { formatUtc } from '$lib/model/time';
import type { ImportBatch, ParticipantRow } from './arrow';
import type { Connector } from './connector';
import { insertRows } from './load';

/**
 * The database side of a streamed import: rows arrive in batches already numbered by the parse side, with the ids
 * `nextIds` handed out. Imports must not interleave (ids are max(id) + 1); the pipeline runs one at a time.
 */

/** The first id of each kind an import (or one archive of it) took; every row at or past them is the import's. */
export interface IdsFrom {
	archiveId: number;
	conversationId: number;
	messageId: number;
	participantId: number;
}

export async function nextIds(db: Connector): Promise<IdsFrom> {
	// An archive id is never reused while rows of it remain anywhere, even if its archives row went missing (as load.ts).
	const [next] = await db.query<{ archive: number; conversation: number; message: number; participant: number }>(`SELECT
		greatest((SELECT coalesce(max(id), 0) FROM archives), (SELECT coalesce(max(archive_id), 0) FROM conversations),
			(SELECT coalesce(max(archive_id), 0) FROM messages)) + 1 AS archive,
		(SELECT coalesce(max(id), 0) + 1 FROM conversations) AS conversation,
		(SELECT coalesce(max(id), 0) + 1 FROM messages) AS message,
		(SELECT coalesce(max(id), 0) + 1 FROM participants) AS participant`);
	return { archiveId: next.archive, conversationId: next.conversation, messageId: next.message, participantId: next.participant };
}

/** What the parse side needs to number rows and skip archives already imported. */
export async function streamStart(db: Connector, timeZone: string, sides: boolean): Promise<StreamStart> {
	const ids = await nextIds(db);
	const participants = await db.query<{ platform: string; handle: string; id: number }>(`SELECT platform, handle, id FROM participants`);
	const known = await db.query<{ sha256: string }>(`SELECT sha256 FROM archives`);
	return { ...ids, participants: participants.map((p) => [p.platform, p.handle, p.id]), knownSha256: known.map((k) => k.sha256), timeZone, sides };
}

/** The archive's row while it loads: its hash is known only at its end, so it holds a placeholder no hash can equal. */
export async function openArchive(db: Connector, a: { archiveId: number; name: string; platform: string; format: string; timeZone: string }): Promise<void> {
	await db.query(`INSERT INTO archives VALUES (?, ?, 0, ?, ?, ?, ?::TIMESTAMP, ?, 0, 0, []::VARCHAR[])`, [
		a.archiveId,
		a.name,
		`loading:${a.archiveId}`,
		a.platform,
		a.format,
		formatUtc(Date.now()),
		a.timeZone
	]);
}

export async function loadBatch(db: Connector, b: { conversations: ConversationRow[]; participants: ParticipantRow[]; tables: ImportBatch[] }): Promise<void> {
	await insertRows(db, 'conversations', 6, b.conversations);
	await insertRows(db, 'participants', 6, b.participants);
	for (const t of b.tables) await db.insertArrowIPC(t.table, t.ipc);
}

export interface ArchiveClose {
	archiveId: number;
	source: { name: string; bytes: number; sha256: string };
	format: string;
	notes: string[];
	conversations: ConversationRow[];
	messages: number;
	unparsed: ImportBatch | null;
	unparsedLines: number;
}

/** The archive already imported with this hash, other than the one loading. */
export async function archiveWithHash(db: Connector, sha256: string, except: number): Promise<{ id: number; messages: number } | null> {
	const [row] = await db.query<{ id: number; messages: number }>(`SELECT id, messages FROM archives WHERE sha256 = ? AND id <> ?`, [
		sha256.toLowerCase(),
		except
	]);
	return row ?? null;
}

/** Completes an archive: its hash, counts and notes, final conversation titles and kinds, and its unparsed lines. */
export async function closeArchive(db: Connector, c: ArchiveClose): Promise<void> {
	const present = new Set((await db.query<{ id: number }>(`SELECT id FROM conversations WHERE archive_id = ?`, [c.archiveId])).map((r) => r.id));
	for (const [id, , , title, kind, sourceId] of c.conversations.filter(([id]) => present.has(id))) {
		await db.query(`UPDATE conversations SET title = ?, kind = ?, source_id = ? WHERE id = ? AND (title <> ? OR kind <> ? OR source_id IS DISTINCT FROM ?)`, [
			title,
			kind,
			sourceId,
			id,
			title,
			kind,
			sourceId
		]);
	}
	await insertRows(
		db,
		'conversations',
		6,
		c.conversations.filter(([id]) => !present.has(id))
	);
	if (c.unparsed) await db.insertArrowIPC(c.unparsed.table, c.unparsed.ipc);
	const notes = c.notes.map(() => '?').join(', ');
	await db.query(
		`UPDATE archives SET file_name = ?, bytes = ?, sha256 = ?, format = ?, messages = ?, unparsed = ?, notes = [${notes}]::VARCHAR[] WHERE id = ?`,
		[c.source.name, c.source.bytes, c.source.sha256.toLowerCase(), c.format, c.messages, c.unparsedLines, ...c.notes, c.archiveId]
	);
}

/**
 * Removes every row at or past `from`, in one transaction: what an import (or one archive of it) added, with the
 * risk hits and media records of its messages. Nothing of another import is at or past these ids.
 */
export async function removeFrom(db: Connector, from: IdsFrom): Promise<void> {
	const { archiveId: a, conversationId: c, messageId: m, participantId: p } = from;
	for (const [name, v] of Object.entries(from)) if (!Number.isSafeInteger(v)) throw new Error(`removeFrom: ${name} is not an id`);
	await db.exclusive(async (tx) => {
		await tx.exec('BEGIN TRANSACTION');
		try {
			await tx.exec(`DELETE FROM risk_hits WHERE message_id >= ${m};
				DELETE FROM search_hits WHERE message_id >= ${m};
				DELETE FROM attachments WHERE message_id >= ${m} OR archive_id >= ${a};
				DELETE FROM media_files WHERE archive_id >= ${a};
				DELETE FROM unparsed_lines WHERE archive_id >= ${a};
				DELETE FROM messages WHERE id >= ${m};
				DELETE FROM conversations WHERE id >= ${c};
				DELETE FROM participants WHERE id >= ${p};
				DELETE FROM archives WHERE id >= ${a};`);
			await tx.exec('COMMIT');
		} catch (err) {
			await tx.exec('ROLLBACK');
			throw err;
		}
	});
}
