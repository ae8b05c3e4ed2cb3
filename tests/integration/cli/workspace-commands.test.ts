import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { openNativeDuckDB, type NativeDb } from '$lib/db/native';
import { SCHEMA_VERSION } from '$lib/db/schema';
import { appWorkspace, parley, SAMPLES, TABLES } from './sample-workspace';

const queryJson = <T>(db: string, sql: string): T[] => {
	const r = parley('query', db, sql, '--json');
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	const rows: (T & { redacted?: boolean })[] = JSON.parse(r.stdout);
	// Every row says the output is not redacted (the app's writer); the comparisons are about the data.
	for (const row of rows) expect(row.redacted).toBe(false);
	return rows.map(({ redacted: _, ...rest }) => rest as T);
};

const PER_ARCHIVE = `SELECT file_name, sha256, platform, format, messages, unparsed FROM archives ORDER BY file_name`;
const HITS = `SELECT a.file_name, m.idx, r.rule, r.category, r.span_start, r.span_end
	FROM risk_hits r JOIN messages m ON m.id = r.message_id JOIN archives a ON a.id = m.archive_id ORDER BY ALL`;

describe('parley import / query / risk on every sample format', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-workspace-'));
	const dbPath = join(dir, 'workspace.duckdb');
	const parquetDir = join(dir, 'parquet');
	const COUNTS = `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`;
	let first: ReturnType<typeof parley>;
	let app: Connector;
	let cliCounts: Record<string, number>;
	let appCounts: Record<string, number>;

	beforeAll(async () => {
		first = parley('import', ...SAMPLES, '--db', dbPath, '--tz', 'UTC', '--parquet', parquetDir);
		app = await appWorkspace();
		[cliCounts] = queryJson<Record<string, number>>(dbPath, COUNTS);
		[appCounts] = await app.query<Record<string, number>>(COUNTS);
	}, 240_000);

	it('imports every sample, reports each archive and keeps the unparsed lines', () => {
		expect(first.code).toBe(0);
		// hand-counted in data-samples/whatsapp/README.md: 91 records and one line before the first message
		expect(first.stdout).toMatch(/WhatsApp Chat with Harbor Logistics\.txt: archive 1, whatsapp, 91 messages, 1 unparsed line kept \(loaded in [\d.]+ s\)/);
		expect(first.stderr).toContain('WhatsApp Chat with Harbor Logistics.txt:1: before the first message');
		expect(first.stdout).toMatch(/workspace\.duckdb: 14 archives, \d+ messages \(14 added now\)/);
	});

	it('reports progress and each stage on stderr, not among the results', () => {
		expect(first.stderr).toMatch(/^parsing: [\d.]+ MB of [\d.]+ MB \(\d+%\)$/m);
		expect(first.stderr).toMatch(/^risk scan: \d+ hits? in \d+ messages \([\d.]+ s\)$/m);
		expect(first.stderr).toMatch(/^identities: \d+ people \([\d.]+ s\)$/m);
		expect(first.stderr).toMatch(/^parquet: messages$/m);
		expect(first.stdout).not.toMatch(/^(parsing|reading|risk scan|identities|parquet):/m);
	});

	it.each(TABLES)("%s holds as many rows as the app's own import", (table) => {
		expect(cliCounts[table]).toBe(appCounts[table]);
		if (table !== 'risk_hits') expect(cliCounts[table]).toBeGreaterThan(0);
	});

	it('names each archive by its file name, never by the folders it was imported from', () => {
		const names = queryJson<{ file_name: string }>(dbPath, 'SELECT file_name FROM archives ORDER BY id').map((r) => r.file_name);
		expect(names).toHaveLength(SAMPLES.length);
		expect(names).toContain('WhatsApp Chat with Harbor Logistics.txt');
		expect(names.filter((n) => n.includes('data-samples'))).toEqual([]);
	});

	it('has the same archives (platform, format, messages, unparsed, sha256) as the app', async () => {
		expect(queryJson(dbPath, PER_ARCHIVE)).toEqual(await app.query(PER_ARCHIVE));
	});

	it('has the same risk hits as the app, and parley risk lists each with its message', async () => {
		const expected = await app.query<{ file_name: string; idx: number; rule: string; category: string; span_start: number; span_end: number }>(HITS);
		expect(expected.length).toBeGreaterThan(0);
		expect(queryJson(dbPath, HITS)).toEqual(expected);

		const r = parley('risk', dbPath, '--jsonl');
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		const texts = await app.query<{ file_name: string; idx: number; text: string }>(
			`SELECT a.file_name, m.idx, m.text FROM messages m JOIN archives a ON a.id = m.archive_id`
		);
		const textOf = new Map(texts.map((t) => [`${t.file_name}\u0000${t.idx}`, t.text]));
		const listed = lines.map((l) => [l.file, l.index, l.rule, l.category, l.match]).sort();
		const wanted = expected
			.map((h) => [h.file_name, h.idx, h.rule, h.category, textOf.get(`${h.file_name}\u0000${h.idx}`)!.slice(h.span_start, h.span_end)])
			.sort();
		expect(listed).toEqual(wanted);
		for (const l of lines)
			expect(l).toMatchObject({ file: expect.any(String), conversation: expect.any(String), ts: expect.any(String), author: expect.any(String) });
	});

	it('parley risk <db> prints a table with the file and line of each finding', () => {
		const r = parley('risk', dbPath);
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n')[0]).toMatch(/^file\s+line\s+ts\s+author\s+conversation\s+category\s+rule\s+score\s+match$/);
		expect(r.stdout).toMatch(/\n\d+ findings?\n$/);
	});

	it('a second import of the same files adds nothing and says so for each', () => {
		const before = queryJson<{ n: number }>(dbPath, 'SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM risk_hits) AS n');
		const again = parley('import', ...SAMPLES, '--db', dbPath, '--tz', 'UTC');
		expect(again.code).toBe(0);
		expect(again.stdout.match(/already in the database as archive \d+ \(sha256 [0-9a-f]{64}\); nothing added/g)).toHaveLength(14);
		expect(again.stdout).toMatch(/14 archives, \d+ messages \(0 added now\)/);
		// a plain file already imported is recognised by its hash and not parsed again (its parse problems would show)
		expect(first.stderr).toContain('WhatsApp Chat with Harbor Logistics.txt:1: before the first message');
		expect(again.stderr).not.toContain('WhatsApp Chat with Harbor Logistics.txt:1: before the first message');
		expect(queryJson(dbPath, 'SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM risk_hits) AS n')).toEqual(before);
	});

	describe('the Parquet output read back by DuckDB', () => {
		let reader: NativeDb;
		beforeAll(async () => {
			reader = await openNativeDuckDB(':memory:');
			await reader.exec(`ATTACH '${dbPath}' AS ws (READ_ONLY)`);
		});
		afterAll(() => reader.close());

		it('writes messages partitioned by archive', () => {
			expect(statSync(join(parquetDir, 'messages', 'archive_id=1', 'data_0.parquet')).size).toBeGreaterThan(0);
			expect(statSync(join(parquetDir, 'archives.parquet')).size).toBeGreaterThan(0);
		});

		it.each(TABLES)('%s: the same row count and digest as the database', async (table) => {
			const columns = await reader.query<{ name: string }>(
				`SELECT column_name AS name FROM duckdb_columns() WHERE database_name = 'ws' AND table_name = ? ORDER BY column_index`,
				[table]
			);
			const digest = `count(*) AS n, sum(hash(${columns.map((c) => `"${c.name}"::VARCHAR`).join(', ')})::HUGEINT)::VARCHAR AS digest`;
			const partitioned = ['messages', 'attachments', 'unparsed_lines'].includes(table);
			const source = partitioned
				? `read_parquet('${parquetDir}/${table}/**/*.parquet', hive_partitioning = true)`
				: `read_parquet('${parquetDir}/${table}.parquet')`;
			const [fromDb] = await reader.query(`SELECT ${digest} FROM ws.${table}`);
			const [fromParquet] = await reader.query(`SELECT ${digest} FROM ${source}`);
			expect(fromParquet).toEqual(fromDb);
		});
	});
});

describe("parley query: read-only, through the app's gate", () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-query-'));
	const dbPath = join(dir, 'w.duckdb');
	const ANDROID = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
	beforeAll(() => {
		expect(parley('import', ANDROID, '--db', dbPath, '--tz', 'UTC').code).toBe(0);
	}, 60_000);

	it('prints a table by default', () => {
		const r = parley('query', dbPath, 'SELECT platform, count(*) AS n FROM archives GROUP BY platform');
		expect(r.code).toBe(0);
		expect(r.stdout.split('\n')).toEqual(['platform  n', '────────  ─', 'whatsapp  1', '(1 row)', '']);
	});

	it("--csv writes RFC 4180 through the app's writer: BOM, header, quoting, formula guard, and that it is not redacted", () => {
		const r = parley('query', dbPath, `SELECT 'a,b' AS x, 'say "hi"' AS y, NULL AS z, '=1+1' AS f`, '--csv');
		expect(r.code).toBe(0);
		expect(r.stdout).toBe('\ufeffx,y,z,f,redacted\r\n"a,b","say ""hi""",,"\'=1+1",false\r\n');
	});

	it("--json writes an array of rows with the Connector's values", () => {
		const r = parley('query', dbPath, `SELECT count(*) AS n, min(ts_utc) AS first_ts FROM messages`, '--json');
		expect(JSON.parse(r.stdout)).toEqual([{ n: 91, first_ts: '2024-01-08T08:58:00Z', redacted: false }]);
	});

	it.each([
		['COPY to a file', `COPY messages TO '${dir}/out.csv'`, /refused: COPY is refused/],
		['reading a file', `SELECT * FROM read_csv('/etc/hostname')`, /refused: Reading files or URLs is refused/],
		['INSTALL', 'INSTALL httpfs', /refused: INSTALL is refused/],
		['changing a setting', 'SET enable_external_access = true', /refused: SET is refused/],
		['DELETE', 'DELETE FROM messages', /refused: DELETE is refused/],
		['CREATE TABLE', 'CREATE TABLE x AS SELECT 1', /refused: CREATE is refused/],
		[
			'a write the lexical gate lets through (the plan and the read-only file stop it)',
			'WITH x AS (SELECT 1) DELETE FROM messages',
			/refused: .*writes to the workspace database/
		]
	])('refuses %s with exit code 1', (_what, sql, message) => {
		const r = parley('query', dbPath, sql);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(message);
	});

	it('after every refusal the database is as imported and no file was written', () => {
		expect(JSON.parse(parley('query', dbPath, 'SELECT count(*) AS n FROM messages', '--json').stdout)).toEqual([{ n: 91, redacted: false }]);
		expect(() => statSync(join(dir, 'out.csv'))).toThrow();
	});

	it.each([
		['import without --db', ['import', ANDROID], 2, /--db <file> is required/],
		['import with an unknown zone', ['import', ANDROID, '--db', 'x.duckdb', '--tz', 'Mars/Olympus'], 2, /unknown time zone "Mars\/Olympus"/],
		['query without SQL', ['query', 'x.duckdb'], 2, /give a database file and one SQL string/],
		['query with --json and --csv', ['query', 'x.duckdb', 'SELECT 1', '--json', '--csv'], 2, /choose one of --json and --csv/],
		[
			'query of a missing database',
			['query', join(dir, 'missing.duckdb'), 'SELECT 1'],
			1,
			/parley query: .*missing\.duckdb: no such file \(a workspace file is made by parley import/
		],
		['search of a missing database', ['search', join(dir, 'missing.duckdb'), 'invoice'], 1, /parley search: .*missing\.duckdb: no such file/],
		['import of a missing file', ['import', join(dir, 'nope.txt'), '--db', join(dir, 'other.duckdb')], 1, /nope\.txt: cannot read: no such file/]
	])('%s: exit code and message', (_what, argv, code, message) => {
		const r = parley(...argv);
		expect(r.code).toBe(code);
		expect(r.stderr).toMatch(message);
	});

	it('query, search and risk say what a file is when it is not a workspace they can read', async () => {
		const text = join(dir, 'notes.duckdb');
		writeFileSync(text, 'not a database\n');
		const other = join(dir, 'plain.duckdb');
		const otherDb = await openNativeDuckDB(other);
		await otherDb.query('CREATE TABLE t (x INTEGER)');
		otherDb.close();
		const older = join(dir, 'older.duckdb');
		copyFileSync(dbPath, older);
		const olderDb = await openNativeDuckDB(older);
		await olderDb.query(`UPDATE meta SET value = '2' WHERE key = 'schema_version'`);
		olderDb.close();
		const cases: [string, RegExp][] = [
			[text, /notes\.duckdb: not a DuckDB database file/],
			[other, /plain\.duckdb: a DuckDB file, but not a Parley workspace \(it has no messages and meta tables\)/],
			[older, new RegExp(`older\\.duckdb: written with workspace schema version 2; this parley reads version ${SCHEMA_VERSION}: import the exports again`)]
		];
		for (const [path, message] of cases) {
			for (const argv of [
				['query', path, 'SELECT 1'],
				['search', path, 'invoice'],
				['risk', '--db', path]
			]) {
				const r = parley(...argv);
				expect({ argv, code: r.code }).toEqual({ argv, code: 1 });
				expect(r.stderr).toMatch(new RegExp(`^parley ${argv[0]}: .*${message.source}`));
				expect(r.stdout).toBe('');
			}
		}
	});
});
