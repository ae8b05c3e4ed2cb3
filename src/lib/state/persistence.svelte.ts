import { getConnectors, getRestoreDb } from '$lib/db';
import { ArchivesNotSavedError, restoreSnapshot, saveSnapshot, type FileStore, type Manifest } from '$lib/db/snapshot';
import { listStoredFiles, readStoredFile, removeStoredFile, storageAvailable, writeStoredFile } from '$lib/storage/opfs';

export type PersistenceStatus =
	| { state: 'unknown' }
	| { state: 'unavailable' }
	| { state: 'empty' }
	| { state: 'saving' }
	| { state: 'saved'; savedAt: string; messages: number; restored: boolean }
	| { state: 'error'; message: string };

const opfsStore: FileStore = {
	write: (name, data) => writeStoredFile(name, data),
	read: readStoredFile,
	remove: removeStoredFile,
	list: listStoredFiles
};

/** The workspace on this machine's disk (OPFS): restored at start-up, saved after every change. */
class Persistence {
	status = $state<PersistenceStatus>({ state: 'unknown' });
	private saving: Promise<void> | null = null;
	private again = false;
	/** Archives imported in this tab and not saved yet: the only ones a save may write (see snapshot.ts). */
	private unsaved = new Set<number>();

	/** Loads the saved workspace into the (empty) database; false when there is none. */
	async restore(report: (done: number, total: number) => void): Promise<boolean> {
		if (!(await storageAvailable())) {
			this.status = { state: 'unavailable' };
			return false;
		}
		try {
			const manifest = await restoreSnapshot(await getRestoreDb(), opfsStore, report);
			this.status = manifest ? saved(manifest, true) : { state: 'empty' };
			return manifest !== null;
		} catch (err) {
			this.status = { state: 'error', message: `the saved workspace could not be loaded: ${messageOf(err)}` };
			return false;
		}
	}

	/**
	 * Saves now, with the archives an import just added; calls during a save coalesce into one more save after it.
	 * Never rejects: failures show in status.
	 */
	save(report: (done: number, total: number) => void = () => {}, addedArchives: readonly number[] = []): Promise<void> {
		for (const id of addedArchives) this.unsaved.add(id);
		if (this.status.state === 'unavailable') return Promise.resolve();
		if (this.saving) {
			this.again = true;
			return this.saving;
		}
		this.saving = (async () => {
			do {
				this.again = false;
				this.status = { state: 'saving' };
				const added = [...this.unsaved];
				try {
					const { importDb } = await getConnectors();
					this.status = saved(await saveSnapshot(importDb, opfsStore, { added, report }), false);
					for (const id of added) this.unsaved.delete(id);
				} catch (err) {
					if (err instanceof ArchivesNotSavedError) for (const id of added) if (!err.archives.includes(id)) this.unsaved.delete(id);
					const message = err instanceof ArchivesNotSavedError ? err.message : `the workspace could not be saved: ${messageOf(err)}`;
					this.status = { state: 'error', message };
				}
			} while (this.again);
		})().finally(() => (this.saving = null));
		return this.saving;
	}

	/** Removes every saved file; the page must reload to empty the in-memory database too. */
	async clear(): Promise<void> {
		await this.saving;
		for (const name of await listStoredFiles()) await removeStoredFile(name);
		this.status = { state: 'empty' };
	}
}

function saved(manifest: Manifest, restored: boolean): PersistenceStatus {
	return { state: 'saved', savedAt: manifest.savedAt, messages: manifest.messages, restored };
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const persistence = new Persistence();
