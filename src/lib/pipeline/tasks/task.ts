/** Work that follows an import (or a restore of the saved workspace): indexing, risk scanning, saving. */

export type TaskStep = 'linking' | 'indexing' | 'scanning' | 'saving';

/** `done` of `total` units (messages for indexing and scanning, bytes or tables for saving). */
export type TaskReport = (done: number, total: number) => void;

/** What the import pipeline already did while it loaded the archives. */
export interface StreamedWork {
	/** Every message was scanned for risks (hits are in risk_hits). */
	scanned: boolean;
	/** Every message went into the search index. */
	indexed: boolean;
}

export interface WorkspaceTask {
	step: TaskStep;
	/** After new archives were loaded into the database. */
	afterImport(archiveIds: number[], report: TaskReport, signal: AbortSignal, streamed: StreamedWork): Promise<void>;
	/** After the saved workspace was restored at start-up (the database holds everything again). */
	afterRestore(report: TaskReport): Promise<void>;
}
