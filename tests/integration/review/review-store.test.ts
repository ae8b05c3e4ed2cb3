import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { addNote, deleteNote, editNote, noteById, notesOf } from '$lib/db/queries/notes';
import {
	createQueue,
	decide,
	decisionsOf,
	findQueue,
	listQueues,
	messageInContext,
	restoreDecision,
	reviewRecords,
	type NewQueue
} from '$lib/db/queries/review';
import { addTag, removeTag, tagCounts, tagsOf } from '$lib/db/queries/tags';
import { restoreSnapshot } from '$lib/db/snapshot';
import { runUserSqlOn, describeUserSqlOn } from '$lib/db/user-sql';
import { resolveSource, SourceError, type SourceDeps } from '$lib/review/source';
import { memoryStore } from '../workspace/memory-store';

// The Ops Team sample (14 records) as a version-2 workspace: tags on messages 3 and 5, notes 1 and 2.
const DIR = 'tests/fixtures/workspace-v2';
const T0 = new Date(Date.UTC(2026, 2, 1, 10, 0, 0));
const later = (s: number) => new Date(T0.getTime() + s * 1000);

let db: Connector;
let messagesBefore: unknown[];
const evidence = () => db.query(`SELECT * FROM messages ORDER BY id`);

beforeAll(async () => {
	const files = new Map<string, Uint8Array>();
	for (const name of readdirSync(DIR)) if (name !== 'README.md') files.set(name, new Uint8Array(readFileSync(join(DIR, name))));
	db = await createNodeDb();
	await restoreSnapshot(db, memoryStore(files).store);
	messagesBefore = await evidence();
});

describe('tags', () => {
	it('tags messages that exist and lack the tag, and says which it tagged', async () => {
		expect(await addTag(db, [1, 2, 3, 2, 9999], 'responsive', 'Ada', T0)).toEqual([1, 2]);
		expect(await addTag(db, [1, 2], 'responsive', 'Ada', T0)).toEqual([]);
		expect(await addTag(db, [2], 'needs legal', 'Ben', later(1))).toEqual([2]);
		const of = await tagsOf(db, [1, 2, 4]);
		expect(of.get(2)?.map((t) => [t.tag, t.reviewer, t.created_at])).toEqual([
			['responsive', 'Ada', '2026-03-01T10:00:00Z'],
			['needs legal', 'Ben', '2026-03-01T10:00:01Z']
		]);
		expect(of.has(4)).toBe(false);
		expect(await tagCounts(db)).toEqual([
			{ tag: 'needs legal', messages: 1 },
			{ tag: 'privileged', messages: 1 },
			{ tag: 'responsive', messages: 3 }
		]);
	});

	it('removes a tag from the messages that carry it', async () => {
		expect(await removeTag(db, [1, 4], 'responsive')).toEqual([1]);
		expect((await tagsOf(db, [1])).has(1)).toBe(false);
	});

	it('refuses an id that is not a non-negative integer before it reaches SQL', async () => {
		await expect(addTag(db, [1.5], 'x', 'Ada')).rejects.toThrow(RangeError);
		await expect(addTag(db, [Number('1; DROP TABLE tags')], 'x', 'Ada')).rejects.toThrow(RangeError);
	});
});

describe('notes', () => {
	it('adds a note on a message with its conversation and reviewer, edits and deletes it', async () => {
		const note = await addNote(db, 4, 'Ask finance about the <b>invoice</b>', 'Ada', T0);
		expect(note).toMatchObject({ message_id: 4, conversation_id: 1, body: 'Ask finance about the <b>invoice</b>', reviewer: 'Ada', updated_at: null });
		await editNote(db, note.id, 'Asked finance', later(5));
		expect(await noteById(db, note.id)).toMatchObject({ body: 'Asked finance', updated_at: '2026-03-01T10:00:05Z', created_at: '2026-03-01T10:00:00Z' });
		expect((await notesOf(db, [4])).map((n) => n.id)).toEqual([note.id]);
		await deleteNote(db, note.id);
		expect(await notesOf(db, [4])).toEqual([]);
	});
});

describe('queues and decisions', () => {
	const queue: NewQueue = {
		name: 'Sample of invoice',
		source_kind: 'search',
		source_text: 'invoice',
		saved_query_id: null,
		population: 9,
		sample_spec: '3',
		seed: 'seed-1',
		message_ids: [7, 2, 11],
		reviewer: 'Ada'
	};

	it('creates a queue, finds it again by its source and sample, and counts its decisions', async () => {
		const q = await createQueue(db, queue, T0);
		expect(q).toMatchObject({ ...queue, id: 1, created_at: '2026-03-01T10:00:00Z' });
		expect((await findQueue(db, 'search', 'invoice', null, '3', 'seed-1'))?.id).toBe(1);
		expect(await findQueue(db, 'search', 'invoice', null, '3', 'seed-2')).toBeNull();
		expect(await findQueue(db, 'search', 'invoice', null, null, null)).toBeNull();
		const empty = await createQueue(db, { ...queue, sample_spec: null, seed: null, message_ids: [] }, T0);
		expect(empty.message_ids).toEqual([]);

		await decide(db, { queue_id: 1, message_id: 7, decision: 'reviewed', tags: ['responsive', 'it\'s "quoted"'], reviewer: 'Ada' }, later(1));
		await decide(db, { queue_id: 1, message_id: 2, decision: 'reviewed', tags: [], reviewer: 'Ada' }, later(2));
		expect((await listQueues(db)).map((x) => [x.id, x.reviewed])).toEqual([
			[2, 0],
			[1, 2]
		]);
		expect((await decisionsOf(db, 1)).map((d) => [d.message_id, d.tags])).toEqual([
			[7, ['responsive', 'it\'s "quoted"']],
			[2, []]
		]);
	});

	it('undoes a decision back to the one before it, or to none', async () => {
		const [first] = await decisionsOf(db, 1);
		await decide(db, { ...first, tags: ['escalate'], reviewer: 'Ben' }, later(9));
		await restoreDecision(db, 1, 7, first);
		expect((await decisionsOf(db, 1)).find((d) => d.message_id === 7)).toEqual(first);
		await restoreDecision(db, 1, 2, null);
		expect((await decisionsOf(db, 1)).map((d) => d.message_id)).toEqual([7]);
	});

	it('shows a message with its provenance and the messages around it in its conversation', async () => {
		const { message, context } = await messageInContext(db, 5, 2, 2);
		expect(message).toMatchObject({ message_id: 5, conversation_id: 1, source_file: expect.stringContaining('Ops Team') });
		expect(message?.archive_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(context.map((c) => c.pos)).toEqual([message!.pos - 2, message!.pos - 1, message!.pos, message!.pos + 1, message!.pos + 2]);
		expect(context.find((c) => c.id === 5)).toBeTruthy();
		expect(await messageInContext(db, 99_999)).toEqual({ message: null, context: [] });
	});

	it('lists every tag, note and decision message by message for the export, or one queue’s', async () => {
		const all = await reviewRecords(db);
		expect(all.filter((r) => r.message_id === 7).map((r) => [r.record, r.value, r.queue_id])).toEqual([['decision', 'reviewed', 1]]);
		expect(all.filter((r) => r.message_id === 3).map((r) => [r.record, r.value])).toEqual([
			['tag', 'responsive'],
			['note', 'Check the invoice with finance']
		]);
		// The note on a whole conversation names no message and is not a message record.
		expect(all.some((r) => r.value === 'Whole chat: off-channel')).toBe(false);
		expect([...new Set((await reviewRecords(db, 1)).map((r) => r.message_id))].sort((a, b) => a - b)).toEqual([2, 7]);
	});

	it('never changed a message', async () => {
		expect(await evidence()).toEqual(messagesBefore);
	});
});

describe('the source of a queue', () => {
	const deps = (): SourceDeps => ({
		db,
		search: async (q) => (q === 'invoice' ? [9, 4, 9, 2] : []),
		runUserSql: (sql) => runUserSqlOn(db, sql),
		describeUserSql: (sql) => describeUserSqlOn(db, sql)
	});

	it('takes a search’s hits in rank order, each once', async () => {
		expect(await resolveSource({ kind: 'search', text: 'invoice' }, deps())).toMatchObject({ kind: 'search', ids: [9, 4, 2], savedQueryId: null });
	});

	it('takes a SQL statement’s message_id column in row order, through the evidence gate', async () => {
		const r = await resolveSource({ kind: 'sql', text: 'SELECT id AS message_id, author FROM messages WHERE id IN (5, 3, 8) ORDER BY id DESC' }, deps());
		expect(r.ids).toEqual([8, 5, 3]);
		await expect(resolveSource({ kind: 'sql', text: 'SELECT id, author FROM messages' }, deps())).rejects.toThrow(/no message_id column/);
		await expect(resolveSource({ kind: 'sql', text: 'SELECT id FROM messages WHERE false' }, deps())).rejects.toThrow(SourceError);
		await expect(resolveSource({ kind: 'sql', text: 'DELETE FROM messages' }, deps())).rejects.toThrow(/DELETE is refused/);
		expect(await resolveSource({ kind: 'sql', text: 'SELECT id AS message_id FROM messages WHERE false' }, deps())).toMatchObject({ ids: [] });
	});

	it('runs a saved SQL query', async () => {
		await db.query(
			`INSERT INTO saved_queries (id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256) VALUES (1, 'Late replies', '', 'sql', NULL, 'SELECT id AS message_id FROM messages WHERE id IN (1, 2) ORDER BY id DESC', '/sql', [], 'Ada', now()::TIMESTAMP, now()::TIMESTAMP, 2, 'x', [])`
		);
		expect(await resolveSource({ kind: 'saved', id: 1 }, deps())).toMatchObject({ kind: 'sql', name: 'Late replies', savedQueryId: 1, ids: [2, 1] });
		await expect(resolveSource({ kind: 'saved', id: 42 }, deps())).rejects.toThrow('There is no saved query 42');
	});

	it('runs a saved search and refuses a saved view', async () => {
		await db.query(
			`INSERT INTO saved_queries (id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256) VALUES (2, 'Invoices', '', 'search', 'invoice', NULL, '/search?q=invoice', [], 'Ada', now()::TIMESTAMP, now()::TIMESTAMP, 3, 'x', [])`
		);
		await db.query(
			`INSERT INTO saved_queries (id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256) VALUES (3, 'Graph', '', 'view', NULL, NULL, '/graph', [], 'Ada', now()::TIMESTAMP, now()::TIMESTAMP, NULL, NULL, [])`
		);
		expect(await resolveSource({ kind: 'saved', id: 2 }, deps())).toMatchObject({ kind: 'search', text: 'invoice', ids: [9, 4, 2], savedQueryId: 2 });
		await expect(resolveSource({ kind: 'saved', id: 3 }, deps())).rejects.toThrow('is a view, which names no messages');
	});
});
