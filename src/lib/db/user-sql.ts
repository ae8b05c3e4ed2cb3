import type { Connector } from './connector';
import { checkUserSql } from './sql-gate';
import { describableLastStatement } from '$lib/sql/last-statement';

export class SqlRefusedError extends Error {
	override name = 'SqlRefusedError';
}

/** SQL a person typed or opened from a link: gate first, then run. */
export async function runUserSqlOn<T = Record<string, unknown>>(db: Connector, sql: string): Promise<T[]> {
	const verdict = checkUserSql(sql);
	if (!verdict.ok) throw new SqlRefusedError(verdict.reason);
	return db.query<T>(sql);
}

/**
 * Result column names and DuckDB types of the script's last statement, without running it again (DESCRIBE only
 * binds). Null when the gate refuses, the statement is not a query DESCRIBE understands, or binding fails.
 */
export async function describeUserSqlOn(db: Connector, sql: string): Promise<{ name: string; type: string }[] | null> {
	if (!checkUserSql(sql).ok) return null;
	const statement = describableLastStatement(sql);
	if (!statement) return null;
	try {
		const rows = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${statement}`);
		return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
	} catch {
		return null;
	}
}
