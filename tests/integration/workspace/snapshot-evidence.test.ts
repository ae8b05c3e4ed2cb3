import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { ArchivesNotSavedError, MANIFEST, restoreSnapshot, saveSnapshot, type FileStore } from '$lib/db/snapshot';
import { parseSource } from '$lib/ingest/parse-source';

/**
 * A save can neither lose nor forge evidence, even when the database was changed behind the console's gate (here: SQL
 * run straight on the connection, as the browser's developer tools could). Archive 1 is the Harbor Logistics sample:
 * 91 records (data-samples/whatsapp/README.md); the Telegram sample adds 65.
 */

const HARBOR = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip';
const TELEGRAM = 'data-samples/telegram/DataExport_2024-04-12/result.json';
const PER_ARCHIVE = ['archives', 'conversations', 'messages', 'attachments', 'unparsed_lines'];

function memoryStore(): FileStore & { files: Map<string, Uint8Array> } {
	const files = new Map<string, Uint8Array>();
	return {
		files,
		write: async (name, data) => void files.set(name, data.slice()),
		read: async (name) => files.get(name) ?? null,
		remove: async (name) => void files.delete(name),
		list: async () => [...files.keys()].sort()
	};
}

async function importSample(db: Connector, path: string): Promise<number[]> {
	const parsed = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
	const ids: number[] = [];
	for (const p of parsed.parsed) ids.push((await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' })).archiveId);
	return ids;
}

/** The archive's own rows in every per-archive table, in a fixed order. */
async function archiveRows(db: Connector, id: number): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const table of PER_ARCHIVE) {
		out[table] = await db.query(`SELECT * FROM ${table} WHERE ${table === 'archives' ? 'id' : 'archive_id'} = ? ORDER BY ALL`, [id]);
	}
	return out;
}

async function restored(store: FileStore): Promise<Connector> {
	const db = await createNodeDb();
	await restoreSnapshot(db, store);
	return db;
}

const count = async (db: Connector, sql: string) => (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${sql}`))[0].n;

/** A workspace with the Harbor sample imported and saved the way the app saves it. */
async function savedHarbor() {
	const db = await createNodeDb();
	const store = memoryStore();
	expect(await importSample(db, HARBOR)).toEqual([1]);
	await saveSnapshot(db, store, { added: [1] });
	return { db, store, original: await archiveRows(db, 1) };
}

// What the app may do after the database was tampered with: each is followed by a save.
const LATER_ACTIONS: [string, (db: Connector, store: FileStore) => Promise<unknown>][] = [
	['an import', async (db, store) => saveSnapshot(db, store, { added: await importSample(db, TELEGRAM) })],
	[
		'a people merge',
		async (db, store) => {
			await db.exec(`INSERT INTO identities VALUES (1, 'Ana'); INSERT INTO identity_members VALUES (1, 1), (2, 1);`);
			return saveSnapshot(db, store);
		}
	],
	[
		'a policy change',
		async (db, store) => {
			await db.exec(`INSERT INTO policies VALUES ('user.gifts', 'mine', '{"query":"gift"}', true, TIMESTAMP '2024-05-01 10:00:00')`);
			return saveSnapshot(db, store);
		}
	]
];

describe('a save after the database lost an archive row', () => {
	it.each(LATER_ACTIONS)('DELETE FROM archives WHERE id = 1, then %s: the reloaded workspace holds archive 1 whole', async (_, action) => {
		const { db, store, original } = await savedHarbor();
		await db.exec('DELETE FROM archives WHERE id = 1');
		await action(db, store);
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, 'messages WHERE archive_id = 1')).toBe(91);
	});

	it('DELETE of every row of archive 1, then an import that is given id 1 again: the saved archive 1 is kept, the import is reported unsaved', async () => {
		const { db, store, original } = await savedHarbor();
		for (const table of PER_ARCHIVE) await db.exec(`DELETE FROM ${table} WHERE ${table === 'archives' ? 'id' : 'archive_id'} = 1`);
		const added = await importSample(db, TELEGRAM);
		expect(added).toEqual([1]);
		const error = await saveSnapshot(db, store, { added }).then(
			() => null,
			(e: Error) => e
		);
		expect(error).toBeInstanceOf(ArchivesNotSavedError);
		expect((error as ArchivesNotSavedError).archives).toEqual([1]);
		expect(error!.message).toContain('archive 1 in the database is not the saved archive 1 (its SHA-256 differs), so the saved one is kept');
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, 'messages')).toBe(91);
	});

	it('after DELETE FROM archives WHERE id = 1 a new import is not given id 1, and both archives are saved', async () => {
		const { db, store, original } = await savedHarbor();
		await db.exec('DELETE FROM archives WHERE id = 1');
		const added = await importSample(db, TELEGRAM);
		expect(added).toEqual([2]);
		const manifest = await saveSnapshot(db, store, { added });
		expect(manifest.messages).toBe(91 + 65);
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, 'messages WHERE archive_id = 2')).toBe(65);
	});
});

describe('a save after the database was forged', () => {
	it.each(LATER_ACTIONS)("UPDATE … SET text = 'FORGED' in place, then %s: the saved text is the imported one", async (_, action) => {
		const { db, store, original } = await savedHarbor();
		await db.exec(`UPDATE messages SET text = 'FORGED' WHERE archive_id = 1`);
		await db.exec(`UPDATE conversations SET title = 'FORGED' WHERE archive_id = 1`);
		await action(db, store);
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, "messages WHERE text = 'FORGED'")).toBe(0);
	});

	it.each(LATER_ACTIONS)('archive 1 moved to id 99 and forged, then %s: archive 1 is restored as imported, 99 does not exist', async (_, action) => {
		const { db, store, original } = await savedHarbor();
		await db.exec(`
			UPDATE archives SET id = 99 WHERE id = 1;
			UPDATE conversations SET archive_id = 99 WHERE archive_id = 1;
			UPDATE messages SET archive_id = 99, text = 'FORGED' WHERE archive_id = 1;
		`);
		await action(db, store);
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, 'archives WHERE id = 99')).toBe(0);
		expect(await count(back, "messages WHERE text = 'FORGED'")).toBe(0);
	});

	it('a moved archive named as added is refused: the same bytes are saved already', async () => {
		const { db, store, original } = await savedHarbor();
		await db.exec(`UPDATE archives SET id = 99 WHERE id = 1; UPDATE messages SET archive_id = 99, text = 'FORGED' WHERE archive_id = 1;`);
		await expect(saveSnapshot(db, store, { added: [99] })).rejects.toThrow('archive 99 is the saved archive 1 under another id');
		expect(await archiveRows(await restored(store), 1)).toEqual(original);
	});

	it('an archive inserted by SQL, not imported by the app, is never saved', async () => {
		const { db, store } = await savedHarbor();
		await db.exec(`
			INSERT INTO archives VALUES (7, 'forged.txt', 1, '${'f'.repeat(64)}', 'whatsapp', 'whatsapp-android-txt', TIMESTAMP '2024-01-01 00:00:00', 'UTC', 1, 0, []);
			INSERT INTO messages SELECT * REPLACE (7 AS archive_id, id + 100000 AS id, 'FORGED' AS text) FROM messages WHERE archive_id = 1 LIMIT 1;
		`);
		const manifest = await saveSnapshot(db, store);
		expect(Object.keys(manifest.archives)).toEqual(['1']);
		const back = await restored(store);
		expect(await count(back, 'archives')).toBe(1);
		expect(await count(back, 'messages')).toBe(91);
	});

	it('carries an archive over without rewriting its files', async () => {
		const { db, store } = await savedHarbor();
		const before = new Map(PER_ARCHIVE.map((t) => [t, store.files.get(`archive-1-${t}.arrow`)]));
		await db.exec(`UPDATE messages SET text = 'FORGED' WHERE archive_id = 1`);
		await saveSnapshot(db, store, { added: await importSample(db, TELEGRAM) });
		for (const t of PER_ARCHIVE) expect(store.files.get(`archive-1-${t}.arrow`)).toBe(before.get(t));
	});
});

describe('a workspace saved before archive rows were saved per archive', () => {
	it('restores as it is, and its next save carries every archive over with its rows', async () => {
		const db = await createNodeDb();
		const store = memoryStore();
		await importSample(db, HARBOR);
		const original = await archiveRows(db, 1);
		// The earlier layout: archives and conversations in the generation's whole-table files, three files per archive.
		const manifest = await saveSnapshot(db, store, { added: [1] });
		for (const table of ['archives', 'conversations']) {
			store.files.set(`g1-${table}.arrow`, await db.queryArrowIPC(`SELECT * FROM ${table}`));
			store.files.delete(`archive-1-${table}.arrow`);
			manifest.tables[table] = [`g1-${table}.arrow`];
		}
		const legacy = { ...manifest, archives: { 1: ['archive-1-messages.arrow', 'archive-1-attachments.arrow', 'archive-1-unparsed_lines.arrow'] } };
		store.files.set(MANIFEST, new TextEncoder().encode(JSON.stringify(legacy)));

		const reopened = await restored(store);
		expect(await archiveRows(reopened, 1)).toEqual(original);
		const upgraded = await saveSnapshot(reopened, store, { added: await importSample(reopened, TELEGRAM) });
		expect(upgraded.archives[1]).toMatchObject({ messages: 91, files: { archives: 'archive-1-archives.arrow', messages: 'archive-1-messages.arrow' } });
		expect(store.files.has('g1-archives.arrow')).toBe(false);
		const back = await restored(store);
		expect(await archiveRows(back, 1)).toEqual(original);
		expect(await count(back, 'messages')).toBe(91 + 65);
	});
});
