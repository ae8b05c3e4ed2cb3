import type { Connector } from './connector';
import { SCHEMA_VERSION, TABLES } from './schema';

/**
 * Saving the workspace database as Arrow IPC files and loading it back, over any file store (OPFS in the
 * browser, a Map in tests). Archive-sized tables are written once per archive; the small tables are rewritten on
 * every save under a new generation. The manifest is written last and names every file of a complete snapshot,
 * so a save cut short leaves the previous snapshot intact.
 */

export interface FileStore {
	write(name: string, data: Uint8Array): Promise<void>;
	read(name: string): Promise<Uint8Array | null>;
	remove(name: string): Promise<void>;
	list(): Promise<string[]>;
}

export const MANIFEST = 'workspace-manifest.json';
export const SNAPSHOT_FORMAT = 'parley-workspace';

/** Loaded per archive: appended by imports and never changed afterwards. */
const PER_ARCHIVE = ['messages', 'attachments', 'unparsed_lines'] as const;
/** Transient: the current search, rebuilt by searching. */
const NOT_SAVED = new Set<string>(['search_hits']);

export interface Manifest {
	format: typeof SNAPSHOT_FORMAT;
	schemaVersion: number;
	generation: number;
	savedAt: string;
	/** table → files, in load order */
	tables: Record<string, string[]>;
	/** archive id → its per-archive files, so later saves reuse them */
	archives: Record<string, string[]>;
	messages: number;
}

export interface SaveReport {
	(done: number, total: number): void;
}

export async function readManifest(store: FileStore): Promise<Manifest | null> {
	const bytes = await store.read(MANIFEST);
	if (!bytes) return null;
	const manifest = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
	if (manifest.format !== SNAPSHOT_FORMAT) throw new Error(`${MANIFEST} is not a Parley workspace manifest`);
	return manifest;
}

const wholeTables = () => TABLES.filter((t) => !NOT_SAVED.has(t) && !(PER_ARCHIVE as readonly string[]).includes(t));

/** Writes what changed since the last snapshot, then the manifest, then removes files no manifest names. */
export async function saveSnapshot(db: Connector, store: FileStore, report: SaveReport = () => {}): Promise<Manifest> {
	const previous = await readManifest(store).catch(() => null);
	const generation = (previous?.generation ?? 0) + 1;
	const archiveIds = (await db.query<{ id: number }>('SELECT id FROM archives ORDER BY id')).map((r) => r.id);
	const fresh = archiveIds.filter((id) => !previous?.archives[id]);
	const steps = wholeTables().length + fresh.length;
	let done = 0;

	const archives: Record<string, string[]> = {};
	for (const id of archiveIds) {
		if (previous?.archives[id]) {
			archives[id] = previous.archives[id];
			continue;
		}
		archives[id] = [];
		for (const table of PER_ARCHIVE) {
			const name = `archive-${id}-${table}.arrow`;
			await store.write(name, await db.queryArrowIPC(`SELECT * FROM ${table} WHERE archive_id = ${id}`));
			archives[id].push(name);
		}
		report(++done, steps);
	}

	const tables: Record<string, string[]> = {};
	for (const table of wholeTables()) {
		const name = `g${generation}-${table}.arrow`;
		await store.write(name, await db.queryArrowIPC(`SELECT * FROM ${table}`));
		tables[table] = [name];
		report(++done, steps);
	}
	for (const table of PER_ARCHIVE) tables[table] = archiveIds.map((id) => archives[id][PER_ARCHIVE.indexOf(table)]);

	const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM messages');
	const manifest: Manifest = {
		format: SNAPSHOT_FORMAT, schemaVersion: SCHEMA_VERSION, generation, savedAt: new Date().toISOString(), tables, archives, messages: n
	};
	await store.write(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest)));
	await removeUnnamed(store, manifest);
	return manifest;
}

/**
 * Loads a snapshot into a database that has the schema and no data. Returns null when there is none.
 * A snapshot of another schema version is refused with a message rather than loaded half-right.
 */
export async function restoreSnapshot(db: Connector, store: FileStore, report: SaveReport = () => {}): Promise<Manifest | null> {
	const manifest = await readManifest(store);
	if (!manifest) return null;
	if (manifest.schemaVersion !== SCHEMA_VERSION) {
		throw new Error(`the saved workspace has schema version ${manifest.schemaVersion}, this Parley reads ${SCHEMA_VERSION}`);
	}
	const files = Object.entries(manifest.tables).flatMap(([table, names]) => names.map((name) => ({ table, name })));
	await db.exec('BEGIN TRANSACTION');
	try {
		// meta holds a schema_version row already (the schema inserts it); the saved one replaces it.
		await db.exec('DELETE FROM meta');
		for (const [i, { table, name }] of files.entries()) {
			if (!(TABLES as readonly string[]).includes(table)) throw new Error(`the saved workspace names an unknown table '${table}'`);
			const bytes = await store.read(name);
			if (!bytes) throw new Error(`the saved workspace is missing ${name}`);
			if (bytes.byteLength > 0) await db.insertArrowIPC(table, bytes);
			report(i + 1, files.length);
		}
		await db.exec('COMMIT');
	} catch (e) {
		await db.exec('ROLLBACK');
		throw e;
	}
	return manifest;
}

async function removeUnnamed(store: FileStore, manifest: Manifest): Promise<void> {
	const named = new Set([MANIFEST, ...Object.values(manifest.tables).flat()]);
	for (const name of await store.list()) {
		if (/^(g\d+-|archive-\d+-).*\.arrow$/.test(name) && !named.has(name)) await store.remove(name);
	}
}
