import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { insideReadOnlyTransaction, runUserSqlOn, SqlRefusedError } from '$lib/db/user-sql';
import { parseSource } from '$lib/ingest/parse-source';

/**
 * The console's gate on the real engine: every kind of DuckDB statement, typed plainly and with tricks. A refused
 * statement leaves every table, the catalog and the settings exactly as they were; an allowed one runs and returns rows.
 */

const SAMPLE = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip';

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	const parsed = await parseSource('WhatsApp Chat with Harbor Logistics.zip', new Uint8Array(readFileSync(SAMPLE)));
	for (const p of parsed.parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });
	// Every table holds something, so a change to any of them shows in its digest.
	await db.exec(`
		INSERT INTO identities VALUES (1, 'Ana');
		INSERT INTO identity_members VALUES (1, 1);
		INSERT INTO risk_hits VALUES (1, 'email', 'pii.email', 'medium', 0.5, 0, 4, 'an e-mail address');
		INSERT INTO search_hits VALUES (1, 1.0);
		INSERT INTO policies VALUES ('user.gifts', 'mine', '{"query":"gift"}', true, TIMESTAMP '2024-05-01 10:00:00');
		INSERT INTO tags VALUES (1, 'hot', 'Ada', TIMESTAMP '2024-05-01 10:00:00');
		INSERT INTO notes VALUES (1, 1, NULL, 'check this', 'Ada', TIMESTAMP '2024-05-01 10:00:00', NULL);
		INSERT INTO saved_queries VALUES (1, 'all', '', 'sql', NULL, 'SELECT 1', '/sql?sql=SELECT+1', ['mine'], 'Ana', TIMESTAMP '2024-05-01 10:00:00', TIMESTAMP '2024-05-01 10:00:00', 1, 'ab', ['cd']);
		INSERT INTO audit_log VALUES (1, TIMESTAMP '2024-05-01 10:00:00', 'unnamed reviewer', 'import', 'archive:1', '{}', '', 'ab');
	`);
}, 120_000);

/** Every table's rows (an md5 over them in a fixed order), the catalog, the databases, the settings and variables. */
async function digest(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	const tables = await db.query<{ d: string; s: string; t: string }>(
		`SELECT database_name AS d, schema_name AS s, table_name AS t FROM duckdb_tables() ORDER BY ALL`
	);
	for (const { d, s, t } of tables) {
		const [row] = await db.query<{ n: number; h: string }>(
			`SELECT count(*) AS n, md5(coalesce(string_agg(r::VARCHAR, chr(10) ORDER BY r::VARCHAR), '')) AS h FROM "${d}"."${s}"."${t}" r`
		);
		out[`table ${d}.${s}.${t}`] = `${row.n} rows, ${row.h}`;
	}
	const catalog = {
		columns: `SELECT database_name, schema_name, table_name, column_name, data_type FROM duckdb_columns() ORDER BY ALL`,
		views: `SELECT database_name, schema_name, view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL`,
		schemas: `SELECT database_name, schema_name FROM duckdb_schemas() ORDER BY ALL`,
		sequences: `SELECT database_name, schema_name, sequence_name FROM duckdb_sequences() ORDER BY ALL`,
		macros: `SELECT DISTINCT database_name, schema_name, function_name FROM duckdb_functions() WHERE NOT internal ORDER BY ALL`,
		types: `SELECT database_name, schema_name, type_name FROM duckdb_types() WHERE NOT internal ORDER BY ALL`,
		indexes: `SELECT database_name, schema_name, index_name FROM duckdb_indexes() ORDER BY ALL`,
		databases: `SELECT database_name, path FROM duckdb_databases() ORDER BY ALL`,
		settings: `SELECT name, value FROM duckdb_settings() ORDER BY ALL`,
		variables: `SELECT name, value::VARCHAR FROM duckdb_variables() ORDER BY ALL`
	};
	for (const [name, sql] of Object.entries(catalog)) out[name] = JSON.stringify(await db.query(sql));
	return out;
}

/** The connector as the console uses it, recording every text that reaches the engine. */
function recorded(inner: Connector): { db: Connector; seen: string[] } {
	const seen: string[] = [];
	const wrap = (c: Connector): Connector => ({
		query: (sql, params) => (seen.push(sql), c.query(sql, params)),
		exec: (sql) => (seen.push(sql), c.exec(sql)),
		queryStatement: (sql) => (seen.push(sql), c.queryStatement(sql)),
		prepareStatement: (sql) => (seen.push(`PREPARE ONLY ${sql}`), c.prepareStatement(sql)),
		queryArrowIPC: (sql) => (seen.push(sql), c.queryArrowIPC(sql)),
		insertArrowIPC: (table, ipc) => (seen.push(`INSERT ARROW ${table}`), c.insertArrowIPC(table, ipc)),
		exclusive: (work) => c.exclusive((direct) => work(wrap(direct)))
	});
	return { db: wrap(inner), seen };
}

/** How a statement is turned away: before DuckDB sees it, by its plan, or by the engine itself while binding it. */
type Refusal = 'lexical' | 'plan' | 'engine';

// [statement, how it is refused, a word the message must hold]
const REFUSED: [string, Refusal, string][] = [
	// Writes to the evidence
	['DELETE FROM messages WHERE id < 5', 'lexical', 'DELETE is refused'],
	["UPDATE messages SET text = 'FORGED' WHERE archive_id = 1", 'lexical', 'UPDATE is refused'],
	['INSERT INTO messages SELECT * FROM messages', 'lexical', 'INSERT is refused'],
	["INSERT INTO tags VALUES (2, 'x', now())", 'lexical', 'INSERT is refused'],
	["INSERT OR REPLACE INTO policies VALUES ('user.gifts', 'x', '{}', false, now())", 'lexical', 'INSERT is refused'],
	['TRUNCATE messages', 'lexical', 'TRUNCATE is refused'],
	['MERGE INTO tags USING (SELECT 1 AS message_id) s ON s.message_id = tags.message_id WHEN MATCHED THEN DELETE', 'lexical', 'MERGE is refused'],
	// Schema
	['CREATE OR REPLACE TABLE messages AS SELECT * FROM messages LIMIT 1', 'lexical', 'CREATE is refused'],
	['CREATE TABLE scratch AS SELECT 1 AS x', 'lexical', 'CREATE is refused'],
	['CREATE TEMP TABLE scratch AS SELECT 1 AS x', 'lexical', 'CREATE is refused'],
	['CREATE VIEW v AS SELECT 1 AS x', 'lexical', 'CREATE is refused'],
	['CREATE MACRO twice(x) AS x * 2', 'lexical', 'CREATE is refused'],
	['CREATE SEQUENCE s', 'lexical', 'CREATE is refused'],
	['CREATE SCHEMA mine', 'lexical', 'CREATE is refused'],
	['CREATE INDEX by_author ON messages (author)', 'lexical', 'CREATE is refused'],
	["CREATE TYPE mood AS ENUM ('a', 'b')", 'lexical', 'CREATE is refused'],
	['CREATE SECRET (TYPE s3)', 'lexical', 'CREATE is refused'],
	['DROP TABLE messages', 'lexical', 'DROP is refused'],
	['DROP VIEW IF EXISTS v', 'lexical', 'DROP is refused'],
	['ALTER TABLE messages RENAME TO evidence', 'lexical', 'ALTER is refused'],
	['ALTER TABLE messages ADD COLUMN forged BOOLEAN', 'lexical', 'ALTER is refused'],
	["COMMENT ON TABLE messages IS 'x'", 'lexical', 'COMMENT is refused'],
	// Engine, settings, extensions, storage, files, other databases
	["PRAGMA table_info('messages')", 'lexical', 'PRAGMA is refused'],
	['PRAGMA threads = 1', 'lexical', 'PRAGMA is refused'],
	["CALL pragma_table_info('messages')", 'lexical', 'CALL is refused'],
	['CALL checkpoint()', 'lexical', 'CALL is refused'],
	['SET threads = 1', 'lexical', 'SET is refused'],
	['SET enable_external_access = true', 'lexical', 'SET is refused'],
	["SET VARIABLE cutoff = '2024-01-01'", 'lexical', 'SET is refused'],
	['RESET threads', 'lexical', 'RESET is refused'],
	['INSTALL httpfs', 'lexical', 'INSTALL is refused'],
	['FORCE INSTALL httpfs', 'lexical', 'FORCE is refused'],
	['LOAD httpfs', 'lexical', 'LOAD is refused'],
	['UPDATE EXTENSIONS', 'lexical', 'UPDATE is refused'],
	['CHECKPOINT', 'lexical', 'CHECKPOINT is refused'],
	['FORCE CHECKPOINT', 'lexical', 'FORCE is refused'],
	['VACUUM', 'lexical', 'VACUUM is refused'],
	['ANALYZE', 'lexical', 'ANALYZE is refused'],
	["EXPORT DATABASE '/tmp/parley-export'", 'lexical', 'EXPORT is refused'],
	["IMPORT DATABASE '/tmp/parley-export'", 'lexical', 'IMPORT is refused'],
	["COPY messages TO '/tmp/parley.csv'", 'lexical', 'COPY is refused'],
	["COPY (SELECT text FROM messages) TO '/tmp/parley.csv'", 'lexical', 'COPY is refused'],
	["COPY messages FROM '/tmp/parley.csv'", 'lexical', 'COPY is refused'],
	["ATTACH ':memory:' AS scratch", 'lexical', 'ATTACH is refused'],
	['DETACH memory', 'lexical', 'DETACH is refused'],
	['USE system.main', 'lexical', 'USE is refused'],
	['BEGIN TRANSACTION', 'lexical', 'BEGIN is refused'],
	['COMMIT', 'lexical', 'COMMIT is refused'],
	['ROLLBACK', 'lexical', 'ROLLBACK is refused'],
	['PREPARE p AS SELECT 1', 'lexical', 'PREPARE is refused'],
	['EXECUTE p', 'lexical', 'EXECUTE is refused'],
	// ; chains
	['SELECT 1; DELETE FROM messages', 'lexical', 'Only one statement'],
	['SELECT 1;DROP TABLE messages;', 'lexical', 'Only one statement'],
	['SELECT count(*) FROM messages; SELECT 2', 'lexical', 'Only one statement'],
	// Comments and case
	['/* just a note */ DELETE FROM messages', 'lexical', 'DELETE is refused'],
	['-- a comment\nDELETE FROM messages', 'lexical', 'DELETE is refused'],
	['-- a comment ended by a carriage return\rDELETE FROM messages', 'lexical', 'DELETE is refused'],
	['SELECT 1 -- the rest is a comment to a CR\rFROM messages; DELETE FROM messages', 'lexical', 'Only one statement'],
	['dElEtE FROM messages', 'lexical', 'DELETE is refused'],
	['(DELETE FROM messages)', 'lexical', 'DELETE is refused'],
	['"DELETE" FROM messages', 'lexical', 'starting with "DELETE"'],
	// Invisible and control characters
	["ATTACH\u2003':memory:' AS scratch", 'lexical', 'U+2003 (EM SPACE)'],
	['PRAGMA\u00a0threads = 1', 'lexical', 'U+00A0 (NO-BREAK SPACE)'],
	['INSTALL\u2003httpfs', 'lexical', 'U+2003 (EM SPACE)'],
	['DELETE\u3000FROM messages', 'lexical', 'U+3000 (IDEOGRAPHIC SPACE)'],
	['SELECT\u200b1', 'lexical', 'U+200B (ZERO WIDTH SPACE)'],
	['\ufeffDELETE FROM messages', 'lexical', 'U+FEFF (BYTE ORDER MARK)'],
	['SELECT 1 AS x\u0000; DELETE FROM messages', 'lexical', 'U+0000 (NUL)'],
	['SELECT 1 /* \u202e */ AS x', 'lexical', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
	['SELECT\f1', 'lexical', 'U+000C (FORM FEED)'],
	// EXPLAIN around a write
	['EXPLAIN ANALYZE DELETE FROM messages', 'lexical', 'DELETE is refused'],
	['EXPLAIN UPDATE messages SET text = NULL', 'lexical', 'UPDATE is refused'],
	['EXPLAIN EXPLAIN SELECT 1', 'lexical', 'EXPLAIN is refused'],
	// Starts like a read, is not one: only the plan shows it
	['WITH x AS (SELECT 1) DELETE FROM messages', 'plan', 'writes to the workspace database'],
	["WITH x AS (SELECT 1) UPDATE messages SET text = 'FORGED'", 'plan', 'writes to the workspace database'],
	["WITH x AS (SELECT 1) INSERT INTO tags SELECT 1, 'x', 'Ada', now()", 'plan', 'writes to the workspace database'],
	["SELECT * FROM sniff_csv('/etc/passwd')", 'plan', 'sniff_csv'],
	['SELECT * FROM checkpoint()', 'plan', 'checkpoint'],
	['FROM enable_logging()', 'plan', 'enable_logging'],
	["FROM which_secret('s3://bucket/x', 's3')", 'plan', 'which_secret'],
	['SELECT ?', 'plan', 'cannot show this statement'],
	['PIVOT messages ON author USING count(*)', 'plan', 'PIVOT without IN'],
	["PIVOT '/etc/passwd' ON a USING count(*)", 'plan', 'PIVOT without IN'],
	// Files and URLs: DuckDB's lock refuses while binding, the gate says why
	["SELECT * FROM read_csv('/etc/passwd')", 'engine', 'Reading files or URLs is refused'],
	[`SELECT * FROM "read_csv"('/etc/passwd')`, 'engine', 'Reading files or URLs is refused'],
	["SELECT * FROM read_text('/etc/passwd')", 'engine', 'Reading files or URLs is refused'],
	["SELECT * FROM 'http://127.0.0.1:9/x.csv'", 'engine', 'Reading files or URLs is refused'],
	["FROM '/etc/passwd'", 'engine', 'Reading files or URLs is refused'],
	["PIVOT '/etc/passwd' ON a IN ('x') USING count(*)", 'engine', 'Reading files or URLs is refused'],
	["DESCRIBE '/etc/passwd'", 'engine', 'Reading files or URLs is refused'],
	["SELECT * FROM glob('/etc/*')", 'engine', 'Reading files or URLs is refused']
];

// Statements DuckDB itself rejects while parsing or binding: they never run either.
const INVALID: [string, string][] = [
	['WITH d AS (DELETE FROM messages RETURNING *) SELECT * FROM d', 'A CTE needs a SELECT'],
	["SELECT * FROM query('DELETE FROM messages RETURNING *')", 'Expected a single SELECT statement'],
	['SELECT * FROM (DELETE FROM messages RETURNING *)', 'syntax error']
];

// [statement, rows it returns, or at least one when null]
const ALLOWED: [string, number | null][] = [
	['SELECT count(*) AS n FROM messages', 1],
	['select author from messages limit 3', 3],
	['sElEcT 1', 1],
	['SELECT 1;', 1],
	['(SELECT 1) UNION ALL (SELECT 2)', 2],
	['WITH a AS (SELECT author FROM messages) SELECT count(*) FROM a', 1],
	['WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r', 5],
	['FROM messages LIMIT 2', 2],
	['FROM messages SELECT text LIMIT 1', 1],
	['TABLE archives', 1],
	['VALUES (1), (2), (3)', 3],
	['EXPLAIN SELECT count(*) FROM messages', null],
	['EXPLAIN ANALYZE SELECT count(*) FROM messages', null],
	['EXPLAIN (FORMAT JSON) SELECT 1', null],
	['DESCRIBE messages', null],
	['DESC messages', null],
	['DESCRIBE SELECT 1 AS a, 2 AS b', 2],
	['SUMMARIZE messages', null],
	['SUMMARIZE SELECT kind FROM messages', 1],
	['SHOW TABLES', null],
	['SHOW ALL TABLES', null],
	['SHOW messages', null],
	["PIVOT (SELECT kind FROM messages) ON kind IN ('text', 'system') USING count(*)", 1],
	["FROM (SELECT kind FROM messages) PIVOT (count(*) FOR kind IN ('text', 'system'))", 1],
	['UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v', 2],
	["SELECT 'DELETE FROM messages; DROP TABLE messages' AS s", 1],
	['SELECT 1 AS "delete", 2 AS "install"', 1],
	["SELECT '\u00a0\u2003\u200b' AS invisible_in_a_string", 1],
	['-- a comment\nSELECT 1', 1],
	['/* a comment */ SELECT 1 -- and one at the end', 1],
	['SELECT 1 -- a comment to a carriage return\r', 1],
	['SELECT * FROM duckdb_tables()', null],
	["FROM pragma_table_info('messages')", null],
	['SELECT * FROM range(3)', 3],
	['SELECT * FROM messages m JOIN participants p ON p.id = m.participant_id LIMIT 1', 1],
	['SELECT kind, count(*) FROM messages GROUP BY ALL ORDER BY 2 DESC', null],
	["SELECT * FROM query('SELECT 1 AS x')", 1],
	["SELECT * FROM query_table('archives')", 1]
];

describe('the console gate on DuckDB', () => {
	it('covers at least 60 refused statements', () => {
		expect(REFUSED.length + INVALID.length).toBeGreaterThanOrEqual(60);
	});

	it.each(REFUSED)('refuses %j (%s) and changes nothing', async (sql, how, mentions) => {
		const before = await digest();
		const { db: console, seen } = recorded(db);
		const error = await runUserSqlOn(console, sql).then(
			() => null,
			(e: Error) => e
		);
		expect(error).toBeInstanceOf(SqlRefusedError);
		expect(error!.message).toContain(mentions);
		if (how === 'lexical') expect(seen).toEqual([]);
		else {
			// DuckDB planned it (and, where the plan could not be made, parsed it), inside a transaction that was rolled back.
			expect(seen[0]).toBe('BEGIN TRANSACTION READ ONLY');
			expect(seen.at(-1)).toBe('ROLLBACK');
			const middle = seen.slice(1, -1);
			expect(middle[0]).toMatch(/^EXPLAIN \(FORMAT JSON\) /);
			if (how === 'plan') expect(middle.slice(1).every((s) => s === `PREPARE ONLY ${sql}`)).toBe(true);
			else expect(middle.slice(1)).toEqual([`PREPARE ONLY ${sql}`]);
		}
		expect(await digest()).toEqual(before);
	});

	it.each(INVALID)('DuckDB rejects %j before running it, and nothing changes', async (sql, message) => {
		const before = await digest();
		const { db: console, seen } = recorded(db);
		await expect(runUserSqlOn(console, sql)).rejects.toThrow(message);
		expect(seen.filter((s) => s === sql)).toEqual([]);
		expect(await digest()).toEqual(before);
	});

	it.each(ALLOWED)('runs %j', async (sql, rows) => {
		const result = await runUserSqlOn(db, sql);
		if (rows === null) expect(result.length).toBeGreaterThan(0);
		else expect(result.length).toBe(rows);
	});

	it('answers with the evidence as imported', async () => {
		expect(await runUserSqlOn(db, 'SELECT count(*) AS n FROM messages')).toEqual([{ n: 91 }]);
	});
});

describe('a statement that slipped past the gate still changes nothing', () => {
	// The gate is bypassed here: each runs straight inside the console's read-only transaction.
	it.each([
		'DELETE FROM messages WHERE id < 5',
		"UPDATE messages SET text = 'FORGED'",
		'INSERT INTO messages SELECT * FROM messages',
		'TRUNCATE messages',
		'DROP TABLE messages',
		'CREATE OR REPLACE TABLE messages AS SELECT 1 AS x',
		'CREATE TABLE scratch AS SELECT 1 AS x',
		'ALTER TABLE messages ADD COLUMN forged BOOLEAN',
		'CREATE SCHEMA mine',
		"INSERT INTO audit_log VALUES (2, now(), 'forger', 'forged', '', '', '', '')"
	])('%j is rejected by the read-only transaction', async (sql) => {
		const before = await digest();
		await expect(insideReadOnlyTransaction(db, (c) => c.query(sql))).rejects.toThrow(/read-only/);
		expect(await digest()).toEqual(before);
	});

	it.each(['CREATE TEMP TABLE scratch AS SELECT 1 AS x', "ATTACH ':memory:' AS scratch"])('%j is rolled back', async (sql) => {
		const before = await digest();
		await insideReadOnlyTransaction(db, (c) => c.query(sql));
		expect(await digest()).toEqual(before);
	});

	it('a COMMIT inside ends only the read-only transaction, and the connection works on', async () => {
		const before = await digest();
		await insideReadOnlyTransaction(db, (c) => c.query('COMMIT'));
		expect(await digest()).toEqual(before);
		expect(await runUserSqlOn(db, 'SELECT count(*) AS n FROM messages')).toEqual([{ n: 91 }]);
	});
});
