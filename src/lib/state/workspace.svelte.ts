import type { ParseInput } from '$lib/ingest/worker-protocol';
import type { IdsFrom } from '$lib/db/stream-load';
import { importInput, removeImports } from '$lib/pipeline/browser';
import type { PipelineProgress, PipelineResult } from '$lib/pipeline/run';
import { search } from './search.svelte';
import { groupInputs, groupName } from '$lib/ingest/group-inputs';
import { isCancelled, type SourceProblem } from '$lib/ingest/parse-source';
import type { ImportChoices } from './import-choices';
import { getWorkspaceDb, markWorkspaceReady, startDatabase, type ConversationRow, type ImportSummary, type WorkspaceDb } from '$lib/db';
import { keepMedia, tidyMediaStore, type KeptMedia } from './tasks/keep-media';
import { csvReview } from './csv-review.svelte';
import { previewCsv, type CsvMapping } from '$lib/ingest/csv-generic';
import { RESTORE_TASKS, runTasks, type TaskFailure } from './tasks/pipeline';
import type { StreamedWork, TaskStep } from './tasks/task';
import { persistence } from './persistence.svelte';
import { importProgress } from './import-progress';
import { redaction } from './redaction.svelte';
import { auditTrail } from '$lib/audit/trail.svelte';

export type DbStatus = { state: 'starting' } | { state: 'ready' } | { state: 'error'; message: string };

export interface ImportProgress {
	fileName: string;
	fileIndex: number;
	fileCount: number;
	step: PipelineProgress['phase'] | 'loading' | 'restoring' | TaskStep;
	bytes: number;
	total: number;
	messages: number;
	/** While an input streams in: messages parsed, loaded, scanned and indexed so far. */
	stages?: PipelineProgress;
}

/** Outcome of one export found in one input file: its summary from the database, or why nothing was imported. */
export interface ImportOutcome {
	fileName: string;
	summary: ImportSummary | null;
	duplicate: boolean;
	problems: SourceProblem[];
	error: string | null;
	/** The media files that came with the input (on its first outcome), and whether their bytes were kept. */
	media?: KeptMedia | null;
}

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

	async start(): Promise<void> {
		// The search worker reads the saved index while DuckDB starts and takes the tables back (another core).
		search.preloadIndex();
		try {
			await startDatabase();
			this.progress = { ...taskProgress('saving', 0, 0), step: 'restoring' };
			await persistence.restore((done, total) => (this.progress = { ...taskProgress('saving', done, total), step: 'restoring' }));
		} catch (err) {
			this.db = { state: 'error', message: messageOf(err) };
			this.restoring = false;
			return;
		} finally {
			// Queries wait for this (in the db layer); after a failed start they fail rather than wait for ever.
			markWorkspaceReady();
		}
		try {
			// Only over a workspace that loaded (or none saved): a failed restore must not cost the media their files.
			if (persistence.status.state === 'saved' || persistence.status.state === 'empty') await tidyMediaStore().catch(() => {});
			// After the restore: the switch is read from the restored workspace (queries wait for the restore).
			await redaction.restore();
			await auditTrail.open(persistence.status, () => (this.progress ? null : persistence.save().then(() => persistence.status.state === 'saved')));
			this.db = { state: 'ready' };
			await this.refresh();
			this.taskFailures = await runTasks(
				(task, report) => task.afterRestore(report),
				(step, done, total) => (this.progress = taskProgress(step, done, total)),
				RESTORE_TASKS
			);
			this.progress = null;
			this.restoring = false;
			await this.refresh();
			if (persistence.status.state === 'saved') void auditTrail.verifyWorkspace('restore');
		} catch (err) {
			this.db = { state: 'error', message: messageOf(err) };
		} finally {
			this.restoring = false;
		}
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
		let outcomes: ImportOutcome[] = [];
		const abort = (this.abort = new AbortController());
		const imported: IdsFrom[] = [];
		const streamed: StreamedWork = { scanned: true, indexed: true };
		const failures: TaskFailure[] = [];
		const indexer = search.beginImport();
		if (!indexer) streamed.indexed = false;
		try {
			const db = await getWorkspaceDb();
			// The parts of one export chosen as separate files are read together, as one input.
			const inputs = groupInputs(files.map((f) => f.name)).map((g) => g.map((i) => files[i]));
			for (const [i, input] of inputs.entries()) {
				const name = groupName(input.map((f) => f.name));
				if (abort.signal.aborted) {
					outcomes.push(failed(name, 'cancelled before it started'));
					continue;
				}
				const base = { fileName: name, fileIndex: i, fileCount: inputs.length };
				this.progress = { ...base, step: 'reading', bytes: 0, total: input.reduce((n, f) => n + f.size, 0), messages: 0 };
				const onProgress = (p: PipelineProgress) => (this.progress = importProgress(base, p));
				const result = await this.importOne(db, input, choices, indexer, onProgress, abort.signal);
				outcomes.push(...result.outcomes);
				if (result.dirty) streamed.indexed = false;
				if (result.run) {
					imported.push(result.run.from);
					streamed.scanned &&= result.run.scanned;
					streamed.indexed &&= result.run.indexed;
					failures.push(...result.run.failures);
				}
				// Counts as loaded, before the summary says so (the list was last read after the first batch).
				await this.refresh().catch(() => {});
				this.outcomes = [...outcomes];
			}
			const archiveIds = outcomes.flatMap((o) => (o.summary && !o.duplicate ? [o.summary.id] : []));
			if (abort.signal.aborted) {
				outcomes = await this.undo(imported, outcomes);
				await auditTrail.recordImports(files, outcomes);
				return;
			}
			await auditTrail.recordImports(files, outcomes);
			if (archiveIds.length > 0) {
				// The messages are readable, scanned and indexed now; linking, the index's last steps and saving follow.
				this.outcomes = [...outcomes];
				await this.refresh();
				failures.push(
					...(await runTasks(
						(task, report) => task.afterImport(archiveIds, report, abort.signal, streamed),
						(step, done, total) => (this.progress = taskProgress(step, done, total))
					))
				);
				this.taskFailures = failures;
				if (abort.signal.aborted) {
					// Cancelled before the save: the import goes again, and the log says so.
					outcomes = await this.undo(imported, outcomes);
					await auditTrail.recordImports(files, outcomes);
				}
			} else {
				if (indexer) await search.endImport(!streamed.indexed, () => {});
				// Media of a zip whose export was imported before (bare, without them) are new evidence all the same.
				if (outcomes.some((o) => o.media)) await persistence.save((done, total) => (this.progress = taskProgress('saving', done, total)));
			}
		} catch (err) {
			outcomes.push(failed(files[0]?.name ?? '', messageOf(err)));
		} finally {
			this.outcomes = outcomes;
			this.progress = null;
			this.abort = null;
			await this.refresh().catch(() => {});
		}
	}

	/** A cancel after some inputs loaded: what they added goes again, and the index and people are as before. */
	private async undo(imported: IdsFrom[], outcomes: ImportOutcome[]): Promise<ImportOutcome[]> {
		this.progress = taskProgress('indexing', 0, 0);
		await removeImports(imported);
		await runTasks(
			(task, report) => (task.step === 'linking' ? task.afterRestore(report) : Promise.resolve()),
			(step, done, total) => (this.progress = taskProgress(step, done, total))
		);
		await search.endImport(true, (done, total) => (this.progress = taskProgress('indexing', done, total))).catch(() => {});
		this.taskFailures = [];
		return outcomes.map((o) => (o.summary && !o.duplicate ? failed(o.fileName, 'cancelled — nothing from this file was imported') : o));
	}

	private async importOne(
		db: WorkspaceDb,
		input: File[],
		choices: ImportChoices,
		indexer: ((ipc: Uint8Array) => Promise<unknown>) | null,
		onProgress: (p: PipelineProgress) => void,
		signal: AbortSignal
	): Promise<{ outcomes: ImportOutcome[]; run: PipelineResult | null; dirty?: boolean }> {
		const dateOrder = choices.dateOrder === 'auto' ? undefined : choices.dateOrder;
		const name = groupName(input.map((f) => f.name));
		const parseInput: ParseInput = input.length === 1 ? { file: input[0] } : { name, files: input };
		const run = (csvMapping?: CsvMapping) =>
			importInput(parseInput, { dateOrder, csvMapping, timeZone: choices.timeZone }, indexer, {
				timeZone: choices.timeZone,
				signal,
				onProgress,
				onReadable: () => void this.refresh().catch(() => {})
			});
		let result: PipelineResult;
		try {
			result = await run();
			if (result.status === 'needs-mapping') {
				const preview = previewCsv(await input[0].slice(0, 65536).text());
				const mapping = preview ? await csvReview.ask({ fileName: name, ...preview }) : null;
				if (!mapping) return { outcomes: [failed(name, 'skipped at the column-mapping step — nothing was imported')], run: null };
				result = await run(mapping);
			}
		} catch (err) {
			// Its rows are gone again; batches it added to the index may not be.
			return { outcomes: [failed(name, isCancelled(err) ? 'cancelled — nothing from this file was imported' : messageOf(err))], run: null, dirty: true };
		}
		const { archives, problems, attachments } = result;
		if (archives.length === 0)
			return { outcomes: [{ ...failed(name, problems.at(-1)?.message ?? 'nothing recognisable in this file'), problems }], run: result };
		const outcomes: ImportOutcome[] = [];
		const archiveOf = new Map<string, number>();
		for (const [i, a] of archives.entries()) {
			archiveOf.set(a.entry, a.archiveId);
			const summary = await db.importSummary(a.archiveId);
			const label = a.entry && input.length === 1 ? `${name} › ${a.entry}` : name;
			outcomes.push({ fileName: label, summary, duplicate: a.duplicate, problems: i === 0 ? problems : [], error: null });
		}
		outcomes[0].media = await keepMedia(attachments, archiveOf, choices.keepMedia);
		return { outcomes, run: result };
	}
}

function taskProgress(step: TaskStep, done: number, total: number): ImportProgress {
	return { fileName: '', fileIndex: 0, fileCount: 1, step, bytes: done, total, messages: done };
}

function failed(fileName: string, error: string): ImportOutcome {
	return { fileName, summary: null, duplicate: false, problems: [], error };
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const workspace = new Workspace();
