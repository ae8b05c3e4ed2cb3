import { persistence } from '$lib/state/persistence.svelte';
import type { WorkspaceTask } from './task';

/** Saves the workspace to this machine's disk after an import; a restore has nothing new to save. */
export const saveWorkspaceTask: WorkspaceTask = {
	step: 'saving',
	async afterImport(archiveIds, report, signal) {
		// A cancelled import is removed again; the saved workspace stays as it was.
		if (signal.aborted) return;
		await persistence.save(report, archiveIds);
		if (persistence.status.state === 'error') throw new Error(persistence.status.message);
	},
	async afterRestore() {}
};
