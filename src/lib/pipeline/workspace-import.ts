import type { ImportSummary } from '$lib/db/queries/archives';
import type { IdsFrom } from '$lib/db/stream-load';
import type { CsvMapping } from '$lib/ingest/csv-generic';
import { groupInputs, groupName } from '$lib/ingest/group-inputs';
import { isCancelled, type SourceAttachment, type SourceProblem } from '$lib/ingest/parse-source';
import type { DateOrder } from '$lib/ingest/whatsapp';
import type { ParseChoices, ParseInput } from '$lib/ingest/worker-protocol';
import { importProgress } from './import-progress';
import type { PipelineOptions, PipelineProgress, PipelineResult } from './run';
import type { KeptMedia } from './tasks/keep-media';
import type { TaskFailure } from './tasks/run-tasks';
import type { StreamedWork, TaskReport, TaskStep } from './tasks/task';

/**
 * An import of files into the workspace, in order: each input through the pipeline (asking for a CSV's columns when
 * needed), its summaries and media, the audit entries, then the tasks that follow (linking, scanning, indexing,
 * saving) — or, after a cancel, everything it added removed again. Every effect is a port (the tab's are in
 * browser-workspace.ts), and what the person sees is told through the view's callbacks.
 */

/** What the user decides at import time; recorded with each archive. */
export interface ImportChoices {
	/** IANA zone that naive timestamps are read in. */
	timeZone: string;
	/** Day/month order of dates like 01/02/24; 'auto' infers it from the whole file. */
	dateOrder: 'auto' | DateOrder;
	/** Save the media files of zips with the workspace; without, only their records (hash, size, type) are kept. */
	keepMedia: boolean;
}

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

export type Indexer = (ipc: Uint8Array) => Promise<unknown>;
export type StepProgress = (step: TaskStep, done: number, total: number) => void;

export interface WorkspaceImportPorts {
	/** Resolves once the workspace can take an import (the saved one is back). */
	ready(): Promise<void>;
	/** The search index's side of an import; null when the index is to be built after it. */
	beginIndex(): Indexer | null;
	/** Ends the index's side when no archive came in (`changed`: batches went in that are gone again). */
	endIndex(changed: boolean, report: TaskReport): Promise<void>;
	importInput(input: ParseInput, choices: ParseChoices, indexer: Indexer | null, opts: PipelineOptions): Promise<PipelineResult>;
	/** Asks the person for a plain CSV's columns; null when they skip it (or its head cannot be read as CSV). */
	askCsvMapping(fileName: string, first: File): Promise<CsvMapping | null>;
	summary(archiveId: number): Promise<ImportSummary | null>;
	keepMedia(attachments: readonly SourceAttachment[], archiveOf: ReadonlyMap<string, number>, keep: boolean): Promise<KeptMedia | null>;
	/** Removes what the imports starting at these ids added. */
	removeImports(froms: readonly IdsFrom[]): Promise<void>;
	/** The tasks after an import, in order; one failing does not stop the others. */
	afterImport(archiveIds: number[], signal: AbortSignal, streamed: StreamedWork, onProgress: StepProgress): Promise<TaskFailure[]>;
	/** After an undo: the people linked again from what is left. */
	relink(onProgress: StepProgress): Promise<void>;
	recordImports(files: readonly File[], outcomes: readonly ImportOutcome[]): Promise<void>;
	/** Saves the workspace (media that came with an archive imported before). */
	save(report: TaskReport): Promise<void>;
}

/** What the page shows of an import, set as it goes. */
export interface ImportView {
	signal: AbortSignal;
	progress(p: ImportProgress): void;
	outcomes(o: ImportOutcome[]): void;
	taskFailures(f: TaskFailure[]): void;
	/** Reads the conversation list again (after each input, and when the first batch of one is readable). */
	refresh(): Promise<void>;
}

interface InputResult {
	outcomes: ImportOutcome[];
	run: PipelineResult | null;
	/** Batches of it may be in the index although its rows are gone. */
	dirty?: boolean;
}

/** Imports the files; resolves with every outcome (also set on the view). Never rejects. */
export async function importWorkspaceFiles(files: File[], choices: ImportChoices, ports: WorkspaceImportPorts, view: ImportView): Promise<ImportOutcome[]> {
	let outcomes: ImportOutcome[] = [];
	const { signal } = view;
	const imported: IdsFrom[] = [];
	const streamed: StreamedWork = { scanned: true, indexed: true };
	const failures: TaskFailure[] = [];
	const indexer = ports.beginIndex();
	if (!indexer) streamed.indexed = false;
	const stepProgress: StepProgress = (step, done, total) => view.progress(taskProgress(step, done, total));
	try {
		await ports.ready();
		// The parts of one export chosen as separate files are read together, as one input.
		const inputs = groupInputs(files.map((f) => f.name)).map((g) => g.map((i) => files[i]));
		for (const [i, input] of inputs.entries()) {
			const name = groupName(input.map((f) => f.name));
			if (signal.aborted) {
				outcomes.push(failed(name, 'cancelled before it started'));
				continue;
			}
			const base = { fileName: name, fileIndex: i, fileCount: inputs.length };
			view.progress({ ...base, step: 'reading', bytes: 0, total: input.reduce((n, f) => n + f.size, 0), messages: 0 });
			const result = await importOne(ports, view, input, choices, indexer, (p) => view.progress(importProgress(base, p)));
			outcomes.push(...result.outcomes);
			if (result.dirty) streamed.indexed = false;
			if (result.run) {
				imported.push(result.run.from);
				streamed.scanned &&= result.run.scanned;
				streamed.indexed &&= result.run.indexed;
				failures.push(...result.run.failures);
			}
			// Counts as loaded, before the summary says so (the list was last read after the first batch).
			await view.refresh().catch(() => {});
			view.outcomes([...outcomes]);
		}
		const archiveIds = outcomes.flatMap((o) => (o.summary && !o.duplicate ? [o.summary.id] : []));
		if (signal.aborted) {
			outcomes = await undo(ports, view, imported, outcomes);
			await ports.recordImports(files, outcomes);
			return outcomes;
		}
		await ports.recordImports(files, outcomes);
		if (archiveIds.length > 0) {
			// The messages are readable, scanned and indexed now; linking, the index's last steps and saving follow.
			view.outcomes([...outcomes]);
			await view.refresh();
			failures.push(...(await ports.afterImport(archiveIds, signal, streamed, stepProgress)));
			view.taskFailures(failures);
			if (signal.aborted) {
				// Cancelled before the save: the import goes again, and the log says so.
				outcomes = await undo(ports, view, imported, outcomes);
				await ports.recordImports(files, outcomes);
			}
		} else {
			if (indexer) await ports.endIndex(!streamed.indexed, () => {});
			// Media of a zip whose export was imported before (bare, without them) are new evidence all the same.
			if (outcomes.some((o) => o.media)) await ports.save((done, total) => stepProgress('saving', done, total));
		}
	} catch (err) {
		outcomes.push(failed(files[0]?.name ?? '', messageOf(err)));
	} finally {
		view.outcomes(outcomes);
	}
	return outcomes;
}

/** A cancel after some inputs loaded: what they added goes again, and the index and people are as before. */
async function undo(ports: WorkspaceImportPorts, view: ImportView, imported: IdsFrom[], outcomes: ImportOutcome[]): Promise<ImportOutcome[]> {
	const stepProgress: StepProgress = (step, done, total) => view.progress(taskProgress(step, done, total));
	stepProgress('indexing', 0, 0);
	await ports.removeImports(imported);
	await ports.relink(stepProgress);
	await ports.endIndex(true, (done, total) => stepProgress('indexing', done, total)).catch(() => {});
	view.taskFailures([]);
	return outcomes.map((o) => (o.summary && !o.duplicate ? failed(o.fileName, 'cancelled — nothing from this file was imported') : o));
}

async function importOne(
	ports: WorkspaceImportPorts,
	view: ImportView,
	input: File[],
	choices: ImportChoices,
	indexer: Indexer | null,
	onProgress: (p: PipelineProgress) => void
): Promise<InputResult> {
	const dateOrder = choices.dateOrder === 'auto' ? undefined : choices.dateOrder;
	const name = groupName(input.map((f) => f.name));
	const parseInput: ParseInput = input.length === 1 ? { file: input[0] } : { name, files: input };
	const run = (csvMapping?: CsvMapping) =>
		ports.importInput(parseInput, { dateOrder, csvMapping, timeZone: choices.timeZone }, indexer, {
			timeZone: choices.timeZone,
			signal: view.signal,
			onProgress,
			onReadable: () => void view.refresh().catch(() => {})
		});
	let result: PipelineResult;
	try {
		result = await run();
		if (result.status === 'needs-mapping') {
			const mapping = await ports.askCsvMapping(name, input[0]);
			if (!mapping) return { outcomes: [failed(name, 'skipped at the column-mapping step — nothing was imported')], run: null };
			result = await run(mapping);
		}
	} catch (err) {
		// Its rows are gone again; batches it added to the index may not be.
		return { outcomes: [failed(name, isCancelled(err) ? 'cancelled — nothing from this file was imported' : messageOf(err))], run: null, dirty: true };
	}
	const { archives, problems, attachments } = result;
	if (archives.length === 0) return { outcomes: [{ ...failed(name, problems.at(-1)?.message ?? 'nothing recognisable in this file'), problems }], run: result };
	const outcomes: ImportOutcome[] = [];
	const archiveOf = new Map<string, number>();
	for (const [i, a] of archives.entries()) {
		archiveOf.set(a.entry, a.archiveId);
		const summary = await ports.summary(a.archiveId);
		const label = a.entry && input.length === 1 ? `${name} › ${a.entry}` : name;
		outcomes.push({ fileName: label, summary, duplicate: a.duplicate, problems: i === 0 ? problems : [], error: null });
	}
	outcomes[0].media = await ports.keepMedia(attachments, archiveOf, choices.keepMedia);
	return { outcomes, run: result };
}

/** The progress of a task after an import or a restore, in the shape the progress card reads. */
export function taskProgress(step: TaskStep, done: number, total: number): ImportProgress {
	return { fileName: '', fileIndex: 0, fileCount: 1, step, bytes: done, total, messages: done };
}

function failed(fileName: string, error: string): ImportOutcome {
	return { fileName, summary: null, duplicate: false, problems: [], error };
}

export function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
