// Hand-written expectations for each fixture (tests/fixtures/messenger/make-fixtures.mjs writes the bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messengerJson, messengerThreadParts } from '../../../src/lib/ingest/messenger/index';
import type { MessageKind, ParsedFile } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/messenger');

interface Expected {
	path: string;
	line: number;
	author: string;
	authorRaw?: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments?: string[];
}

function read(name: string): string {
	return readFileSync(join(FIXTURES, name), 'utf8');
}

function parseFixture(name: string): ParsedFile {
	return messengerJson.parse({ path: name, text: read(name) });
}

function expectRecords(file: ParsedFile, expected: Expected[], conversation = 0): void {
	const actual = file.messages.map((m) => ({
		path: m.path,
		line: m.line,
		author: m.author,
		authorRaw: m.authorRaw,
		ts: m.ts,
		kind: m.kind,
		text: m.text,
		attachments: m.attachments
	}));
	expect(actual).toEqual(expected.map((e) => ({ authorRaw: e.author, attachments: [], ...e })));
	expect(file.messages.map((m) => m.index)).toEqual(expected.map((_, i) => i));
	expect(file.messages.every((m) => m.conversation === conversation && m.edited === false)).toBe(true);
}

const J = 'Jürgen Weiß';
const B = 'Begoña Núñez';
const DIR = 'messages/inbox/jurgenweiss_1122334455';

describe('Messenger JSON fixtures', () => {
	it('direct_newest_first_every_kind_mojibake: chronological order, every kind, repaired text', () => {
		const file = parseFixture('direct_newest_first_every_kind_mojibake.json');
		expect(file.platform).toBe('messenger');
		expect(file.format).toBe('messenger-json');
		expect(file.conversations).toEqual([{ title: J, kind: 'direct', sourceId: 'inbox/jurgenweiss_1122334455' }]);
		expectRecords(file, [
			{ path: 'messages[14]', line: 127, author: B, ts: '2024-02-03T16:10:00Z', kind: 'text', text: '¡Hola! ¿Qué tal, señor?' },
			{ path: 'messages[13]', line: 122, author: J, ts: '2024-02-03T16:20:00Z', kind: 'text', text: 'Grüße aus München! Übermorgen? 😆' },
			{ path: 'messages[12]', line: 111, author: B, ts: '2024-02-03T16:30:00Z', kind: 'text', text: '会议改到周五 🙂' },
			{ path: 'messages[11]', line: 106, author: J, ts: '2024-02-03T16:40:00Z', kind: 'other', text: '' },
			{
				path: 'messages[10]',
				line: 91,
				author: B,
				ts: '2024-02-03T16:50:00Z',
				kind: 'media',
				text: 'fotos',
				attachments: [`${DIR}/photos/a.jpg`, `${DIR}/photos/b.jpg`]
			},
			{ path: 'messages[9]', line: 81, author: J, ts: '2024-02-03T17:00:00Z', kind: 'media', text: '', attachments: [`${DIR}/videos/clip.mp4`] },
			{ path: 'messages[8]', line: 71, author: B, ts: '2024-02-03T17:10:00Z', kind: 'media', text: '', attachments: [`${DIR}/audio/audioclip1706980200.mp4`] },
			{ path: 'messages[7]', line: 61, author: J, ts: '2024-02-03T17:20:00Z', kind: 'media', text: '', attachments: [`${DIR}/files/Angebot_März.pdf`] },
			{ path: 'messages[6]', line: 52, author: B, ts: '2024-02-03T17:30:00Z', kind: 'media', text: '', attachments: [`${DIR}/gifs/party.gif`] },
			{
				path: 'messages[5]',
				line: 44,
				author: J,
				ts: '2024-02-03T17:40:00Z',
				kind: 'media',
				text: '',
				attachments: ['messages/stickers_used/369239263222822.png']
			},
			{ path: 'messages[4]', line: 35, author: B, ts: '2024-02-03T17:50:00Z', kind: 'text', text: 'mira esto\nhttps://example.org/receta' },
			{ path: 'messages[3]', line: 29, author: J, ts: '2024-02-03T18:00:00Z', kind: 'call', text: 'Begoña called you.' },
			{ path: 'messages[2]', line: 24, author: B, ts: '2024-02-03T18:10:00Z', kind: 'deleted', text: '' },
			{
				path: 'messages[1]',
				line: 16,
				author: J,
				ts: '2024-02-03T18:20:00Z',
				kind: 'location',
				text: 'Jürgen Weiß sent a location.\nhttps://maps.google.com/?q=48.137,11.575'
			},
			{ path: 'messages[0]', line: 11, author: '', authorRaw: B, ts: '2024-02-03T18:30:05Z', kind: 'system', text: 'Begoña Núñez sent an attachment.' }
		]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes.join(' ')).toMatch(/newest first/);
		const first = file.messages[0];
		expect(first.lineEnd).toBe(131);
		expect(first.raw).toBe(
			'{"sender_name":"Bego\u00c3\u00b1a N\u00c3\u00ba\u00c3\u00b1ez","timestamp_ms":1706976600000,"content":"\u00c2\u00a1Hola! \u00c2\u00bfQu\u00c3\u00a9 tal, se\u00c3\u00b1or?"}'
		);
		// Reactions stay in raw.
		expect(JSON.parse(file.messages[2].raw).reactions).toEqual([{ reaction: '\u00f0\u009f\u0091\u008d', actor: 'J\u00c3\u00bcrgen Wei\u00c3\u009f' }]);
	});

	it('clean_utf8_not_repaired: text that is not mojibake stays as written', () => {
		const file = parseFixture('clean_utf8_not_repaired.json');
		expectRecords(file, [
			{ path: 'messages[1]', line: 16, author: 'Zoë Kim', ts: '2024-03-01T10:00:00Z', kind: 'text', text: 'Señor Müller, café' },
			{ path: 'messages[0]', line: 11, author: 'Li Wei', ts: '2024-03-01T10:00:01Z', kind: 'text', text: '你好，café' }
		]);
		expect(file.conversations).toEqual([{ title: 'Li Wei', kind: 'direct', sourceId: 'inbox/liwei_555' }]);
	});

	it('group_system_lines: >2 participants is a group; generated lines are system records without author', () => {
		const file = parseFixture('group_system_lines.json');
		expect(file.conversations).toEqual([{ title: 'Weekend Hikers 🥾', kind: 'group', sourceId: 'inbox/weekendhikers_9988776655' }]);
		expectRecords(file, [
			{ path: 'messages[5]', line: 46, author: '', authorRaw: 'Ana Silva', ts: '2024-05-01T12:00:00Z', kind: 'system', text: 'Ana Silva created the group.' },
			{
				path: 'messages[4]',
				line: 41,
				author: '',
				authorRaw: 'Ana Silva',
				ts: '2024-05-01T12:01:00Z',
				kind: 'system',
				text: 'Ana Silva named the group Weekend Hikers 🥾.'
			},
			{
				path: 'messages[3]',
				line: 30,
				author: '',
				authorRaw: 'Ana Silva',
				ts: '2024-05-01T12:02:00Z',
				kind: 'system',
				text: 'Ana Silva added Chidi Okafor to the group.'
			},
			{
				path: 'messages[2]',
				line: 25,
				author: '',
				authorRaw: 'Ana Silva',
				ts: '2024-05-01T12:03:00Z',
				kind: 'system',
				text: 'Ana Silva changed the group photo.'
			},
			{ path: 'messages[1]', line: 20, author: 'Bo Li', ts: '2024-05-01T12:04:00Z', kind: 'text', text: 'see you all' },
			{ path: 'messages[0]', line: 14, author: '', authorRaw: 'Chidi Okafor', ts: '2024-05-01T12:05:00Z', kind: 'system', text: 'Chidi Okafor left the group.' }
		]);
	});

	it('truncated_mid_message: keeps the complete records and says where the file was cut', () => {
		const file = parseFixture('truncated_mid_message.json');
		expectRecords(file, [
			{ path: 'messages[1]', line: 16, author: 'Ana Silva', ts: '2024-06-01T08:02:00Z', kind: 'text', text: 'second, with a } and a ] inside "quotes"' },
			{ path: 'messages[0]', line: 11, author: 'Bo Li', ts: '2024-06-01T08:03:00Z', kind: 'text', text: 'third' }
		]);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0]).toMatchObject({ line: 21, path: 'messages[2]' });
		expect(file.unparsed[0].reason).toMatch(/ends inside messages\[2\].*2 complete records/);
		// The title comes after the messages and was cut off: the participants name the chat.
		expect(file.conversations).toEqual([{ title: 'Ana Silva, Bo Li', kind: 'direct' }]);
	});

	it('invalid_escape_and_missing_time: the bad record and the one without time are unparsed, the rest kept', () => {
		const file = parseFixture('invalid_escape_and_missing_time.json');
		expectRecords(file, [
			{ path: 'messages[2]', line: 21, author: 'Bo Li', ts: '2024-06-02T08:00:00Z', kind: 'text', text: 'before' },
			{ path: 'messages[0]', line: 11, author: 'Bo Li', ts: '2024-06-02T08:02:00Z', kind: 'text', text: 'after' }
		]);
		expect(file.unparsed.map((u) => [u.path, u.line])).toEqual([
			['messages[1]', 16],
			['messages[3]', 26]
		]);
		expect(file.unparsed[0].reason).toMatch(/^invalid JSON/);
		expect(file.unparsed[1].reason).toMatch(/no timestamp_ms/);
	});

	it('e2ee_export_oldest_first: the E2EE export shape, clean UTF-8 left alone, already in time order', () => {
		const file = parseFixture('e2ee_export_oldest_first.json');
		expect(file.conversations).toEqual([{ title: 'Bo Li_15', kind: 'direct', sourceId: 'Bo Li_15' }]);
		expectRecords(file, [
			{ path: 'messages[0]', line: 8, author: 'Bo Li', ts: '2024-07-01T10:00:00Z', kind: 'text', text: 'Grüße, René' },
			{
				path: 'messages[1]',
				line: 17,
				author: 'Ana Silva',
				ts: '2024-07-01T10:01:00Z',
				kind: 'media',
				text: '',
				attachments: ['./media/Bo Li_15/photo_1.jpg']
			},
			{ path: 'messages[2]', line: 35, author: 'Bo Li', ts: '2024-07-01T10:02:00Z', kind: 'deleted', text: 'User unsent a message' }
		]);
		expect(file.notes).toEqual([]);
	});

	it('a JSON that is not a thread: one unparsed entry describing the shape', () => {
		const arr = messengerJson.parse({ path: 'x.json', text: '[{"type":"message","user":"U1","text":"hi","ts":"1.0"}]' });
		expect(arr.messages).toEqual([]);
		expect(arr.unparsed).toHaveLength(1);
		expect(arr.unparsed[0].reason).toMatch(/JSON array/);
		const obj = messengerJson.parse({ path: 'x.json', text: '{"name":"Saved","type":"personal_chat","id":1}' });
		expect(obj.unparsed[0].reason).toMatch(/without a "messages" array \(keys: name, type, id\)/);
		const notArray = messengerJson.parse({ path: 'x.json', text: '{"participants": [], "messages": {"a": 1}}' });
		expect(notArray.unparsed.map((u) => u.reason)).toEqual(['"messages" is not an array']);
	});
});

describe('Messenger thread parts (message_1.json, message_2.json, …)', () => {
	const PARTS = 'thread_parts/messages/inbox/bookclub_4455667788';
	const p1 = `${PARTS}/message_1.json`;
	const p2 = `${PARTS}/message_2.json`;
	const entries = [
		{ path: p1, text: read(p1) },
		{ path: p2, text: read(p2) }
	];

	it('merges the parts of one thread into one conversation, oldest part first', () => {
		const file = messengerThreadParts.parse(entries);
		expect(file.platform).toBe('messenger');
		expect(file.format).toBe('messenger-thread-parts');
		expect(file.conversations).toEqual([{ title: 'Book Club 📚', kind: 'group', sourceId: 'inbox/bookclub_4455667788' }]);
		expectRecords(file, [
			{ path: `${p2}#messages[1]`, line: 29, author: 'Dana Weiss', ts: '2024-04-01T09:00:00Z', kind: 'text', text: 'Welcome to the book club!' },
			{
				path: `${p2}#messages[0]`,
				line: 19,
				author: 'Elif Şahin',
				ts: '2024-04-01T09:01:00Z',
				kind: 'media',
				text: '',
				attachments: ['messages/inbox/bookclub_4455667788/photos/cover.jpg']
			},
			{ path: `${p1}#messages[2]`, line: 29, author: 'Dana Weiss', ts: '2024-04-10T19:00:00Z', kind: 'text', text: 'next: chapter 3' },
			{ path: `${p1}#messages[1]`, line: 24, author: 'Elif Şahin', ts: '2024-04-10T19:01:00Z', kind: 'text', text: 'Kapitel 3 bis Freitag' },
			{
				path: `${p1}#messages[0]`,
				line: 19,
				author: '',
				authorRaw: 'Fatima Zahra',
				ts: '2024-04-10T19:02:00Z',
				kind: 'system',
				text: 'Fatima Zahra left the group.'
			}
		]);
		expect(file.unparsed).toEqual([]);
	});

	it('gives each thread folder its own conversation', () => {
		const other = { path: 'messages/inbox/weekendhikers_9988776655/message_1.json', text: read('group_system_lines.json') };
		const file = messengerThreadParts.parse([entries[0], other, entries[1]]);
		expect(file.conversations.map((c) => c.title)).toEqual(['Book Club 📚', 'Weekend Hikers 🥾']);
		expect(file.messages.map((m) => m.conversation)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
		expect(file.messages.map((m) => m.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it('reports a cut-off part with the entry in its path', () => {
		const cut = { path: 'messages/inbox/boli_1/message_1.json', text: read('truncated_mid_message.json') };
		const file = messengerThreadParts.parse([cut]);
		expect(file.messages).toHaveLength(2);
		expect(file.unparsed.map((u) => u.path)).toEqual(['messages/inbox/boli_1/message_1.json#messages[2]']);
	});

	it('sniffs two or more thread parts, not one file or other files', () => {
		const sample = (e: { path: string; text: string }) => ({ path: e.path, sample: e.text.slice(0, 65536) });
		expect(messengerThreadParts.sniff(entries.map(sample))).toBe(true);
		expect(messengerThreadParts.sniff([sample(entries[0])])).toBe(false);
		expect(
			messengerThreadParts.sniff([
				{ path: 'a/message_1.json', sample: '1/2/24, 9:07 AM - Ana: hi' },
				{ path: 'a/message_2.json', sample: '[]' }
			])
		).toBe(false);
		expect(
			messengerThreadParts.sniff([
				{ path: 'a/result.json', sample: entries[0].text },
				{ path: 'a/other.json', sample: entries[1].text }
			])
		).toBe(false);
		expect(messengerThreadParts.sniff([])).toBe(false);
		expect(messengerThreadParts.sniff(null as never)).toBe(false);
	});

	it('never throws on bad entries', () => {
		expect(() => messengerThreadParts.parse([{ path: 'a/message_1.json', text: '\u0000\u0001garbage' }, null as never])).not.toThrow();
		expect(messengerThreadParts.parse([]).messages).toEqual([]);
	});
});
