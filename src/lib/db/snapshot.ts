import type { Connector } from './connector';
import { canRestoreVersion, restoreTable } from './migrate';
import { SCHEMA_VERSION, TABLES } from './schema';

/**
 * Saving the workspace database as Arrow IPC files and loading it back, over any file store (OPFS in the
 * browser, a Map in tests). An archive's own rows are written once, as files of their own; the small tables are
 * rewritten on every save under a new generation. The manifest is written last and names every file of a complete
 * snapshot, so a save cut short leaves the previous snapshot intact.
 */

export interface FileStore {
	write(name: string, data: Uint8Array): Promise<void>;
	read(name: string): Promise<Uint8Array | null>;
	remove(name: string): Promise<void>;
	list(): Promise<string[]>;
}

export const MANIFEST = 'workspace-manifest.json';
export const SNAPSHOT_FORMAT = 'parley-workspace';

/**
 * Saved per archive: the archive's own rows, complete when its import commits and never changed afterwards. They are
 * written once, at the first save after the app imported the archive, and every later save carries them over from the
 * previous manifest, whatever the database holds by then: a row deleted, forged or moved to another id in the database
 * never reaches the saved workspace, and only clearing the saved workspace removes an archive from it.
 */
const PER_ARCHIVE = ['archives', 'conversations', 'messages', 'attachments', 'unparsed_lines'] as const;
type PerArchiveTable = (typeof PER_ARCHIVE)[number];
const archiveColumn = (table: PerArchiveTable) => (table === 'archives' ? 'id' : 'archive_id');
/** Transient: the current search, rebuilt by searching. */
const NOT_SAVED = new Set<string>(['search_hits']);

export interface SavedArchive {
	sha256: string;
	messages: number;
	files: Record<PerArchiveTable, string>;
}

/** An archive entry as manifests before per-archive archive and conversation rows wrote it: its messages, attachments, unparsed lines. */
type LegacyArchiveFiles = string[];

export interface Manifest {
	format: typeof SNAPSHOT_FORMAT;
	schemaVersion: number;
	generation: number;
	savedAt: string;
	/** table → files, in load order */
	tables: Record<string, string[]>;
	/** archive id → its files, written once and carried over by every later save */
	archives: Record<string, SavedArchive | LegacyArchiveFiles>;
	/** Messages in the saved archives. */
	messages: number;
}

export interface SaveReport {
	(done: number, total: number): void;
}

export interface SaveOptions {
	/** Archives the app imported since they were last saved: the only ones whose files this save may write. */
	added?: readonly number[];
	report?: SaveReport;
}

/** Thrown after a save that wrote everything else: these archives in the database are not the ones the app imported. */
export class ArchivesNotSavedError extends Error {
	override name = 'ArchivesNotSavedError';
	constructor(
		readonly archives: number[],
		reasons: string[]
	) {
		super(`the workspace was saved, except ${reasons.join('; ')}. Reload to see the saved workspace.`);
	}
}

export async function readManifest(store: FileStore): Promise<Manifest | null> {
	const bytes = await store.read(MANIFEST);
	if (!bytes) return null;
	const manifest = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
	if (manifest.format !== SNAPSHOT_FORMAT) throw new Error(`${MANIFEST} is not a Parley workspace manifest`);
	return manifest;
}

const wholeTables = () => TABLES.filter((t) => !NOT_SAVED.has(t) && !(PER_ARCHIVE as readonly string[]).includes(t));

async function archiveRow(db: Connector, id: number) {
	const [row] = await db.query<{ sha256: string; messages: number }>(
		`SELECT sha256, (SELECT count(*) FROM messages WHERE archive_id = ?)::INTEGER AS messages FROM archives WHERE id = ?`,
		[id, id]
	);
	return row ?? null;
}

async function writeArchiveFiles(db: Connector, store: FileStore, id: number, tables: readonly PerArchiveTable[]) {
	const files: Partial<Record<PerArchiveTable, string>> = {};
	for (const table of tables) {
		const name = `archive-${id}-${table}.arrow`;
		await store.write(name, await db.queryArrowIPC(`SELECT * FROM ${table} WHERE ${archiveColumn(table)} = ${id}`));
		files[table] = name;
	}
	return files;
}

/** A manifest entry from before archive and conversation rows were saved per archive gets them, once. */
async function upgradeLegacy(db: Connector, store: FileStore, id: number, legacy: LegacyArchiveFiles): Promise<SavedArchive> {
	const row = await archiveRow(db, id);
	if (!row) throw new Error(`archive ${id} of the saved workspace is missing from the database, so its record cannot be carried over; reload to restore it`);
	const [messages, attachments, unparsed_lines] = legacy;
	const written = await writeArchiveFiles(db, store, id, ['archives', 'conversations']);
	return {
		sha256: row.sha256,
		messages: row.messages,
		files: { archives: written.archives!, conversations: written.conversations!, messages, attachments, unparsed_lines }
	};
}

/**
 * Writes the archives the app added (once each), carries over every archive of the previous snapshot, rewrites the
 * small tables under a new generation, then writes the manifest and removes files no manifest names.
 */
export async function saveSnapshot(db: Connector, store: FileStore, { added = [], report = () => {} }: SaveOptions = {}): Promise<Manifest> {
	const previous = await readManifest(store).catch(() => null);
	const generation = (previous?.generation ?? 0) + 1;
	const archives: Record<string, SavedArchive> = {};
	for (const [id, entry] of Object.entries(previous?.archives ?? {})) {
		archives[id] = Array.isArray(entry) ? await upgradeLegacy(db, store, Number(id), entry) : entry;
	}

	const fresh = [...new Set(added)].filter((id) => !archives[id]);
	const steps = wholeTables().length + fresh.length;
	let done = 0;
	const notSaved: number[] = [];
	const reasons: string[] = [];
	for (const id of [...new Set(added)]) {
		const row = await archiveRow(db, id);
		const saved = archives[id];
		if (saved) {
			if (row?.sha256 !== saved.sha256) {
				notSaved.push(id);
				reasons.push(`archive ${id} in the database is not the saved archive ${id} (its SHA-256 differs), so the saved one is kept`);
			}
			continue;
		}
		const sameBytes = Object.entries(archives).find(([, a]) => a.sha256 === row?.sha256);
		if (!row || sameBytes) {
			notSaved.push(id);
			reasons.push(row ? `archive ${id} is the saved archive ${sameBytes![0]} under another id` : `archive ${id} is no longer in the database`);
			continue;
		}
		const files = await writeArchiveFiles(db, store, id, PER_ARCHIVE);
		archives[id] = { sha256: row.sha256, messages: row.messages, files: files as Record<PerArchiveTable, string> };
		report(++done, steps);
	}

	const tables: Record<string, string[]> = {};
	for (const table of wholeTables()) {
		const name = `g${generation}-${table}.arrow`;
		await store.write(name, await db.queryArrowIPC(`SELECT * FROM ${table}`));
		tables[table] = [name];
		report(++done, steps);
	}
	const ids = Object.keys(archives).sort((a, b) => Number(a) - Number(b));
	for (const table of PER_ARCHIVE) tables[table] = ids.map((id) => archives[id].files[table]);

	const manifest: Manifest = {
		format: SNAPSHOT_FORMAT,
		schemaVersion: SCHEMA_VERSION,
		generation,
		savedAt: new Date().toISOString(),
		tables,
		archives,
		messages: ids.reduce((n, id) => n + archives[id].messages, 0)
	};
	await store.write(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest)));
	await removeUnnamed(store, manifest);
	if (notSaved.length > 0) throw new ArchivesNotSavedError(notSaved, reasons);
	return manifest;
}

/**
 * Loads a snapshot into a database that has the schema and no data. Returns null when there is none.
 * A snapshot of another schema version is refused with a message rather than loaded half-right.
 */
export async function restoreSnapshot(db: Connector, store: FileStore, report: SaveReport = () => {}): Promise<Manifest | null> {
	const manifest = await readManifest(store);
	if (!manifest) return null;
	if (!canRestoreVersion(manifest.schemaVersion)) {
		throw new Error(`the saved workspace has schema version ${manifest.schemaVersion}, this Parley reads ${SCHEMA_VERSION}`);
	}
	const files = Object.entries(manifest.tables).flatMap(([table, names]) => names.map((name) => ({ table, name })));
	await db.exec('BEGIN TRANSACTION');
	try {
		// meta holds a schema_version row already (the schema inserts it); the saved one replaces it.
		await db.exec('DELETE FROM meta');
		for (const { table } of files) {
			if (!(TABLES as readonly string[]).includes(table)) throw new Error(`the saved workspace names an unknown table '${table}'`);
		}
		// The next file is read from storage while this one goes into the database.
		const read = (i: number) => (i < files.length ? store.read(files[i].name) : Promise.resolve(null));
		let next = read(0);
		for (const [i, { table, name }] of files.entries()) {
			const bytes = await next;
			next = read(i + 1);
			next.catch(() => {}); // a failed read is reported when its turn comes
			if (!bytes) throw new Error(`the saved workspace is missing ${name}`);
			if (bytes.byteLength > 0) await restoreTable(db, table, bytes, manifest.schemaVersion);
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
