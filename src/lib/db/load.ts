import type { ParsedFile, SourceFile } from '$lib/model/types';
import { formatUtc } from '$lib/model/time';
import { buildImportBatches, newParticipants, type ImportBatch, type ImportBatchInput } from './arrow';
import type { Connector } from './connector';

export interface ImportOptions {
	/** IANA zone the export's naive timestamps are read in; recorded on the archive. */
	timeZone: string;
	/** Builds the Arrow batches; pass a Web Worker round trip to keep the page responsive. Defaults to buildImportBatches. */
	buildBatches?: (input: ImportBatchInput) => ImportBatch[] | Promise<ImportBatch[]>;
}

export interface ImportResult {
	archiveId: number;
	/** True when an archive with the same sha256 was already present; nothing was added. */
	duplicate: boolean;
	/** Messages in the archive (for a duplicate, the ones loaded the first time). */
	messages: number;
}

// Ids are max(id) + 1, so imports into one database must not interleave.
const queues = new WeakMap<Connector, Promise<unknown>>();

export function importParsedFile(db: Connector, file: ParsedFile, source: SourceFile, opts: ImportOptions): Promise<ImportResult> {
	const run = (queues.get(db) ?? Promise.resolve()).catch(() => {}).then(() => importNow(db, file, source, opts));
	queues.set(db, run);
	return run;
}

async function importNow(db: Connector, file: ParsedFile, source: SourceFile, opts: ImportOptions): Promise<ImportResult> {
	const sha256 = source.sha256.toLowerCase();
	const [existing] = await db.query<{ id: number; messages: number }>(`SELECT id, messages FROM archives WHERE sha256 = ?`, [sha256]);
	if (existing) return { archiveId: existing.id, duplicate: true, messages: existing.messages };

	const outside = (c: number) => !Number.isInteger(c) || c < 0 || c >= file.conversations.length;
	const stray = file.messages.find((m) => outside(m.conversation ?? 0));
	if (stray) {
		throw new Error(`message ${stray.index} names conversation ${stray.conversation ?? 0}, but the file has ${file.conversations.length}`);
	}

	await db.exec('BEGIN TRANSACTION');
	try {
		// An archive id is never reused while rows of it remain anywhere, even if its archives row went missing.
		const [next] = await db.query<{ archive: number; conversation: number; message: number }>(`SELECT
			greatest((SELECT coalesce(max(id), 0) FROM archives), (SELECT coalesce(max(archive_id), 0) FROM conversations),
				(SELECT coalesce(max(archive_id), 0) FROM messages)) + 1 AS archive,
			(SELECT coalesce(max(id), 0) + 1 FROM conversations) AS conversation,
			(SELECT coalesce(max(id), 0) + 1 FROM messages) AS message`);
		const archiveId = next.archive;
		const notes = file.notes.map(() => '?').join(', ');
		await db.query(`INSERT INTO archives VALUES (?, ?, ?, ?, ?, ?, ?::TIMESTAMP, ?, ?, ?, [${notes}]::VARCHAR[])`, [
			archiveId,
			source.name,
			source.bytes,
			sha256,
			file.platform,
			file.format,
			formatUtc(Date.now()),
			opts.timeZone,
			file.messages.length,
			file.unparsed.length,
			...file.notes
		]);
		await insertRows(
			db,
			'conversations',
			6,
			file.conversations.map((c, i) => [next.conversation + i, archiveId, file.platform, c.title, c.kind, c.sourceId ?? null])
		);
		const participantIds = await ensureParticipants(db, file);
		const input = {
			archiveId,
			firstConversationId: next.conversation,
			file,
			source,
			timeZone: opts.timeZone,
			participantIds,
			firstMessageId: next.message
		};
		for (const batch of await (opts.buildBatches ?? buildImportBatches)(input)) await db.insertArrowIPC(batch.table, batch.ipc);
		await db.exec('COMMIT');
		return { archiveId, duplicate: false, messages: file.messages.length };
	} catch (e) {
		await db.exec('ROLLBACK');
		throw e;
	}
}

/** Multi-row INSERT … VALUES with parameters, in chunks that keep statements small. */
export async function insertRows(db: Connector, table: string, width: number, rows: unknown[][]): Promise<void> {
	const tuple = `(${Array(width).fill('?').join(', ')})`;
	for (let from = 0; from < rows.length; from += 500) {
		const chunk = rows.slice(from, from + 500);
		await db.query(`INSERT INTO ${table} VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
	}
}

/** Distinct participant handles → participants.id, reusing a participant with the same (platform, handle) from earlier imports. */
async function ensureParticipants(db: Connector, file: ParsedFile): Promise<Map<string, number>> {
	const rows = await db.query<{ id: number; handle: string }>(`SELECT id, handle FROM participants WHERE platform = ?`, [file.platform]);
	const ids = new Map(rows.map((r) => [r.handle, r.id]));
	const [{ next }] = await db.query<{ next: number }>(`SELECT coalesce(max(id), 0) + 1 AS next FROM participants`);
	await insertRows(db, 'participants', 6, newParticipants(file.platform, file.messages, ids, next));
	return ids;
}
