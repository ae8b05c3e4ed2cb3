// Hand-written expectations for tests/fixtures/csv-generic/*.csv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericCsv, parseGenericCsv, type CsvMapping } from '../../../src/lib/ingest/csv-generic/index';
import type { MessageKind, ParsedFile } from '../../../src/lib/model/types';
import { countStringWork } from '../../helpers/string-work';

const FIXTURES = join(import.meta.dirname, '../../fixtures/csv-generic');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

interface Expected {
	path: string;
	line: number;
	lineEnd?: number;
	author: string;
	ts: string;
	kind?: MessageKind;
	text: string;
	conversation?: number;
	authorId?: string;
	sourceId?: string;
}

function parseFixture(name: string): ParsedFile {
	return genericCsv.parse({ path: `exports/${name}`, text: read(name) });
}

function expectRecords(file: ParsedFile, expected: Expected[]): void {
	expect(
		file.messages.map((m) => {
			const r: Record<string, unknown> = {
				path: m.path,
				line: m.line,
				lineEnd: m.lineEnd,
				author: m.author,
				ts: m.ts,
				kind: m.kind,
				text: m.text,
				conversation: m.conversation
			};
			if (m.authorId !== undefined) r.authorId = m.authorId;
			if (m.sourceId !== undefined) r.sourceId = m.sourceId;
			return r;
		})
	).toEqual(expected.map((e) => ({ lineEnd: e.line, kind: 'text', conversation: 0, ...e })));
	expect(file.messages.map((m) => m.index)).toEqual(expected.map((_, i) => i));
	expect(file.messages.every((m) => m.authorRaw === m.author && m.attachments.length === 0 && !m.edited)).toBe(true);
}

describe('generic CSV fixtures', () => {
	it('en_iso_offsets_multiline_bad_rows: offsets to UTC, naive kept, quoted lines, bad rows unparsed', () => {
		const file = parseFixture('en_iso_offsets_multiline_bad_rows.csv');
		expect(file.platform).toBe('csv');
		expect(file.format).toBe('generic-csv');
		expect(file.conversations).toEqual([{ title: 'en_iso_offsets_multiline_bad_rows', kind: 'group' }]);
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: 'Ana Silva', ts: '2024-03-05T13:07:09Z', text: 'Morning all' },
			{ path: 'row 3', line: 3, lineEnd: 4, author: 'Bo Li', ts: '2024-03-05T14:08:00Z', text: 'Two lines:\nsecond line, with a comma' },
			{ path: 'row 4', line: 5, author: 'Ana Silva', ts: '2024-03-05T14:09:30', text: 'She said "ok"' },
			{ path: 'row 7', line: 8, author: 'Chidi Okafor', ts: '2024-03-05T08:41:00Z', kind: 'other', text: '' }
		]);
		expect(file.messages[1].raw).toBe('2024-03-05T14:08:00Z,Bo Li,"Two lines:\nsecond line, with a comma"');
		expect(file.unparsed).toEqual([
			{ line: 6, path: 'row 5', text: '2024-03-05T14:10:00-05:00,Chidi Okafor,late reply,extra column', reason: 'expected 3 columns, found 4' },
			{ line: 7, path: 'row 6', text: 'not a date,Bo Li,this row has no time', reason: 'time "not a date" does not read as ymd' }
		]);
	});

	it('de_date_time_split_crlf: German names, date and time columns joined, day-first, CRLF', () => {
		const file = parseFixture('de_date_time_split_crlf.csv');
		expect(file.conversations).toEqual([{ title: 'de_date_time_split_crlf', kind: 'direct' }]);
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: 'Jürgen Weiß', ts: '2024-03-05T14:07:00', text: 'Grüße aus München' },
			{ path: 'row 3', line: 3, author: 'Begoña Núñez', ts: '2024-03-05T14:08:30', text: '¡Hola, Jürgen!' },
			{ path: 'row 4', line: 4, author: 'Jürgen Weiß', ts: '2024-03-13T09:00:00', text: 'Termin am Freitag?' }
		]);
		expect(file.messages[0].raw).toBe('05.03.2024,14:07,Jürgen Weiß,Grüße aus München');
		expect(file.notes[0]).toBe('columns guessed: timestamp "Datum" + time "Uhrzeit" (dmy), author "Absender", text "Nachricht"');
		expect(file.unparsed).toEqual([]);
	});

	it('en_us_mdy_ampm_chat_column_bom: month-first 12-hour times, one conversation per chat value', () => {
		const file = parseFixture('en_us_mdy_ampm_chat_column_bom.csv');
		expect(file.conversations).toEqual([
			{ title: 'Ops', kind: 'group' },
			{ title: 'Ana & Dana', kind: 'direct' }
		]);
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: 'Ana Silva', ts: '2024-03-15T14:07:00', text: 'hi team' },
			{ path: 'row 3', line: 3, author: 'Bo Li', ts: '2024-03-15T14:08:00', text: 'hello' },
			{ path: 'row 4', line: 4, author: 'Ana Silva', ts: '2024-03-16T09:00:00', text: 'private note', conversation: 1 },
			{ path: 'row 5', line: 5, author: 'Dana Weiss', ts: '2024-03-16T09:01:00', text: 'got it', conversation: 1 },
			{ path: 'row 6', line: 6, author: 'Chidi Okafor', ts: '2024-03-16T09:02:00', text: 'me too' }
		]);
	});

	it('zh_headers_epoch_ms: Chinese column names, epoch milliseconds to UTC', () => {
		const file = parseFixture('zh_headers_epoch_ms.csv');
		expect(file.conversations).toEqual([{ title: '项目组', kind: 'group' }]);
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: '李伟', ts: '2024-01-02T09:00:00Z', text: '会议改到周五' },
			{ path: 'row 3', line: 3, author: '王芳', ts: '2024-01-02T09:01:00Z', text: '收到 👍' },
			{ path: 'row 4', line: 4, author: '张强', ts: '2024-01-02T09:02:00Z', text: '好的' }
		]);
	});

	it('epoch_seconds_ids: epoch seconds, message and author ids, an empty time unparsed', () => {
		const file = parseFixture('epoch_seconds_ids.csv');
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: 'ana', authorId: 'U001', sourceId: 'm1', ts: '2024-01-02T09:00:00Z', text: 'first' },
			{ path: 'row 3', line: 3, author: 'bo', authorId: 'U002', sourceId: 'm2', ts: '2024-01-02T09:01:01Z', text: 'second' }
		]);
		expect(file.unparsed).toEqual([{ line: 4, path: 'row 4', text: 'm3,,U001,ana,no time here', reason: 'time "" does not read as epoch-s' }]);
	});

	it('reads with a mapping the user changed (no header, other columns)', () => {
		const mapping: CsvMapping = {
			hasHeader: false,
			timestamp: 1,
			time: null,
			dateFormat: 'dmy',
			text: 0,
			author: null,
			authorId: null,
			conversation: null,
			sourceId: null
		};
		const file = parseGenericCsv('hello,02/01/2024 10:00\nbye,03/01/2024 11:00\n', 'notes.csv', mapping);
		expect(file.conversations).toEqual([{ title: 'notes', kind: 'direct' }]);
		expectRecords(file, [
			{ path: 'row 1', line: 1, author: '', ts: '2024-01-02T10:00:00', text: 'hello' },
			{ path: 'row 2', line: 2, author: '', ts: '2024-01-03T11:00:00', text: 'bye' }
		]);
	});

	it('an unclosed quote mid-file loses only its own row', () => {
		const file = genericCsv.parse({
			path: 'x.csv',
			text: 'timestamp,author,text\n2024-01-02 09:00,Ana,hi\n2024-01-02 09:01,Bo,"oops\n2024-01-02 09:02,Ana,after\n'
		});
		expectRecords(file, [
			{ path: 'row 2', line: 2, author: 'Ana', ts: '2024-01-02T09:00:00', text: 'hi' },
			{ path: 'row 3', line: 4, author: 'Ana', ts: '2024-01-02T09:02:00', text: 'after' }
		]);
		expect(file.messages.map((m) => m.raw)).toEqual(['2024-01-02 09:00,Ana,hi', '2024-01-02 09:02,Ana,after']);
		expect(file.unparsed).toEqual([{ line: 3, text: '2024-01-02 09:01,Bo,"oops', reason: 'quoted field not closed before the end of the file' }]);
	});

	it('reports an unclosed quote and a mapping without columns', () => {
		const file = genericCsv.parse({ path: 'x.csv', text: 'time,author,text\n2024-01-02 09:00,Ana,"never closed\n' });
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => u.line)).toContain(2);
		const none = parseGenericCsv('a,b\n1,2\n', 'x.csv', {
			hasHeader: true,
			timestamp: -1,
			time: null,
			dateFormat: 'ymd',
			text: -1,
			author: null,
			authorId: null,
			conversation: null,
			sourceId: null
		});
		expect(none.unparsed).toEqual([{ line: 1, path: 'row 1', text: 'a,b', reason: 'no timestamp or text column in the mapping' }]);
	});
});

describe('generic CSV sniff', () => {
	it.each([
		['en_iso_offsets_multiline_bad_rows.csv'],
		['de_date_time_split_crlf.csv'],
		['en_us_mdy_ampm_chat_column_bom.csv'],
		['zh_headers_epoch_ms.csv'],
		['epoch_seconds_ids.csv']
	])('claims %s', (name) => {
		expect(genericCsv.sniff(read(name), name)).toBe(true);
	});

	it.each<[string, string]>([
		['WhatsApp txt', '1/2/24, 9:07 AM - Ana Silva: Shipment delayed\n1/2/24, 9:08 AM - Bo Li: ok\n'],
		['Messenger JSON', '{"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "x"}]}'],
		['Slack JSON', '[{"type": "message", "user": "U1", "text": "hi", "ts": "1.0"}]'],
		['Signal JSONL', '{"id":"a","type":"incoming","body":"hi","sent_at":1704186000000}\n'],
		['WeChat CSV (no text column by name)', 'localId,TalkerId,Type,IsSender,CreateTime,StrContent\n1,1,1,1,1704186000,你好\n'],
		['a table without a text column', 'date,amount\n2024-01-01,5\n2024-01-02,7\n'],
		['a text column but no times', 'name,message\nAna,hi\nBo,yo\n'],
		['only a header', 'timestamp,author,text\n'],
		['no header row (the first row is data)', '2024-01-02 09:00,Ana,hi\n2024-01-02 09:01,Bo,ok\n'],
		['garbage', '\u0000\u0001\u0002\ufffd PK\u0003\u0004'],
		['empty', ''],
		['HTML', '<html><body>timestamp,text</body></html>']
	])('does not claim %s', (_name, text) => {
		expect(genericCsv.sniff(text, 'x.csv')).toBe(false);
	});
});

describe('generic CSV never throws', () => {
	it.each<[string, string]>([
		['random text', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
		['a 5 MB single line', 'x,'.repeat(2_500_000)],
		['a 5 MB quoted field never closed', 'timestamp,text\n2024-01-02,"' + 'y'.repeat(5_000_000)],
		['many unclosed quotes', 'timestamp,text\n' + '2024-01-02,"a\n'.repeat(5000)],
		['ragged rows', 'timestamp,text\n2024-01-02\n,,,,\n"\n']
	])('on %s', (_name, text) => {
		expect(() => genericCsv.sniff(text, 'x.csv')).not.toThrow();
		expect(() => genericCsv.parse({ path: 'x.csv', text })).not.toThrow();
	});

	// Cost is counted, not timed (tests/helpers/string-work.ts): characters scanned, read and copied at two sizes stay
	// a small multiple of the text, where a rescan per row would grow with the square of it.
	it('parses rows with work linear in the text: counted at 20k and 40k rows', () => {
		const csv = (n: number) => 'timestamp,author,text\n' + Array.from({ length: n }, (_, i) => `${1704186000 + i},user${i % 7},message ${i}`).join('\n');
		const [small, large] = [csv(20_000), csv(40_000)];
		const one = countStringWork(() => genericCsv.parse({ path: 'big.csv', text: small }));
		const two = countStringWork(() => genericCsv.parse({ path: 'big.csv', text: large }));
		expect([one.result.messages.length, two.result.messages.length]).toEqual([20_000, 40_000]);
		expect(one.work).toBeLessThanOrEqual(32 * small.length);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('parses 100k rows', { timeout: 60_000 }, () => {
		const rows = Array.from({ length: 100_000 }, (_, i) => `${1704186000 + i},user${i % 7},message ${i}`);
		const file = genericCsv.parse({ path: 'big.csv', text: 'timestamp,author,text\n' + rows.join('\n') });
		expect(file.messages).toHaveLength(100_000);
		expect(file.messages[99_999].text).toBe('message 99999');
	});
});
