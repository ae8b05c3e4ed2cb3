import { canRestoreVersion } from '$lib/db/migrate';
import { MANIFEST, readManifest } from '$lib/db/snapshot';
import { SCHEMA_VERSION } from '$lib/db/schema';
import { packWorkspaceFile, readWorkspaceFile, WorkspaceFileError, type WorkspaceFileContents } from '$lib/db/workspace-file';
import { download, type ExportReceipt } from '$lib/download';
import { INDEX_FILE, INDEX_FINGERPRINT_FILE } from '$lib/search/protocol';
import { listStoredFiles, readStoredFile, removeStoredFile, writeStoredFile } from '$lib/storage/opfs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { auditTrail } from '$lib/audit/trail.svelte';
import { persistence } from '$lib/state/persistence.svelte';

/**
 * Workspace files (.parley, db/workspace-file.ts) in the app. Export packs the saved workspace as it is on this
 * machine (after a save) with its search index. Opening one checks it wholly first (every member's SHA-256, the
 * schema version); only after the person confirms does it replace the saved workspace, and the page reloads so the
 * app's own restore loads it (the same validation and migrations as every start-up). The opened file's audit log
 * comes with it; its next entry records the opening (audit/opened-file.ts).
 */

const opfs = {
	read: readStoredFile,
	write: (name: string, data: Uint8Array) => writeStoredFile(name, data),
	remove: removeStoredFile,
	list: listStoredFiles
};

export async function exportWorkspaceFile(): Promise<ExportReceipt> {
	await persistence.save();
	if (persistence.status.state !== 'saved') throw new Error('the workspace is not saved on this machine, so there is nothing to export yet');
	const manifest = await readManifest(opfs);
	if (!manifest) throw new Error('there is no saved workspace to export');
	const files = new Map<string, Uint8Array>();
	for (const name of [MANIFEST, ...Object.values(manifest.tables).flat()]) {
		const bytes = await readStoredFile(name);
		if (!bytes) throw new Error(`the saved workspace is missing ${name}`);
		files.set(name, bytes);
	}
	for (const name of [INDEX_FILE, INDEX_FINGERPRINT_FILE]) {
		const bytes = await readStoredFile(name);
		if (bytes) files.set(name, bytes);
	}
	const bytes = packWorkspaceFile(files, manifest, 'Parley app');
	const day = new Date().toISOString().slice(0, 10);
	return download(`parley-workspace-${day}.parley`, bytes, 'application/zip', {
		what: 'workspace file (every archive, table and the search index)',
		rows: manifest.messages,
		redacted: false
	});
}

/** A workspace file checked and ready to replace the saved workspace. */
export interface StagedWorkspaceFile {
	name: string;
	bytes: number;
	/** SHA-256 (lowercase hex) of the whole file as chosen. */
	sha256: string;
	contents: WorkspaceFileContents;
	archives: number;
	members: Map<string, Uint8Array>;
}

/** Reads and checks a chosen file; throws a WorkspaceFileError saying what is wrong. Nothing is changed. */
export async function stageWorkspaceFile(file: File): Promise<StagedWorkspaceFile> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	const { contents, store } = readWorkspaceFile(bytes);
	const manifest = await readManifest(store).catch((err) => {
		throw new WorkspaceFileError(`its ${MANIFEST} cannot be read: ${(err as Error).message}`);
	});
	if (!manifest) throw new WorkspaceFileError(`it has no ${MANIFEST}`);
	if (!canRestoreVersion(manifest.schemaVersion))
		throw new WorkspaceFileError(`its tables have schema version ${manifest.schemaVersion}; this Parley reads versions up to ${SCHEMA_VERSION}`);
	const members = new Map<string, Uint8Array>();
	for (const name of await store.list()) members.set(name, (await store.read(name))!);
	const archives = Object.keys(manifest.archives).length;
	// Web Crypto is missing on plain-http intranet hosts.
	return { name: file.name, bytes: bytes.byteLength, sha256: bytesToHex(sha256(bytes)), contents, archives, members };
}

/** Replaces the saved workspace with the staged file's (the manifest last, so a cut-short copy restores nothing half). */
export async function replaceSavedWorkspace(staged: StagedWorkspaceFile): Promise<void> {
	const status = persistence.status;
	const replaced = { ...(await auditTrail.replacing()), saved_at: status.state === 'saved' ? status.savedAt : null };
	const openedAt = new Date().toISOString();
	try {
		await persistence.clear();
		for (const [name, bytes] of staged.members) if (name !== MANIFEST) await writeStoredFile(name, bytes);
		await auditTrail.leaveOpenedFileNote({
			file: staged.name,
			bytes: staged.bytes,
			sha256: staged.sha256,
			created_by: staged.contents.createdBy,
			created_at: staged.contents.createdAt,
			messages: staged.contents.messages,
			archives: staged.archives,
			opened_at: openedAt,
			opened_by: auditTrail.actor,
			opened_by_named: auditTrail.named,
			replaced
		});
		await writeStoredFile(MANIFEST, staged.members.get(MANIFEST)!);
	} catch (err) {
		await auditTrail.openStopped(staged.name, err instanceof Error ? err.message : String(err));
		throw err;
	}
}
