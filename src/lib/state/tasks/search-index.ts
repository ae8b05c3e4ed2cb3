import type { WorkspaceTask } from './task';

/** Placeholder until the search-index task is built: does nothing. */
export const searchIndexTask: WorkspaceTask = {
	step: 'indexing',
	async afterImport() {},
	async afterRestore() {}
};
