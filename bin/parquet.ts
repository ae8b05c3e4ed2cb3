import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openNativeDbForCopy } from '../src/lib/db/native.ts';

/**
 * `parley import --parquet DIR`: every table of the database as Parquet, for any engine that reads it.
 * Large per-archive tables are Hive-partitioned by archive_id (DIR/messages/archive_id=3/data_0.parquet), so an
 * engine reads only the archives a query names; the rest are one file each (DIR/archives.parquet).
 */

const PARTITION_BY: Record<string, string> = { messages: 'archive_id', attachments: 'archive_id', unparsed_lines: 'archive_id' };

export interface TableExtent {
	name: string;
	rows: number;
}

function literal(s: string): string {
	return `'${s.replaceAll("'", "''")}'`;
}

function ident(s: string): string {
	return `"${s.replaceAll('"', '""')}"`;
}

/** The COPY statements for these tables; an empty table is written as one file, having no partitions to write. */
export function parquetCopyStatements(tables: readonly TableExtent[], dir: string): string[] {
	return tables.map(({ name, rows }) => {
		const column = PARTITION_BY[name];
		if (column && rows > 0) {
			return `COPY ${ident(name)} TO ${literal(`${dir}/${name}`)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${ident(column)}), OVERWRITE)`;
		}
		return `COPY ${ident(name)} TO ${literal(`${dir}/${name}.parquet`)} (FORMAT parquet, COMPRESSION zstd)`;
	});
}

/** Opens the database file read-only on its own unlocked connection and runs only the generated COPY statements. */
export async function writeParquet(dbPath: string, outDir: string, report: (table: string) => void): Promise<TableExtent[]> {
	const dir = resolve(outDir);
	await mkdir(dir, { recursive: true });
	const db = await openNativeDbForCopy(dbPath);
	try {
		const names = await db.query<{ name: string }>(
			`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name`
		);
		const tables: TableExtent[] = [];
		for (const { name } of names) {
			const [{ rows }] = await db.query<{ rows: number }>(`SELECT count(*) AS rows FROM ${ident(name)}`);
			tables.push({ name, rows });
		}
		const statements = parquetCopyStatements(tables, dir);
		for (const [i, sql] of statements.entries()) {
			report(tables[i].name);
			await db.exec(sql);
		}
		return tables;
	} finally {
		db.close();
	}
}
