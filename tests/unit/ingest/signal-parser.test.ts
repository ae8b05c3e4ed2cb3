// Hand-written expectations for the signal-export JSON Lines parser (fixtures in tests/fixtures/signal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signalJsonl } from '../../../src/lib/ingest/signal/index';
import type { MessageKind, ParsedFile } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/signal');

function parseFixture(name: string, path = name): ParsedFile {
	return signalJsonl.parse({ path, text: readFileSync(join(FIXTURES, name), 'utf8') });
}

interface Expected {
	line: number;
	author: string;
	authorRaw?: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments?: string[];
}

function expectRecords(file: ParsedFile, expected: Expected[]): void {
	const actual = file.messages.map((m) => ({
		line: m.line,
		lineEnd: m.lineEnd,
		author: m.author,
		authorRaw: m.authorRaw,
		ts: m.ts,
		kind: m.kind,
		text: m.text,
		attachments: m.attachments,
		edited: m.edited,
		conversation: m.conversation
	}));
	const want = expected.map((e) => ({ lineEnd: e.line, authorRaw: e.author, attachments: [], edited: false, conversation: 0, ...e }));
	expect(actual).toEqual(want);
	expect(file.messages.map((m) => m.index)).toEqual(expected.map((_, i) => i));
}

const AYA = 'Aya Tanaka';

describe('Signal fixtures', () => {
	it('direct_chat_all_kinds: text, quote, attachment, stickers, deleted, calls, notice', () => {
		const file = parseFixture('direct_chat_all_kinds.jsonl', 'Aya Tanaka/data.json');
		expect(file.platform).toBe('signal');
		expect(file.format).toBe('signal-jsonl');
		expect(file.conversations).toEqual([{ title: 'Aya Tanaka', kind: 'direct' }]);
		expectRecords(file, [
			{ line: 1, author: AYA, ts: '2024-06-01T09:00:00', kind: 'text', text: 'Morning! Are we still on for Friday?' },
			// Microseconds dropped; the quote stays in raw, not in the text.
			{ line: 2, author: 'Me', ts: '2024-06-01T09:01:30', kind: 'text', text: 'Yes, 10:00 at the café' },
			{ line: 3, author: AYA, ts: '2024-06-01T09:02:00', kind: 'media', text: '', attachments: ['2024-06-01T09-02-00.000_00_menu.jpg'] },
			{ line: 4, author: AYA, ts: '2024-06-01T09:03:00', kind: 'media', text: '🎉' },
			{ line: 5, author: 'Me', ts: '2024-06-01T09:04:00', kind: 'deleted', text: '' },
			{ line: 6, author: AYA, ts: '2024-06-01T09:05:00', kind: 'call', text: 'Missed voice call' },
			{ line: 7, author: '', authorRaw: 'No-Sender', ts: '2024-06-01T09:06:00', kind: 'system', text: '' },
			{ line: 8, author: 'Me', ts: '2024-06-01T09:07:00', kind: 'text', text: 'Línea uno\nZeile zwei\n第三行' },
			{ line: 9, author: AYA, ts: '2024-06-01T09:08:00', kind: 'media', text: '😀' },
			{ line: 10, author: 'Me', ts: '2024-06-01T09:09:00', kind: 'call', text: '' },
			{ line: 11, author: AYA, ts: '2024-06-01T09:10:00', kind: 'call', text: 'Incoming video call (accepted, 2m 5s)' },
			{ line: 12, author: AYA, ts: '2024-06-01T09:11:00', kind: 'deleted', text: '(This message was deleted)' }
		]);
		expect(file.unparsed).toEqual([]);
		expect(JSON.parse(file.messages[1].raw).quote).toBe('\n\n> Morning! Are we still on for Friday?\n\n');
		expect(file.notes[0]).toBe('conversation kind direct: 1 sender besides "Me"');
	});

	it('group_chat_three_senders: two senders besides Me make a group', () => {
		const file = parseFixture('group_chat_three_senders.jsonl', 'exports/Grill Club/data.json');
		expect(file.conversations).toEqual([{ title: 'Grill Club', kind: 'group' }]);
		expect(file.messages.map((m) => [m.author, m.text])).toEqual([
			[AYA, 'Who brings the grill?'],
			['Jim Okoro', 'I will'],
			['Me', 'Great']
		]);
	});

	it('malformed_lines_and_truncation: bad lines go to unparsed with their line numbers', () => {
		const file = parseFixture('malformed_lines_and_truncation.jsonl');
		expect(file.conversations).toEqual([{ title: 'malformed_lines_and_truncation', kind: 'direct' }]);
		expectRecords(file, [
			{ line: 1, author: AYA, ts: '2024-06-02T10:00:00', kind: 'text', text: 'ok' },
			// An explicit offset is converted to UTC.
			{ line: 7, author: 'Me', ts: '2024-06-02T08:05:00Z', kind: 'text', text: 'offset date' }
		]);
		expect(file.unparsed.map((u) => [u.line, u.text])).toEqual([
			[2, 'this is not json'],
			[4, '["an", "array"]'],
			[5, '{"foo": 1}'],
			[6, '{"date": "yesterday", "sender": "Me", "body": "bad date  "}'],
			[8, '{"date": "2024-06-02T10:06:00", "sender": "Me", "body": "cut off here']
		]);
		expect(file.unparsed[0].reason).toMatch(/^not valid JSON: /);
		expect(file.unparsed[1].reason).toBe('not a signal-export message: a line must hold a JSON object, found an array');
		expect(file.unparsed[2].reason).toBe('not a signal-export message: keys foo');
		expect(file.unparsed[3].reason).toBe('unreadable date "yesterday"');
		expect(file.unparsed[4].reason).toMatch(/^not valid JSON \(the last line: the export may be cut off\): /);
	});
});

const LINE = (fields: Record<string, unknown>) =>
	JSON.stringify({
		date: '2024-01-01T12:00:00',
		sender: 'Ana',
		body: '',
		quote: '',
		sticker: '',
		reactions: [],
		attachments: [],
		deleted: false,
		call: false,
		missed: false,
		...fields
	});

const KIND_CASES: [string, Record<string, unknown>, MessageKind, string, string, string[]][] = [
	['text (two trailing spaces removed)', { body: 'hola  ' }, 'text', 'Ana', 'hola', []],
	['text keeps a single trailing space', { body: 'hola ' }, 'text', 'Ana', 'hola ', []],
	['attachment by name', { attachments: [{ name: 'a.pdf', path: 'media/a.pdf' }] }, 'media', 'Ana', '', ['a.pdf']],
	['attachment with path only', { attachments: [{ path: 'media/b.jpg' }] }, 'media', 'Ana', '', ['media/b.jpg']],
	['sticker emoji string', { sticker: '🙂' }, 'media', 'Ana', '🙂', []],
	['sticker object', { sticker: { id: '1', packId: 'p', packKey: 'k', emoji: '🐱' } }, 'media', 'Ana', '🐱', []],
	['deleted flag', { deleted: true, body: 'x  ' }, 'deleted', 'Ana', 'x', []],
	['deleted body', { body: '(This message was deleted)' }, 'deleted', 'Ana', '(This message was deleted)', []],
	['call flag', { call: true }, 'call', 'Ana', '', []],
	['missed flag', { missed: true, body: 'Missed call' }, 'call', 'Ana', 'Missed call', []],
	['outgoing call body', { sender: 'Me', body: 'Outgoing voice call (unanswered)  ' }, 'call', 'Me', 'Outgoing voice call (unanswered)', []],
	['notice without sender', { sender: 'No-Sender', body: '  ' }, 'system', '', '', []],
	['notice with null sender', { sender: null, body: 'Safety number changed' }, 'system', '', 'Safety number changed', []],
	['empty body from a sender', { body: '  ' }, 'other', 'Ana', '', []]
];

describe('Signal kind mapping', () => {
	it.each(KIND_CASES)('%s', (_name, fields, kind, author, text, attachments) => {
		const file = signalJsonl.parse({ path: 'data.json', text: LINE(fields) + '\n' });
		expect(file.unparsed).toEqual([]);
		const m = file.messages[0];
		expect({ kind: m.kind, author: m.author, text: m.text, attachments: m.attachments }).toEqual({ kind, author, text, attachments });
	});

	it('bidi marks are stripped from the author, kept in authorRaw', () => {
		const file = signalJsonl.parse({ path: 'data.json', text: LINE({ sender: '\u2068José\u2069', body: 'hi' }) });
		expect([file.messages[0].author, file.messages[0].authorRaw]).toEqual(['José', '\u2068José\u2069']);
	});

	it('titles: folder of data.json, else the file name', () => {
		const t = (path: string) => signalJsonl.parse({ path, text: '' }).conversations[0].title;
		expect([t('Aya/data.json'), t('C:\\exports\\Família\\data.json'), t('data.json'), t('chat-with-bo.jsonl'), t('')]).toEqual([
			'Aya',
			'Família',
			'Signal chat',
			'chat-with-bo',
			'Signal chat'
		]);
	});
});

describe('Signal sniff', () => {
	const FIRST = readFileSync(join(FIXTURES, 'direct_chat_all_kinds.jsonl'), 'utf8');
	it.each([
		['a signal-export data.json', FIRST],
		['with CRLF and a BOM', '\ufeff' + FIRST.replace(/\n/g, '\r\n')],
		['a first line cut by the sample', FIRST.slice(0, 120)],
		['a null sender on the first line', LINE({ sender: null, body: 'x' })]
	])('claims %s', (_name, sample) => {
		expect(signalJsonl.sniff(sample, 'whatever.txt')).toBe(true);
	});

	it.each([
		['WhatsApp', '1/2/24, 9:07 AM - Ana Silva: Shipment delayed\n'],
		[
			'Telegram single chat',
			'{\n "name": "Bob",\n "type": "personal_chat",\n "id": 1,\n "messages": [\n  {"id": 1, "type": "message", "date": "2024-01-01T00:00:00"}\n ]\n}'
		],
		[
			'Telegram on one line',
			'{"name": "Bob", "type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", "date": "2024-01-01T00:00:00", "from": "Bob", "text": "hi"}]}'
		],
		['Slack', '[{"type": "message", "user": "U1", "text": "hi", "ts": "1452845865.000008"}]'],
		['Discord', '{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": []}'],
		['Messenger', '{"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "x"}]}'],
		['iMessage NDJSON', '{"rowid": 1, "guid": "x", "date_iso": "2022-05-17T20:29:42+02:00", "is_from_me": false, "sender": {"handle": "+1"}, "text": "Hi"}'],
		[
			'WeCom archive JSONL',
			'{"msgid":"CAQQ","action":"send","from":"Xu","tolist":["ice"],"roomid":"","msgtime":1547087894783,"msgtype":"text","text":{"content":"test"}}'
		],
		['a JSON Lines file whose second line is not an object', LINE({ body: 'x' }) + '\nplain text\n'],
		['CSV', 'date,sender,body\n2024-01-01,Ana,hi\n'],
		['garbage', '\u0000\u0001{"date"'],
		['empty', '']
	])('does not claim %s', (_name, sample) => {
		expect(signalJsonl.sniff(sample, 'data.json')).toBe(false);
	});
});

describe('Signal never throws', () => {
	it.each([
		['random characters', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
		['non-string input', undefined],
		['a 20 MB single line', '{"date": "2024-01-01T00:00:00", "sender": "A", "body": "' + 'x'.repeat(20_000_000) + '"}'],
		['a 20 MB single unterminated line', '{"date": "2024-01-01T00:00:00", "sender": "A", "body": "' + 'x'.repeat(20_000_000)],
		['deep nesting', '['.repeat(100000)]
	])('on %s', (_name, text) => {
		const file = signalJsonl.parse({ path: 'data.json', text: text as string });
		expect(file.platform).toBe('signal');
		for (const u of file.unparsed) expect(u.text.length).toBeLessThanOrEqual(64 * 1024 + 1);
	});
});
