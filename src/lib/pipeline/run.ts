import type { IdsFrom } from '$lib/db/stream-load';
import type { SourceAttachment, SourceProblem } from '$lib/ingest/parse-source';
import type { ScannedBatch } from '$lib/risk/worker/batch';
import type { BatchEvent, CloseEvent, PartEvent, PipelineEvent, StreamStart } from './events';

/**
 * The load side of an import: events from the parse side go into the database as they arrive, and each batch's
 * scan and search columns go to the risk scanner and the search indexer at the same time, which work while the
 * next batches load. Everything it touches is a port, so it runs against DuckDB-wasm in Node as in the tab.
 */

export interface PipelineLoader {
	start(timeZone: string, sides: boolean): Promise<StreamStart>;
	open(part: PartEvent, timeZone: string): Promise<void>;
	batch(batch: BatchEvent): Promise<void>;
	/** risk_hits rows (Arrow IPC). */
	hits(ipc: Uint8Array): Promise<void>;
	/** The archive imported before with this hash, other than `except`, if any. */
	duplicateOf(sha256: string, except: number): Promise<{ id: number; messages: number } | null>;
	close(close: CloseEvent): Promise<void>;
	/** Removes every row at or past these ids, in one transaction. */
	remove(from: IdsFrom): Promise<void>;
}

export interface PipelinePorts {
	/** Runs the parse side with `start`; its events, in order. Aborting `signal` ends it with an AbortError. */
	source(start: StreamStart, signal: AbortSignal): AsyncIterable<PipelineEvent>;
	loader: PipelineLoader;
	/** Scans one batch's (id, kind, text); null: no scan with this import. */
	scanner: ((ipc: Uint8Array) => Promise<ScannedBatch>) | null;
	/** Adds one batch to the search index; null: the index is built afterwards. */
	indexer: ((ipc: Uint8Array) => Promise<unknown>) | null;
	/** How many batches the scanner takes at once (one per risk worker); 1 when absent. */
	scanParallel?: number;
}

/** Batches a side may have waiting (besides those it is working on) before the import stops reading more. */
export const SIDE_BACKLOG = 3;

export interface PipelineProgress {
	/**
	 * 'reading' and 'parsing' while the source is read (messages are loaded as they come); once it is read, the side
	 * still catching up ('scanning' for risk, then 'indexing' for search), and 'finishing' when both are done.
	 */
	phase: 'reading' | 'parsing' | 'scanning' | 'indexing' | 'finishing';
	bytes: number;
	total: number;
	/** Messages parsed, loaded into the database, scanned for risks and added to the search index. */
	parsed: number;
	loaded: number;
	scanned: number;
	indexed: number;
}

export interface PipelineArchive {
	archiveId: number;
	entry: string;
	duplicate: boolean;
	messages: number;
}

export interface SideFailure {
	step: 'scanning' | 'indexing';
	message: string;
}

export interface PipelineResult {
	/** 'needs-mapping': a plain CSV whose columns are to be confirmed; nothing was loaded. */
	status: 'done' | 'needs-mapping';
	archives: PipelineArchive[];
	problems: SourceProblem[];
	attachments: SourceAttachment[];
	/** Every row of this import is at or past these ids (removeImport undoes it). */
	from: IdsFrom;
	failures: SideFailure[];
	/** True when every loaded message was scanned; false after a scanner failure (or with no scanner). */
	scanned: boolean;
	/** True when the index holds exactly the loaded messages; false when it must be rebuilt (a part read again or dropped). */
	indexed: boolean;
}

export interface PipelineOptions {
	timeZone: string;
	signal: AbortSignal;
	onProgress?: (p: PipelineProgress) => void;
	/** After the first batch is in the database: its conversation can be read. */
	onReadable?: () => void;
}

/**
 * A side worker's queue of batches: up to `parallel` at a time (each batch's own work is independent; the totals do
 * not depend on the order); after a failure it drops what has not started and says why.
 */
export class Side {
	failure: string | null = null;
	done = 0;
	private queue: (() => Promise<void>)[] = [];
	private running = 0;
	private waiters: (() => void)[] = [];

	constructor(private readonly parallel = 1) {}

	/** Batches queued or running. */
	get pending(): number {
		return this.queue.length + this.running;
	}

	push(work: () => Promise<number>, after: () => void): void {
		this.queue.push(async () => {
			if (this.failure !== null) return;
			try {
				// Not `done += await work()`: that reads `done` before the wait, and parallel jobs would overwrite each other.
				const messages = await work();
				this.done += messages;
			} catch (err) {
				this.failure ??= err instanceof Error ? err.message : String(err);
			}
			after();
		});
		this.pump();
	}

	/** Resolves once fewer than `limit` batches are queued or running: the import waits for a slower side here. */
	async room(limit: number): Promise<void> {
		while (this.pending >= limit) await new Promise<void>((r) => this.waiters.push(r));
	}

	/** Resolves when every batch pushed so far is done. */
	async settled(): Promise<void> {
		while (this.pending > 0) await new Promise<void>((r) => this.waiters.push(r));
	}

	private pump(): void {
		while (this.running < this.parallel && this.queue.length > 0) {
			const job = this.queue.shift()!;
			this.running++;
			void job().finally(() => {
				this.running--;
				this.pump();
				for (const wake of this.waiters.splice(0)) wake();
			});
		}
	}
}

function partFrom(p: PartEvent): IdsFrom {
	return { archiveId: p.archiveId, conversationId: p.conversationId, messageId: p.messageId, participantId: p.participantId };
}

export async function runPipeline(ports: PipelinePorts, opts: PipelineOptions): Promise<PipelineResult> {
	const { loader, scanner, indexer } = ports;
	const start = await loader.start(opts.timeZone, scanner !== null || indexer !== null);
	const from: IdsFrom = { archiveId: start.archiveId, conversationId: start.conversationId, messageId: start.messageId, participantId: start.participantId };
	const progress: PipelineProgress = { phase: 'reading', bytes: 0, total: 0, parsed: 0, loaded: 0, scanned: 0, indexed: 0 };
	let sourceRead = false;
	const phase = (): PipelineProgress['phase'] => {
		if (!sourceRead) return progress.phase;
		if (scanner && risk.failure === null && risk.done < progress.loaded) return 'scanning';
		if (indexer && indexed && search.failure === null && search.done < progress.loaded) return 'indexing';
		return 'finishing';
	};
	const report = () => opts.onProgress?.({ ...progress, phase: phase(), scanned: risk.done, indexed: search.done });
	const risk = new Side(ports.scanParallel ?? 1);
	const search = new Side();
	const parts = new Map<number, PartEvent>();
	const archives: PipelineArchive[] = [];
	let indexed = indexer !== null;
	let readable = false;
	const result = (status: PipelineResult['status'], problems: SourceProblem[] = [], attachments: SourceAttachment[] = []): PipelineResult => ({
		status,
		archives,
		problems,
		attachments,
		from,
		indexed: indexed && search.failure === null,
		scanned: scanner !== null && risk.failure === null,
		failures: [
			...(risk.failure !== null ? [{ step: 'scanning' as const, message: `risk scan: ${risk.failure}` }] : []),
			...(search.failure !== null ? [{ step: 'indexing' as const, message: `search index: ${search.failure}` }] : [])
		]
	});
	const sidesSettled = () => Promise.all([risk.settled(), search.settled()]);

	try {
		for await (const event of ports.source(start, opts.signal)) {
			if (opts.signal.aborted) break;
			switch (event.type) {
				case 'progress':
					progress.phase = event.phase;
					progress.bytes = event.bytes;
					progress.total = event.total;
					progress.parsed = Math.max(progress.parsed, event.messages);
					report();
					break;
				case 'part':
					parts.set(event.archiveId, event);
					await loader.open(event, opts.timeZone);
					break;
				case 'batch': {
					await loader.batch(event);
					progress.loaded += event.messages;
					progress.parsed = Math.max(progress.parsed, progress.loaded);
					if (!readable) {
						readable = true;
						opts.onReadable?.();
					}
					const { scan, search: columns, messages } = event;
					if (scanner) {
						risk.push(async () => {
							if (!scan) return messages;
							const scanned = await scanner(scan);
							if (scanned.hits > 0) await loader.hits(scanned.ipc);
							return messages;
						}, report);
					}
					if (indexer && indexed && columns) search.push(() => indexer(columns).then(() => messages), report);
					report();
					// Backpressure: batches waiting for a slower side are held in memory; beyond a few, stop reading.
					await Promise.all([risk.room(SIDE_BACKLOG + (ports.scanParallel ?? 1)), search.room(SIDE_BACKLOG + 1)]);
					break;
				}
				case 'restart': {
					// Hits and index entries of the rows about to go must not land after them.
					await sidesSettled();
					const part = parts.get(event.archiveId);
					if (!part) throw new Error(`restart of archive ${event.archiveId}, which was never opened`);
					await loader.remove(partFrom(part));
					await loader.open(part, opts.timeZone);
					indexed = false;
					break;
				}
				case 'close': {
					const part = parts.get(event.archiveId);
					if (!part) throw new Error(`close of archive ${event.archiveId}, which was never opened`);
					const existing = await loader.duplicateOf(event.source.sha256, event.archiveId);
					if (existing) {
						await sidesSettled();
						await loader.remove(partFrom(part));
						indexed = false;
						archives.push({ archiveId: existing.id, entry: part.entry, duplicate: true, messages: existing.messages });
					} else {
						await loader.close(event);
						archives.push({ archiveId: event.archiveId, entry: part.entry, duplicate: false, messages: event.messages });
					}
					break;
				}
				case 'duplicate': {
					// Imported before, or earlier in this input (closed by now).
					const existing = await loader.duplicateOf(event.sha256, -1);
					if (existing) archives.push({ archiveId: existing.id, entry: event.entry, duplicate: true, messages: existing.messages });
					break;
				}
				case 'needs-mapping':
					await sidesSettled();
					await loader.remove(from);
					return result('needs-mapping');
				case 'done':
					sourceRead = true;
					report();
					await sidesSettled();
					if (opts.signal.aborted) break;
					report();
					return result('done', event.problems, event.attachments);
			}
		}
		throw abortError();
	} catch (err) {
		await sidesSettled();
		await loader.remove(from);
		throw err;
	}
}

function abortError(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}
