import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors, type Connector } from '$lib/db';
import {
	authorLabels,
	conversationLabels,
	hitRows,
	indexFingerprint,
	messageIdRange,
	messagePlace,
	RISK_SQL,
	replaceSearchHits,
	searchBatchSql,
	type HitRow,
	type MessagePlace
} from '$lib/db/queries/search';
import { callSearchWorker } from '$lib/search/client';
import { SUPERSEDED } from '$lib/search/protocol';
import { LatestQuery } from './latest.svelte';
import { parseQuery } from '$lib/search/query-parser';
import type { ParsedQuery, QueryNode, SearchResult } from '$lib/search/types';
import { shownFields } from '$lib/redact/fields';
import { redaction } from './redaction.svelte';
import type { TaskReport } from '$lib/pipeline/tasks/task';

export type SearchSort = 'rank' | 'time';

export type IndexStatus =
	| { state: 'empty' }
	| { state: 'building'; done: number; total: number }
	| { state: 'ready'; origin: 'restored' | 'built'; messages: number }
	| { state: 'error'; message: string };

/** Messages read from DuckDB per batch handed to the worker. */
const BATCH_IDS = 50_000;
const SEARCH_DELAY_MS = 150;

/** A copy when the bytes are a view into a larger buffer, so transferring never detaches someone else's memory. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
		? (bytes as Uint8Array<ArrayBuffer>)
		: bytes.slice();
}

/**
 * Conversation and author names for facets and `from:` / `in:`, as they may be shown: while redacting, the facets
 * list masks and `from:"[pii.phone #3]"` finds that person, while typing the hidden number finds no one.
 */
let labelsKey = '';

async function sendLabels(db: Connector): Promise<void> {
	labelsKey = redaction.key;
	const [conversations, authors] = await Promise.all([conversationLabels(db), authorLabels(db)]);
	await callSearchWorker('labels', {
		conversations: shownFields(conversations, ['title'], redaction),
		authors: shownFields(authors, ['name'], redaction)
	});
}

async function sendRisk(db: Connector): Promise<void> {
	const ipc = ownBuffer(await db.queryArrowIPC(RISK_SQL));
	await callSearchWorker('risk', { ipc }, [ipc.buffer]);
}

export interface ShownHit {
	row: HitRow;
	/** The text as it may be shown (redaction applied). */
	text: string;
	/** Matched terms in `text`. */
	ranges: [number, number][];
}

const HIT_BLOCK = 50;
/** Hits the search page asks the index for at a time (the first page comes with the search; further ones as the list scrolls). */
export const HIT_PAGE = 100;

function missingRow(id: number): HitRow {
	return {
		id,
		conversation_id: -1,
		conversation: '—',
		platform: '',
		author: '',
		ts_local: '',
		ts_utc: null,
		text: `(message ${id} is no longer in the database)`
	};
}

/**
 * The rows of a result's hits as the list scrolls: ids a page at a time from the index (the first page came with the
 * search), rows read from DuckDB in blocks, highlight ranges from the worker.
 */
export class HitPager {
	private blocks = $state.raw(new Map<number, ShownHit[]>());
	private pending = new Set<number>();
	/** Pages of ids (HIT_PAGE each) by page number; page 0 is the search's own. */
	private idPages = new Map<number, Promise<Float64Array>>();
	error = $state<string | null>(null);
	/** Every hit of the result (the list's length). */
	readonly count: number;

	constructor(
		first: SearchResult,
		readonly ast: QueryNode,
		readonly sort: SearchSort,
		/** redaction.key when made: a new pager is made when what is shown changes. */
		readonly shownAs: string
	) {
		this.count = first.total;
		this.idPages.set(0, Promise.resolve(first.ids));
	}

	get(index: number): ShownHit | undefined {
		return this.blocks.get(Math.floor(index / HIT_BLOCK))?.[index % HIT_BLOCK];
	}

	/** Resolves once the first block of hits is loaded (or failed), so the page can swap lists without a blank frame. */
	async preload(): Promise<void> {
		if (this.count === 0 || this.blocks.has(0)) return;
		await this.load(0);
	}

	ensure(first: number, last: number): void {
		for (let b = Math.floor(first / HIT_BLOCK); b <= Math.floor(last / HIT_BLOCK); b++) {
			if (!this.blocks.has(b) && !this.pending.has(b)) void this.load(b);
		}
	}

	private idPage(page: number): Promise<Float64Array> {
		let ids = this.idPages.get(page);
		if (!ids) {
			ids = callSearchWorker('hits', { ast: this.ast, sort: this.sort, offset: page * HIT_PAGE, limit: HIT_PAGE }).then((r) => r.ids);
			this.idPages.set(page, ids);
			ids.catch(() => this.idPages.delete(page));
		}
		return ids;
	}

	private async idsOfBlock(block: number): Promise<number[]> {
		const start = block * HIT_BLOCK;
		const page = Math.floor(start / HIT_PAGE);
		const within = start - page * HIT_PAGE;
		return Array.from((await this.idPage(page)).subarray(within, within + HIT_BLOCK));
	}

	private async load(block: number): Promise<void> {
		this.pending.add(block);
		try {
			const { db } = await getConnectors();
			const ids = await this.idsOfBlock(block);
			const byId = new Map((await hitRows(db, ids)).map((r) => [r.id, r]));
			// A hit whose message is gone (the workspace was cleared under the index) keeps its place in the list.
			const rows = shownFields(
				ids.map((id) => byId.get(id) ?? missingRow(id)),
				['conversation', 'author'],
				redaction
			);
			// Highlights are found in the text as shown: a masked span is gone before matching, so no mark can point into it.
			const texts = rows.map((r) => redaction.shown(r.text));
			const ranges = await callSearchWorker('highlight', { texts, ast: this.ast });
			this.blocks = new Map(this.blocks).set(
				block,
				rows.map((row, i) => ({ row, text: texts[i], ranges: ranges[i] ?? [] }))
			);
		} catch (err) {
			this.error = err instanceof Error ? err.message : String(err);
		} finally {
			this.pending.delete(block);
		}
	}
}

/** The search page's state, and the index in the worker behind it. */
class SearchState {
	index = $state<IndexStatus>({ state: 'empty' });
	query = $state('');
	sort = $state<SearchSort>('rank');
	parsed: ParsedQuery = $derived(parseQuery(this.query));
	result = $state.raw<SearchResult | null>(null);
	/** The tree the current result answers (highlighting uses it, not the text being typed). */
	resultAst = $state.raw<QueryNode | null>(null);
	private readonly latest = new LatestQuery();
	get searching(): boolean {
		return this.latest.loading;
	}
	get error(): string | null {
		return this.latest.error;
	}
	private timer: ReturnType<typeof setTimeout> | null = null;
	private hitsWrite: Promise<void> = Promise.resolve();
	/** The result whose hits search_hits holds (null: the table is empty, as it starts). */
	private hitsTableHolds: SearchResult | null = null;
	/** The sort and the text of the query the current result answers. */
	resultSort: SearchSort = 'rank';
	resultQuery = '';
	/** False after a cancelled or failed build: the next import rebuilds everything rather than adding to a partial index. */
	private complete = false;

	get ready(): boolean {
		return this.index.state === 'ready';
	}

	/** New text in the search box: errors show at once, the search runs when typing pauses. */
	setQuery(text: string): void {
		this.query = text;
		this.schedule();
	}

	setSort(sort: SearchSort): void {
		this.sort = sort;
		void this.run();
	}

	private schedule(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.run();
		}, SEARCH_DELAY_MS);
	}

	/**
	 * Runs the current query for its first page: the hits on screen, with the count, facets and term report of every
	 * hit. Only the latest run's result is kept. Every id is asked for only by what needs it (allHits, fillHitsTable).
	 */
	async run(): Promise<void> {
		const ast = this.parsed.ast;
		const query = this.query;
		const sort = this.sort;
		if (!ast || !this.ready) {
			this.latest.drop();
			this.result = null;
			this.resultAst = null;
			return;
		}
		await this.latest.run(
			// Another caller's newer search (a review session, a saved query) supersedes this one in the worker: no error, no answer.
			() =>
				callSearchWorker('search', { ast, sort, limit: HIT_PAGE }).catch((err) =>
					err instanceof Error && err.message === SUPERSEDED ? null : Promise.reject(err)
				),
			(result) => {
				if (!result) return;
				this.result = result;
				this.resultAst = ast;
				this.resultSort = sort;
				this.resultQuery = query;
				auditTrail.searched(query, sort, result.total);
			}
		);
	}

	/**
	 * Every hit of the result on screen, in its order, with scores (an export, tagging every hit). Rejects when the
	 * index no longer gives the count shown (an import changed it meanwhile), and runs the search again: what is written
	 * must be what the count said.
	 */
	async allHits(): Promise<{ ids: number[]; scores: number[] }> {
		const shown = this.result;
		const ast = this.resultAst;
		if (!shown || !ast) return { ids: [], scores: [] };
		const all = await callSearchWorker('hits', { ast, sort: this.resultSort });
		if (all.total !== shown.total) {
			void this.run();
			throw new Error(
				`the hits changed since the count was shown (${shown.total} then, ${all.total} now); the search ran again — check its count and try again`
			);
		}
		return { ids: Array.from(all.ids), scores: Array.from(all.scores) };
	}

	/**
	 * Fills the table search_hits with every hit of the result on screen, when it holds an earlier one: SQL that names
	 * the table calls this first, so typing in the search box never writes a million rows.
	 */
	fillHitsTable(): Promise<void> {
		const write = this.hitsWrite.then(async () => {
			const result = this.result;
			const ast = this.resultAst;
			if (this.hitsTableHolds === result) return;
			const all = result && ast ? await callSearchWorker('hits', { ast, sort: this.resultSort }) : null;
			const { db } = await getConnectors();
			await replaceSearchHits(db, all?.ids ?? new Float64Array(0), all?.scores ?? new Float64Array(0));
			this.hitsTableHolds = result;
		});
		// A failed write leaves the chain usable for the next one; this caller sees the failure.
		this.hitsWrite = write.catch(() => {});
		return write;
	}

	/** Before running SQL: search_hits filled when the statement names it. */
	async hitsTableFor(sql: string): Promise<void> {
		if (/search_hits/i.test(sql)) await this.fillHitsTable();
	}

	/** Indexes the archives' messages (null: the whole database, from an empty index). */
	async buildIndex(archiveIds: number[] | null, report: TaskReport, signal?: AbortSignal): Promise<void> {
		const { db } = await getConnectors();
		const full = archiveIds === null || !this.complete;
		const scope = full ? null : archiveIds;
		this.complete = false;
		try {
			if (full) await callSearchWorker('reset', {});
			await sendLabels(db);
			const range = await messageIdRange(db, scope);
			this.index = { state: 'building', done: 0, total: range.count };
			report(0, range.count);
			let done = 0;
			if (range.first !== null && range.last !== null) {
				for (let from = range.first; from <= range.last; from += BATCH_IDS) {
					if (signal?.aborted) throw new Error('indexing cancelled');
					const ipc = ownBuffer(await db.queryArrowIPC(searchBatchSql(scope, from, from + BATCH_IDS)));
					done += (await callSearchWorker('add', { ipc }, [ipc.buffer])).added;
					this.index = { state: 'building', done, total: range.count };
					report(done, range.count);
				}
			}
			await sendRisk(db);
			this.complete = true;
			const stats = await callSearchWorker('stats', {});
			this.index = { state: 'ready', origin: 'built', messages: stats.size };
			report(range.count, range.count);
			await callSearchWorker('save', { fingerprint: await indexFingerprint(db) }).catch(() => {
				// No private storage (or it is full): the index works for this tab and is rebuilt after a reload.
			});
			void this.run();
		} catch (err) {
			this.index = { state: 'error', message: err instanceof Error ? err.message : String(err) };
			throw err;
		}
	}

	/**
	 * For an import that adds its batches to the index as they load: the port it adds them through, or null when
	 * the index is not complete (the import then has it built afterwards). Until finishImport the index is not complete.
	 */
	beginImport(): ((ipc: Uint8Array) => Promise<unknown>) | null {
		if (!this.complete) return null;
		this.complete = false;
		let done = 0;
		return async (ipc) => {
			const own = ownBuffer(ipc);
			const { added } = await callSearchWorker('add', { ipc: own }, [own.buffer]);
			done += added;
			this.index = { state: 'building', done, total: done };
		};
	}

	/** After an import's load: names and risk categories into the index, then it is saved; a full build when the batches did not all go in. */
	async finishImport(archiveIds: number[], indexed: boolean, report: TaskReport, signal?: AbortSignal): Promise<void> {
		if (!indexed) return this.buildIndex(archiveIds, report, signal);
		const { db } = await getConnectors();
		try {
			await sendLabels(db);
			await sendRisk(db);
			const stats = await callSearchWorker('stats', {});
			this.complete = true;
			this.index = { state: 'ready', origin: 'built', messages: stats.size };
			report(stats.size, stats.size);
			await callSearchWorker('save', { fingerprint: await indexFingerprint(db) }).catch(() => {});
			void this.run();
		} catch (err) {
			this.index = { state: 'error', message: err instanceof Error ? err.message : String(err) };
			throw err;
		}
	}

	/**
	 * An import that added no archive (all duplicates, failed, or cancelled and removed): the index is as before when
	 * none of its batches went in; else the saved index comes back when it matches the database, or is rebuilt.
	 */
	async endImport(changed: boolean, report: TaskReport): Promise<void> {
		if (!changed) {
			this.complete = true;
			return;
		}
		this.complete = false;
		await this.restoreIndex(report);
	}

	/**
	 * At start-up, before the tables are back: the worker reads and decodes the saved index meanwhile, so restoreIndex
	 * only has to check that it matches. Never rejects.
	 */
	preloadIndex(): void {
		void callSearchWorker('preload', {}).catch(() => {});
	}

	/** After the saved workspace is back: the saved index when it matches the database, else a fresh build. */
	async restoreIndex(report: TaskReport): Promise<void> {
		const { db } = await getConnectors();
		const fingerprint = await indexFingerprint(db);
		if (fingerprint.messages === 0) {
			await callSearchWorker('reset', {});
			this.complete = true;
			this.index = { state: 'empty' };
			return;
		}
		report(0, 1);
		const restored = await callSearchWorker('restore', { fingerprint }).catch(() => ({ restored: false, size: 0 }));
		if (!restored.restored) return this.buildIndex(null, report);
		await sendLabels(db);
		await sendRisk(db);
		this.complete = true;
		this.index = { state: 'ready', origin: 'restored', messages: restored.size };
		report(1, 1);
		void this.run();
	}

	/** After the redaction switch or the names changed: the facets' names follow, and the search runs again. */
	async relabel(): Promise<void> {
		if (!this.ready || labelsKey === redaction.key) return;
		await sendLabels((await getConnectors()).db);
		void this.run();
	}

	/** Re-reads risk_hits into the index (after a re-scan), and re-runs the search so risk: filters see it. */
	async refreshRisk(): Promise<void> {
		if (!this.ready) return;
		const { db } = await getConnectors();
		await sendRisk(db);
		void this.run();
	}

	/** Where a message sits in its conversation, for opening it there. */
	async placeOf(messageId: number): Promise<MessagePlace | null> {
		const { db } = await getConnectors();
		return messagePlace(db, messageId);
	}
}

export const search = new SearchState();

/** For the risk area: call after risk_hits changed so `risk:` filters see the new hits. */
export function refreshSearchRisk(): Promise<void> {
	return search.refreshRisk();
}
