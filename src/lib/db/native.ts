import {
	DuckDBDataChunk,
	DuckDBInstance,
	DuckDBTypeId,
	type DuckDBConnection,
	type DuckDBResultReader,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';
import { tableFromIPC, type Data, type DataType } from 'apache-arrow';
import { boolColumn, float64Column, int32Column, int64Column, ipcStream, timestampMsColumn, uint8Column, utf8Column } from './arrow-columns';
import type { Connector } from './connector';
import { appendValueFor, nativeToJs, toNativeParam } from './native-values';
import { setupDatabase } from './setup';

/**
 * Native DuckDB (@duckdb/node-api) for the command line: archives larger than a tab, written to a database file.
 * The only importer of @duckdb/node-api. Native DuckDB cannot read Arrow without the arrow extension (not offline),
 * so Arrow IPC in is decoded here and appended in data chunks, and Arrow IPC out is built from the result's columns.
 */

const CHUNK_ROWS = 2048;

export interface NativeDb extends Connector {
	/** Writes pending data to the file and releases it. */
	close(): void;
}

function rowsOf<T>(reader: DuckDBResultReader): T[] {
	const names = reader.columnNames();
	return reader.getRows().map((row) => {
		const out: Record<string, unknown> = {};
		for (let c = 0; c < names.length; c++) out[names[c]] = nativeToJs(row[c]);
		return out as T;
	});
}

function connectorFor(conn: DuckDBConnection, close: () => void): NativeDb {
	/** Exactly one statement: DuckDB's prepare refuses a text holding several (node-api's run would run them all). */
	const prepared = async (sql: string) => conn.prepare(sql);
	const direct: Connector = {
		async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
			return rowsOf<T>(await conn.runAndReadAll(sql, params?.length ? params.map(toNativeParam) : undefined));
		},
		async exec(sql) {
			await conn.run(sql);
		},
		async queryStatement<T>(sql: string): Promise<T[]> {
			const stmt = await prepared(sql);
			try {
				return rowsOf<T>(await stmt.runAndReadAll());
			} finally {
				stmt.destroySync();
			}
		},
		async prepareStatement(sql) {
			(await prepared(sql)).destroySync();
		},
		async queryArrowIPC(sql) {
			const reader = await conn.runAndReadAll(sql);
			const names = reader.columnNames();
			const types = reader.columnTypes();
			const columns = reader.getColumns();
			const n = reader.currentRowCount;
			return ipcStream(
				names.map((name, c) => [name, arrowColumn(types[c], columns[c], n)] as const),
				n
			);
		},
		async insertArrowIPC(table, ipc) {
			const arrow = tableFromIPC(ipc);
			const appender = await conn.createAppender(table);
			try {
				const types = Array.from({ length: appender.columnCount }, (_, c) => appender.columnType(c));
				if (arrow.numCols !== types.length) throw new Error(`${table} has ${types.length} columns, the Arrow batch ${arrow.numCols}`);
				const convert = types.map(appendValueFor);
				const vectors = types.map((_, c) => arrow.getChildAt(c)!);
				for (let from = 0; from < arrow.numRows; from += CHUNK_ROWS) {
					const rows = Math.min(CHUNK_ROWS, arrow.numRows - from);
					const chunk = DuckDBDataChunk.create(types, rows);
					chunk.setColumns(
						vectors.map((vec, c) => {
							const values = new Array<DuckDBValue>(rows);
							for (let i = 0; i < rows; i++) values[i] = convert[c](vec.get(from + i));
							return values;
						})
					);
					appender.appendDataChunk(chunk);
				}
				appender.flushSync();
			} finally {
				appender.closeSync();
			}
		},
		exclusive: (work) => work(direct)
	};
	// node-api runs each call on a thread of its own; calls wait for the one before, and work that awaits between its
	// calls (a transaction) has none of another caller's calls land in the middle — as node.ts and the browser do.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => {});
		return run;
	};
	return {
		query: (sql, params) => serial(() => direct.query(sql, params)),
		exec: (sql) => serial(() => direct.exec(sql)),
		queryStatement: (sql) => serial(() => direct.queryStatement(sql)),
		prepareStatement: (sql) => serial(() => direct.prepareStatement(sql)),
		queryArrowIPC: (sql) => serial(() => direct.queryArrowIPC(sql)),
		insertArrowIPC: (table, ipc) => serial(() => direct.insertArrowIPC(table, ipc)),
		exclusive: (work) => serial(() => work(direct)),
		async cancel() {
			conn.interrupt();
		},
		close
	};
}

/** One result column → an Arrow column of the matching type; types the app never bulk-reads travel as text. */
function arrowColumn(type: DuckDBType, values: DuckDBValue[], n: number): Data<DataType> {
	const js = (i: number) => nativeToJs(values[i]);
	switch (type.typeId) {
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.HUGEINT:
		case DuckDBTypeId.UINTEGER:
			return int64Column(n, (i) => js(i) as number | null);
		case DuckDBTypeId.TINYINT:
		case DuckDBTypeId.SMALLINT:
		case DuckDBTypeId.INTEGER:
		case DuckDBTypeId.USMALLINT:
			return int32Column(n, (i) => js(i) as number | null);
		case DuckDBTypeId.UTINYINT:
			return uint8Column(n, (i) => (js(i) as number | null) ?? 0);
		case DuckDBTypeId.DOUBLE:
		case DuckDBTypeId.FLOAT:
			return float64Column(n, (i) => (js(i) as number | null) ?? NaN);
		case DuckDBTypeId.BOOLEAN:
			return boolColumn(n, (i) => js(i) as boolean);
		case DuckDBTypeId.TIMESTAMP:
			return timestampMsColumn(n, (i) => (values[i] === null ? NaN : Date.parse(js(i) as string)));
		case DuckDBTypeId.VARCHAR:
			return utf8Column(n, (i) => js(i) as string | null);
		default:
			return utf8Column(n, (i) => (values[i] === null ? null : typeof js(i) === 'string' ? (js(i) as string) : JSON.stringify(js(i))));
	}
}

/** Opens (or creates) a database file, or an in-memory database for ':memory:', without any setup. */
export async function openNativeDuckDB(path: string, config: Record<string, string> = {}): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(path, { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false', ...config });
	const conn = await instance.connect();
	return connectorFor(conn, () => {
		conn.closeSync();
		instance.closeSync();
	});
}

const LOCKED = { enable_external_access: 'false', lock_configuration: 'true' };

/**
 * An existing database file for reading (`parley query`, `parley risk`): opened read-only, so the file cannot change
 * whatever a statement tries, and locked as the app's database is. The schema is not created: it is there, or the
 * file is not a Parley workspace and the queries say so.
 */
export async function openNativeDbReadOnly(path: string): Promise<NativeDb> {
	return openNativeDuckDB(path, { access_mode: 'READ_ONLY', ...LOCKED });
}

/**
 * The one unlocked connection: read-only on the database, with file access, for the COPY … TO statements that
 * `parley import --parquet` generates. Never given user SQL.
 */
export async function openNativeDbForCopy(path: string): Promise<NativeDb> {
	return openNativeDuckDB(path, { access_mode: 'READ_ONLY' });
}

/** A database file with Parley's schema, external access off and the configuration locked, as in the app. */
export async function createNativeDb(path = ':memory:'): Promise<NativeDb> {
	const db = await openNativeDuckDB(path);
	await setupDatabase(db);
	return db;
}
