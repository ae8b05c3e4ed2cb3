import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '$lib/export/provenance';
import { Pseudonyms } from '$lib/redact/pseudonyms';
import { CLEAR, maskingRedactor, type Redactor } from '$lib/redact/redactor';
import type { ResultColumn } from '$lib/sql/column-kinds';
import { messageIdColumn, resultToArrowIPC, resultToCsv, resultToJson } from '$lib/sql/exports';

const columns: ResultColumn[] = [
	{ name: 'author', type: 'VARCHAR', kind: 'text' },
	{ name: 'messages', type: 'BIGINT', kind: 'number' },
	{ name: 'share', type: 'DOUBLE', kind: 'number' },
	{ name: 'first', type: 'TIMESTAMP', kind: 'time' },
	{ name: 'edited', type: 'BOOLEAN', kind: 'boolean' },
	{ name: 'files', type: 'VARCHAR[]', kind: 'other' }
];
const rows = [
	{ author: 'Ana, "the boss"', messages: 12, share: 0.5, first: '2024-01-08T09:02:00Z', edited: true, files: ['a.jpg', 'card 4539 1488 0343 6467'] },
	{ author: 'Bo\nLi', messages: '9007199254740993', share: null, first: null, edited: false, files: [] },
	{ author: '+1 (555) 010-0199', messages: -4, share: 1, first: '2024-02-01T00:00:00.250Z', edited: null, files: null }
];
const redactor: Redactor = maskingRedactor(new Pseudonyms(['+1 (555) 010-0199']));

describe('resultToCsv', () => {
	it('quotes, escapes, writes NULL as empty and lists as JSON, guards formula cells, says it is not redacted', () => {
		expect(resultToCsv(columns, rows, CLEAR)).toBe(
			'\ufeffauthor,messages,share,first,edited,files,redacted\r\n' +
				'"Ana, ""the boss""",12,0.5,2024-01-08T09:02:00Z,true,"[""a.jpg"",""card 4539 1488 0343 6467""]",false\r\n' +
				'"Bo\nLi",9007199254740993,,,false,[],false\r\n' +
				`"'+1 (555) 010-0199",-4,1,2024-02-01T00:00:00.250Z,,,false\r\n`
		);
	});
	it('passes every string of a text or list column through the redactor; numbers and times untouched', () => {
		const csv = resultToCsv(columns, [rows[0], rows[2]], redactor);
		expect(csv).not.toContain('4539');
		expect(csv).not.toContain('555');
		expect(csv.split('\r\n').slice(1, 3)).toEqual([
			'"Ana, ""the boss""",12,0.5,2024-01-08T09:02:00Z,true,"[""a.jpg"",""card [pii.credit_card]""]",true',
			'[pii.phone #1],-4,1,2024-02-01T00:00:00.250Z,,,true'
		]);
	});
});

describe('resultToJson', () => {
	it('writes objects in column order with nulls, redacted strings and the redaction flag', () => {
		expect(JSON.parse(resultToJson(columns, rows.slice(1), redactor))).toEqual([
			{ author: 'Bo\nLi', messages: '9007199254740993', share: null, first: null, edited: false, files: [], redacted: true },
			{ author: '[pii.phone #1]', messages: -4, share: 1, first: '2024-02-01T00:00:00.250Z', edited: null, files: null, redacted: true }
		]);
	});
});

describe('resultToArrowIPC (written without apache-arrow builders, which need eval)', () => {
	it('types columns from the result kinds and reads back the same values', () => {
		const table = tableFromIPC(resultToArrowIPC(columns, rows, redactor));
		expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
			['author', 'Utf8'],
			['messages', 'Int64'],
			['share', 'Float64'],
			['first', 'Timestamp<MILLISECOND>'],
			['edited', 'Bool'],
			['files', 'Utf8'],
			['redacted', 'Bool']
		]);
		expect(table.schema.metadata.get('parley.redacted')).toBe('true');
		const col = (name: string) => [...table.getChild(name)!];
		expect(col('author')).toEqual(['Ana, "the boss"', 'Bo\nLi', '[pii.phone #1]']);
		expect(col('messages')).toEqual([12n, 9007199254740993n, -4n]);
		expect(col('share')).toEqual([0.5, null, 1]);
		expect(col('first')).toEqual([Date.UTC(2024, 0, 8, 9, 2), null, Date.UTC(2024, 1, 1, 0, 0, 0, 250)]);
		expect(col('edited')).toEqual([true, false, null]);
		expect(col('files')).toEqual(['["a.jpg","card [pii.credit_card]"]', '[]', null]);
		expect(col('redacted')).toEqual([true, true, true]);
	});
	it('renames duplicate column names', () => {
		const cols: ResultColumn[] = [
			{ name: 'a', type: 'INTEGER', kind: 'number' },
			{ name: 'a', type: 'INTEGER', kind: 'number' }
		];
		expect(tableFromIPC(resultToArrowIPC(cols, [{ a: 1 }], CLEAR)).schema.fields.map((f) => f.name)).toEqual(['a', 'a_2', 'redacted']);
	});
	it('writes an empty result', () => {
		expect(tableFromIPC(resultToArrowIPC(columns.slice(0, 1), [], CLEAR)).numRows).toBe(0);
	});
});

describe('provenance of results with message ids', () => {
	it.each([
		['a message_id column', ['message_id', 'n'], 'message_id'],
		['MESSAGE_ID in capitals', ['MESSAGE_ID'], 'MESSAGE_ID'],
		['id of SELECT * FROM messages', ['id', 'archive_id', 'ts_local', 'text'], 'id'],
		['id next to conversation_id and text', ['id', 'conversation_id', 'text'], 'id'],
		['id of another table', ['id', 'title', 'platform'], null],
		['no id at all', ['author', 'n'], null]
	])('%s', (_name, names, column) => {
		expect(messageIdColumn(names.map((name) => ({ name, type: 'BIGINT', kind: 'number' as const })))).toBe(column);
	});

	it('adds prov_ columns from the message each row names', () => {
		const p: Provenance = {
			platform: 'whatsapp',
			archive_sha256: 'ef'.repeat(32),
			source_file: 'chat.txt',
			line: 9,
			line_end: 10,
			source_path: null,
			ts_local: '2024-01-08T09:15:00',
			utc_offset: '+01:00',
			tz: 'Europe/Berlin',
			ts_utc: '2024-01-08T08:15:00Z',
			time_zone: 'local (not stated in the export)'
		};
		const cols: ResultColumn[] = [{ name: 'message_id', type: 'BIGINT', kind: 'number' }];
		const csv = resultToCsv(cols, [{ message_id: 5 }, { message_id: 6 }], CLEAR, { column: 'message_id', byId: new Map([[5, p]]) });
		expect(csv.split('\r\n').slice(0, 3)).toEqual([
			'\ufeffmessage_id,prov_platform,prov_archive_sha256,prov_source_file,prov_line,prov_line_end,prov_source_path,prov_ts_local,prov_utc_offset,prov_tz,prov_ts_utc,prov_time_zone,redacted',
			`5,whatsapp,${'ef'.repeat(32)},chat.txt,9,10,,2024-01-08T09:15:00,+01:00,Europe/Berlin,2024-01-08T08:15:00Z,local (not stated in the export),false`,
			'6,,,,,,,,,,,,false'
		]);
		const table = tableFromIPC(resultToArrowIPC(cols, [{ message_id: 5 }], CLEAR, { column: 'message_id', byId: new Map([[5, p]]) }));
		expect(table.getChild('prov_line')!.type.toString()).toBe('Int64');
		expect([...table.getChild('prov_ts_utc')!]).toEqual([Date.UTC(2024, 0, 8, 8, 15)]);
	});
});
