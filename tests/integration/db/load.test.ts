import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { buildImportBatches } from '$lib/db/arrow';
import { connectorFor, createNodeDb, openNodeDuckDB } from '$lib/db/node';
import { setupDatabase } from '$lib/db/setup';
import { importSummary, listArchives } from '$lib/db/queries/archives';
import { conversationMessageCount, listConversations } from '$lib/db/queries/conversations';
import { messagesPage } from '$lib/db/queries/messages';
import { workspaceTotals } from '$lib/db/queries/workspace';
import { chat, chatSource } from './fixture';
import { syntheticChat } from './synthetic';

let db: Connector;
/** A file a message names that no imported zip held. */
const missing = (name: string) => ({ name, sha256: null, bytes: null, storage: null });
const timeZone = 'Europe/Berlin';

/** Bounds of the import's clock, to check imported_at against without a tolerance in milliseconds. */
let importStarted = '';
let importEnded = '';

beforeAll(async () => {
	db = await createNodeDb();
	importStarted = new Date().toISOString().slice(0, 19);
	expect(await importParsedFile(db, chat, chatSource, { timeZone })).toEqual({ archiveId: 1, duplicate: false, messages: 8 });
	importEnded = new Date().toISOString().slice(0, 19);
});

describe('importParsedFile', () => {
	it('keeps every field of a record, with UTC computed in the chosen zone', async () => {
		const rows = await db.query(`SELECT * EXCLUDE (text, raw) FROM messages WHERE idx = 2`);
		expect(rows).toEqual([
			{
				id: 3,
				archive_id: 1,
				conversation_id: 1,
				participant_id: 2,
				idx: 2,
				pos: 2,
				source_id: null,
				author: '+49 170 1234567',
				author_raw: '\u202a+49 170 1234567\u202c',
				ts_local: '2024-03-30T23:59:59',
				ts_utc: '2024-03-30T22:59:59Z',
				tz: 'Europe/Berlin',
				kind: 'text',
				edited: true,
				deleted: false,
				reply_to: null,
				reply_to_source_id: null,
				line: 3,
				line_end: 4,
				source_path: null
			}
		]);
		const [{ raw }] = await db.query<{ raw: string }>(`SELECT raw FROM messages WHERE idx = 2`);
		expect(raw).toBe(chat.messages[2].raw);
	});

	it('creates one participant per distinct author, recognising phone numbers', async () => {
		expect(await db.query(`SELECT * FROM participants ORDER BY id`)).toEqual([
			{ id: 1, platform: 'whatsapp', handle: 'Alice', display_name: 'Alice', phone: null, email: null },
			{ id: 2, platform: 'whatsapp', handle: '+49 170 1234567', display_name: '+49 170 1234567', phone: '+491701234567', email: null },
			{ id: 3, platform: 'whatsapp', handle: 'Bob', display_name: 'Bob', phone: null, email: null },
			{ id: 4, platform: 'whatsapp', handle: 'Carol', display_name: 'Carol', phone: null, email: null }
		]);
		expect(await db.query(`SELECT count(*) AS n FROM messages WHERE participant_id IS NULL`)).toEqual([{ n: 2 }]);
	});

	it('stores attachments with their order and media type', async () => {
		expect(await db.query(`SELECT * FROM attachments ORDER BY message_id, position`)).toEqual([
			{ message_id: 4, archive_id: 1, position: 0, file_name: 'IMG-20240331-WA0001.jpg', media_type: 'image' },
			{ message_id: 8, archive_id: 1, position: 0, file_name: 'PTT-20240401-WA0002.opus', media_type: 'audio' },
			{ message_id: 8, archive_id: 1, position: 1, file_name: 'STK-20240401-WA0003.webp', media_type: 'sticker' }
		]);
	});

	it('lists the conversation with counts and UTC bounds', async () => {
		expect(await listConversations(db)).toEqual([
			{
				id: 1,
				title: 'Trip planning',
				platform: 'whatsapp',
				kind: 'group',
				message_count: 8,
				first_ts: '2024-03-30T08:00:00Z',
				last_ts: '2024-04-01T10:02:00Z',
				first_ts_local: '2024-03-30T09:00:00',
				last_ts_local: '2024-04-01T12:02:00',
				participant_count: 4
			}
		]);
		expect(await conversationMessageCount(db, 1)).toBe(8);
		expect(await conversationMessageCount(db, 99)).toBe(0);
	});

	it('pages messages in source order with their attachments', async () => {
		expect(await messagesPage(db, 1, 2, 3)).toEqual([
			{
				id: 3,
				idx: 2,
				author: '+49 170 1234567',
				ts_local: '2024-03-30T23:59:59',
				ts_utc: '2024-03-30T22:59:59Z',
				kind: 'text',
				text: 'Line one\nLine two',
				attachments: [],
				edited: true,
				deleted: false,
				line: 3,
				reply_to: null
			},
			// 02:30 does not exist in Berlin that night: read with the winter offset.
			{
				id: 4,
				idx: 3,
				author: 'Bob',
				ts_local: '2024-03-31T02:30:00',
				ts_utc: '2024-03-31T01:30:00Z',
				kind: 'media',
				text: 'IMG-20240331-WA0001.jpg (file attached)',
				attachments: [missing('IMG-20240331-WA0001.jpg')],
				edited: false,
				deleted: false,
				line: 6,
				reply_to: null
			},
			{
				id: 5,
				idx: 4,
				author: 'Alice',
				ts_local: '2024-03-31T03:05:00',
				ts_utc: '2024-03-31T01:05:00Z',
				kind: 'deleted',
				text: 'This message was deleted',
				attachments: [],
				edited: false,
				deleted: true,
				line: 7,
				reply_to: null
			}
		]);
		const last = await messagesPage(db, 1, 5, 100);
		expect(last.map((m) => [m.idx, m.text, m.attachments])).toEqual([
			[5, '你好，世界', []],
			[6, 'Alice added Carol', []],
			[7, '', [missing('PTT-20240401-WA0002.opus'), missing('STK-20240401-WA0003.webp')]]
		]);
		expect(await messagesPage(db, 1, 8, 10)).toEqual([]);
	});

	it('summarises the import', async () => {
		const summary = await importSummary(db, 1);
		expect(summary).toEqual({
			id: 1,
			file_name: 'WhatsApp Chat with Trip planning.txt',
			bytes: 812,
			sha256: 'aa'.repeat(32),
			platform: 'whatsapp',
			format: 'whatsapp-android-txt',
			imported_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/),
			tz: 'Europe/Berlin',
			messages: 8,
			unparsed: 1,
			notes: ['date order: day/month'],
			conversations: 1,
			records: 8,
			participants: 4,
			first_ts_local: '2024-03-30T09:00:00',
			last_ts_local: '2024-04-01T12:02:00',
			first_ts: '2024-03-30T08:00:00Z',
			last_ts: '2024-04-01T10:02:00Z',
			system: 2,
			media: 2,
			deleted: 1,
			unparsed_lines: [{ line: 5, path: null, text: '\u0000 garbage ⚠', reason: 'no timestamp and no message to continue' }]
		});
		// Stamped during the import: between the second the import started and the second it ended (ISO strings order as times).
		expect(summary!.imported_at.slice(0, 19) >= importStarted && summary!.imported_at.slice(0, 19) <= importEnded).toBe(true);
		expect(await importSummary(db, 42)).toBeNull();
	});

	it('adds nothing for an archive whose sha256 is already present', async () => {
		const before = await workspaceTotals(db);
		const again = await importParsedFile(db, chat, { ...chatSource, name: 'renamed.txt', sha256: chatSource.sha256.toUpperCase() }, { timeZone: 'UTC' });
		expect(again).toEqual({ archiveId: 1, duplicate: true, messages: 8 });
		expect(await workspaceTotals(db)).toEqual(before);
	});

	it('rolls back an import that fails half way', async () => {
		const before = await workspaceTotals(db);
		await expect(importParsedFile(db, chat, { ...chatSource, sha256: 'bb'.repeat(32) }, { timeZone: 'Mars/Olympus_Mons' })).rejects.toThrow(RangeError);
		expect(await workspaceTotals(db)).toEqual(before);
	});

	it('appends a second archive with fresh ids and the same participants', async () => {
		const second = { ...chat, conversations: [{ title: 'Trip planning (2)', kind: 'group' as const }] };
		expect(await importParsedFile(db, second, { ...chatSource, sha256: 'cc'.repeat(32) }, { timeZone: 'UTC' })).toEqual({
			archiveId: 2,
			duplicate: false,
			messages: 8
		});
		expect(await workspaceTotals(db)).toEqual({
			archives: 2,
			conversations: 2,
			participants: 4,
			messages: 16,
			attachments: 6,
			unparsed_lines: 2,
			risk_hits: 0,
			first_ts: '2024-03-30T08:00:00Z',
			last_ts: '2024-04-01T12:02:00Z'
		});
		expect(await db.query(`SELECT min(id) AS lo, max(id) AS hi, count(DISTINCT participant_id) AS p FROM messages WHERE archive_id = 2`)).toEqual([
			{ lo: 9, hi: 16, p: 4 }
		]);
		expect((await listArchives(db)).map((a) => [a.id, a.tz, a.messages])).toEqual([
			[1, 'Europe/Berlin', 8],
			[2, 'UTC', 8]
		]);
		expect((await listConversations(db)).map((c) => c.id)).toEqual([2, 1]);
	});

	it('serialises concurrent imports', async () => {
		const results = await Promise.all(['dd', 'ee', 'dd'].map((h) => importParsedFile(db, chat, { ...chatSource, sha256: h.repeat(32) }, { timeZone })));
		expect(results).toEqual([
			{ archiveId: 3, duplicate: false, messages: 8 },
			{ archiveId: 4, duplicate: false, messages: 8 },
			{ archiveId: 3, duplicate: true, messages: 8 }
		]);
		expect(await db.query(`SELECT count(*) AS n, count(DISTINCT id) AS ids FROM messages`)).toEqual([{ n: 32, ids: 32 }]);
	});
});

describe('importParsedFile on its own connection', () => {
	/** The page keeps querying while an import runs; here a failing query and a listing run after every batch. */
	async function importWhileQuerying(sameConnection: boolean) {
		const duck = await openNodeDuckDB();
		const main = connectorFor(duck.connect());
		await setupDatabase(main);
		const importer = sameConnection ? main : connectorFor(duck.connect());
		const seen: number[] = [];
		const busy: Connector = {
			...importer,
			async insertArrowIPC(table, ipc) {
				await importer.insertArrowIPC(table, ipc);
				await main.query("SELECT CAST('not a number' AS INTEGER)").catch(() => null);
				seen.push((await listConversations(main).catch(() => [])).length);
			}
		};
		const result = importParsedFile(
			busy,
			syntheticChat(5_000),
			{ name: 'big.txt', bytes: 1, sha256: '9'.repeat(64) },
			{
				timeZone,
				buildBatches: (input) => buildImportBatches(input, 1000)
			}
		);
		return { result, main, seen };
	}

	it('is neither disturbed nor seen half-done by queries on the main connection', async () => {
		const { result, main, seen } = await importWhileQuerying(false);
		expect(await result).toEqual({ archiveId: 1, duplicate: false, messages: 5_000 });
		expect(seen).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(await main.query('SELECT count(*) AS n FROM messages')).toEqual([{ n: 5_000 }]);
	});

	it('would be aborted by a failing query sharing its connection (why the browser opens a second one)', async () => {
		const { result, main } = await importWhileQuerying(true);
		await expect(result).rejects.toThrow(/transaction/i);
		expect(await main.query('SELECT count(*) AS n FROM archives')).toEqual([{ n: 0 }]);
	});
});
