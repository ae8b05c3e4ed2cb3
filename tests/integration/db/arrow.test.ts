import { beforeAll, describe, expect, it } from 'vitest';
import { buildImportBatches } from '$lib/db/arrow';
import { boolColumn, dictionaryColumn, int32Column, int64Column, ipcStream, timestampMsColumn, utf8Column } from '$lib/db/arrow-columns';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import type { ParsedFile } from '$lib/model/types';

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	await db.exec(`CREATE TEMP TABLE probe (s VARCHAR, d VARCHAR, i INTEGER, b BIGINT, t TIMESTAMP, f BOOLEAN)`);
});

const strings: (string | null)[] = [
	'你好，世界',
	'👩‍👩‍👧‍👦 family',
	'🇩🇪🇨🇳',
	'e\u0301 café',
	'',
	null,
	'tab\tnew\nline\r\n',
	`quotes ' " \\ ;`,
	'\u202aRTL\u202c ‏שלום‏',
	'\u0000nul',
	'x'.repeat(70_000) + '😀',
	'\ud800 lone high',
	'lone low \udc00',
	'ASCII only'
];
// What survives UTF-8: lone surrogates become U+FFFD, exactly as TextEncoder writes them.
const expected = strings.map((s) => (s == null ? null : new TextDecoder().decode(new TextEncoder().encode(s))));
const utf8Bytes = (s: string | null) => (s == null ? null : new TextEncoder().encode(s).length);

describe('Arrow columns through DuckDB', () => {
	it('round-trip unicode, empty strings and NULLs byte for byte', async () => {
		const n = strings.length;
		const ints = strings.map((_, i) => (i % 4 === 3 ? null : i * 1000 - 5000));
		const bigs = strings.map((_, i) => (i % 5 === 4 ? null : (i - 7) * 2 ** 40 + i));
		const times = strings.map((_, i) => (i % 6 === 5 ? NaN : Date.UTC(1969, 11, 31, 23, 59, 59) + i * 86_400_000));
		await db.insertArrowIPC(
			'probe',
			ipcStream(
				[
					['s', utf8Column(n, (i) => strings[i])],
					['d', dictionaryColumn(n, (i) => strings[i % 3 === 0 ? 0 : i])],
					['i', int32Column(n, (i) => ints[i])],
					['b', int64Column(n, (i) => bigs[i])],
					['t', timestampMsColumn(n, (i) => times[i])],
					['f', boolColumn(n, (i) => i % 2 === 0)]
				],
				n
			)
		);
		const rows = await db.query<{ s: string | null; d: string | null; bytes: number | null; i: number | null; b: number | null; t: string | null; f: boolean }>(
			`SELECT s, d, strlen(s) AS bytes, i, b, t, f FROM probe`
		);
		expect(rows.map((r) => r.s)).toEqual(expected);
		expect(rows.map((r) => r.bytes)).toEqual(strings.map(utf8Bytes));
		expect(rows.map((r) => r.d)).toEqual(strings.map((_, i) => expected[i % 3 === 0 ? 0 : i]));
		expect(rows.map((r) => r.i)).toEqual(ints);
		expect(rows.map((r) => r.b)).toEqual(bigs);
		expect(rows.map((r) => r.t)).toEqual(times.map((t) => (Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z'))));
		expect(rows.map((r) => r.f)).toEqual(strings.map((_, i) => i % 2 === 0));
	});

	it('split a file into batches that load to the same rows', async () => {
		const file: ParsedFile = {
			platform: 'whatsapp',
			format: 'whatsapp-ios-txt',
			conversations: [{ title: '家族 👨‍👩‍👧', kind: 'group' }],
			notes: [],
			messages: strings.map((s, i) => ({
				index: i,
				author: i % 2 ? '小明' : '👩‍💻 Ana',
				authorRaw: i % 2 ? '小明' : '~ 👩‍💻 Ana',
				ts: i === 3 ? 'not a time' : `2024-01-0${1 + (i % 9)}T10:00:00`,
				kind: 'text',
				text: s ?? '',
				attachments: i % 4 === 0 ? [`${s ?? ''}.jpg`] : [],
				edited: false,
				line: i + 1,
				lineEnd: i + 1,
				raw: s ?? ''
			})),
			unparsed: [{ line: 99, text: '', reason: '' }]
		};
		const batches = buildImportBatches(
			{ archiveId: 7, firstConversationId: 7, file, timeZone: 'Asia/Shanghai', participantIds: new Map(), firstMessageId: 100 },
			4
		);
		expect(batches.map((b) => [b.table, b.rows])).toEqual([
			['messages', 4],
			['messages', 4],
			['messages', 4],
			['messages', 2],
			['attachments', 4],
			['unparsed_lines', 1]
		]);

		await importParsedFile(
			db,
			file,
			{ name: '家族.txt', bytes: 1, sha256: 'ab'.repeat(32) },
			{
				timeZone: 'Asia/Shanghai',
				buildBatches: (input) => buildImportBatches(input, 4)
			}
		);
		const rows = await db.query<{ idx: number; author: string; text: string; raw: string; ts_utc: string | null }>(
			`SELECT idx, author, text, raw, ts_utc FROM messages ORDER BY idx`
		);
		expect(rows.map((r) => r.text)).toEqual(expected.map((s) => s ?? ''));
		expect(rows.map((r) => r.raw)).toEqual(expected.map((s) => s ?? ''));
		expect(rows.map((r) => r.author)).toEqual(strings.map((_, i) => (i % 2 ? '小明' : '👩‍💻 Ana')));
		expect(rows[0].ts_utc).toBe('2024-01-01T02:00:00Z');
		expect(rows[3].ts_utc).toBeNull();
		expect(await db.query(`SELECT title FROM conversations`)).toEqual([{ title: '家族 👨‍👩‍👧' }]);
		expect(await db.query(`SELECT count(*) AS n FROM attachments`)).toEqual([{ n: 4 }]);
		expect(await db.query(`SELECT line, path, text, reason FROM unparsed_lines`)).toEqual([{ line: 99, path: null, text: '', reason: '' }]);
	});
});
