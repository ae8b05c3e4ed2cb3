import type { Connector } from '../connector';

/** A statement and its `?` parameters, built by a pure function and run by a Connector. */
export interface SqlQuery {
	sql: string;
	params: unknown[];
}

export function run<T>(db: Connector, q: SqlQuery): Promise<T[]> {
	return db.query<T>(q.sql, q.params);
}
