import type { ParsedFile, SourceFile } from '$lib/model/types';
import { formatUtc } from '$lib/model/time';
import { buildImportBatches, type ImportBatch, type ImportBatchInput } from './arrow';
import type { Connector } from './connector';
import { phoneFromHandle } from './derive';

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

	await db.exec('BEGIN TRANSACTION');
	try {
		const [next] = await db.query<{ archive: number; conversation: number; message: number }>(`SELECT
			(SELECT coalesce(max(id), 0) + 1 FROM archives) AS archive,
			(SELECT coalesce(max(id), 0) + 1 FROM conversations) AS conversation,
			(SELECT coalesce(max(id), 0) + 1 FROM messages) AS message`);
		const archiveId = next.archive;
		const notes = file.notes.map(() => '?').join(', ');
		await db.query(
			`INSERT INTO archives VALUES (?, ?, ?, ?, ?, ?, ?::TIMESTAMP, ?, ?, ?, [${notes}]::VARCHAR[])`,
			[archiveId, source.name, source.bytes, sha256, file.platform, file.format, formatUtc(Date.now()), opts.timeZone,
				file.messages.length, file.unparsed.length, ...file.notes]
		);
		await db.query(`INSERT INTO conversations VALUES (?, ?, ?, ?, ?)`, [
			next.conversation, archiveId, file.platform, file.conversation.title, file.conversation.kind
		]);
		const participantIds = await ensureParticipants(db, file);
		const input = {
			archiveId, conversationId: next.conversation, file, source, timeZone: opts.timeZone, participantIds, firstMessageId: next.message
		};
		for (const batch of await (opts.buildBatches ?? buildImportBatches)(input)) await db.insertArrowIPC(batch.table, batch.ipc);
		await db.exec('COMMIT');
		return { archiveId, duplicate: false, messages: file.messages.length };
	} catch (e) {
		await db.exec('ROLLBACK');
		throw e;
	}
}

/** Distinct authors → participants.id, reusing a participant with the same (platform, handle) from earlier imports. */
async function ensureParticipants(db: Connector, file: ParsedFile): Promise<Map<string, number>> {
	const ids = new Map<string, number>();
	const rows = await db.query<{ id: number; handle: string }>(`SELECT id, handle FROM participants WHERE platform = ?`, [file.platform]);
	const known = new Map(rows.map((r) => [r.handle, r.id]));
	const missing: string[] = [];
	for (const { author } of file.messages) {
		if (!author || ids.has(author)) continue;
		const id = known.get(author);
		ids.set(author, id ?? -1);
		if (id === undefined) missing.push(author);
	}
	const [{ next }] = await db.query<{ next: number }>(`SELECT coalesce(max(id), 0) + 1 AS next FROM participants`);
	for (let from = 0; from < missing.length; from += 500) {
		const chunk = missing.slice(from, from + 500);
		const params: unknown[] = [];
		chunk.forEach((handle, i) => {
			const id = next + from + i;
			ids.set(handle, id);
			params.push(id, file.platform, handle, handle, phoneFromHandle(handle));
		});
		await db.query(`INSERT INTO participants VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, NULL)').join(', ')}`, params);
	}
	return ids;
}
