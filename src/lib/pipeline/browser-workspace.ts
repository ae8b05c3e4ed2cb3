import { auditTrail } from '$lib/audit/trail.svelte';
import { getWorkspaceDb, markWorkspaceReady, startDatabase } from '$lib/db';
import { previewCsv } from '$lib/ingest/csv-generic';
import { csvReview } from '$lib/state/csv-review.svelte';
import { persistence } from '$lib/state/persistence.svelte';
import { redaction } from '$lib/state/redaction.svelte';
import { search } from '$lib/state/search.svelte';
import { importInput, removeImports } from './browser';
import type { RestorePorts } from './restore';
import { keepMedia, tidyMediaStore } from './tasks/keep-media';
import { runTasks } from './tasks/run-tasks';
import { RESTORE_TASKS, WORKSPACE_TASKS } from './tasks/workspace-tasks';
import type { WorkspaceImportPorts } from './workspace-import';

/** The tab's ports of an import and of the restore at start-up: the workers, the database, storage and the audit trail. */

export const browserImportPorts: WorkspaceImportPorts = {
	ready: async () => void (await getWorkspaceDb()),
	beginIndex: () => search.beginImport(),
	endIndex: (changed, report) => search.endImport(changed, report),
	importInput,
	async askCsvMapping(fileName, first) {
		const preview = previewCsv(await first.slice(0, 65536).text());
		return preview ? csvReview.ask({ fileName, ...preview }) : null;
	},
	summary: async (archiveId) => (await getWorkspaceDb()).importSummary(archiveId),
	keepMedia,
	removeImports,
	afterImport: (archiveIds, signal, streamed, onProgress) =>
		runTasks(WORKSPACE_TASKS, (task, report) => task.afterImport(archiveIds, report, signal, streamed), onProgress),
	async relink(onProgress) {
		await runTasks(WORKSPACE_TASKS, (task, report) => (task.step === 'linking' ? task.afterRestore(report) : Promise.resolve()), onProgress);
	},
	recordImports: (files, outcomes) => auditTrail.recordImports(files, outcomes),
	save: (report) => persistence.save(report)
};

/** `importing`: whether an import runs now (the audit trail then saves its entries later, with the import's save). */
export function browserRestorePorts(importing: () => boolean): RestorePorts {
	return {
		preloadIndex: () => search.preloadIndex(),
		startDatabase,
		restoreTables: async (report) => void (await persistence.restore(report)),
		savedState: () => persistence.status.state,
		markReady: markWorkspaceReady,
		tidyMedia: tidyMediaStore,
		restoreRedaction: () => redaction.restore(),
		openAuditTrail: () => auditTrail.open(persistence.status, () => (importing() ? null : persistence.save().then(() => persistence.status.state === 'saved'))),
		afterRestore: (onProgress) => runTasks(RESTORE_TASKS, (task, report) => task.afterRestore(report), onProgress),
		verify: () => void auditTrail.verifyWorkspace('restore')
	};
}
