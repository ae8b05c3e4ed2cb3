import { AsyncDuckDB, selectBundle, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Connector } from './connector';
import { collectIPCStream } from './ipc-stream';
import { tableToRows, toParam, type TableLike } from './rows';
import { setupDatabase } from './setup';

/** The only importer of DuckDB-wasm's browser build. Bundles are served from our own origin; nothing is fetched elsewhere. */

function connectorFor(conn: AsyncDuckDBConnection): Connector {
	// One connection: a streamed result is fetched in several worker round trips that must not interleave.
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => {});
		return run;
	};
	const collect = async <T>(sql: string): Promise<T[]> => {
		const rows: T[] = [];
		// send() polls in steps, so cancelSent() can interrupt it; query() would block the worker to the end.
		for await (const batch of await conn.send(sql, true)) rows.push(...tableToRows<T>(batch as unknown as TableLike));
		return rows;
	};
	const prepared = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
		const stmt = await conn.prepare(sql);
		try {
			return tableToRows<T>((await stmt.query(...params.map(toParam))) as unknown as TableLike);
		} finally {
			await stmt.close();
		}
	};
	/** The connection's calls run straight away: for work that holds the queue already. */
	const direct: Connector = {
		query: <T>(sql: string, params?: unknown[]) => (params?.length ? prepared<T>(sql, params) : collect<T>(sql)),
		exec: async (sql) => void (await collect(sql)),
		queryStatement: <T>(sql: string) => prepared<T>(sql, []),
		async prepareStatement(sql) {
			await (await conn.prepare(sql)).close();
		},
		// The engine's own IPC messages, streamed: the page decodes and re-encodes nothing (a save's messages table is hundreds of MB).
		queryArrowIPC: (sql) =>
			conn.useUnsafe((duck, id) =>
				collectIPCStream({ start: () => duck.startPendingQuery(id, sql, true), poll: () => duck.pollPendingQuery(id), fetch: () => duck.fetchQueryResults(id) })
			),
		insertArrowIPC: (table, ipc) => conn.insertArrowFromIPCStream(ipc, { name: table, create: false }),
		exclusive: (work) => work(direct),
		async cancel() {
			await conn.cancelSent();
		}
	};
	return {
		query: (sql, params) => serial(() => direct.query(sql, params)),
		exec: (sql) => serial(() => direct.exec(sql)),
		queryStatement: (sql) => serial(() => direct.queryStatement(sql)),
		prepareStatement: (sql) => serial(() => direct.prepareStatement(sql)),
		queryArrowIPC: (sql) => serial(() => direct.queryArrowIPC(sql)),
		insertArrowIPC: (table, ipc) => serial(() => direct.insertArrowIPC(table, ipc)),
		exclusive: (work) => serial(() => work(direct)),
		cancel: () => direct.cancel!()
	};
}

interface Engine {
	duck: AsyncDuckDB;
	main: Connector;
}

async function open(): Promise<Engine> {
	const bundle = await selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	try {
		const duck = new AsyncDuckDB(new VoidLogger(), worker);
		await duck.instantiate(bundle.mainModule, bundle.pthreadWorker);
		const main = connectorFor(await duck.connect());
		await setupDatabase(main);
		return { duck, main };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

/** Single flight: concurrent callers share one start; a failed start is retried on the next call. */
function once<T>(start: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () =>
		(pending ??= start().catch((e) => {
			pending = null;
			throw e;
		}));
}

const engine = once(open);

/** The workspace database, started on first use. */
export const getDb = once(async () => (await engine()).main);

/**
 * A second connection for imports: an import is one transaction of many calls, and on the main connection any
 * query the page runs meanwhile would land inside it (and one failing statement would abort it).
 */
export const getImportDb = once(async () => connectorFor(await (await engine()).duck.connect()));

/**
 * A third connection for SQL a person typed: it runs in a read-only transaction that spans several calls and is
 * always rolled back, and a long console query neither holds up the page's queries nor can be seen by them.
 */
export const getConsoleDb = once(async () => connectorFor(await (await engine()).duck.connect()));
