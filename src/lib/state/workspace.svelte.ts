import { getWorkspaceDb, type ConversationRow } from '$lib/db';
import { browserImportPorts, browserRestorePorts } from '$lib/pipeline/browser-workspace';
import { restoreWorkspace } from '$lib/pipeline/restore';
import type { TaskFailure } from '$lib/pipeline/tasks/run-tasks';
import { importWorkspaceFiles, type ImportChoices, type ImportOutcome, type ImportProgress } from '$lib/pipeline/workspace-import';
import { csvReview } from './csv-review.svelte';
import { redaction } from './redaction.svelte';

export type { ImportOutcome, ImportProgress } from '$lib/pipeline/workspace-import';

export type DbStatus = { state: 'starting' } | { state: 'ready' } | { state: 'error'; message: string };

/** The workspace as the pages see it; the restore and imports themselves run in the pipeline (restore.ts, workspace-import.ts). */
class Workspace {
	db = $state<DbStatus>({ state: 'starting' });
	conversations = $state.raw<ConversationRow[]>([]);
	progress = $state<ImportProgress | null>(null);
	outcomes = $state.raw<ImportOutcome[]>([]);
	/** Indexing, scanning or saving that failed after the last import or restore; the data itself is loaded. */
	taskFailures = $state.raw<TaskFailure[]>([]);
	/**
	 * From start-up until the saved workspace is back with its search index and people: pages say so (RestoringNotice)
	 * rather than show an empty state, and searches wait.
	 */
	restoring = $state(true);
	/** Bumped after every import so views holding cached pages refetch. */
	version = $state(0);
	private abort: AbortController | null = null;

	start(): Promise<void> {
		return restoreWorkspace(
			browserRestorePorts(() => this.progress !== null),
			{
				progress: (p) => (this.progress = p),
				ready: () => (this.db = { state: 'ready' }),
				failed: (message) => (this.db = { state: 'error', message }),
				restored: () => (this.restoring = false),
				taskFailures: (f) => (this.taskFailures = f),
				refresh: () => this.refresh()
			}
		);
	}

	async refresh(): Promise<void> {
		const db = await getWorkspaceDb();
		this.conversations = await db.listConversations();
		await redaction.refreshNames();
		this.version++;
	}

	/** Stops the import in progress: until the workspace is being saved, everything the import added goes again. */
	cancelImport(): void {
		// Once the workspace is being saved, the import is in it.
		if (this.progress?.step === 'saving') return;
		this.abort?.abort();
		csvReview.answer(null);
	}

	async importFiles(files: File[], choices: ImportChoices): Promise<void> {
		if (files.length === 0 || this.progress) return;
		const abort = (this.abort = new AbortController());
		try {
			await importWorkspaceFiles(files, choices, browserImportPorts, {
				signal: abort.signal,
				progress: (p) => (this.progress = p),
				outcomes: (o) => (this.outcomes = o),
				taskFailures: (f) => (this.taskFailures = f),
				refresh: () => this.refresh()
			});
		} finally {
			this.progress = null;
			this.abort = null;
			await this.refresh().catch(() => {});
		}
	}
}

export const workspace = new Workspace();
