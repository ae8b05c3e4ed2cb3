import { search } from '$lib/state/search.svelte';
import type { WorkspaceTask } from './task';

/** Indexes new archives for search (in the search worker) and brings the saved index back after a reload. */
export const searchIndexTask: WorkspaceTask = {
	step: 'indexing',
	afterImport: (archiveIds, report, signal, streamed) => search.finishImport(archiveIds, streamed.indexed, report, signal),
	afterRestore: (report) => search.restoreIndex(report)
};
