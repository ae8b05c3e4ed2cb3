import { describe, expect, it } from 'vitest';
import { kindOfType, kindOfValues, resultColumns } from '$lib/sql/column-kinds';
import { completionSchema } from '$lib/sql/completion-schema';
import { addToHistory, parseHistory } from '$lib/sql/history';
import { describableLastStatement } from '$lib/sql/last-statement';

describe('history', () => {
	const h0 = [
		{ sql: 'SELECT 2', ranAt: 't2' },
		{ sql: 'SELECT 1', ranAt: 't1' }
	];
	it.each([
		['a new query goes first', h0, 'SELECT 3', [{ sql: 'SELECT 3', ranAt: 'now' }, ...h0]],
		[
			'a rerun moves to the top, once',
			h0,
			'  SELECT 1\n',
			[
				{ sql: 'SELECT 1', ranAt: 'now' },
				{ sql: 'SELECT 2', ranAt: 't2' }
			]
		],
		['blank text is not kept', h0, '   ', h0]
	])('%s', (_, history, sql, expected) => {
		expect(addToHistory(history, sql, 'now')).toEqual(expected);
	});
	it('keeps at most the limit, dropping the oldest', () => {
		expect(addToHistory(h0, 'SELECT 3', 'now', 2).map((h) => h.sql)).toEqual(['SELECT 3', 'SELECT 2']);
	});
	it.each([
		[null, []],
		['not json', []],
		['{"sql":"x"}', []],
		['[{"sql":"SELECT 1","ranAt":"t"},{"sql":5},null]', [{ sql: 'SELECT 1', ranAt: 't' }]]
	])('parseHistory(%j)', (json, expected) => {
		expect(parseHistory(json)).toEqual(expected);
	});
});

describe('column kinds', () => {
	it.each([
		['BIGINT', 'number'],
		['DECIMAL(18,3)', 'number'],
		['DOUBLE', 'number'],
		['HUGEINT', 'number'],
		['UTINYINT', 'number'],
		['TIMESTAMP', 'time'],
		['TIMESTAMP WITH TIME ZONE', 'time'],
		['DATE', 'time'],
		['TIMESTAMP_NS', 'time'],
		['VARCHAR', 'text'],
		['BOOLEAN', 'boolean'],
		['VARCHAR[]', 'other'],
		['INTERVAL', 'other'],
		['TIME', 'other'],
		['STRUCT(a INTEGER)', 'other'],
		['BLOB', 'other']
	])('%s → %s', (type, kind) => {
		expect(kindOfType(type)).toBe(kind);
	});
	it.each<[unknown[], string]>([
		[[1, null, 2.5], 'number'],
		[[true, false], 'boolean'],
		[['2024-01-08T09:02:00Z', '2024-01-08'], 'time'],
		[['2024-01-08T09:02:00Z', 'x'], 'text'],
		[[null, null], 'other'],
		[[[1], [2]], 'other'],
		[[1, 'a'], 'other']
	])('values %j → %s', (values, kind) => {
		expect(kindOfValues(values)).toBe(kind);
	});
	it('uses DESCRIBE when its names match the rows, the values otherwise', () => {
		const rows = [{ n: 1, t: '2024-01-01T00:00:00Z' }];
		expect(
			resultColumns(
				[
					{ name: 'n', type: 'BIGINT' },
					{ name: 't', type: 'VARCHAR' }
				],
				rows
			)
		).toEqual([
			{ name: 'n', type: 'BIGINT', kind: 'number' },
			{ name: 't', type: 'VARCHAR', kind: 'text' }
		]);
		expect(resultColumns([{ name: 'other', type: 'BIGINT' }], rows)).toEqual([
			{ name: 'n', type: null, kind: 'number' },
			{ name: 't', type: null, kind: 'time' }
		]);
		expect(resultColumns([{ name: 'n', type: 'BIGINT' }], [])).toEqual([{ name: 'n', type: 'BIGINT', kind: 'number' }]);
		expect(resultColumns(null, [])).toEqual([]);
	});
});

describe('describableLastStatement', () => {
	it.each([
		['SELECT 1', 'SELECT 1'],
		['CREATE TEMP TABLE t AS SELECT 1 AS a; FROM t;', 'FROM t'],
		['SET VARIABLE x = 1;\n  WITH a AS (SELECT 1) SELECT * FROM a', 'WITH a AS (SELECT 1) SELECT * FROM a'],
		['(SELECT 1) UNION (SELECT 2)', '(SELECT 1) UNION (SELECT 2)'],
		['PRAGMA show_tables', null],
		['SELECT 1; DROP TABLE t', null],
		["SELECT 'open", null]
	])('%j → %j', (sql, expected) => {
		expect(describableLastStatement(sql)).toBe(expected);
	});
});

describe('completionSchema', () => {
	it('groups columns by table in order', () => {
		expect(
			completionSchema([
				{ table_name: 'messages', column_name: 'id' },
				{ table_name: 'messages', column_name: 'text' },
				{ table_name: 'tags', column_name: 'tag' }
			])
		).toEqual({ messages: ['id', 'text'], tags: ['tag'] });
	});
});
