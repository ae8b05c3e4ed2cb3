// Hand-written expectations for tests/fixtures/discord (offsets converted to UTC by hand).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordJson } from '../../../src/lib/ingest/discord/index';
import type { ParsedMessage } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');

function parse(name: string) {
	return discordJson.parse({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
}

function pick(m: ParsedMessage) {
	const { raw: _raw, ...rest } = m;
	return rest;
}

const base = { conversation: 0, attachments: [] as string[], edited: false };

describe('DiscordChatExporter JSON fixtures', () => {
	it('group_dm_call_recipients: recipients, call, channel name and icon, numeric and unknown types', () => {
		const file = parse('group_dm_call_recipients.json');
		expect(file.platform).toBe('discord');
		expect(file.format).toBe('discord-json');
		expect(file.conversations).toEqual([{ title: 'Trip planning', kind: 'group', sourceId: '900000000000000001' }]);
		expect(file.unparsed).toEqual([]);
		expect(file.messages.map(pick)).toEqual([
			{
				...base,
				index: 0,
				path: 'messages[0]',
				line: 7,
				lineEnd: 18,
				sourceId: '900000000000000101',
				authorId: '111',
				author: 'Ana',
				authorRaw: 'Ana',
				ts: '2024-01-10T09:00:00Z',
				kind: 'system',
				text: 'Added Bo to the group.'
			},
			{
				...base,
				index: 1,
				path: 'messages[1]',
				line: 19,
				lineEnd: 29,
				sourceId: '900000000000000102',
				authorId: '222',
				author: 'Bo',
				authorRaw: 'Bo',
				ts: '2024-01-10T14:05:00Z',
				kind: 'call',
				text: 'Started a call that lasted 25 minutes.'
			},
			{
				...base,
				index: 2,
				path: 'messages[2]',
				line: 30,
				lineEnd: 40,
				sourceId: '900000000000000103',
				authorId: '111',
				author: 'Ana',
				authorRaw: 'Ana',
				ts: '2024-01-10T14:00:00Z',
				kind: 'system',
				text: 'Changed the channel name: Trip planning'
			},
			{
				...base,
				index: 3,
				path: 'messages[3]',
				line: 41,
				lineEnd: 49,
				sourceId: '900000000000000104',
				authorId: '111',
				author: 'Ana',
				authorRaw: 'Ana',
				ts: '2024-01-10T14:01:00Z',
				kind: 'system',
				text: 'Changed the channel icon.'
			},
			{
				...base,
				index: 4,
				path: 'messages[4]',
				line: 50,
				lineEnd: 58,
				sourceId: '900000000000000105',
				authorId: '333',
				author: 'cy',
				authorRaw: 'cy',
				ts: '2024-01-11T08:00:00Z',
				kind: 'system',
				text: 'Left the group.'
			},
			{
				...base,
				index: 5,
				path: 'messages[5]',
				line: 59,
				lineEnd: 67,
				sourceId: '900000000000000106',
				authorId: '444',
				author: 'AutoMod',
				authorRaw: 'AutoMod',
				ts: '2024-01-11T08:10:00Z',
				kind: 'system',
				text: ''
			},
			{
				...base,
				index: 6,
				path: 'messages[6]',
				line: 68,
				lineEnd: 76,
				sourceId: '900000000000000107',
				authorId: '111',
				author: 'Ana',
				authorRaw: 'Ana',
				ts: '2024-01-11T08:20:00Z',
				kind: 'other',
				text: 'something new'
			}
		]);
	});

	it('channel_reply_attachment_edit: join, attachment, edit, reply, pinned notice and thread are not replies', () => {
		const file = parse('channel_reply_attachment_edit.json');
		expect(file.conversations).toEqual([{ title: 'Acme / ops', kind: 'channel', sourceId: '501' }]);
		expect(file.unparsed).toEqual([]);
		const dana = { authorId: '10', author: 'Dana W.', authorRaw: 'Dana W.' };
		expect(file.messages.map(pick)).toEqual([
			{
				...base,
				...dana,
				index: 0,
				path: 'messages[0]',
				line: 7,
				lineEnd: 15,
				sourceId: '1200000000000000001',
				ts: '2024-02-28T22:30:00Z',
				kind: 'system',
				text: 'Joined the server.'
			},
			{
				...base,
				...dana,
				index: 1,
				path: 'messages[1]',
				line: 16,
				lineEnd: 27,
				sourceId: '1200000000000000002',
				ts: '2024-02-29T09:00:00Z',
				kind: 'media',
				text: 'Rota for March, see file. @Bo please check.',
				attachments: ['rota_march.xlsx'],
				edited: true
			},
			{
				...base,
				index: 2,
				path: 'messages[2]',
				line: 28,
				lineEnd: 37,
				sourceId: '1200000000000000003',
				authorId: '20',
				author: 'Bo',
				authorRaw: 'Bo',
				ts: '2024-02-29T09:07:00Z',
				kind: 'text',
				text: 'Checked ✅ — 没问题',
				replyTo: '1200000000000000002'
			},
			{
				...base,
				...dana,
				index: 3,
				path: 'messages[3]',
				line: 38,
				lineEnd: 47,
				sourceId: '1200000000000000004',
				ts: '2024-02-29T09:08:00Z',
				kind: 'system',
				text: 'Pinned a message.'
			},
			{
				...base,
				index: 4,
				path: 'messages[4]',
				line: 48,
				lineEnd: 57,
				sourceId: '1200000000000000005',
				authorId: '20',
				author: 'Bo',
				authorRaw: 'Bo',
				ts: '2024-02-29T09:09:00Z',
				kind: 'system',
				text: 'Started a thread.'
			},
			{
				...base,
				...dana,
				index: 5,
				path: 'messages[5]',
				line: 58,
				lineEnd: 67,
				sourceId: '1200000000000000006',
				ts: '2024-02-29T10:10:00Z',
				kind: 'media',
				text: '',
				attachments: ['photo one.jpg']
			}
		]);
		expect(JSON.parse(file.messages[2].raw).reference.messageId).toBe('1200000000000000002');
	});

	it('truncated_mid_message: keeps the three complete messages and says where the file was cut', () => {
		const file = parse('truncated_mid_message.json');
		expect(file.messages.map((m) => [m.index, m.line, m.sourceId])).toEqual([
			[0, 21, '1200000000000000001'],
			[1, 40, '1200000000000000002'],
			[2, 75, '1200000000000000003']
		]);
		expect(file.unparsed.map((u) => [u.line, u.path, u.reason])).toEqual([[99, 'messages[3]', 'the file ends inside element 3 (cut off?)']]);
		expect(file.conversations).toEqual([{ title: 'Acme / ops', kind: 'channel', sourceId: '501' }]);
	});

	it('invalid_escape: the message with \\x01 is unparsed, the others are kept', () => {
		const file = parse('invalid_escape.json');
		expect(file.messages.map((m) => [m.index, m.line, m.sourceId])).toEqual([
			[0, 21, '1200000000000000001'],
			[1, 40, '1200000000000000002']
		]);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0]).toMatchObject({ line: 75, path: 'messages[2]' });
		expect(file.unparsed[0].reason).toMatch(/^element 2 is not valid JSON/);
	});

	it('explains JSON of another shape', () => {
		const tg = discordJson.parse({ path: 'result.json', text: '{"name": "Ana", "type": "personal_chat", "id": 1, "messages": []}' });
		expect(tg.messages).toEqual([]);
		expect(tg.unparsed.map((u) => u.reason)).toEqual([
			'not a DiscordChatExporter export: an object with keys name, type, id, messages, without guild and channel'
		]);
		const arr = discordJson.parse({ path: 'x.json', text: '[{"a": 1}]' });
		expect(arr.unparsed.map((u) => u.reason)).toEqual(['expected a DiscordChatExporter JSON object, found an array']);
		const noMessages = discordJson.parse({ path: 'x.json', text: '{"guild": {"name": "G"}, "channel": {"name": "c"}}' });
		expect(noMessages.unparsed.map((u) => u.reason)).toEqual(['no "messages" array in the export']);
	});

	it('puts messages without a usable timestamp into unparsed', () => {
		const file = discordJson.parse({
			path: 'x.json',
			text: '{"guild":{},"channel":{},"messages":[{"id":"1","timestamp":"yesterday"},{"id":"2"},"str",{"id":"3","timestamp":"2024-01-01T00:00:00+14:00","author":{"id":"9","name":"z"}}]}'
		});
		expect(file.messages.map((m) => [m.index, m.path, m.ts, m.author, m.kind])).toEqual([[0, 'messages[3]', '2023-12-31T10:00:00Z', 'z', 'text']]);
		expect(file.unparsed.map((u) => [u.path, u.reason])).toEqual([
			['messages[0]', 'message without a valid "timestamp" (found "yesterday")'],
			['messages[1]', 'message without a valid "timestamp" (found nothing)'],
			['messages[2]', 'expected a message object, found "str"']
		]);
	});

	it('duplicate_ids_identical_and_edited_copy: one id is one message; the identical copy listed as kept once, a differing copy kept as unparsed', () => {
		const file = parse('duplicate_ids_identical_and_edited_copy.json');
		expect(file.messages.map((m) => [m.index, m.path, m.sourceId, m.text])).toEqual([
			[0, 'messages[0]', '1200000000000000011', 'first'],
			[1, 'messages[1]', '1200000000000000012', 'second'],
			[2, 'messages[4]', '1200000000000000013', 'third']
		]);
		expect(file.unparsed.map((u) => [u.path, u.reason])).toEqual([
			['messages[2]', 'duplicate of message id 1200000000000000011 (first at messages[0]), identical, kept once'],
			['messages[3]', 'a second, different record with message id 1200000000000000012 (first at messages[1]); the first is kept']
		]);
		expect(file.unparsed[1].line).toBe(34);
		expect(file.unparsed[0].line).toBeLessThan(34);
		expect(file.unparsed[0].text).toContain('first');
		expect(file.unparsed[1].text).toContain('second (edited in the later partition)');
		expect(file.notes).toContain(
			'2 duplicate message ids kept once: 1200000000000000011 (messages[2], first at messages[0]), 1200000000000000012 (messages[3], first at messages[1])'
		);
	});
});
