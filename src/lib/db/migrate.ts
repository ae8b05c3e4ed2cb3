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
		}
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
