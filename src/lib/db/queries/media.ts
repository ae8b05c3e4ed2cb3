import type { Connector } from '../connector';

/** Where a media file's bytes are: saved in this browser, not kept by the user's choice, or not saved because saving failed. */
export type MediaStorage = 'kept' | 'declined' | 'failed';

/** One row of media_files. */
export interface MediaFileRecord {
	archive_id: number;
	/** The name messages use for it; null when no message names it. */
	file_name: string | null;
	path: string;
	bytes: number;
	sha256: string;
	content_type: string;
	description: string;
	storage: MediaStorage;
}

const COLUMNS = ['archive_id', 'file_name', 'path', 'bytes', 'sha256', 'content_type', 'description', 'storage'] as const;

/**
 * Records media files; a file already recorded for its archive (same path and hash, e.g. the same zip imported again)
 * is not added twice, but its storage is upgraded when its bytes are kept now and were not before.
 */
export async function recordMediaFiles(db: Connector, rows: readonly MediaFileRecord[]): Promise<void> {
	const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
	for (let from = 0; from < rows.length; from += 200) {
		const chunk = rows.slice(from, from + 200);
		const values = `(VALUES ${chunk.map(() => tuple).join(', ')}) AS v(${COLUMNS.join(', ')})`;
		const params = chunk.flatMap((r) => COLUMNS.map((c) => r[c]));
		await db.query(
			`UPDATE media_files m SET storage = 'kept' FROM ${values}
			WHERE m.archive_id = v.archive_id AND m.path = v.path AND m.sha256 = v.sha256 AND v.storage = 'kept' AND m.storage <> 'kept'`,
			params
		);
		await db.query(
			`INSERT INTO media_files SELECT v.archive_id::INTEGER, v.file_name, v.path, v.bytes::BIGINT, v.sha256, v.content_type, v.description, v.storage
			FROM ${values}
			WHERE NOT EXISTS (SELECT 1 FROM media_files m WHERE m.archive_id = v.archive_id AND m.path = v.path AND m.sha256 = v.sha256)`,
			params
		);
	}
}

/** Hashes whose bytes the workspace keeps: every other file in the media store is left over from a save cut short. */
export async function keptMediaHashes(db: Connector): Promise<Set<string>> {
	const rows = await db.query<{ sha256: string }>(`SELECT DISTINCT sha256 FROM media_files WHERE storage = 'kept'`);
	return new Set(rows.map((r) => r.sha256));
}

/** The recorded file each name stands for in the archives of these SHA-256s (the first by path, as message pages pick it). */
export async function mediaByName(db: Connector, archiveSha256s: readonly string[]): Promise<Map<string, Pick<MediaFileRecord, 'sha256' | 'bytes'>>> {
	if (archiveSha256s.length === 0) return new Map();
	const rows = await db.query<{ file_name: string; sha256: string; bytes: number }>(
		`SELECT m.file_name, m.sha256, m.bytes FROM media_files m JOIN archives a ON a.id = m.archive_id
		WHERE m.file_name IS NOT NULL AND a.sha256 IN (${archiveSha256s.map(() => '?').join(', ')})
		QUALIFY row_number() OVER (PARTITION BY m.file_name ORDER BY m.archive_id, m.path) = 1`,
		[...archiveSha256s]
	);
	return new Map(rows.map((r) => [r.file_name, { sha256: r.sha256, bytes: r.bytes }]));
}
