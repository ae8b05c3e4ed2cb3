import type { Connector } from './connector';
import { SCHEMA_VERSION } from './schema';

/**
 * Loading a workspace saved under an older schema version. For each saved version, the tables whose saved layout
 * differs from today's say how they are brought over; every other table loads as it was saved.
 */

type TableLoader = (db: Connector, ipc: Uint8Array) => Promise<void>;

export const OLDEST_RESTORABLE_VERSION = 1;

/** Loads a saved table file through a temporary table in its old layout, then into today's table by `insert`. */
async function throughStaging(db: Connector, ipc: Uint8Array, staging: string, columns: string, insert: string, params: unknown[] = []): Promise<void> {
	await db.exec(`CREATE TEMP TABLE ${staging} (${columns})`);
	try {
		await db.insertArrowIPC(staging, ipc);
		await db.query(insert, params);
	} finally {
		await db.exec(`DROP TABLE ${staging}`);
	}
}

/** Entries a version 1 workspace holds were never written by Parley (it wrote none): they keep an actor saying so. */
export const V1_ACTOR = 'unknown (saved before the audit trail)';
/** Tags and notes saved before version 3 carry no reviewer: they keep one saying so. */
export const PRE_V3_REVIEWER = 'unknown (saved before reviewer names)';

/** Saved queries of versions 1 and 2 (no page wrote them; a person could only have typed them in) were SQL. */
export const V2_SAVED_QUERY_AUTHOR = 'unknown (saved before saved queries had authors)';

const auditLogV1: TableLoader = (db, ipc) =>
	throughStaging(
		db,
		ipc,
		'audit_log_v1',
		'seq BIGINT, created_at TIMESTAMP, action VARCHAR, subject VARCHAR, detail VARCHAR, prev_hash VARCHAR, hash VARCHAR',
		`INSERT INTO audit_log SELECT seq, created_at, ?, action, subject, detail, prev_hash, hash FROM audit_log_v1`,
		[V1_ACTOR]
	);

/** Versions 1 and 2 saved tags and notes without a reviewer (and notes without updated_at). */
const tagsV2: TableLoader = (db, ipc) =>
	throughStaging(
		db,
		ipc,
		'tags_v2',
		'message_id BIGINT, tag VARCHAR, created_at TIMESTAMP',
		`INSERT INTO tags (message_id, tag, reviewer, created_at) SELECT message_id, tag, ?, created_at FROM tags_v2`,
		[PRE_V3_REVIEWER]
	);
const notesV2: TableLoader = (db, ipc) =>
	throughStaging(
		db,
		ipc,
		'notes_v2',
		'id INTEGER, message_id BIGINT, conversation_id INTEGER, body VARCHAR, created_at TIMESTAMP',
		`INSERT INTO notes (id, message_id, conversation_id, body, reviewer, created_at, updated_at)
			SELECT id, message_id, conversation_id, body, ?, created_at, NULL FROM notes_v2`,
		[PRE_V3_REVIEWER]
	);

/** Versions 1 and 2 kept saved queries as (id, name, description, sql, view, created_at): each becomes a 'sql' query. */
const savedQueriesV2: TableLoader = (db, ipc) =>
	throughStaging(
		db,
		ipc,
		'saved_queries_v2',
		'id INTEGER, name VARCHAR, description VARCHAR, sql VARCHAR, view VARCHAR, created_at TIMESTAMP',
		`INSERT INTO saved_queries (id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256)
			SELECT id, name, coalesce(description, ''), 'sql', NULL, sql, view, []::VARCHAR[], ?, created_at, created_at, NULL, NULL, []::VARCHAR[]
			FROM saved_queries_v2`,
		[V2_SAVED_QUERY_AUTHOR]
	);

/** saved version → table → how its saved file is brought over to today's layout. */
const FROM_VERSION: Record<number, Record<string, TableLoader>> = {
	1: { audit_log: auditLogV1, tags: tagsV2, notes: notesV2, saved_queries: savedQueriesV2 },
	2: { tags: tagsV2, notes: notesV2, saved_queries: savedQueriesV2 }
};

export function canRestoreVersion(version: number): boolean {
	return Number.isInteger(version) && version >= OLDEST_RESTORABLE_VERSION && version <= SCHEMA_VERSION;
}

/** Appends one saved table file to its table, bringing an older layout over to today's. */
export async function restoreTable(db: Connector, table: string, ipc: Uint8Array, savedVersion: number): Promise<void> {
	const load = savedVersion === SCHEMA_VERSION ? undefined : FROM_VERSION[savedVersion]?.[table];
	if (load) await load(db, ipc);
	else await db.insertArrowIPC(table, ipc);
	if (table === 'meta' && savedVersion !== SCHEMA_VERSION) {
		await db.query(`UPDATE meta SET value = ? WHERE key = 'schema_version'`, [String(SCHEMA_VERSION)]);
	}
}
