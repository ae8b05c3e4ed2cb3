import { parseFilesInWorker, parseInWorker, type ParseProgress } from '$lib/ingest/client';
import { groupInputs, groupName } from '$lib/ingest/group-inputs';
import { isCancelled, type ParsedSource, type SourceProblem } from '$lib/ingest/parse-source';
import type { ImportChoices } from './import-choices';
import { getWorkspaceDb, markWorkspaceReady, startDatabase, type ConversationRow, type ImportSummary, type WorkspaceDb } from '$lib/db';
import { keepMedia, tidyMediaStore, type KeptMedia } from './tasks/keep-media';
import { csvReview } from './csv-review.svelte';
import { previewCsv, type CsvMapping } from '$lib/ingest/csv-generic';
import { runTasks, type TaskFailure } from './tasks/pipeline';
import type { TaskStep } from './tasks/task';
import { persistence } from './persistence.svelte';
import { redaction } from './redaction.svelte';
import { auditTrail } from '$lib/audit/trail.svelte';

export type DbStatus = { state: 'starting' } | { state: 'ready' } | { state: 'error'; message: string };

export interface ImportProgress {
	fileName: string;
	fileIndex: number;
	fileCount: number;
	step: ParseProgress['phase'] | 'loading' | 'restoring' | TaskStep;
	bytes: number;
	total: number;
	messages: number;
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
	/** Bumped after every import so views holding cached pages refetch. */
	version = $state(0);
	private abort: AbortController | null = null;

	async start(): Promise<void> {
		try {
			await startDatabase();
			this.progress = { ...taskProgress('saving', 0, 0), step: 'restoring' };
			await persistence.restore((done, total) => (this.progress = { ...taskProgress('saving', done, total), step: 'restoring' }));
		} catch (err) {
			this.db = { state: 'error', message: messageOf(err) };
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
				(step, done, total) => (this.progress = taskProgress(step, done, total))
			);
			this.progress = null;
			await this.refresh();
			if (persistence.status.state === 'saved') void auditTrail.verifyWorkspace('restore');
		} catch (err) {
			this.db = { state: 'error', message: messageOf(err) };
		}
	}

	async refresh(): Promise<void> {
		const db = await getWorkspaceDb();
		this.conversations = await db.listConversations();
		await redaction.refreshNames();
		this.version++;
	}

	/** Stops the import in progress; files already imported stay, the current one adds nothing. */
	cancelImport(): void {
		this.abort?.abort();
		csvReview.answer(null);
	}

	async importFiles(files: File[], choices: ImportChoices): Promise<void> {
		if (files.length === 0 || this.progress) return;
		const outcomes: ImportOutcome[] = [];
		const abort = (this.abort = new AbortController());
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
				const onProgress = (p: ParseProgress) => (this.progress = { ...base, step: p.phase, bytes: p.bytes, total: p.total, messages: p.messages });
				outcomes.push(...(await this.importOne(db, input, choices, onProgress, abort.signal)));
				this.outcomes = [...outcomes];
			}
			await auditTrail.recordImports(files, outcomes);
			const archiveIds = outcomes.flatMap((o) => (o.summary && !o.duplicate ? [o.summary.id] : []));
			if (archiveIds.length > 0) {
				// The messages are readable now; linking, scanning, indexing and saving follow with their own progress.
				this.outcomes = [...outcomes];
				await this.refresh();
				this.taskFailures = await runTasks(
					(task, report) => task.afterImport(archiveIds, report, abort.signal),
					(step, done, total) => (this.progress = taskProgress(step, done, total))
				);
			} else if (outcomes.some((o) => o.media)) {
				// Media of a zip whose export was imported before (bare, without them) are new evidence all the same.
				await persistence.save((done, total) => (this.progress = taskProgress('saving', done, total)));
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

	private async importOne(db: WorkspaceDb, input: File[], choices: ImportChoices, onProgress: (p: ParseProgress) => void, signal: AbortSignal): Promise<ImportOutcome[]> {
		const dateOrder = choices.dateOrder === 'auto' ? undefined : choices.dateOrder;
		const name = groupName(input.map((f) => f.name));
		const opts = (csvMapping?: CsvMapping) => ({ onProgress, signal, dateOrder, csvMapping, timeZone: choices.timeZone });
		const parse = (csvMapping?: CsvMapping) => (input.length === 1 ? parseInWorker(input[0], opts(csvMapping)) : parseFilesInWorker(name, input, opts(csvMapping)));
		let result: ParsedSource;
		try {
			result = await parse();
			if (input.length === 1 && result.parsed.some((p) => p.entry === '' && p.file.format === 'generic-csv')) {
				const preview = previewCsv(await input[0].slice(0, 65536).text());
				const mapping = preview ? await csvReview.ask({ fileName: name, ...preview }) : null;
				if (!mapping) return [failed(name, 'skipped at the column-mapping step — nothing was imported')];
				if (JSON.stringify(mapping) !== JSON.stringify(preview?.mapping)) result = await parse(mapping);
			}
		} catch (err) {
			return [failed(name, isCancelled(err) ? 'cancelled — nothing from this file was imported' : messageOf(err))];
		}
		const { parsed, problems, attachments } = result;
		if (parsed.length === 0) return [{ ...failed(name, problems.at(-1)?.message ?? 'nothing recognisable in this file'), problems }];
		if (this.progress) this.progress = { ...this.progress, step: 'loading' };
		const outcomes: ImportOutcome[] = [];
		const archiveOf = new Map<string, number>();
		for (const [i, p] of parsed.entries()) {
			const loaded = await db.importParsedFile(p.file, p.source, { timeZone: choices.timeZone });
			archiveOf.set(p.entry, loaded.archiveId);
			const summary = await db.importSummary(loaded.archiveId);
			const label = p.entry && input.length === 1 ? `${name} › ${p.entry}` : name;
			outcomes.push({ fileName: label, summary, duplicate: loaded.duplicate, problems: i === 0 ? problems : [], error: null });
		}
		outcomes[0].media = await keepMedia(attachments, archiveOf, choices.keepMedia);
		return outcomes;
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
