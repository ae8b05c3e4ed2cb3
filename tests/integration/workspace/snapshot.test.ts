import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { TABLES } from '$lib/db/schema';
import { ArchivesNotSavedError, MANIFEST, restoreSnapshot, saveSnapshot, type FileStore } from '$lib/db/snapshot';
import { parseSource } from '$lib/ingest/parse-source';

/** An in-memory file store that counts writes, standing in for OPFS. */
function memoryStore() {
	const files = new Map<string, Uint8Array>();
	const writes: string[] = [];
	const store: FileStore = {
		async write(name, data) {
			writes.push(name);
			files.set(name, data.slice());
		},
		async read(name) {
			return files.get(name) ?? null;
		},
		async remove(name) {
			files.delete(name);
		},
		async list() {
			return [...files.keys()].sort();
		}
	};
	return { store, files, writes };
}

const SAMPLES = ['data-samples/whatsapp/WhatsApp Chat - Ops Team.zip', 'data-samples/telegram/DataExport_2024-04-12/result.json'];

/** Imports a sample; the ids of the archives it added, as the app passes them to the save. */
async function importSample(db: Connector, path: string): Promise<number[]> {
	const parsed = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
	const ids: number[] = [];
	for (const p of parsed.parsed) ids.push((await importParsedFile(db, p.file, p.source, { timeZone: 'Europe/Berlin' })).archiveId);
	return ids;
}

async function dump(db: Connector): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const table of TABLES) out[table] = await db.query(`SELECT * FROM ${table} ORDER BY ALL`);
	return out;
}

describe('workspace snapshot', () => {
	it('restores every table exactly, archives and the small tables alike', async () => {
		const db = await createNodeDb();
		const added = [...(await importSample(db, SAMPLES[0])), ...(await importSample(db, SAMPLES[1]))];
		await db.exec(`INSERT INTO risk_hits VALUES (1, 'luhn-card', 'pii.credit_card', 'high', 0.9, 3, 22, 'card number')`);
		await db.exec(`INSERT INTO policies VALUES ('user.gifts-1', 'mine', '{"query":"gift"}', true, '2026-11-28 10:00:00')`);
		await db.exec(`INSERT INTO identities VALUES (1, 'Alice'); INSERT INTO identity_members VALUES (1, 1);`);
		await db.exec(`INSERT INTO search_hits VALUES (1, 2.5)`);
		const before = await dump(db);
		expect((before.messages as unknown[]).length).toBe(14 + 65); // data-samples READMEs: Ops Team 14 records, Telegram 65

		const { store } = memoryStore();
		const manifest = await saveSnapshot(db, store, { added });
		expect(manifest.messages).toBe(79);

		const restored = await createNodeDb();
		await restoreSnapshot(restored, store);
		const after = await dump(restored);
		// search_hits is the current search only and is not saved.
		expect(after.search_hits).toEqual([]);
		expect({ ...after, search_hits: before.search_hits }).toEqual(before);
	});

	it('writes an archive once: a later save rewrites only the small tables and the new archive', async () => {
		const db = await createNodeDb();
		const first = await importSample(db, SAMPLES[0]);
		const { store, writes, files } = memoryStore();
		await saveSnapshot(db, store, { added: first });
		expect(writes.filter((w) => w.startsWith('archive-'))).toEqual([
			'archive-1-archives.arrow',
			'archive-1-conversations.arrow',
			'archive-1-messages.arrow',
			'archive-1-attachments.arrow',
			'archive-1-unparsed_lines.arrow'
		]);
		writes.length = 0;
		const second = await saveSnapshot(db, store, { added: await importSample(db, SAMPLES[1]) });
		expect(writes.filter((w) => w.startsWith('archive-'))).toEqual([
			'archive-2-archives.arrow',
			'archive-2-conversations.arrow',
			'archive-2-messages.arrow',
			'archive-2-attachments.arrow',
			'archive-2-unparsed_lines.arrow'
		]);
		expect(second.generation).toBe(2);
		// The first generation's small-table files are gone; the manifest names every file left.
		const names = [...files.keys()];
		expect(names.filter((n) => n.startsWith('g1-'))).toEqual([]);
		expect(names.filter((n) => n.startsWith('g2-')).length).toBeGreaterThan(5);
		expect(new Set(names)).toEqual(new Set([MANIFEST, ...Object.values(second.tables).flat()]));
	});

	it('finds nothing to restore in an empty store', async () => {
		expect(await restoreSnapshot(await createNodeDb(), memoryStore().store)).toBeNull();
	});

	it('refuses a snapshot with a missing file and leaves the database empty', async () => {
		const db = await createNodeDb();
		const added = await importSample(db, SAMPLES[0]);
		const { store, files } = memoryStore();
		await saveSnapshot(db, store, { added });
		files.delete('archive-1-messages.arrow');
		const target = await createNodeDb();
		await expect(restoreSnapshot(target, store)).rejects.toThrow('the saved workspace is missing archive-1-messages.arrow');
		expect(await target.query('SELECT count(*)::INTEGER AS n FROM archives')).toEqual([{ n: 0 }]);
	});

	it('refuses a snapshot of another schema version', async () => {
		const { store, files } = memoryStore();
		await saveSnapshot(await createNodeDb(), store);
		const manifest = JSON.parse(new TextDecoder().decode(files.get(MANIFEST)!));
		files.set(MANIFEST, new TextEncoder().encode(JSON.stringify({ ...manifest, schemaVersion: 99 })));
		await expect(restoreSnapshot(await createNodeDb(), store)).rejects.toThrow('schema version 99');
	});
});
