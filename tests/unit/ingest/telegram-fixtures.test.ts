// Hand-written expectations for each fixture in tests/fixtures/telegram (the files are small: read them alongside).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { telegramJson } from '../../../src/lib/ingest/telegram/index';
import type { MessageKind, ParsedFile } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/telegram');

interface Expected {
	path: string;
	conversation?: number;
	line: number;
	lineEnd: number;
	sourceId: string;
	author: string;
	authorRaw?: string;
	authorId?: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments?: string[];
	edited?: boolean;
	replyTo?: string;
}

function parseFixture(name: string): ParsedFile {
	return telegramJson.parse({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
}

function expectRecords(file: ParsedFile, expected: Expected[]): void {
	const actual = file.messages.map((m) => ({
		path: m.path,
		conversation: m.conversation,
		line: m.line,
		lineEnd: m.lineEnd,
		sourceId: m.sourceId,
		author: m.author,
		authorRaw: m.authorRaw,
		authorId: m.authorId,
		ts: m.ts,
		kind: m.kind,
		text: m.text,
		attachments: m.attachments,
		edited: m.edited,
		replyTo: m.replyTo
	}));
	const want = expected.map((e) => ({
		conversation: 0,
		authorRaw: e.author,
		authorId: undefined,
		attachments: [],
		edited: false,
		replyTo: undefined,
		...e
	}));
	expect(actual).toEqual(want);
	expect(file.messages.map((m) => m.index)).toEqual(expected.map((_, i) => i));
}

const ALICE = 'user300000001';
const BOB = 'user700000001';

describe('Telegram fixtures', () => {
	it('single_chat_text_entities: every message variant of a personal chat', () => {
		const file = parseFixture('single_chat_text_entities.json');
		expect(file.platform).toBe('telegram');
		expect(file.format).toBe('telegram-json');
		expect(file.conversations).toEqual([{ title: 'Bob Meyer', kind: 'direct', sourceId: '700000001' }]);
		expectRecords(file, [
			{
				path: 'messages[0]',
				line: 6,
				lineEnd: 16,
				sourceId: '100',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:00:00Z',
				kind: 'system',
				text: 'Bob Meyer joined Telegram'
			},
			{
				path: 'messages[1]',
				line: 17,
				lineEnd: 26,
				sourceId: '101',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T09:05:10Z',
				kind: 'text',
				text: 'Hi Bob, welcome!'
			},
			{
				path: 'messages[2]',
				line: 27,
				lineEnd: 40,
				sourceId: '102',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:06:00Z',
				kind: 'text',
				text: 'https://example.org/a see the doc (https://example.org/doc) and hurry',
				edited: true,
				replyTo: '101'
			},
			{
				path: 'messages[3]',
				line: 41,
				lineEnd: 53,
				sourceId: '103',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T09:10:00Z',
				kind: 'media',
				text: 'Pier 4',
				attachments: ['photos/photo_1@01-03-2024_09-10-00.jpg']
			},
			{
				path: 'messages[4]',
				line: 54,
				lineEnd: 69,
				sourceId: '104',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:11:00Z',
				kind: 'media',
				text: '👍'
			},
			{
				path: 'messages[5]',
				line: 70,
				lineEnd: 83,
				sourceId: '105',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:12:00Z',
				kind: 'media',
				text: '',
				attachments: ['voice_messages/audio_1@01-03-2024_09-12-00.ogg']
			},
			{
				path: 'messages[6]',
				line: 84,
				lineEnd: 94,
				sourceId: '106',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T09:13:00Z',
				kind: 'location',
				text: '52.520008, 13.404954'
			},
			{
				path: 'messages[7]',
				line: 95,
				lineEnd: 105,
				sourceId: '107',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T09:14:00Z',
				kind: 'other',
				text: 'Poll: Lunch?\n- Tapas\n- Dim sum'
			},
			{
				path: 'messages[8]',
				line: 106,
				lineEnd: 117,
				sourceId: '108',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:15:00Z',
				kind: 'other',
				text: 'Contact: Carla Ruiz +34 600 000 111',
				attachments: ['contacts/contact_1.vcard']
			},
			{
				path: 'messages[9]',
				line: 118,
				lineEnd: 130,
				sourceId: '109',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T09:20:00Z',
				kind: 'call',
				text: 'Phone call (56 s, hangup)'
			},
			{
				path: 'messages[10]',
				line: 131,
				lineEnd: 142,
				sourceId: '110',
				author: 'Bob Meyer',
				authorId: BOB,
				ts: '2024-03-01T09:21:00Z',
				kind: 'system',
				text: 'Bob Meyer pinned message 103'
			},
			{
				path: 'messages[11]',
				line: 143,
				lineEnd: 152,
				sourceId: '111',
				author: 'Deleted Account',
				authorRaw: '',
				authorId: 'user999999999',
				ts: '2024-03-01T09:22:00Z',
				kind: 'text',
				text: 'gone'
			},
			// No date_unixtime: the local `date` is kept as written, without Z.
			{
				path: 'messages[12]',
				line: 153,
				lineEnd: 161,
				sourceId: '112',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-03-01T10:30:00',
				kind: 'text',
				text: '¿Mañana? Gerne. 明天见'
			}
		]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes).toEqual([
			'single-chat export',
			'1 messages without date_unixtime: local time of the exporting machine used',
			'1 media files were not included in the export',
			'1 forwarded messages (forwarded_from kept in raw)',
			'1 messages from deleted accounts (author "Deleted Account")'
		]);
		// The forward's origin is kept in raw, which is the record itself.
		expect(JSON.parse(file.messages[2].raw).forwarded_from).toBe('Harbor News');
		expect(JSON.parse(file.messages[0].raw)).toEqual({
			id: 100,
			type: 'service',
			date: '2024-03-01T09:00:00',
			date_unixtime: '1709283600',
			actor: 'Bob Meyer',
			actor_id: BOB,
			action: 'joined_telegram',
			text: '',
			text_entities: []
		});
	});

	it('full_account_two_chats: chats.list and left_chats.list become conversations', () => {
		const file = parseFixture('full_account_two_chats.json');
		expect(file.conversations).toEqual([
			{ title: 'Dock Crew', kind: 'group', sourceId: '1500000001' },
			{ title: 'Port Alerts', kind: 'channel', sourceId: '1600000001' },
			{ title: 'Old Fleet', kind: 'group', sourceId: '1700000001' }
		]);
		expectRecords(file, [
			{
				path: 'chats.list[0].messages[0]',
				line: 25,
				lineEnd: 37,
				sourceId: '1',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-02-01T08:00:00Z',
				kind: 'system',
				text: 'Alice Chen created group “Dock Crew”'
			},
			{
				path: 'chats.list[0].messages[1]',
				line: 38,
				lineEnd: 49,
				sourceId: '2',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-02-01T08:01:00Z',
				kind: 'system',
				text: 'Alice Chen added Dmitri Volkov, Deleted Account'
			},
			{
				path: 'chats.list[0].messages[2]',
				line: 50,
				lineEnd: 59,
				sourceId: '3',
				author: 'Dmitri Volkov',
				authorId: 'user400000001',
				ts: '2024-02-01T08:02:00Z',
				kind: 'text',
				text: 'Morning all'
			},
			{
				path: 'chats.list[1].messages[0]',
				conversation: 1,
				line: 67,
				lineEnd: 77,
				sourceId: '7',
				author: 'Port Alerts',
				authorId: 'channel1600000001',
				ts: '2024-02-02T06:00:00Z',
				kind: 'text',
				text: 'Berth 2 closed'
			},
			{
				path: 'left_chats.list[0].messages[0]',
				conversation: 2,
				line: 90,
				lineEnd: 99,
				sourceId: '40',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2023-12-24T17:00:00Z',
				kind: 'text',
				text: 'Frohe Weihnachten'
			}
		]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes).toEqual(['full-account export: 3 chats']);
	});

	it('invalid_escape: \\xHH, lone surrogates, bad \\u and stray backslashes are repaired and reported', () => {
		const file = parseFixture('invalid_escape.json');
		expect(file.messages.map((m) => m.text)).toEqual(['page\fbreak and bell\u0007', 'half \ufffd emoji, bad \\u12G4 code, stray \\q, pair 😀', 'path C:\\x']);
		expect(file.messages.map((m) => m.line)).toEqual([6, 16, 26]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes).toEqual([
			'single-chat export',
			'repaired 2 invalid \\xHH escapes (read as \\u00HH)',
			'repaired 2 invalid escapes (backslash kept as a character)',
			'replaced 1 lone surrogate escape with U+FFFD'
		]);
	});

	it('truncated_mid_message: the complete messages are kept and the cut is reported', () => {
		const file = parseFixture('truncated_mid_message.json');
		expect(file.messages.map((m) => m.sourceId)).toEqual(['100', '101', '102']);
		expect(file.conversations).toEqual([{ title: 'Bob Meyer', kind: 'direct', sourceId: '700000001' }]);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0]).toMatchObject({ line: 41, path: 'messages[3]', reason: 'file ends inside this message (truncated export)' });
		expect(file.unparsed[0].text.startsWith('{\n   "id": 103,')).toBe(true);
		expect(file.notes).toContain('truncated export: file ends inside messages[3] (line 41); 3 complete messages before the cut were kept');
	});

	it('truncated_full_account: chats before the cut are whole, the cut chat keeps its name', () => {
		const file = parseFixture('truncated_full_account.json');
		expect(file.conversations).toEqual([
			{ title: 'Dock Crew', kind: 'group', sourceId: '1500000001' },
			{ title: 'Port Alerts', kind: 'channel', sourceId: '1600000001' }
		]);
		expect(file.messages.map((m) => m.path)).toEqual(['chats.list[0].messages[0]', 'chats.list[0].messages[1]', 'chats.list[0].messages[2]']);
		expect(file.unparsed.map((u) => [u.line, u.path, u.reason])).toEqual([
			[67, 'chats.list[1].messages[0]', 'file ends inside this message (truncated export)']
		]);
	});

	it('damaged_records_in_middle: a bad record costs only itself', () => {
		const file = parseFixture('damaged_records_in_middle.json');
		expect(file.conversations).toEqual([{ title: 'Damaged', kind: 'group', sourceId: '1900000001' }]);
		expectRecords(file, [
			{
				path: 'messages[0]',
				line: 2,
				lineEnd: 2,
				sourceId: '1',
				author: 'Alice Chen',
				authorId: ALICE,
				ts: '2024-05-01T10:00:00Z',
				kind: 'text',
				text: 'first'
			},
			{ path: 'messages[4]', line: 6, lineEnd: 6, sourceId: '5', author: 'Bob Meyer', authorId: BOB, ts: '2024-05-01T10:05:00Z', kind: 'other', text: '' },
			{
				path: 'messages[5]',
				line: 7,
				lineEnd: 7,
				sourceId: '6',
				author: 'Alice Chen',
				authorRaw: '\u200eAlice Chen\u200f',
				authorId: ALICE,
				ts: '2024-05-01T10:06:00Z',
				kind: 'text',
				text: 'last'
			}
		]);
		expect(file.unparsed.map((u) => [u.line, u.path])).toEqual([
			[3, 'messages[1]'],
			[4, 'messages[2]'],
			[5, 'messages[3]']
		]);
		expect(file.unparsed[0].reason).toMatch(/^invalid JSON: /);
		expect(file.unparsed[1].reason).toBe('message without a usable date or date_unixtime');
		expect(file.unparsed[2]).toMatchObject({ text: '42', reason: 'a message must be a JSON object, found number' });
	});

	it('not_telegram_discord_shape: a JSON object of another shape is one unparsed entry', () => {
		const file = parseFixture('not_telegram_discord_shape.json');
		expect(file.messages).toEqual([]);
		expect(file.conversations).toEqual([]);
		expect(file.unparsed).toEqual([
			{ line: 1, path: '', text: '{ guild, channel, exportedAt }', reason: 'a JSON object but not a Telegram export: no messages and no chats.list' }
		]);
	});
});
