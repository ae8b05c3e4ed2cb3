import { describe, expect, it } from 'vitest';
import { checkPackQuery } from '$lib/saved/pack-check';
import type { PackQuery } from '$lib/saved/pack';

const base = { name: 'q', description: '', tags: [], row_count: null, result_digest: null };
const sql = (text: string): PackQuery => ({ ...base, kind: 'sql', sql: text });
const view = (href: string): PackQuery => ({ ...base, kind: 'view', view: href });

describe('checkPackQuery: what a received query may do, from its text alone', () => {
	it.each([
		["COPY messages TO 'out.csv'", /^COPY is refused/],
		["COPY (SELECT * FROM messages) TO '/tmp/x.parquet' (FORMAT parquet)", /^COPY is refused/],
		["ATTACH 'x.duckdb' AS x", /^ATTACH is refused/],
		['INSTALL httpfs', /^INSTALL is refused/],
		['LOAD httpfs', /^LOAD is refused/],
		['SET enable_external_access=true', /^SET is refused/],
		['SELECT 1; SELECT 2', /^Only one statement runs at a time, and this text holds 2/],
		['DELETE FROM messages', /^DELETE is refused/],
		["UPDATE messages SET text = ''", /^UPDATE is refused/],
		['DROP TABLE saved_queries', /^DROP is refused/],
		['', /^There is no SQL to run/]
	])('refuses %s', (text, reason) => {
		const check = checkPackQuery(sql(text));
		expect(check.runnable).toBe(false);
		if (!check.runnable) expect(check.reason).toMatch(reason);
	});

	it("lets a single read through (DuckDB's plan is checked when it runs)", () => {
		expect(checkPackQuery(sql('SELECT author, count(*) FROM messages GROUP BY 1'))).toEqual({ runnable: true, href: null });
		expect(checkPackQuery(sql("SELECT * FROM read_csv('http://198.51.100.7/x.csv')")).runnable).toBe(true);
	});

	it.each([['https://evil.example/'], ['javascript:alert(1)'], ['//evil.example/graph'], ['/nowhere']])('does not open the view link %s', (href) => {
		expect(checkPackQuery(view(href)).runnable).toBe(false);
	});

	it('opens a view of its own, rebuilt from what was read', () => {
		expect(checkPackQuery(view('/graph?color=risk&evil=1'))).toEqual({ runnable: true, href: '/graph?color=risk' });
	});

	it('refuses an empty search', () => {
		expect(checkPackQuery({ ...base, kind: 'search', search: '  ' }).runnable).toBe(false);
	});
});
