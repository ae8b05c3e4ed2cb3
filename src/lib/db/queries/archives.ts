import type { Platform, UnparsedLine } from '$lib/model/types';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

export interface ArchiveRow {
	id: number;
	file_name: string;
	bytes: number;
	sha256: string;
	platform: Platform;
	format: string;
	/** UTC 'YYYY-MM-DDTHH:MM:SSZ'. */
	imported_at: string;
	tz: string;
	messages: number;
	unparsed: number;
}

export function listArchivesSql(): SqlQuery {
	return {
		sql: `SELECT id, file_name, bytes, sha256, platform, format, imported_at, tz, messages, unparsed FROM archives ORDER BY id`,
		params: []
	};
}

export function listArchives(db: Connector): Promise<ArchiveRow[]> {
	return run<ArchiveRow>(db, listArchivesSql());
}

export const UNPARSED_SAMPLE = 50;

export interface ImportSummary extends ArchiveRow {
	notes: string[];
	/** Conversations in the archive. */
	conversations: number;
	/** Messages loaded (= messages). */
	records: number;
	/** Distinct authors among them. */
	participants: number;
	/** Earliest and latest ts_local as written in the export (lexicographic = chronological within one file). */
	first_ts_local: string | null;
	last_ts_local: string | null;
	/** The same bounds in UTC. */
	first_ts: string | null;
	last_ts: string | null;
	system: number;
	media: number;
	deleted: number;
	/** The first UNPARSED_SAMPLE unparsed lines by line number; path is null where the source gave none. */
	unparsed_lines: (Omit<UnparsedLine, 'path'> & { path: string | null })[];
}

export function importSummarySql(archiveId: number): SqlQuery {
	return {
		sql: `SELECT a.id, a.file_name, a.bytes, a.sha256, a.platform, a.format, a.imported_at, a.tz, a.messages, a.unparsed, a.notes,
				(SELECT count(*) FROM conversations c WHERE c.archive_id = a.id) AS conversations,
				coalesce(m.records, 0) AS records, coalesce(m.participants, 0) AS participants,
				m.first_ts_local, m.last_ts_local, m.first_ts, m.last_ts,
				coalesce(m.system, 0) AS system, coalesce(m.media, 0) AS media, coalesce(m.deleted, 0) AS deleted,
				coalesce((
					SELECT list({'line': u.line, 'path': u.path, 'text': u.text, 'reason': u.reason} ORDER BY u.line, u.path)
					FROM (SELECT * FROM unparsed_lines WHERE archive_id = a.id ORDER BY line, path LIMIT ${UNPARSED_SAMPLE}) u
				), []) AS unparsed_lines
			FROM archives a
			LEFT JOIN (
				SELECT archive_id, count(*) AS records, count(DISTINCT participant_id) AS participants,
					min(ts_local) AS first_ts_local, max(ts_local) AS last_ts_local, min(ts_utc) AS first_ts, max(ts_utc) AS last_ts,
					count(*) FILTER (WHERE kind = 'system') AS system,
					count(*) FILTER (WHERE kind = 'media') AS media,
					count(*) FILTER (WHERE deleted) AS deleted
				FROM messages WHERE archive_id = ? GROUP BY archive_id
			) m ON m.archive_id = a.id
			WHERE a.id = ?`,
		params: [archiveId, archiveId]
	};
}

/** The import report for one archive; null when there is no such archive. */
export async function importSummary(db: Connector, archiveId: number): Promise<ImportSummary | null> {
	const [row] = await run<ImportSummary>(db, importSummarySql(archiveId));
	return row ?? null;
}
