import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { ResultColumn } from '$lib/sql/column-kinds';
import { resultToArrowIPC, resultToCsv, resultToJson } from '$lib/sql/exports';

const columns: ResultColumn[] = [
	{ name: 'author', type: 'VARCHAR', kind: 'text' },
	{ name: 'messages', type: 'BIGINT', kind: 'number' },
	{ name: 'share', type: 'DOUBLE', kind: 'number' },
	{ name: 'first', type: 'TIMESTAMP', kind: 'time' },
	{ name: 'edited', type: 'BOOLEAN', kind: 'boolean' },
	{ name: 'files', type: 'VARCHAR[]', kind: 'other' }
];
const rows = [
	{ author: 'Ana, "the boss"', messages: 12, share: 0.5, first: '2024-01-08T09:02:00Z', edited: true, files: ['a.jpg', 'card 4111'] },
	{ author: 'Bo\nLi', messages: '9007199254740993', share: null, first: null, edited: false, files: [] },
	{ author: null, messages: null, share: 1, first: '2024-02-01T00:00:00.250Z', edited: null, files: null }
];
// Stands in for the redaction switch: masks every digit.
const mask = (s: string) => s.replace(/\d/g, '•');
const keep = (s: string) => s;

describe('resultToCsv', () => {
	it('quotes, escapes, writes NULL as empty and lists as JSON', () => {
		expect(resultToCsv(columns, rows, keep)).toBe(
			'author,messages,share,first,edited,files\r\n' +
			'"Ana, ""the boss""",12,0.5,2024-01-08T09:02:00Z,true,"[""a.jpg"",""card 4111""]"\r\n' +
			'"Bo\nLi",9007199254740993,,,false,[]\r\n' +
			',,1,2024-02-01T00:00:00.250Z,,\r\n'
		);
	});
	it('passes every string through the redaction filter, numbers untouched', () => {
		const csv = resultToCsv(columns.slice(0, 2).concat(columns[5]), [rows[0]], mask);
		expect(csv).toBe('author,messages,files\r\n"Ana, ""the boss""",12,"[""a.jpg"",""card ••••""]"\r\n');
	});
});

describe('resultToJson', () => {
	it('writes objects in column order with nulls and redacted strings', () => {
		expect(JSON.parse(resultToJson(columns, rows.slice(1), mask))).toEqual([
			{ author: 'Bo\nLi', messages: '••••••••••••••••', share: null, first: null, edited: false, files: [] },
			{ author: null, messages: null, share: 1, first: '••••-••-••T••:••:••.•••Z', edited: null, files: null }
		]);
	});
});

describe('resultToArrowIPC', () => {
	it('types columns from the result kinds and reads back the same values', () => {
		const table = tableFromIPC(resultToArrowIPC(columns, rows, mask));
		expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
			['author', 'Utf8'], ['messages', 'Int64'], ['share', 'Float64'], ['first', 'Timestamp<MILLISECOND>'], ['edited', 'Bool'], ['files', 'Utf8']
		]);
		const col = (name: string) => [...table.getChild(name)!];
		expect(col('author')).toEqual(['Ana, "the boss"', 'Bo\nLi', null]);
		expect(col('messages')).toEqual([12n, 9007199254740993n, null]);
		expect(col('share')).toEqual([0.5, null, 1]);
		expect(col('first')).toEqual([Date.UTC(2024, 0, 8, 9, 2), null, Date.UTC(2024, 1, 1, 0, 0, 0, 250)]);
		expect(col('edited')).toEqual([true, false, null]);
		expect(col('files')).toEqual(['["a.jpg","card ••••"]', '[]', null]);
	});
	it('renames duplicate column names', () => {
		const cols: ResultColumn[] = [{ name: 'a', type: 'INTEGER', kind: 'number' }, { name: 'a', type: 'INTEGER', kind: 'number' }];
		expect(tableFromIPC(resultToArrowIPC(cols, [{ a: 1 }], keep)).schema.fields.map((f) => f.name)).toEqual(['a', 'a_2']);
	});
});
