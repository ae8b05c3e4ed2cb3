import type { TaskFailure } from './tasks/run-tasks';
import { messageOf, taskProgress, type ImportProgress, type StepProgress } from './workspace-import';

/**
 * Opening the workspace when the tab starts, in order: the search worker reads the saved index while DuckDB starts,
 * the saved tables come back, then (only over a workspace that loaded) media no workspace names are tidied away,
 * the redaction switch and the audit trail are read back, and the tasks after a restore run (the index first, so
 * search comes back soonest). Every effect is a port (the tab's are in browser-workspace.ts).
 */

/** What the restore of the saved tables found; only 'saved' and 'empty' mean the stored files may be tidied. */
export type SavedState = 'unknown' | 'unavailable' | 'empty' | 'saving' | 'saved' | 'error';

export interface RestorePorts {
	/** Starts reading the saved search index in its worker (never rejects). */
	preloadIndex(): void;
	startDatabase(): Promise<void>;
	/** Loads the saved workspace's tables; failures show in savedState(), not as a rejection. */
	restoreTables(report: (done: number, total: number) => void): Promise<void>;
	savedState(): SavedState;
	/** Lets queries run (they wait for this); after a failed start they then fail rather than wait for ever. */
	markReady(): void;
	tidyMedia(): Promise<void>;
	restoreRedaction(): Promise<void>;
	openAuditTrail(): Promise<void>;
	afterRestore(onProgress: StepProgress): Promise<TaskFailure[]>;
	/** Verifies the restored log and archives in the background. */
	verify(): void;
}

export interface RestoreView {
	progress(p: ImportProgress | null): void;
	/** The database is up and the tables are back (the page can list conversations). */
	ready(): void;
	failed(message: string): void;
	/** The tasks after the restore are done (or it failed): pages leave their restoring notice. */
	restored(): void;
	taskFailures(f: TaskFailure[]): void;
	refresh(): Promise<void>;
}

export async function restoreWorkspace(ports: RestorePorts, view: RestoreView): Promise<void> {
	const restoring = (done: number, total: number) => view.progress({ ...taskProgress('saving', done, total), step: 'restoring' });
	ports.preloadIndex();
	try {
		await ports.startDatabase();
		restoring(0, 0);
		await ports.restoreTables(restoring);
	} catch (err) {
		view.failed(messageOf(err));
		view.restored();
		return;
	} finally {
		ports.markReady();
	}
	try {
		// Only over a workspace that loaded (or none saved): a failed restore must not cost the media their files.
		const state = ports.savedState();
		if (state === 'saved' || state === 'empty') await ports.tidyMedia().catch(() => {});
		// After the restore: the switch is read from the restored workspace (queries wait for the restore).
		await ports.restoreRedaction();
		await ports.openAuditTrail();
		view.ready();
		await view.refresh();
		view.taskFailures(await ports.afterRestore((step, done, total) => view.progress(taskProgress(step, done, total))));
		view.progress(null);
		view.restored();
		await view.refresh();
		if (ports.savedState() === 'saved') ports.verify();
	} catch (err) {
		view.failed(messageOf(err));
	} finally {
		view.restored();
	}
}
