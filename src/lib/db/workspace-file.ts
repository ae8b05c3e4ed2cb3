import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { unzipSync, zipSync } from 'fflate';
import { MANIFEST, saveSnapshot, type FileStore, type Manifest } from './snapshot';
import type { Connector } from './connector';

/**
 * A workspace file (`.parley`): the app's saved-workspace snapshot (snapshot.ts: Arrow IPC per table and archive,
 * and its manifest) in one zip, with a contents list giving every member's size and SHA-256. The command line writes
 * it from a native DuckDB file and the app opens it through the same restore as its own saved workspace (schema
 * version check, migrations), so the two DuckDB versions never have to read each other's database files. It holds
 * only data: nothing in it is run, and a member that is not listed, not a snapshot file, or not what the list says
 * is refused before anything is loaded.
 */

export const CONTENTS = 'parley-workspace-file.json';
export const WORKSPACE_FILE_FORMAT = 'parley-workspace-file';
export const WORKSPACE_FILE_VERSION = 1;
/** Members a workspace file may hold besides its contents list: the manifest, snapshot tables and the search index. */
const MEMBER = /^(workspace-manifest\.json|(g\d+|archive-\d+)-[a-z_]+\.arrow|search-index\.(bin|json))$/;
/** Refuses a file that would unpack to more than this (a zip bomb, or more than a tab can hold anyway). */
export const MAX_UNPACKED_BYTES = 4 * 1024 ** 3;

export interface WorkspaceFileContents {
	format: typeof WORKSPACE_FILE_FORMAT;
	version: number;
	createdAt: string;
	/** Who wrote it, e.g. `parley import (@duckdb/node-api)` or `Parley app`. */
	createdBy: string;
	schemaVersion: number;
	messages: number;
	files: Record<string, { bytes: number; sha256: string }>;
}

/** A FileStore held in memory, as the snapshot writer and reader use it. */
export function memoryStore(files = new Map<string, Uint8Array>()): FileStore & { files: Map<string, Uint8Array> } {
	return {
		files,
		write: async (name, data) => void files.set(name, data),
		read: async (name) => files.get(name) ?? null,
		remove: async (name) => void files.delete(name),
		list: async () => [...files.keys()]
	};
}

/** The workspace in `db` as a workspace file: every archive and table, plus the search index files when given. */
export async function writeWorkspaceFile(
	db: Connector,
	createdBy: string,
	extra: Record<string, Uint8Array> = {},
	report?: (done: number, total: number) => void
): Promise<Uint8Array> {
	const store = memoryStore();
	const archives = (await db.query<{ id: number }>('SELECT id FROM archives ORDER BY id')).map((r) => r.id);
	const manifest = await saveSnapshot(db, store, { added: archives, report });
	for (const [name, bytes] of Object.entries(extra)) store.files.set(name, bytes);
	return packWorkspaceFile(store.files, manifest, createdBy);
}

export function packWorkspaceFile(files: Map<string, Uint8Array>, manifest: Manifest, createdBy: string): Uint8Array {
	const listed: WorkspaceFileContents['files'] = {};
	for (const [name, bytes] of files) {
		if (!MEMBER.test(name)) throw new Error(`${name} is not a workspace file member`);
		listed[name] = { bytes: bytes.byteLength, sha256: bytesToHex(sha256(bytes)) };
	}
	const contents: WorkspaceFileContents = {
		format: WORKSPACE_FILE_FORMAT,
		version: WORKSPACE_FILE_VERSION,
		createdAt: new Date().toISOString(),
		createdBy,
		schemaVersion: manifest.schemaVersion,
		messages: manifest.messages,
		files: listed
	};
	// Arrow files compress well but are large; level 1 keeps writing a big workspace fast.
	return zipSync({ [CONTENTS]: new TextEncoder().encode(JSON.stringify(contents, null, 1)), ...Object.fromEntries(files) }, { level: 1 });
}

export class WorkspaceFileError extends Error {
	override name = 'WorkspaceFileError';
}

/**
 * Checks a workspace file and gives its members as a read-only FileStore for restoreSnapshot. Throws a
 * WorkspaceFileError saying what is wrong: not a zip, no or a foreign contents list, a member missing, unlisted,
 * of another size or SHA-256, or more bytes than a tab can take.
 */
export function readWorkspaceFile(bytes: Uint8Array): { contents: WorkspaceFileContents; store: FileStore } {
	let declared = 0;
	let members: Record<string, Uint8Array>;
	try {
		members = unzipSync(bytes, {
			filter: (file) => {
				if (file.name !== CONTENTS && !MEMBER.test(file.name)) throw new WorkspaceFileError(`it holds "${file.name}", which is not part of a workspace file`);
				declared += file.originalSize;
				if (declared > MAX_UNPACKED_BYTES) throw new WorkspaceFileError(`it would unpack to more than ${MAX_UNPACKED_BYTES / 1024 ** 3} GB`);
				return true;
			}
		});
	} catch (err) {
		if (err instanceof WorkspaceFileError) throw err;
		throw new WorkspaceFileError(`it is not a readable zip (${(err as Error).message})`);
	}
	const raw = members[CONTENTS];
	if (!raw) throw new WorkspaceFileError(`it has no ${CONTENTS}: not a Parley workspace file`);
	let contents: WorkspaceFileContents;
	try {
		contents = JSON.parse(new TextDecoder().decode(raw));
	} catch {
		throw new WorkspaceFileError(`${CONTENTS} is not JSON`);
	}
	if (contents?.format !== WORKSPACE_FILE_FORMAT) throw new WorkspaceFileError(`${CONTENTS} is not a Parley workspace file's contents list`);
	if (contents.version !== WORKSPACE_FILE_VERSION)
		throw new WorkspaceFileError(`it is a workspace file of version ${contents.version}; this Parley reads version ${WORKSPACE_FILE_VERSION}`);
	const files = new Map<string, Uint8Array>();
	for (const [name, data] of Object.entries(members)) {
		if (name === CONTENTS) continue;
		const entry = Object.hasOwn(contents.files ?? {}, name) ? contents.files[name] : undefined;
		if (!entry) throw new WorkspaceFileError(`it holds ${name}, which its contents list does not name`);
		if (data.byteLength !== entry.bytes || bytesToHex(sha256(data)) !== entry.sha256)
			throw new WorkspaceFileError(`${name} is not the file its contents list describes (size or SHA-256 differs): the file was changed or damaged`);
		files.set(name, data);
	}
	for (const name of Object.keys(contents.files ?? {})) if (!files.has(name)) throw new WorkspaceFileError(`${name} is listed but missing`);
	if (!files.has(MANIFEST)) throw new WorkspaceFileError(`it has no ${MANIFEST}`);
	const store = memoryStore(files);
	const refuse = async () => {
		throw new WorkspaceFileError('a workspace file is read-only');
	};
	return { contents, store: { read: store.read, list: store.list, write: refuse, remove: refuse } };
}
