import { parseInWorker, type ParseProgress } from '$lib/ingest/client';
import type { SourceProblem } from '$lib/ingest/parse-source';
import { getWorkspaceDb, type ConversationRow, type ImportSummary } from '$lib/db';

export type DbStatus = { state: 'starting' } | { state: 'ready' } | { state: 'error'; message: string };

export interface ImportProgress {
	fileName: string;
	fileIndex: number;
	fileCount: number;
	step: ParseProgress['phase'] | 'loading';
	bytes: number;
	total: number;
}

/** Outcome of importing one file: its summary from the database, or why nothing was imported. */
export interface ImportOutcome {
	fileName: string;
	summary: ImportSummary | null;
	duplicate: boolean;
	problems: SourceProblem[];
	error: string | null;
}

class Workspace {
	db = $state<DbStatus>({ state: 'starting' });
	conversations = $state.raw<ConversationRow[]>([]);
	progress = $state<ImportProgress | null>(null);
	outcomes = $state.raw<ImportOutcome[]>([]);
	/** Bumped after every import so views holding cached pages refetch. */
	version = $state(0);

	async start(): Promise<void> {
		try {
			await getWorkspaceDb();
			this.db = { state: 'ready' };
			await this.refresh();
		} catch (err) {
			this.db = { state: 'error', message: messageOf(err) };
		}
	}

	async refresh(): Promise<void> {
		const db = await getWorkspaceDb();
		this.conversations = await db.listConversations();
		this.version++;
	}

	async importFiles(files: File[], timeZone: string): Promise<void> {
		if (files.length === 0 || this.progress) return;
		const outcomes: ImportOutcome[] = [];
		try {
			const db = await getWorkspaceDb();
			for (const [i, file] of files.entries()) {
				const base = { fileName: file.name, fileIndex: i, fileCount: files.length };
				this.progress = { ...base, step: 'reading', bytes: 0, total: file.size };
				outcomes.push(await this.importOne(db, file, timeZone, (p) => (this.progress = { ...base, step: p.phase, bytes: p.bytes, total: p.total })));
				this.outcomes = [...outcomes];
			}
		} catch (err) {
			outcomes.push({ fileName: files[outcomes.length]?.name ?? '', summary: null, duplicate: false, problems: [], error: messageOf(err) });
		} finally {
			this.outcomes = outcomes;
			this.progress = null;
			await this.refresh().catch(() => {});
		}
	}

	private async importOne(db: Awaited<ReturnType<typeof getWorkspaceDb>>, file: File, timeZone: string, onProgress: (p: ParseProgress) => void): Promise<ImportOutcome> {
		const { source, parsed, problems } = await parseInWorker(file, onProgress);
		if (!parsed) return { fileName: file.name, summary: null, duplicate: false, problems, error: problems.at(-1)?.message ?? 'not imported' };
		if (this.progress) this.progress = { ...this.progress, step: 'loading' };
		const loaded = await db.importParsedFile(parsed, source, { timeZone });
		const summary = await db.importSummary(loaded.archiveId);
		return { fileName: file.name, summary, duplicate: loaded.duplicate, problems, error: null };
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const workspace = new Workspace();
