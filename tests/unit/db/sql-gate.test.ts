import { describe, expect, it } from 'vitest';
import { checkUserSql } from '$lib/db/sql-gate';
import { allowed, refused } from './sql-corpus';


describe('checkUserSql', () => {
	it.each(allowed)('allows %j', (sql) => {
		expect(checkUserSql(sql)).toEqual({ ok: true });
	});

	it.each(refused)('refuses %j', (sql, mentions) => {
		const result = checkUserSql(sql);
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.reason).toContain(mentions);
	});
});
