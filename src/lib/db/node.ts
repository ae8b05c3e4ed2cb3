import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { Connector } from './connector';
import { tableToRows, toParam, type TableLike } from './rows';
import { setupDatabase } from './setup';

/** DuckDB-wasm's blocking build in Node (tests, command line): the same engine and SQL as the browser. */

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
// The blocking build require()s apache-arrow, i.e. its CommonJS copy; the ESM copy's tableToIPC does not
// recognise those tables (instanceof) and writes nothing, so serialise with the same copy.
const { tableToIPC } = require('apache-arrow') as typeof import('apache-arrow');

export function connectorFor(conn: DuckDBConnection): Connector {
	return {
		async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
			if (!params?.length) return tableToRows<T>(conn.query(sql) as unknown as TableLike);
			const stmt = conn.prepare(sql);
			try {
				return tableToRows<T>(stmt.query(...params.map(toParam)) as unknown as TableLike);
			} finally {
				stmt.close();
			}
		},
		async exec(sql) {
			conn.query(sql);
		},
		async queryArrowIPC(sql) {
			return tableToIPC(conn.query(sql), 'stream');
		},
		async insertArrowIPC(table, ipc) {
			conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
		}
	};
}

/** The bare engine, before any setup. */
export async function openNodeDuckDB() {
	const bundles = {
		mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') }
	};
	const duck = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
	await duck.instantiate();
	return duck;
}

/** A new in-memory database with the schema created and external access locked off. */
export async function createNodeDb(): Promise<Connector> {
	const db = connectorFor((await openNodeDuckDB()).connect());
	await setupDatabase(db);
	return db;
}
