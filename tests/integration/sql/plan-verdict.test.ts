import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { planVerdict } from '$lib/db/sql-plan';

/**
 * The plan half of the gate on its own, on DuckDB's real plans, outside any transaction: each kind of statement that is
 * not a read shows in its plan and is refused by it, even with the lexical gate and the read-only transaction gone.
 */

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	await db.exec(`INSERT INTO tags VALUES (1, 'hot', 'Ada', TIMESTAMP '2024-05-01 10:00:00')`);
});

const plan = (sql: string) => db.queryStatement<{ explain_key: string; explain_value: string }>(`EXPLAIN (FORMAT JSON) ${sql}`);

describe('planVerdict on DuckDB plans', () => {
	it.each([
		['DELETE FROM messages', 'deletes from a table (DELETE)'],
		['TRUNCATE messages', 'deletes from a table (DELETE)'],
		["UPDATE messages SET text = 'FORGED'", 'updates a table (UPDATE)'],
		['INSERT INTO messages SELECT * FROM messages', 'inserts into a table (INSERT)'],
		['WITH x AS (SELECT 1) DELETE FROM tags', 'deletes from a table (DELETE)'],
		['MERGE INTO tags USING (SELECT 1 AS message_id) s ON s.message_id = tags.message_id WHEN MATCHED THEN DELETE', 'merges into a table (MERGE_INTO)'],
		['CREATE OR REPLACE TABLE messages AS SELECT 1 AS x', "changes the workspace's schema (CREATE_TABLE_AS)"],
		['CREATE TABLE scratch (x INTEGER)', "changes the workspace's schema (CREATE_TABLE)"],
		['CREATE VIEW v AS SELECT 1', "changes the workspace's schema (CREATE_VIEW)"],
		['CREATE SCHEMA mine', "changes the workspace's schema (CREATE_SCHEMA)"],
		['CREATE MACRO twice(x) AS x * 2', "changes the workspace's schema (CREATE_MACRO)"],
		['DROP TABLE messages', "changes the workspace's schema (DROP)"],
		['ALTER TABLE messages ADD COLUMN forged BOOLEAN', "changes the workspace's schema (ALTER)"],
		['SET threads = 1', 'changes a setting (SET)'],
		['PRAGMA threads = 1', 'changes a setting (SET)'],
		['RESET threads', 'changes a setting (RESET)'],
		['SET VARIABLE x = 1', 'changes a setting (SET_VARIABLE)'],
		['INSTALL httpfs', 'installs or loads an extension (LOAD)'],
		['LOAD httpfs', 'installs or loads an extension (LOAD)'],
		['UPDATE EXTENSIONS', 'installs or loads an extension (UPDATE_EXTENSIONS)'],
		['BEGIN TRANSACTION', 'transaction'],
		['CHECKPOINT', 'checkpoint'],
		['VACUUM', 'maintains the storage (VACUUM)'],
		['PRAGMA enable_profiling', 'PRAGMA'],
		['CALL checkpoint()', 'checkpoint'],
		['SELECT * FROM force_checkpoint()', 'force_checkpoint'],
		['FROM enable_logging()', 'enable_logging'],
		['FROM truncate_duckdb_logs()', 'truncate_duckdb_logs'],
		["SELECT * FROM sniff_csv('x.csv')", 'sniff_csv'],
		['PREPARE p AS SELECT 1', 'PREPARE']
	])('refuses %j: %s', async (sql, mentions) => {
		const verdict = planVerdict(await plan(sql));
		expect(verdict.ok).toBe(false);
		expect(verdict.ok === false && verdict.reason).toContain(mentions);
	});

	it.each([
		'SELECT 1',
		'SELECT * FROM messages WHERE id = 1',
		'FROM messages SELECT text ORDER BY ts_utc LIMIT 5 OFFSET 1',
		'SELECT author, count(*) FROM messages GROUP BY ALL HAVING count(*) > 1',
		'SELECT kind, count(*) FROM messages GROUP BY ROLLUP (kind)',
		'SELECT *, row_number() OVER (PARTITION BY conversation_id ORDER BY ts_utc) FROM messages',
		'SELECT * FROM messages QUALIFY row_number() OVER () = 1',
		'SELECT * FROM messages m JOIN participants p ON p.id = m.participant_id',
		'SELECT * FROM messages a JOIN messages b ON a.id < b.id',
		'SELECT * FROM messages a ASOF JOIN messages b ON a.ts_utc >= b.ts_utc',
		'SELECT * FROM messages a POSITIONAL JOIN messages b',
		'SELECT * FROM messages a, LATERAL (SELECT a.id + 1) t',
		'SELECT * FROM messages WHERE id IN (SELECT message_id FROM tags)',
		'SELECT * FROM messages a SEMI JOIN tags t ON t.message_id = a.id',
		'SELECT * FROM messages USING SAMPLE 10',
		'SELECT * FROM messages LIMIT 10%',
		'SELECT 1 UNION BY NAME SELECT 2',
		'SELECT 1 INTERSECT SELECT 1',
		'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r',
		'WITH t AS MATERIALIZED (SELECT 1 AS x) SELECT * FROM t, t AS u',
		'VALUES (1), (2)',
		'TABLE messages',
		'DESCRIBE messages',
		'SUMMARIZE messages',
		'SHOW TABLES',
		'SHOW ALL TABLES',
		"PIVOT messages ON kind IN ('text') USING count(*)",
		'UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v',
		'SELECT unnest([1, 2])',
		'SELECT * FROM range(3)',
		"SELECT * FROM generate_series(DATE '2024-01-01', DATE '2024-01-03', INTERVAL 1 DAY)",
		'SELECT * FROM duckdb_tables()',
		'SELECT * FROM duckdb_settings()',
		"SELECT * FROM pragma_table_info('messages')",
		"SELECT * FROM query('SELECT 1')",
		"SELECT * FROM query_table('messages')"
	])('lets %j run', async (sql) => {
		expect(planVerdict(await plan(sql))).toEqual({ ok: true });
	});
});
