import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import type { Connector } from './connector';
import { collectIPCStream } from './ipc-stream';
import { tableToRows, toParam, type TableLike } from './rows';
import { setupDatabase } from './setup';

/** DuckDB-wasm's blocking build in Node (tests, command line): the same engine and SQL as the browser. */

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

export function connectorFor(conn: DuckDBConnection): Connector {
	const prepared = <T>(sql: string, params: unknown[]): T[] => {
		const stmt = conn.prepare(sql);
		try {
			return tableToRows<T>(stmt.query(...params.map(toParam)) as unknown as TableLike);
		} finally {
			stmt.close();
		}
	};
	const direct: Connector = {
		async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
			return params?.length ? prepared<T>(sql, params) : tableToRows<T>(conn.query(sql) as unknown as TableLike);
		},
		async exec(sql) {
			conn.query(sql);
		},
		async queryStatement<T>(sql: string) {
			return prepared<T>(sql, []);
		},
		async prepareStatement(sql) {
			conn.prepare(sql).close();
		},
		// The engine's IPC messages as it streams them, as in the tab (browser.ts).
		queryArrowIPC: (sql) =>
			conn.useUnsafe((duck, id) =>
				collectIPCStream({ start: () => duck.startPendingQuery(id, sql, true), poll: () => duck.pollPendingQuery(id), fetch: () => duck.fetchQueryResults(id) })
			),
		async insertArrowIPC(table, ipc) {
			conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
		},
		exclusive: (work) => work(direct)
	};
	// Each call of the blocking build completes before the next starts, but work that awaits between its calls
	// (a transaction) must not have another caller's calls land in the middle: calls wait for it, as in the browser.
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
		exclusive: (work) => serial(() => work(direct))
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
