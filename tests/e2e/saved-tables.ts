// Rewrites a table file of a saved workspace outside the browser, the way someone with access to the profile could:
// DuckDB (the blocking wasm build, in Node) loads the Arrow file, runs statements, and writes the table back.
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import type { Page } from 'playwright-core';
import { SCHEMA_SQL } from '../../src/lib/db/schema';

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
// The blocking build returns tables of the CommonJS apache-arrow; serialise with that copy.
const { tableToIPC } = require('apache-arrow') as typeof import('apache-arrow');

export async function rewriteTable(ipc: Uint8Array, table: string, statements: string[]): Promise<Uint8Array> {
	const duck = await createDuckDB(
		{
			mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await duck.instantiate();
	const conn = duck.connect();
	conn.query(SCHEMA_SQL);
	conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
	for (const sql of statements) conn.query(sql);
	const out = tableToIPC(conn.query(`SELECT * FROM ${table} ORDER BY ALL`), 'stream');
	conn.close();
	return out;
}

/** A file of the origin-private file system (where the workspace is saved), read through the page. */
export async function readOpfs(page: Page, name: string): Promise<Uint8Array> {
	const base64 = await page.evaluate(async (n) => {
		const dir = await navigator.storage.getDirectory();
		const bytes = new Uint8Array(await (await (await dir.getFileHandle(n)).getFile()).arrayBuffer());
		let s = '';
		for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		return btoa(s);
	}, name);
	return new Uint8Array(Buffer.from(base64, 'base64'));
}

export async function writeOpfs(page: Page, name: string, bytes: Uint8Array): Promise<void> {
	await page.evaluate(
		async ({ n, b64 }) => {
			const bin = atob(b64);
			const data = new Uint8Array(bin.length);
			for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
			const dir = await navigator.storage.getDirectory();
			const w = await (await dir.getFileHandle(n, { create: true })).createWritable();
			await w.write(data);
			await w.close();
		},
		{ n: name, b64: Buffer.from(bytes).toString('base64') }
	);
}

/** The saved file of a whole table, from the saved workspace's manifest. */
export async function savedTableFile(page: Page, table: string): Promise<string> {
	const manifest = JSON.parse(new TextDecoder().decode(await readOpfs(page, 'workspace-manifest.json'))) as { tables: Record<string, string[]> };
	const [name] = manifest.tables[table] ?? [];
	if (!name) throw new Error(`the saved workspace names no file for ${table}`);
	return name;
}
