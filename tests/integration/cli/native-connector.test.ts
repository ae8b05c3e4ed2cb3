import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNativeDb, type NativeDb } from '$lib/db/native';
import { createNodeDb } from '$lib/db/node';
import { parseSource } from '$lib/ingest/parse-source';
import { runUserSqlOn, SqlRefusedError } from '$lib/db/user-sql';

// The Connector contract (connector.ts) written out by hand, value by value; both engines must give exactly these.
const VALUES: [sql: string, expected: unknown][] = [
	['42::BIGINT', 42],
	['9007199254740993::BIGINT', '9007199254740993'],
	['12345678901234567890::HUGEINT', '12345678901234567890'],
	['-7::INTEGER', -7],
	['1.25::DECIMAL(6,2)', 1.25],
	["TIMESTAMP '2024-03-05 07:08:09'", '2024-03-05T07:08:09Z'],
	["TIMESTAMP '2024-03-05 07:08:09.250'", '2024-03-05T07:08:09.250Z'],
	["DATE '2024-02-29'", '2024-02-29'],
	["TIME '23:59:01'", '23:59:01'],
	['[1, 2, NULL]::INTEGER[]', [1, 2, null]],
	["{'a': 1, 'b': 'x'}", { a: 1, b: 'x' }],
	["MAP {'k': 2}", { k: 2 }],
	["'häßlich 世界'", 'häßlich 世界'],
	['true', true],
	['NULL::VARCHAR', null]
];

describe('native connector', () => {
	let native: NativeDb;
	let wasm: Connector;
	beforeAll(async () => {
		native = await createNativeDb();
		wasm = await createNodeDb();
	});
	afterAll(() => native.close());

	it.each(VALUES)('%s reads as the contract says, on both engines', async (sql, expected) => {
		for (const db of [native, wasm]) expect((await db.query<{ v: unknown }>(`SELECT ${sql} AS v`))[0].v).toEqual(expected);
	});

	it('binds parameters of every kind, whole numbers beyond 32 bits included', async () => {
		const [row] = await native.query('SELECT ?::BIGINT AS big, ? AS small, ? AS s, ? AS f, ?::TIMESTAMP AS t, ? AS n', [
			3_000_000_000,
			7,
			"x'y",
			0.5,
			'2024-01-02T03:04:05Z',
			null
		]);
		expect(row).toEqual({ big: 3_000_000_000, small: 7, s: "x'y", f: 0.5, t: '2024-01-02T03:04:05Z', n: null });
	});

	it('queryStatement runs exactly one statement; prepareStatement plans without running', async () => {
		expect(await native.queryStatement('SELECT 41 + 1 AS v')).toEqual([{ v: 42 }]);
		await expect(native.queryStatement('SELECT 1; SELECT 2')).rejects.toThrow(/multiple statements/i);
		await expect(native.prepareStatement('SELEC 1')).rejects.toThrow(/syntax error/);
		await native.exec('CREATE TEMP TABLE prepared_only (x INTEGER)');
		await native.prepareStatement('INSERT INTO prepared_only VALUES (1)');
		expect(await native.query('SELECT count(*) AS n FROM prepared_only')).toEqual([{ n: 0 }]);
	});

	it('exclusive keeps other callers out of a transaction that spans several calls', async () => {
		await native.exec('CREATE TEMP TABLE turns (who VARCHAR, step INTEGER)');
		const a = native.exclusive(async (c) => {
			await c.exec("INSERT INTO turns VALUES ('a', 1)");
			await new Promise((r) => setTimeout(r, 20));
			await c.exec("INSERT INTO turns VALUES ('a', 2)");
		});
		const b = native.exec("INSERT INTO turns VALUES ('b', 1)");
		await Promise.all([a, b]);
		expect(await native.query('SELECT who, step FROM turns ORDER BY rowid')).toEqual([
			{ who: 'a', step: 1 },
			{ who: 'a', step: 2 },
			{ who: 'b', step: 1 }
		]);
	});

	// Statements the app's console refuses at each of its three locks; the native engine must refuse them the same way.
	it.each([
		['DELETE FROM messages', /DELETE is refused/],
		['WITH x AS (SELECT 1) DELETE FROM messages', /writes to the workspace database/],
		["SELECT * FROM read_csv('/etc/hostname')", /Reading files or URLs is refused/],
		["FROM '/etc/hostname'", /Reading files or URLs is refused/],
		["SELECT * FROM glob('/etc/*')", /Reading files or URLs is refused/],
		['SELECT 1; SELECT 2', /one statement/i]
	])('the console gate refuses %s on native DuckDB', async (sql, message) => {
		const before = await native.query('SELECT count(*) AS n FROM messages');
		const refusal = runUserSqlOn(native, sql);
		await expect(refusal).rejects.toBeInstanceOf(SqlRefusedError);
		await expect(refusal).rejects.toThrow(message);
		expect(await native.query('SELECT count(*) AS n FROM messages')).toEqual(before);
	});

	it('the console gate runs a read on native DuckDB', async () => {
		expect(await runUserSqlOn(native, 'SELECT count(*) AS n FROM archives')).toEqual([{ n: 0 }]);
	});

	const REFUSED: [what: string, sql: (dir: string) => string][] = [
		['COPY to a file', (d) => `COPY archives TO '${d}/out.csv'`],
		['reading a file', () => `SELECT * FROM read_csv('/etc/hostname')`],
		['ATTACH', (d) => `ATTACH '${d}/other.duckdb' AS other`],
		['switching external access back on', () => 'SET enable_external_access = true'],
		['unlocking the configuration', () => 'SET lock_configuration = false'],
		['INSTALL (native refuses it; DuckDB-wasm answers OK)', () => 'INSTALL spatial']
	];
	it.each(REFUSED)('after setup refuses %s', async (_what, sql) => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-native-'));
		await expect(native.exec(sql(dir))).rejects.toThrow();
	});

	it('after setup has autoloading off and external access off', async () => {
		const rows = await native.query<{ name: string; value: string }>(
			`SELECT name, value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions', 'autoinstall_known_extensions', 'enable_external_access', 'lock_configuration') ORDER BY name`
		);
		expect(rows).toEqual([
			{ name: 'autoinstall_known_extensions', value: 'false' },
			{ name: 'autoload_known_extensions', value: 'false' },
			{ name: 'enable_external_access', value: 'false' },
			{ name: 'lock_configuration', value: 'true' }
		]);
	});

	it('loads a parsed file through insertArrowIPC into the same rows as DuckDB-wasm', async () => {
		const path = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
		const parsed = await parseSource(path, readFileSync(path));
		const [{ file, source }] = parsed.parsed;
		const tables = ['archives', 'conversations', 'participants', 'messages', 'attachments', 'unparsed_lines'];
		const dump = async (db: Connector) => {
			const out: Record<string, unknown[]> = {};
			// imported_at is the clock at import time
			for (const t of tables) out[t] = await db.query(`SELECT * ${t === 'archives' ? 'EXCLUDE (imported_at)' : ''} FROM ${t} ORDER BY ALL`);
			return out;
		};
		const a = await createNativeDb();
		try {
			await importParsedFile(a, file, source, { timeZone: 'Europe/Berlin' });
			await importParsedFile(wasm, file, source, { timeZone: 'Europe/Berlin' });
			const [nativeRows, wasmRows] = [await dump(a), await dump(wasm)];
			expect(nativeRows.messages).toHaveLength(91);
			expect(nativeRows.unparsed_lines).toHaveLength(1);
			expect(nativeRows).toEqual(wasmRows);
		} finally {
			a.close();
		}
	});
});
