import { AsyncDuckDB, selectBundle, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Connector } from './connector';
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
	return {
		query<T>(sql: string, params?: unknown[]) {
			return serial(async () => {
				if (!params?.length) return collect<T>(sql);
				const stmt = await conn.prepare(sql);
				try {
					return tableToRows<T>((await stmt.query(...params.map(toParam))) as unknown as TableLike);
				} finally {
					await stmt.close();
				}
			});
		},
		exec(sql) {
			return serial(async () => void (await collect(sql)));
		},
		insertArrowIPC(table, ipc) {
			return serial(() => conn.insertArrowFromIPCStream(ipc, { name: table, create: false }));
		},
		async cancel() {
			await conn.cancelSent();
		}
	};
}

async function open(): Promise<Connector> {
	const bundle = await selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	try {
		const db = new AsyncDuckDB(new VoidLogger(), worker);
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		const connector = connectorFor(await db.connect());
		await setupDatabase(connector);
		return connector;
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

let pending: Promise<Connector> | null = null;

/** The workspace database, started on first use; concurrent callers share one start. A failed start is retried on the next call. */
export function getDb(): Promise<Connector> {
	pending ??= open().catch((e) => {
		pending = null;
		throw e;
	});
	return pending;
}
