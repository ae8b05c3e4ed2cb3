import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { runUserSqlOn, SqlRefusedError } from '$lib/db/user-sql';
import { archiveHashes, deleteSavedQuery, insertSavedQuery, listSavedQueries, savedQuery, updateSavedQuery, type NewSavedQuery } from '$lib/db/queries/saved';
import { hasTopLevelOrderBy, resultDigest } from '$lib/saved/digest';

const SQL_QUERY: NewSavedQuery = {
	name: "O'Brien's links",
	description: 'a quote; and -- a comment',
	kind: 'sql',
	search: null,
	sql: "SELECT id AS message_id FROM messages WHERE text LIKE '%http%'",
	view: '/sql?sql=x',
	tags: ["it's", 'a, b', ''],
	author: 'Ana',
	row_count: 2,
	result_digest: 'a'.repeat(64),
	archive_sha256: ['b'.repeat(64), "c'; DROP TABLE messages; --"]
};
const SEARCH_QUERY: NewSavedQuery = {
	...SQL_QUERY,
	name: 'ISF',
	kind: 'search',
	search: 'ISF from:dana',
	sql: null,
	view: '/search?q=ISF+from%3Adana',
	tags: [],
	archive_sha256: []
};

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
}, 60_000);

describe('saved_queries', () => {
	it('keeps every column as given, quotes in lists included, and lists newest first', async () => {
		const first = await insertSavedQuery(db, SQL_QUERY, new Date('2026-01-01T10:00:00.000Z'));
		const second = await insertSavedQuery(db, SEARCH_QUERY, new Date('2026-01-02T10:00:00.000Z'));
		expect([first, second]).toEqual([1, 2]);
		expect(await savedQuery(db, first)).toEqual({ ...SQL_QUERY, id: 1, created_at: '2026-01-01T10:00:00Z', updated_at: '2026-01-01T10:00:00Z' });
		expect((await listSavedQueries(db)).map((r) => r.name)).toEqual(['ISF', "O'Brien's links"]);
		expect(await db.query(`SELECT count(*)::INTEGER AS n FROM messages`)).toEqual([{ n: 0 }]);
	});

	it('edits the words only (what it runs and what it gave stay), and deletes', async () => {
		await updateSavedQuery(db, 1, { name: 'Links', description: '', tags: ['x'] }, new Date('2026-01-03T10:00:00.000Z'));
		const edited = await savedQuery(db, 1);
		expect(edited).toMatchObject({
			name: 'Links',
			description: '',
			tags: ['x'],
			sql: SQL_QUERY.sql,
			row_count: 2,
			updated_at: '2026-01-03T10:00:00Z',
			created_at: '2026-01-01T10:00:00Z'
		});
		expect((await listSavedQueries(db)).map((r) => r.name)).toEqual(['Links', 'ISF']);
		await deleteSavedQuery(db, 2);
		expect(await savedQuery(db, 2)).toBeNull();
		expect(await insertSavedQuery(db, SEARCH_QUERY)).toBe(2);
	});

	it('refuses a kind it does not know', async () => {
		await expect(insertSavedQuery(db, { ...SEARCH_QUERY, kind: 'shell' as never })).rejects.toThrow(/CHECK|constraint/i);
	});

	it('user SQL cannot write it', async () => {
		await expect(runUserSqlOn(db, `DELETE FROM saved_queries`)).rejects.toBeInstanceOf(SqlRefusedError);
		expect((await listSavedQueries(db)).length).toBe(2);
	});

	it('lists the archives by SHA-256', async () => {
		expect(await archiveHashes(db)).toEqual([]);
	});
});

describe('result digests of real DuckDB results', () => {
	it('an unordered GROUP BY digests the same however the engine orders its rows; ORDER BY keeps its order', async () => {
		await db.exec(`CREATE TEMP TABLE t AS SELECT (i % 7)::INTEGER AS k, i AS v FROM range(1000) r(i)`);
		const sql = `SELECT k, count(*) AS n, sum(v) AS s FROM t GROUP BY k`;
		const columns = ['k', 'n', 's'];
		const a = await runUserSqlOn(db, sql);
		const b = await runUserSqlOn(db, `${sql} ORDER BY k DESC`);
		const c = await runUserSqlOn(db, `${sql} ORDER BY k`);
		expect(hasTopLevelOrderBy(sql)).toBe(false);
		expect(resultDigest(columns, a, false)).toEqual(resultDigest(columns, b, false));
		expect(resultDigest(columns, b, true).digest).not.toBe(resultDigest(columns, c, true).digest);
		expect(resultDigest(columns, a, false).rows).toBe(7);
		const changed = await runUserSqlOn(db, `SELECT k, count(*) AS n, sum(v) + (k = 3)::INTEGER AS s FROM t GROUP BY k`);
		expect(resultDigest(columns, changed, false).digest).not.toBe(resultDigest(columns, a, false).digest);
	});
});
