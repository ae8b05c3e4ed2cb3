import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/**
 * The workspace's policy rows: user policies (pack = the pack they came from, or 'user'), and overrides of built-in
 * policies (pack = 'builtin', enabled = false) that switch one off. definition is the policy as JSON.
 */

export const BUILTIN_PACK = 'builtin';

export interface PolicyRow {
	id: string;
	pack: string;
	definition: string;
	enabled: boolean;
	updated_at: string;
}

export function listPolicyRowsSql(): SqlQuery {
	return { sql: `SELECT id, pack, definition, enabled, updated_at FROM policies ORDER BY pack, id`, params: [] };
}

export const listPolicyRows = (db: Connector) => run<PolicyRow>(db, listPolicyRowsSql());

/** 'YYYY-MM-DD HH:MM:SS' in UTC; bound as text because the browser's DuckDB has no ICU for now()::TIMESTAMP. */
function utcNow(now: Date): string {
	return now.toISOString().slice(0, 19).replace('T', ' ');
}

export function upsertPolicySql(row: Omit<PolicyRow, 'updated_at'>, now = new Date()): SqlQuery {
	return {
		sql: `INSERT INTO policies (id, pack, definition, enabled, updated_at) VALUES (?, ?, ?, ?, ?::TIMESTAMP)
			ON CONFLICT (id) DO UPDATE SET pack = excluded.pack, definition = excluded.definition, enabled = excluded.enabled,
				updated_at = excluded.updated_at`,
		params: [row.id, row.pack, row.definition, row.enabled, utcNow(now)]
	};
}

export async function upsertPolicy(db: Connector, row: Omit<PolicyRow, 'updated_at'>, now = new Date()): Promise<void> {
	await run(db, upsertPolicySql(row, now));
}

export function deletePolicySql(id: string): SqlQuery {
	return { sql: `DELETE FROM policies WHERE id = ?`, params: [id] };
}

export async function deletePolicy(db: Connector, id: string): Promise<void> {
	await run(db, deletePolicySql(id));
}
