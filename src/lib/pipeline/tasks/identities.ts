import { getConnectors } from '$lib/db';
import { refreshIdentities } from '$lib/db/queries/identities';
import type { WorkspaceTask } from './task';

/** Links participants into people after every import and restore; manual merges and splits are re-applied. */
export const identitiesTask: WorkspaceTask = {
	step: 'linking',
	async afterImport(_archiveIds, report) {
		report(0, 1);
		await refreshIdentities((await getConnectors()).db);
		report(1, 1);
	},
	async afterRestore(report) {
		report(0, 1);
		await refreshIdentities((await getConnectors()).db);
		report(1, 1);
	}
};
