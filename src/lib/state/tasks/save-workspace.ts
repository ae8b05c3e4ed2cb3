import type { WorkspaceTask } from './task';

/** Placeholder until the save-workspace task is built: does nothing. */
export const saveWorkspaceTask: WorkspaceTask = {
	step: 'saving',
	async afterImport() {},
	async afterRestore() {}
};
