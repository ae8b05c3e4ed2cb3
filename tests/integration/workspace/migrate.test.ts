import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeDb } from '$lib/db/node';
import { PRE_V3_REVIEWER, V1_ACTOR, V2_SAVED_QUERY_AUTHOR } from '$lib/db/migrate';
import { SCHEMA_VERSION, TABLES } from '$lib/db/schema';
import { restoreSnapshot, saveSnapshot } from '$lib/db/snapshot';
import { memoryStore } from './memory-store';

const V1_DIR = 'tests/fixtures/workspace-v1';
const V2_DIR = 'tests/fixtures/workspace-v2';

const storeOf = (files: Map<string, Uint8Array>) => memoryStore(files).store;

function filesOf(dir: string): Map<string, Uint8Array> {
	const files = new Map<string, Uint8Array>();
	for (const name of readdirSync(dir)) if (name !== 'README.md') files.set(name, new Uint8Array(readFileSync(join(dir, name))));
	return files;
}
const v1Files = () => filesOf(V1_DIR);

describe('a workspace saved by schema version 1', () => {
	it("restores into today's schema: every table, the old audit rows with an actor that says where they came from", async () => {
		expect(SCHEMA_VERSION).toBe(3);
		const db = await createNodeDb();
		const manifest = await restoreSnapshot(db, storeOf(v1Files()));
		expect(manifest?.schemaVersion).toBe(1);
		const count = async (t: string) => (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`))[0].n;
		expect(await count('messages')).toBe(14);
		expect(await count('archives')).toBe(1);
		expect(await db.query(`SELECT id, enabled FROM policies`)).toEqual([{ id: 'user.gifts-1', enabled: true }]);
		expect(await db.query(`SELECT seq, created_at, actor, action, subject, detail, prev_hash, hash FROM audit_log`)).toEqual([
			{
				seq: 1,
				created_at: '2026-01-05T10:00:00Z',
				actor: V1_ACTOR,
				action: 'note',
				subject: 'message:1',
				detail: '{"typed":"in the console"}',
				prev_hash: '',
				hash: 'not-a-hash'
			}
		]);
		expect(await db.query(`SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }]);
		// The staging table is gone.
		expect(await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'audit_log_v%'`)).toEqual([]);
	});

	it("saves again (over the same files, as the browser does) as today's version and restores from that unchanged", async () => {
		const db = await createNodeDb();
		const files = v1Files();
		await restoreSnapshot(db, storeOf(files));
		const saved = await saveSnapshot(db, storeOf(files));
		expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
		const again = await createNodeDb();
		await restoreSnapshot(again, storeOf(files));
		for (const table of TABLES) {
			expect(await again.query(`SELECT * FROM ${table} ORDER BY ALL`), table).toEqual(await db.query(`SELECT * FROM ${table} ORDER BY ALL`));
		}
	});

	it('refuses a version it does not know, before loading anything', async () => {
		const files = v1Files();
		const manifest = JSON.parse(new TextDecoder().decode(files.get('workspace-manifest.json')!));
		for (const version of [0, 4, 1.5]) {
			files.set('workspace-manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest, schemaVersion: version })));
			const db = await createNodeDb();
			await expect(restoreSnapshot(db, storeOf(files))).rejects.toThrow(`schema version ${version}`);
			expect(await db.query(`SELECT count(*)::INTEGER AS n FROM messages`)).toEqual([{ n: 0 }]);
		}
	});
});

/** A saved_queries file in the layout of versions 1 and 2, written by DuckDB itself from that layout. */
async function oldSavedQueries(): Promise<Uint8Array> {
	const db = await createNodeDb();
	await db.exec(`CREATE TABLE old_saved (id INTEGER, name VARCHAR, description VARCHAR, sql VARCHAR, view VARCHAR, created_at TIMESTAMP);
		INSERT INTO old_saved VALUES (7, 'Dana''s links', 'typed into the v2 console', 'SELECT id AS message_id FROM messages WHERE text LIKE ''%http%''', NULL, TIMESTAMP '2026-02-01 09:30:00')`);
	return db.queryArrowIPC('SELECT * FROM old_saved');
}

/** The audit_log file of a version 2 workspace (it has the actor column). */
async function v2AuditLog(): Promise<Uint8Array> {
	const db = await createNodeDb();
	await db.exec(`CREATE TABLE old_log (seq BIGINT, created_at TIMESTAMP, actor VARCHAR, action VARCHAR, subject VARCHAR, detail VARCHAR, prev_hash VARCHAR, hash VARCHAR);
		INSERT INTO old_log VALUES (1, TIMESTAMP '2026-02-01 09:00:00', 'Ana', 'search.run', 'search', '{}', '', 'x')`);
	return db.queryArrowIPC('SELECT * FROM old_log');
}

function withVersion(files: Map<string, Uint8Array>, version: number): void {
	const manifest = JSON.parse(new TextDecoder().decode(files.get('workspace-manifest.json')!));
	files.set('workspace-manifest.json', new TextEncoder().encode(JSON.stringify({ ...manifest, schemaVersion: version })));
}

const OLD_ROW_TODAY = {
	id: 7,
	name: "Dana's links",
	description: 'typed into the v2 console',
	kind: 'sql',
	search: null,
	sql: "SELECT id AS message_id FROM messages WHERE text LIKE '%http%'",
	view: null,
	tags: [],
	author: V2_SAVED_QUERY_AUTHOR,
	created_at: '2026-02-01T09:30:00Z',
	updated_at: '2026-02-01T09:30:00Z',
	row_count: null,
	result_digest: null,
	archive_sha256: []
};

describe('saved queries of a version 1 or 2 workspace', () => {
	it.each([1, 2])('version %i: the old row restores as a SQL query with every new column filled', async (version) => {
		const files = v1Files();
		files.set('g1-saved_queries.arrow', await oldSavedQueries());
		if (version === 2) files.set('g1-audit_log.arrow', await v2AuditLog());
		withVersion(files, version);
		const db = await createNodeDb();
		await restoreSnapshot(db, storeOf(files));
		expect(await db.query(`SELECT * FROM saved_queries`)).toEqual([OLD_ROW_TODAY]);
		expect((await db.query<{ actor: string }>(`SELECT actor FROM audit_log`))[0].actor).toBe(version === 1 ? V1_ACTOR : 'Ana');
		expect(await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'saved_queries_v%'`)).toEqual([]);
		// Saved again, it is a version 3 workspace that restores the same row.
		await saveSnapshot(db, storeOf(files));
		const again = await createNodeDb();
		expect((await restoreSnapshot(again, storeOf(files)))?.schemaVersion).toBe(SCHEMA_VERSION);
		expect(await again.query(`SELECT * FROM saved_queries`)).toEqual([OLD_ROW_TODAY]);
	});
});

describe('a workspace saved by schema version 2', () => {
	it('restores its tags and notes with a reviewer that says they were saved before reviewer names', async () => {
		const db = await createNodeDb();
		const manifest = await restoreSnapshot(db, storeOf(filesOf(V2_DIR)));
		expect(manifest?.schemaVersion).toBe(2);
		expect(await db.query(`SELECT message_id, tag, reviewer, created_at FROM tags ORDER BY message_id`)).toEqual([
			{ message_id: 3, tag: 'responsive', reviewer: PRE_V3_REVIEWER, created_at: '2026-02-01T09:00:00Z' },
			{ message_id: 5, tag: 'privileged', reviewer: PRE_V3_REVIEWER, created_at: '2026-02-01T09:01:00Z' }
		]);
		expect(await db.query(`SELECT id, message_id, conversation_id, body, reviewer, created_at, updated_at FROM notes ORDER BY id`)).toEqual([
			{
				id: 1,
				message_id: 3,
				conversation_id: null,
				body: 'Check the invoice with finance',
				reviewer: PRE_V3_REVIEWER,
				created_at: '2026-02-01T09:02:00Z',
				updated_at: null
			},
			{
				id: 2,
				message_id: null,
				conversation_id: 1,
				body: 'Whole chat: off-channel',
				reviewer: PRE_V3_REVIEWER,
				created_at: '2026-02-01T09:03:00Z',
				updated_at: null
			}
		]);
		expect(await db.query(`SELECT count(*)::INTEGER AS n FROM messages`)).toEqual([{ n: 14 }]);
		expect(await db.query(`SELECT count(*)::INTEGER AS n FROM review_queues`)).toEqual([{ n: 0 }]);
		expect(await db.query(`SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }]);
		expect(await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%_v2'`)).toEqual([]);
	});

	it('saves a queue and its decisions with the workspace and restores them unchanged', async () => {
		const db = await createNodeDb();
		const files = filesOf(V2_DIR);
		await restoreSnapshot(db, storeOf(files));
		await db.exec(`INSERT INTO review_queues VALUES (1, 'Sample', 'search', 'invoice', NULL, 9, '3', 'seed-1', [5, 2, 9], 'Ada', '2026-03-01 10:00:00')`);
		await db.exec(`INSERT INTO review_decisions VALUES (1, 5, 'reviewed', ['responsive', 'escalate'], 'Ada', '2026-03-01 10:01:00')`);
		await saveSnapshot(db, storeOf(files));
		const again = await createNodeDb();
		await restoreSnapshot(again, storeOf(files));
		for (const table of TABLES) {
			expect(await again.query(`SELECT * FROM ${table} ORDER BY ALL`), table).toEqual(await db.query(`SELECT * FROM ${table} ORDER BY ALL`));
		}
		expect(await again.query(`SELECT message_ids FROM review_queues`)).toEqual([{ message_ids: [5, 2, 9] }]);
	});
});
