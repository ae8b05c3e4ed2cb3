import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { importSummary } from '$lib/db/queries/archives';
import { listConversations } from '$lib/db/queries/conversations';
import { messagesPage } from '$lib/db/queries/messages';
import { workspaceTotals } from '$lib/db/queries/workspace';
import type { ParsedFile, ParsedMessage } from '$lib/model/types';

/** A Telegram-like export by hand: two chats interleaved, platform ids, replies, renamed author, epoch times. */

const m = (index: number, conversation: number, rest: Partial<ParsedMessage>): ParsedMessage => ({
	index,
	conversation,
	author: '',
	authorRaw: '',
	ts: `2024-05-01T10:0${index}:00Z`,
	kind: 'text',
	text: `message ${index}`,
	attachments: [],
	edited: false,
	line: 0,
	lineEnd: 0,
	raw: `{"id": ${index}}`,
	path: `chats.list[${conversation}].messages[${index}]`,
	...rest
});

const exportFile: ParsedFile = {
	platform: 'telegram',
	format: 'telegram-json',
	notes: [],
	conversations: [
		{ title: 'General', kind: 'group', sourceId: 'c100' },
		{ title: 'Ops', kind: 'channel', sourceId: 'c200' }
	],
	messages: [
		m(0, 0, { sourceId: '1', authorId: 'user1', author: 'Ann', authorRaw: 'Ann' }),
		m(1, 1, { sourceId: '1', authorId: 'user2', author: 'Bo', authorRaw: 'Bo' }),
		m(2, 0, { sourceId: '2', authorId: 'user2', author: 'Bo', authorRaw: 'Bo', replyTo: '1' }),
		m(3, 1, { sourceId: '2', authorId: 'user1', author: 'Ann B.', authorRaw: 'Ann B.', replyTo: '1' }),
		m(4, 0, { sourceId: '3', kind: 'system', text: 'Ann pinned a message', replyTo: '999' })
	],
	unparsed: [{ line: 0, path: 'chats.list[1].messages[7]', text: '{"type": "unknown"}', reason: 'unknown record type' }]
};

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	expect(await importParsedFile(db, exportFile, { name: 'result.json', bytes: 2048, sha256: '7'.repeat(64) }, { timeZone: 'Europe/Berlin' })).toEqual({
		archiveId: 1,
		duplicate: false,
		messages: 5
	});
});

describe('a source with several conversations', () => {
	it('creates one conversation row per chat with its platform id', async () => {
		expect(await db.query(`SELECT * FROM conversations ORDER BY id`)).toEqual([
			{ id: 1, archive_id: 1, platform: 'telegram', title: 'General', kind: 'group', source_id: 'c100' },
			{ id: 2, archive_id: 1, platform: 'telegram', title: 'Ops', kind: 'channel', source_id: 'c200' }
		]);
	});

	it('numbers messages per conversation and resolves replies within it', async () => {
		expect(
			await db.query(`SELECT id, conversation_id, idx, pos, source_id, participant_id, reply_to, reply_to_source_id, tz, ts_utc, source_path
			FROM messages ORDER BY id`)
		).toEqual([
			{
				id: 1,
				conversation_id: 1,
				idx: 0,
				pos: 0,
				source_id: '1',
				participant_id: 1,
				reply_to: null,
				reply_to_source_id: null,
				tz: 'UTC',
				ts_utc: '2024-05-01T10:00:00Z',
				source_path: 'chats.list[0].messages[0]'
			},
			{
				id: 2,
				conversation_id: 2,
				idx: 1,
				pos: 0,
				source_id: '1',
				participant_id: 2,
				reply_to: null,
				reply_to_source_id: null,
				tz: 'UTC',
				ts_utc: '2024-05-01T10:01:00Z',
				source_path: 'chats.list[1].messages[1]'
			},
			{
				id: 3,
				conversation_id: 1,
				idx: 2,
				pos: 1,
				source_id: '2',
				participant_id: 2,
				reply_to: 1,
				reply_to_source_id: '1',
				tz: 'UTC',
				ts_utc: '2024-05-01T10:02:00Z',
				source_path: 'chats.list[0].messages[2]'
			},
			// '1' in Ops is Ops' own message 1, not General's.
			{
				id: 4,
				conversation_id: 2,
				idx: 3,
				pos: 1,
				source_id: '2',
				participant_id: 1,
				reply_to: 2,
				reply_to_source_id: '1',
				tz: 'UTC',
				ts_utc: '2024-05-01T10:03:00Z',
				source_path: 'chats.list[1].messages[3]'
			},
			// A reply to a message the export does not hold keeps its reference.
			{
				id: 5,
				conversation_id: 1,
				idx: 4,
				pos: 2,
				source_id: '3',
				participant_id: null,
				reply_to: null,
				reply_to_source_id: '999',
				tz: 'UTC',
				ts_utc: '2024-05-01T10:04:00Z',
				source_path: 'chats.list[0].messages[4]'
			}
		]);
	});

	it('keys participants by the platform author id, named as first seen', async () => {
		expect(await db.query(`SELECT id, handle, display_name, phone FROM participants ORDER BY id`)).toEqual([
			{ id: 1, handle: 'user1', display_name: 'Ann', phone: null },
			{ id: 2, handle: 'user2', display_name: 'Bo', phone: null }
		]);
	});

	it('lists, pages and summarises each conversation on its own', async () => {
		expect((await listConversations(db)).map((c) => [c.id, c.title, c.message_count, c.participant_count])).toEqual([
			[1, 'General', 3, 2],
			[2, 'Ops', 2, 2]
		]);
		expect((await messagesPage(db, 2, 0, 10)).map((r) => [r.id, r.text, r.reply_to])).toEqual([
			[2, 'message 1', null],
			[4, 'message 3', 2]
		]);
		expect((await messagesPage(db, 1, 1, 10)).map((r) => r.id)).toEqual([3, 5]);
		const s = await importSummary(db, 1);
		expect([s!.conversations, s!.records, s!.participants, s!.system, s!.unparsed_lines]).toEqual([
			2,
			5,
			2,
			1,
			[{ line: 0, path: 'chats.list[1].messages[7]', text: '{"type": "unknown"}', reason: 'unknown record type' }]
		]);
	});

	it('refuses a message that names a conversation the file does not have, adding nothing', async () => {
		const before = await workspaceTotals(db);
		const broken = { ...exportFile, messages: [...exportFile.messages, m(5, 2, {})] };
		await expect(importParsedFile(db, broken, { name: 'bad.json', bytes: 1, sha256: '8'.repeat(64) }, { timeZone: 'UTC' })).rejects.toThrow(
			'message 5 names conversation 2, but the file has 2'
		);
		expect(await workspaceTotals(db)).toEqual(before);
	});
});
