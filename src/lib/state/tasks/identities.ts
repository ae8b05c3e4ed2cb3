import type { WorkspaceTask } from './task';

/** Placeholder until the identities task is built: does nothing. */
export const identitiesTask: WorkspaceTask = {
	step: 'linking',
	async afterImport() {},
	async afterRestore() {}
};
