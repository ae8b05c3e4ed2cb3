import { describe, expect, it } from 'vitest';
import { checkUserSql } from '$lib/db/sql-gate';
import { planVerdict } from '$lib/db/sql-plan';
import { passes, refused } from './sql-corpus';

describe('checkUserSql (the lexical half of the gate)', () => {
	it.each(passes)('lets %j on to the plan check, led by %s', (sql, lead) => {
		const result = checkUserSql(sql);
		expect(result.ok).toBe(true);
		expect(result.ok && result.lead).toBe(lead);
	});

	it.each(refused)('refuses %j', (sql, mentions) => {
		const result = checkUserSql(sql);
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.reason).toContain(mentions);
	});

	it.each([
		['SELECT 1', 'SELECT 1', 'SELECT 1'],
		['-- note\n  SELECT 1;', 'SELECT 1;', 'SELECT 1;'],
		['/* x */ EXPLAIN ANALYZE SELECT 1', 'EXPLAIN ANALYZE SELECT 1', 'SELECT 1'],
		['EXPLAIN (FORMAT JSON) (SELECT 1)', 'EXPLAIN (FORMAT JSON) (SELECT 1)', '(SELECT 1)']
	])('%j runs as %j and is planned as %j', (sql, statement, planned) => {
		expect(checkUserSql(sql)).toMatchObject({ ok: true, statement, planned });
	});
});

describe('planVerdict on plans it cannot read', () => {
	it.each([
		['no rows', []],
		['text, not JSON', [{ explain_key: 'physical_plan', explain_value: '┌──────┐' }]],
		['an empty plan', [{ explain_key: 'physical_plan', explain_value: '[]' }]],
		['a node that is not an object', [{ explain_key: 'physical_plan', explain_value: '[1]' }]],
		['an operator it does not know', [{ explain_key: 'physical_plan', explain_value: '[{"name":"NEW_OPERATOR","children":[]}]' }]],
		[
			'a known read above an unknown child',
			[{ explain_key: 'physical_plan', explain_value: '[{"name":"PROJECTION","children":[{"name":"?","children":[]}]}]' }]
		],
		['a scan without a table or function', [{ explain_key: 'physical_plan', explain_value: '[{"name":"SEQ_SCAN ","children":[],"extra_info":{}}]' }]]
	])('refuses %s', (_, rows) => {
		expect(planVerdict(rows).ok).toBe(false);
	});
});
