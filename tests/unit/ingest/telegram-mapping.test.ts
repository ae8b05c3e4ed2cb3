// Kind and chat-type mapping, sniffing and robustness of the Telegram parser; expectations written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { telegramJson } from '../../../src/lib/ingest/telegram/index';
import type { ConversationKind, MessageKind } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/telegram');

function chatOf(messages: object[], type = 'private_group'): string {
	return JSON.stringify({ name: 'T', type, id: 1, messages });
}

const BASE = { id: 1, type: 'message', date: '2024-01-01T12:00:00', date_unixtime: '1704110400', from: 'Ana', from_id: 'user1' };
const SERVICE = { id: 1, type: 'service', date: '2024-01-01T12:00:00', date_unixtime: '1704110400', actor: 'Ana', actor_id: 'user1', text: '' };

const KIND_CASES: [string, object, MessageKind, string, string[]][] = [
	['plain text', { ...BASE, text: 'hi' }, 'text', 'hi', []],
	['photo', { ...BASE, photo: 'photos/p.jpg', text: '' }, 'media', '', ['photos/p.jpg']],
	['photo not included', { ...BASE, photo: '(File not included. Change data exporting settings to download.)', text: '' }, 'media', '', []],
	['video_file', { ...BASE, file: 'video_files/v.mp4', media_type: 'video_file', text: 'clip' }, 'media', 'clip', ['video_files/v.mp4']],
	['animation', { ...BASE, file: 'video_files/a.gif.mp4', media_type: 'animation', text: '' }, 'media', '', ['video_files/a.gif.mp4']],
	['sticker', { ...BASE, file: 'stickers/s.webp', media_type: 'sticker', sticker_emoji: '😂', text: '' }, 'media', '😂', ['stickers/s.webp']],
	['voice_message', { ...BASE, file: 'voice_messages/v.ogg', media_type: 'voice_message', text: '' }, 'media', '', ['voice_messages/v.ogg']],
	['video_message', { ...BASE, file: 'round_video_messages/r.mp4', media_type: 'video_message', text: '' }, 'media', '', ['round_video_messages/r.mp4']],
	['audio_file', { ...BASE, file: 'files/song.mp3', media_type: 'audio_file', text: '' }, 'media', '', ['files/song.mp3']],
	['document', { ...BASE, file: 'files/Rechnung.pdf', mime_type: 'application/pdf', text: 'Rechnung' }, 'media', 'Rechnung', ['files/Rechnung.pdf']],
	['location', { ...BASE, location_information: { latitude: 40.4168, longitude: -3.7038 }, text: '' }, 'location', '40.4168, -3.7038', []],
	[
		'venue',
		{ ...BASE, place_name: 'Café Sol', address: 'Calle Mayor 1', location_information: { latitude: 40.4, longitude: -3.7 }, text: '' },
		'location',
		'Café Sol, Calle Mayor 1, 40.4, -3.7',
		[]
	],
	['poll', { ...BASE, poll: { question: 'Wann?', answers: [{ text: 'Mo' }, { text: 'Di' }] }, text: '' }, 'other', 'Poll: Wann?\n- Mo\n- Di', []],
	[
		'contact',
		{ ...BASE, contact_information: { first_name: 'Li', last_name: 'Wei', phone_number: '+86 10 0000' }, text: '' },
		'other',
		'Contact: Li Wei +86 10 0000',
		[]
	],
	['game', { ...BASE, game_title: 'Lumberjack', text: '' }, 'other', 'Game: Lumberjack', []],
	['invoice', { ...BASE, invoice_information: { title: 'Order 7' }, text: '' }, 'other', 'Invoice: Order 7', []],
	['unsupported', { ...BASE, type: 'unsupported', text: '' }, 'other', '', []],
	['phone_call', { ...SERVICE, action: 'phone_call', duration_seconds: 5, discard_reason: 'missed' }, 'call', 'Phone call (5 s, missed)', []],
	['phone_call without details', { ...SERVICE, action: 'phone_call' }, 'call', 'Phone call', []],
	['group_call', { ...SERVICE, action: 'group_call', duration: 60 }, 'call', 'Group call (60 s)', []],
	['create_group', { ...SERVICE, action: 'create_group', title: 'Crew', members: ['Bo'] }, 'system', 'Ana created group “Crew”', []],
	['edit_group_title', { ...SERVICE, action: 'edit_group_title', title: '新名字' }, 'system', 'Ana changed the title to “新名字”', []],
	['invite_members', { ...SERVICE, action: 'invite_members', members: ['Bo', 'Cy'] }, 'system', 'Ana added Bo, Cy', []],
	['remove_members', { ...SERVICE, action: 'remove_members', members: ['Bo'] }, 'system', 'Ana removed Bo', []],
	['join_group_by_link', { ...SERVICE, action: 'join_group_by_link', inviter: 'Bo' }, 'system', 'Ana joined by a link from Bo', []],
	['pin_message', { ...SERVICE, action: 'pin_message', message_id: 42 }, 'system', 'Ana pinned message 42', []],
	['joined_telegram', { ...SERVICE, action: 'joined_telegram' }, 'system', 'Ana joined Telegram', []],
	['migrate_to_supergroup', { ...SERVICE, action: 'migrate_to_supergroup' }, 'system', 'Ana converted the group to a supergroup', []],
	['set_messages_ttl', { ...SERVICE, action: 'set_messages_ttl', period: 86400 }, 'system', 'Ana set messages to auto-delete after 86400 s', []],
	['unknown action', { ...SERVICE, action: 'edit_chat_theme' }, 'system', 'Ana edit chat theme', []],
	['service with its own text', { ...SERVICE, action: 'custom_action', text: 'Ana did something' }, 'system', 'Ana did something', []]
];

describe('Telegram kind mapping', () => {
	it.each(KIND_CASES)('%s', (_name, record, kind, text, attachments) => {
		const file = telegramJson.parse({ path: 'result.json', text: chatOf([record]) });
		expect(file.unparsed).toEqual([]);
		expect(file.messages).toHaveLength(1);
		expect({ kind: file.messages[0].kind, text: file.messages[0].text, attachments: file.messages[0].attachments }).toEqual({ kind, text, attachments });
	});

	it('text as an entity array: entity texts concatenated, text_link keeps its href', () => {
		const text = [
			'Ver ',
			{ type: 'text_link', text: 'aquí', href: 'https://ex.es/x' },
			', ',
			{ type: 'mention', text: '@bo' },
			' ',
			{ type: 'code', text: 'x=1' }
		];
		const file = telegramJson.parse({ path: 'r.json', text: chatOf([{ ...BASE, text }]) });
		expect(file.messages[0].text).toBe('Ver aquí (https://ex.es/x), @bo x=1');
	});

	it('text_entities alone (no text) are rendered the same way', () => {
		const file = telegramJson.parse({
			path: 'r.json',
			text: chatOf([
				{
					...BASE,
					text_entities: [
						{ type: 'plain', text: 'a' },
						{ type: 'bold', text: 'b' }
					]
				}
			])
		});
		expect(file.messages[0].text).toBe('ab');
	});

	it('date_unixtime wins over date; a numeric date_unixtime works too', () => {
		const file = telegramJson.parse({ path: 'r.json', text: chatOf([{ ...BASE, date: '2024-01-01T13:00:00', date_unixtime: 1704110400, text: 'x' }]) });
		expect(file.messages[0].ts).toBe('2024-01-01T12:00:00Z');
	});

	it('reply_to_message_id becomes replyTo, edited_unixtime alone marks an edit', () => {
		const file = telegramJson.parse({ path: 'r.json', text: chatOf([{ ...BASE, id: 9, reply_to_message_id: 7, edited_unixtime: '1704110500', text: 'x' }]) });
		expect(file.messages[0]).toMatchObject({ sourceId: '9', replyTo: '7', edited: true });
	});
});

const CHAT_TYPES: [string, ConversationKind, string][] = [
	['personal_chat', 'direct', 'T'],
	['bot_chat', 'direct', 'T'],
	['saved_messages', 'direct', 'Saved Messages'],
	['private_group', 'group', 'T'],
	['private_supergroup', 'group', 'T'],
	['public_supergroup', 'group', 'T'],
	['private_channel', 'channel', 'T'],
	['public_channel', 'channel', 'T'],
	['replies', 'channel', 'Replies']
];

describe('Telegram cross-chat replies', () => {
	it('a reply into another chat (reply_to_peer_id) gets no replyTo, since ids are per chat', () => {
		const file = telegramJson.parse({ path: 'r.json', text: chatOf([{ ...BASE, reply_to_message_id: 7, reply_to_peer_id: 'channel42', text: 'x' }]) });
		expect(file.messages[0].replyTo).toBeUndefined();
		expect(JSON.parse(file.messages[0].raw).reply_to_peer_id).toBe('channel42');
	});
});

describe('Telegram chat types', () => {
	it.each(CHAT_TYPES)('%s → %s', (type, kind, title) => {
		const chat: Record<string, unknown> = { type, id: 5, messages: [] };
		if (title === 'T') chat.name = 'T';
		const file = telegramJson.parse({ path: 'r.json', text: JSON.stringify(chat) });
		expect(file.conversations).toEqual([{ title, kind, sourceId: '5' }]);
	});
});

const SINGLE = readFileSync(join(FIXTURES, 'single_chat_text_entities.json'), 'utf8');
const FULL = readFileSync(join(FIXTURES, 'full_account_two_chats.json'), 'utf8');

describe('Telegram sniff', () => {
	it.each([
		['single-chat export', SINGLE],
		['full-account export', FULL],
		['with a BOM and CRLF', '\ufeff' + SINGLE.replace(/\n/g, '\r\n')],
		['cut at 300 characters', SINGLE.slice(0, 300)],
		['full account whose chats lie past the sample', FULL.slice(0, 400)]
	])('claims a %s', (_name, sample) => {
		expect(telegramJson.sniff(sample, 'anything.txt')).toBe(true);
	});

	it.each([
		['WhatsApp Android', '1/2/24, 9:07 AM - Ana Silva: Shipment delayed\n1/2/24, 9:08 AM - Bo Li: ok\n'],
		['WhatsApp iOS', '[02/01/2024, 09:05:11] Ops Team: Messages and calls are end-to-end encrypted.\n'],
		['Signal JSON Lines', '{"date": "2024-06-01T09:00:00", "sender": "Aya", "body": "hi  ", "quote": "", "sticker": "", "reactions": [], "attachments": []}\n'],
		[
			'Slack day file',
			'[\n    {\n        "type": "message",\n        "user": "U0BMYT2FL",\n        "text": "hi",\n        "ts": "1452845865.000008"\n    }\n]'
		],
		[
			'Discord JSON',
			'{\n  "guild": {"id": "1", "name": "G"},\n  "channel": {"id": "2", "type": "GuildTextChat", "name": "general"},\n  "messages": [{"id": "3", "type": "Default", "timestamp": "2024-01-01T00:00:00+00:00", "content": "hi", "author": {"id": "4", "name": "ana"}}]\n}'
		],
		[
			'Messenger JSON',
			'{"participants": [{"name": "Alice"}], "messages": [{"sender_name": "Alice", "timestamp_ms": 1415147732056, "content": "Hello"}], "title": "Alice", "thread_type": "Regular"}'
		],
		[
			'WeFlow JSON',
			'{"weflow": {"version": "1"}, "session": {"wxid": "wxid_1", "type": "私聊"}, "messages": [{"localId": 1, "createTime": 1700000000, "type": "文本消息", "content": "你好"}]}'
		],
		['Discord CSV', 'AuthorID,Author,Date,Content,Attachments,Reactions\n1,ana,2024-01-01T00:00:00+00:00,hi,,\n'],
		['generic CSV', 'date,from,text\n2024-01-01,ana,hi\n'],
		['garbage', '\u0000\u0001\u0002 nonsense {{{ "type": "personal_chat"'],
		['empty', ''],
		['a JSON array', '[{"type": "personal_chat", "messages": []}]']
	])('does not claim %s', (_name, sample) => {
		expect(telegramJson.sniff(sample, 'result.json')).toBe(false);
	});

	it('never throws on a non-string', () => {
		expect(telegramJson.sniff(undefined as unknown as string, '')).toBe(false);
	});
});

describe('Telegram never throws', () => {
	it('on every prefix of a real-shaped export, keeping only whole messages', () => {
		for (let cut = 0; cut <= SINGLE.length; cut += 7) {
			const file = telegramJson.parse({ path: 'r.json', text: SINGLE.slice(0, cut) });
			for (const m of file.messages) expect(JSON.parse(m.raw).id).toBe(Number(m.sourceId));
			if (cut < SINGLE.trimEnd().length) expect(file.unparsed.length).toBeGreaterThan(0);
		}
	});

	it.each([
		['random bytes', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
		['deep nesting in messages', '{"messages": [' + '['.repeat(200000) + ']'.repeat(200000) + ']}'],
		['an unterminated string', '{"name": "x, "messages": [{"id": 1'],
		['non-string input', undefined],
		['a key without a value', '{"messages": }'],
		['a number at the top', '42'],
		['a 5 MB single line', '{"messages": [' + '{"id": 1, "type": "message", "date_unixtime": "1704110400", "from": "A", "text": "x"},'.repeat(60000) + ']}']
	])('on %s', (_name, text) => {
		const file = telegramJson.parse({ path: 'r.json', text: text as string });
		expect(file.platform).toBe('telegram');
		expect(Array.isArray(file.unparsed)).toBe(true);
	});

	it('messages that are not an array are reported, not skipped in silence', () => {
		const file = telegramJson.parse({ path: 'r.json', text: '{"name": "T", "type": "private_group", "id": 1, "messages": {"id": 1}}' });
		expect(file.messages).toEqual([]);
		expect(file.unparsed).toEqual([{ line: 1, path: 'messages', text: '{"id": 1}', reason: 'messages is not an array' }]);
	});

	it('a trailing comma before ] is reported, the messages kept', () => {
		const file = telegramJson.parse({ path: 'r.json', text: chatOf([{ ...BASE, text: 'a' }]).replace('}]', '},]') });
		expect(file.messages.map((m) => m.text)).toEqual(['a']);
		expect(file.unparsed.map((u) => u.path)).toEqual(['messages[1]']);
	});
});
