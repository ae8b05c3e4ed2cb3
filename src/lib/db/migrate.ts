import type { Connector } from './connector';
import { SCHEMA_VERSION } from './schema';

/**
 * Loading a workspace saved under an older schema version. For each saved version, the tables whose saved layout
 * differs from today's say how they are brought over; every other table loads as it was saved.
 */

type TableLoader = (db: Connector, ipc: Uint8Array) => Promise<void>;

export const OLDEST_RESTORABLE_VERSION = 1;

const AUDIT_LOG_V1 = `CREATE TEMP TABLE audit_log_v1 (
	seq BIGINT, created_at TIMESTAMP, action VARCHAR, subject VARCHAR, detail VARCHAR, prev_hash VARCHAR, hash VARCHAR
)`;

/** Entries a version 1 workspace holds were never written by Parley (it wrote none): they keep an actor saying so. */
export const V1_ACTOR = 'unknown (saved before the audit trail)';

const SAVED_QUERIES_V2 = `CREATE TEMP TABLE saved_queries_v2 (
	id INTEGER, name VARCHAR, description VARCHAR, sql VARCHAR, view VARCHAR, created_at TIMESTAMP
)`;

/** Saved queries of versions 1 and 2 (no page wrote them; a person could only have typed them in) were SQL. */
export const V2_SAVED_QUERY_AUTHOR = 'unknown (saved before saved queries had authors)';

/** Versions 1 and 2 kept saved queries as (id, name, description, sql, view, created_at): each becomes a 'sql' query. */
async function savedQueriesV2(db: Connector, ipc: Uint8Array): Promise<void> {
	await db.exec(SAVED_QUERIES_V2);
	try {
		await db.insertArrowIPC('saved_queries_v2', ipc);
		await db.query(
			`INSERT INTO saved_queries (id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256)
			SELECT id, name, coalesce(description, ''), 'sql', NULL, sql, view, []::VARCHAR[], ?, created_at, created_at, NULL, NULL, []::VARCHAR[]
			FROM saved_queries_v2`,
			[V2_SAVED_QUERY_AUTHOR]
		);
	} finally {
		await db.exec('DROP TABLE saved_queries_v2');
	}
}

const FROM_VERSION: Record<number, Record<string, TableLoader>> = {
	1: {
		async audit_log(db, ipc) {
			await db.exec(AUDIT_LOG_V1);
			try {
				await db.insertArrowIPC('audit_log_v1', ipc);
				await db.query(
					`INSERT INTO audit_log SELECT seq, created_at, ?, action, subject, detail, prev_hash, hash FROM audit_log_v1`, [V1_ACTOR]
				);
			} finally {
				await db.exec('DROP TABLE audit_log_v1');
			}
		},
		saved_queries: savedQueriesV2
	},
	2: {
		saved_queries: savedQueriesV2
	}
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
