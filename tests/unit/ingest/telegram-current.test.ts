// Telegram JSON as current and trimmed exports write it: reactions, rich_message, dates with zones, exports without
// chat fields, and a new record shape failing in many records at once. Expectations written by hand from the fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/ingest/parse-source';
import { looksLikeTelegram, telegramJson } from '../../../src/lib/ingest/telegram/index';
import { richMessageText } from '../../../src/lib/ingest/telegram/rich';

const FIXTURES = join(import.meta.dirname, '../../fixtures/telegram');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (name: string) => telegramJson.parse({ path: name, text: read(name) });

describe('exports without chat fields', () => {
	it.each([
		['minimal_messages_without_chat_fields.json', 'Telegram chat', 'group'],
		['minimal_chats_list_without_account.json', 'Night Shift', 'group']
	])('%s is recognised and read', (name, title, kind) => {
		expect(looksLikeTelegram(read(name))).toBe(true);
		const file = parse(name);
		expect(file.conversations).toEqual([{ title, kind }]);
		expect(file.messages.map((m) => [m.author, m.ts])).toEqual([
			['Nadia Petrova', '2024-06-01T08:20:00Z'],
			['Omar Haddad', '2024-06-01T08:26:00Z']
		]);
		expect(file.unparsed).toEqual([]);
	});

	it('keeps entity text with its parts in order', () => {
		expect(parse('minimal_messages_without_chat_fields.json').messages[1].text).toBe('Yes: 8–12, see https://example.org/hours');
	});

	it.each([
		['a Telethon message dump (an array)', '[{"sender_id": -1, "text": "hi", "date": "2023-05-15T19:30:49+00:00", "message.id": 1}]'],
		['a Discord export', '{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "3", "timestamp": "2024-01-01T10:00:00+00:00"}]}'],
		['a Messenger thread', '{"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "timestamp_ms": 1704103200000, "content": "hi"}]}'],
		['messages whose dates are epochs as numbers', '{"messages": [{"date_unixtime": 1717230000, "from": "A", "text": "hi"}]}']
	])('does not claim %s', (_name, text) => {
		expect(looksLikeTelegram(text)).toBe(false);
	});
});

describe('dates', () => {
	it('reads zones and fractions as instants, keeps a zoneless date as wall-clock time, and reports a date it cannot read', () => {
		const file = parse('dates_with_zone_and_fraction.json');
		expect(file.messages.map((m) => [m.sourceId, m.ts, m.authorId])).toEqual([
			['1', '2024-06-01T08:20:09Z', '19'],
			['2', '2024-06-01T08:21:00Z', '7'],
			['3', '2024-06-01T08:22:00Z', '7'],
			['4', '2024-06-01T10:23:00', '19']
		]);
		expect(file.unparsed.map((u) => [u.path, u.reason])).toEqual([['messages[4]', 'message without a usable date or date_unixtime']]);
		expect(file.notes).toContain('1 messages without date_unixtime: local time of the exporting machine used');
	});
});

describe('reactions and rich messages', () => {
	const file = parse('current_fields_reactions_rich_message.json');

	it('keeps every reaction in the raw record and counts them in the notes', () => {
		expect(file.messages).toHaveLength(3);
		const raw = JSON.parse(file.messages[0].raw);
		expect(raw.reactions.map((r: { type: string; count: number }) => [r.type, r.count])).toEqual([
			['emoji', 2],
			['custom_emoji', 5],
			['paid', 1]
		]);
		expect(raw.reactions[0].recent.map((r: { from: string }) => r.from)).toEqual(['Omar Haddad', 'Lena Fischer']);
		expect(file.notes).toContain("8 reactions on 1 messages (who reacted, and when, kept in each message's raw record)");
	});

	it('reads the text of a rich message block by block, and prefers plain text where there is some', () => {
		expect(file.messages[1].text).toBe(
			'Shift plan\nBerths 2 and 4 open, details here (https://example.org/plan)\ntugs booked\npilot confirmed\nberth 4 at dawn'
		);
		expect(file.messages[2].text).toBe('thanks');
		expect(file.notes).toContain('1 rich messages (rich_message): their text read from the rich blocks');
	});

	it.each<[string, unknown, string]>([
		['a bare string', 'just text', 'just text'],
		['an array of blocks', [{ text: 'one' }, { text: 'two' }], 'one\ntwo'],
		['nested items in a list block', { blocks: [{ items: [{ text: 'a' }, { blocks: [{ text: 'b1' }, { text: 'b2' }] }] }] }, 'a\nb1\nb2'],
		['a table of rows and cells', { blocks: [{ title: 'Rota', rows: [{ cells: [{ text: 'Mon' }, { text: 'Ana' }] }] }] }, 'Rota\nMon\nAna'],
		['structure fields are never text', { blocks: [{ type: 'photo', photo_id: '77', width: 800, url: 'https://x' }] }, ''],
		['a cycle-free but very deep tree stops at a depth limit', JSON.parse('{"blocks":[' + '{"text":'.repeat(200) + '"deep"' + '}'.repeat(200) + ']}'), '']
	])('rich text: %s', (_name, value, text) => {
		expect(richMessageText(value)).toBe(text);
	});
});

describe('a record shape the parser does not know', () => {
	it('keeps each failing record, and reports them once with a count and the first places', async () => {
		const file = parse('new_record_shape_in_most_records.json');
		expect(file.messages.map((m) => m.text)).toEqual(['before', 'after']);
		expect(file.unparsed.map((u) => u.path)).toEqual(['messages[1]', 'messages[2]', 'messages[3]', 'messages[4]', 'messages[5]', 'messages[6]']);
		const r = await parseSource('result.json', new TextEncoder().encode(read('new_record_shape_in_most_records.json')));
		expect(r.problems).toEqual([
			{
				file: 'result.json',
				line: 7,
				message:
					'6 records not read: message without a usable date or date_unixtime, at messages[1] (line 7), messages[2] (line 8), messages[3] (line 9), and 3 more; each is kept in unparsed_lines. The first begins: {"id": 2, "type": "message", "when": {"seconds": 1777629720}, "from": "Omar Haddad", "from_id": "user2", "text": "new sh…'
			}
		]);
	});

	it('reports invalid JSON without a copy of the record in the reason', () => {
		const file = telegramJson.parse({
			path: 'r.json',
			text: '{"name": "X", "type": "private_group", "id": 1, "messages": [{"id": 1, "date_unixtime": "1", "text": "a" "b"}]}'
		});
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0].reason).toMatch(/^invalid JSON: [^"]*$/);
	});
});
