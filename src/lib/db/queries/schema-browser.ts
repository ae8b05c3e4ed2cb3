import type { Connector } from '../connector';
import { FACTS_TABLE } from './dashboard-facts';
import { run, type SqlQuery } from './sql';

export interface SchemaTable {
	name: string;
	/** Exact row count; null for a view. */
	rows: number | null;
	columns: { name: string; type: string }[];
}

/**
 * Tables and views of the workspace database (temporary ones included), columns in order. The dashboard's facts
 * table is left out: a cache of the page's connection, not something the SQL console's connection can read.
 */
export function schemaColumnsSql(): SqlQuery {
	return {
		sql: `SELECT c.table_name, c.column_name, c.data_type, t.is_view
			FROM duckdb_columns() c
			JOIN (
				SELECT database_name, schema_name, table_name, false AS is_view FROM duckdb_tables()
				UNION ALL SELECT database_name, schema_name, view_name, true FROM duckdb_views() WHERE NOT internal
			) t USING (database_name, schema_name, table_name)
			WHERE c.schema_name = 'main' AND NOT (c.database_name = 'temp' AND c.table_name = '${FACTS_TABLE}')
			ORDER BY t.is_view, c.table_name, c.column_index`,
		params: []
	};
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Exact row counts, one UNION ALL over the given tables (DuckDB answers count(*) from metadata). */
export function rowCountsSql(tables: string[]): SqlQuery {
	if (tables.length === 0) return { sql: `SELECT NULL::VARCHAR AS name, 0 AS rows WHERE false`, params: [] };
	return {
		sql: tables.map((t) => `SELECT ? AS name, count(*) AS rows FROM ${quoteIdent(t)}`).join('\nUNION ALL '),
		params: tables
	};
}

export async function schemaTables(db: Connector): Promise<SchemaTable[]> {
	const cols = await run<{ table_name: string; column_name: string; data_type: string; is_view: boolean }>(db, schemaColumnsSql());
	const tables = new Map<string, SchemaTable>();
	const views = new Set<string>();
	for (const c of cols) {
		let t = tables.get(c.table_name);
		if (!t) tables.set(c.table_name, (t = { name: c.table_name, rows: c.is_view ? null : 0, columns: [] }));
		t.columns.push({ name: c.column_name, type: c.data_type });
		if (c.is_view) views.add(c.table_name);
	}
	const counted = [...tables.keys()].filter((n) => !views.has(n));
	const counts = await run<{ name: string; rows: number }>(db, rowCountsSql(counted));
	for (const c of counts) tables.get(c.name)!.rows = c.rows;
	return [...tables.values()];
}
