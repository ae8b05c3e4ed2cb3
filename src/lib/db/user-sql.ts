import type { Connector } from './connector';
import { checkUserSql } from './sql-gate';

export class SqlRefusedError extends Error {
	override name = 'SqlRefusedError';
}

/** SQL a person typed or opened from a link: gate first, then run. */
export async function runUserSqlOn<T = Record<string, unknown>>(db: Connector, sql: string): Promise<T[]> {
	const verdict = checkUserSql(sql);
	if (!verdict.ok) throw new SqlRefusedError(verdict.reason);
	return db.query<T>(sql);
}
