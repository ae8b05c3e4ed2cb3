import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors, getWorkspaceDb } from '$lib/db';
import { notesOf, type NoteRow } from '$lib/db/queries/notes';
import {
	createQueue,
	decide,
	decisionsOf,
	findQueue,
	listQueues,
	messageInContext,
	queueById,
	restoreDecision,
	reviewRecords,
	type DecisionRow,
	type QueueSummary,
	type MessageInContext,
	type QueueRow
} from '$lib/db/queries/review';
import { tagCounts, tagsOf } from '$lib/db/queries/tags';
import { messageSourcesById } from '$lib/db/queries/exports';
import { download } from '$lib/download';
import { redaction } from '$lib/state/redaction.svelte';
import { reviewCsv, reviewExportRecords, reviewJsonl } from './export';
import { callSearchWorker } from '$lib/search/client';
import { SUPERSEDED } from '$lib/search/protocol';
import { parseQuery } from '$lib/search/query-parser';
import { persistence } from '$lib/state/persistence.svelte';
import { search } from '$lib/state/search.svelte';
import { changeNote, noteOnMessage, removeNote, tagMessages, untagMessages } from './actions';
import { keyedTags, progressOf, pushUndo, resumeAt, step, type UndoStep } from './queue';
import { newSeed, parseSampleSpec, sampleMessages, sampleSize, sampleSpecText } from './sample';
import { resolveSource, sourceOfParams, SourceError, type ReviewSource, type SourceDeps } from './source';

/** Messages shown before and after the one under review. */
const CONTEXT = 3;

export type SessionState = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

export interface SampleCheck {
	same: boolean;
	words: string;
}

async function searchIds(text: string): Promise<number[]> {
	const parsed = parseQuery(text);
	if (!parsed.ast) throw new SourceError(`The search “${text}” does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
	if (search.index.state === 'error') throw new SourceError(`The search index could not be built: ${search.index.message}`);
	if (!search.ready) return [];
	for (let attempt = 0; ; attempt++) {
		try {
			return Array.from((await callSearchWorker('search', { ast: parsed.ast, sort: 'rank' })).ids);
		} catch (err) {
			// A search typed on another page overtook this one in the worker: ask again.
			if (!(err instanceof Error && err.message === SUPERSEDED) || attempt >= 3) throw err;
		}
	}
}

async function sourceDeps(): Promise<SourceDeps> {
	const [{ db }, workspace] = await Promise.all([getConnectors(), getWorkspaceDb()]);
	return {
		db,
		search: searchIds,
		runUserSql: async (sql) => (await search.hitsTableFor(sql), workspace.runUserSql(sql)),
		describeUserSql: (sql) => workspace.describeUserSql(sql)
	};
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The review page's queue: which queue, where the reviewer is, the message under review with its context, tags and notes. */
class ReviewSession {
	status = $state.raw<SessionState>({ state: 'idle' });
	queue = $state.raw<QueueRow | null>(null);
	decisions = $state.raw(new Map<number, DecisionRow>());
	position = $state(0);
	current = $state.raw<MessageInContext | null>(null);
	currentTags = $state.raw<string[]>([]);
	notes = $state.raw<NoteRow[]>([]);
	tags = $state.raw<string[]>(keyedTags([]));
	sampleCheck = $state.raw<SampleCheck | null>(null);
	/** An action waiting for the reviewer to give a name (asked before the first decision). */
	pendingAction = $state.raw<(() => Promise<void>) | null>(null);
	private undoStack: UndoStep[] = [];
	undoCount = $state(0);
	private opened = '';
	private loadSeq = 0;

	get ids(): number[] {
		return this.queue?.message_ids ?? [];
	}

	get progress() {
		return progressOf(this.ids, new Set(this.decisions.keys()));
	}

	get messageId(): number | null {
		return this.ids[this.position] ?? null;
	}

	/** Opens (or resumes) the queue the URL names; a sample without a seed gets one, returned so the URL can show it. */
	async open(params: URLSearchParams): Promise<{ seed: string } | null> {
		const key = params.toString();
		if (key === this.opened && this.status.state !== 'error') return null;
		this.opened = key;
		this.sampleCheck = null;
		this.undoStack = [];
		this.undoCount = 0;
		const queueParam = params.get('queue');
		const source = sourceOfParams(params);
		if (!source && !(queueParam && /^\d+$/.test(queueParam))) {
			this.queue = null;
			this.status = { state: 'idle' };
			return null;
		}
		this.status = { state: 'loading' };
		try {
			const { db } = await getConnectors();
			let addedSeed: { seed: string } | null = null;
			let queue: QueueRow | null;
			if (!source) {
				queue = await queueById(db, Number(queueParam));
				if (!queue) throw new SourceError(`There is no review queue ${queueParam} in this workspace.`);
			} else {
				const sampleText = params.get('sample');
				const spec = sampleText === null || sampleText === '' ? null : parseSampleSpec(sampleText);
				if (sampleText && !spec) throw new SourceError(`“${sampleText}” is not a sample size: give a number of messages (25) or a percentage (10%).`);
				let seed = spec ? (params.get('seed') ?? '') : null;
				if (spec && seed === '') {
					seed = newSeed();
					addedSeed = { seed };
				}
				queue = await this.findOrCreate(source, spec ? sampleSpecText(spec) : null, seed);
			}
			if (key !== this.opened) return null;
			this.queue = queue;
			await this.loadDecisions();
			await this.refreshTags();
			await this.load(resumeAt(queue.message_ids, new Set(this.decisions.keys())));
			this.status = { state: 'ready' };
			return addedSeed;
		} catch (err) {
			if (key === this.opened) {
				this.queue = null;
				this.status = { state: 'error', message: messageOf(err) };
			}
			return null;
		}
	}

	private async findOrCreate(source: ReviewSource, spec: string | null, seed: string | null): Promise<QueueRow> {
		const { db } = await getConnectors();
		const resolved = await resolveSource(source, await sourceDeps());
		const existing = await findQueue(db, resolved.kind, resolved.text, resolved.savedQueryId, spec, seed);
		if (existing) return existing;
		const parsedSpec = spec === null ? null : parseSampleSpec(spec)!;
		const ids = parsedSpec && seed !== null ? sampleMessages(resolved.ids, parsedSpec, seed) : resolved.ids;
		const name = parsedSpec ? `Sample of ${spec} · ${resolved.name}` : resolved.name;
		const queue = await createQueue(db, {
			name,
			source_kind: resolved.kind,
			source_text: resolved.text,
			saved_query_id: resolved.savedQueryId,
			population: resolved.ids.length,
			sample_spec: spec,
			seed,
			message_ids: ids,
			reviewer: auditTrail.actor
		});
		if (parsedSpec) {
			await auditTrail.recordReview('sample.drawn', `review_queue:${queue.id}`, {
				source_kind: resolved.kind,
				source: resolved.text,
				saved_query_id: resolved.savedQueryId,
				population: resolved.ids.length,
				sample: spec,
				size: ids.length,
				expected_size: sampleSize(parsedSpec, new Set(resolved.ids).size),
				seed,
				message_ids: ids
			});
		}
		void persistence.save();
		return queue;
	}

	/** Draws the sample again from its source and seed, and says whether it is the same messages in the same order. */
	async checkSample(): Promise<void> {
		const q = this.queue;
		if (!q || q.seed === null || q.sample_spec === null) return;
		try {
			const source: ReviewSource = q.saved_query_id !== null ? { kind: 'saved', id: q.saved_query_id } : { kind: q.source_kind, text: q.source_text };
			const resolved = await resolveSource(source, await sourceDeps());
			const again = sampleMessages(resolved.ids, parseSampleSpec(q.sample_spec)!, q.seed);
			const same = again.length === q.message_ids.length && again.every((id, i) => id === q.message_ids[i]);
			const words = same
				? `Drawn again from its source with seed “${q.seed}”: the same ${again.length} messages in the same order.`
				: `Drawn again with seed “${q.seed}”, the sample differs: the source now gives ${resolved.ids.length} messages (${q.population} when drawn), and the draw ${again.length} messages.`;
			this.sampleCheck = { same, words };
		} catch (err) {
			this.sampleCheck = { same: false, words: `Could not draw the sample again: ${messageOf(err)}` };
		}
	}

	private async loadDecisions(): Promise<void> {
		const q = this.queue;
		if (!q) return;
		const { db } = await getConnectors();
		this.decisions = new Map((await decisionsOf(db, q.id)).map((d) => [d.message_id, d]));
	}

	private async refreshTags(): Promise<void> {
		const { db } = await getConnectors();
		this.tags = keyedTags((await tagCounts(db)).map((t) => t.tag));
	}

	/** Reads the message at `position` (default: the current one), its context, tags and notes, then shows it: position and message change together. */
	async load(position = this.position): Promise<void> {
		const id = this.ids[position] ?? null;
		const seq = ++this.loadSeq;
		if (id === null) {
			this.position = position;
			this.current = null;
			this.currentTags = [];
			this.notes = [];
			return;
		}
		const { db } = await getConnectors();
		const [current, tags, notes] = await Promise.all([messageInContext(db, id, CONTEXT, CONTEXT), tagsOf(db, [id]), notesOf(db, [id])]);
		if (seq !== this.loadSeq) return;
		this.position = position;
		this.current = current;
		this.currentTags = (tags.get(id) ?? []).map((t) => t.tag);
		this.notes = notes;
	}

	/** Runs a recorded action, first asking for a reviewer name when none is set. */
	private act(work: () => Promise<void>): Promise<void> {
		if (!auditTrail.named) {
			this.pendingAction = work;
			return Promise.resolve();
		}
		return work();
	}

	/** After the name was given: the action that waited for it. */
	async named(): Promise<void> {
		const work = this.pendingAction;
		this.pendingAction = null;
		if (work && auditTrail.named) await work();
	}

	cancelPending(): void {
		this.pendingAction = null;
	}

	/** j: the message is reviewed (with the tags it has now), and the next one comes up. */
	next(): Promise<void> {
		return this.act(async () => {
			const q = this.queue;
			const id = this.messageId;
			if (!q || id === null) return;
			const position = this.position;
			const previous = this.decisions.get(id) ?? null;
			const tags = [...this.currentTags];
			const { db } = await getConnectors();
			await decide(db, { queue_id: q.id, message_id: id, decision: 'reviewed', tags, reviewer: auditTrail.actor });
			await auditTrail.recordReview('review.decided', `message:${id}`, { queue_id: q.id, position: position + 1, decision: 'reviewed', tags });
			void persistence.save();
			this.push({ kind: 'decision', messageId: id, previous, position });
			await this.loadDecisions();
			await this.goTo(step(position, 1, this.ids.length));
		});
	}

	/** k */
	previous(): Promise<void> {
		return this.goTo(step(this.position, -1, this.ids.length));
	}

	goTo(position: number): Promise<void> {
		return this.load(position);
	}

	/** 1–9: the tag on or off the message under review. */
	toggle(tag: string): Promise<void> {
		return this.act(async () => {
			const id = this.messageId;
			const q = this.queue;
			if (id === null || !q) return;
			const on = this.currentTags.includes(tag);
			if (on) await untagMessages([id], tag, 'review', { queue_id: q.id });
			else await tagMessages([id], tag, 'review', { queue_id: q.id });
			this.push({ kind: 'tag', messageId: id, tag, added: !on });
			await this.refreshTags();
			await this.load();
		});
	}

	addNote(body: string): Promise<void> {
		return this.act(async () => {
			const id = this.messageId;
			if (id === null || body.trim() === '') return;
			await noteOnMessage(id, body.trim(), 'review');
			await this.load();
		});
	}

	editNote(noteId: number, body: string): Promise<void> {
		return this.act(async () => {
			if (body.trim() === '') return;
			await changeNote(noteId, body.trim());
			await this.load();
		});
	}

	deleteNote(noteId: number): Promise<void> {
		return this.act(async () => {
			await removeNote(noteId);
			await this.load();
		});
	}

	/** u: takes back the last tag change or decision made on this page. */
	undo(): Promise<void> {
		return this.act(async () => {
			const s = this.undoStack.pop();
			this.undoCount = this.undoStack.length;
			const q = this.queue;
			if (!s || !q) return;
			if (s.kind === 'tag') {
				if (s.added) await untagMessages([s.messageId], s.tag, 'review', { queue_id: q.id, undo: true });
				else await tagMessages([s.messageId], s.tag, 'review', { queue_id: q.id, undo: true });
				await this.refreshTags();
				const at = this.ids.indexOf(s.messageId);
				await this.load(at >= 0 ? at : this.position);
				return;
			} else {
				const { db } = await getConnectors();
				await restoreDecision(db, q.id, s.messageId, s.previous ? { queue_id: q.id, message_id: s.messageId, ...s.previous } : null);
				await auditTrail.recordReview('review.decided', `message:${s.messageId}`, {
					queue_id: q.id,
					position: s.position + 1,
					decision: s.previous ? s.previous.decision : 'undecided',
					tags: s.previous?.tags ?? [],
					undo: true
				});
				void persistence.save();
				await this.loadDecisions();
				await this.load(s.position);
			}
		});
	}

	/** Every queue of the workspace, for the page without a queue. */
	async queues(): Promise<QueueSummary[]> {
		return listQueues((await getConnectors()).db);
	}

	/** Tags, notes and decisions (of this queue's messages, or all) with provenance, through the one download door. */
	async exportReview(format: 'csv' | 'jsonl', scope: 'queue' | 'all'): Promise<void> {
		const { db } = await getConnectors();
		const queueId = scope === 'queue' ? (this.queue?.id ?? null) : null;
		const rows = await reviewRecords(db, queueId);
		const messages = await messageSourcesById(db, [...new Set(rows.map((r) => r.message_id))]);
		const { records } = reviewExportRecords(rows, messages, redaction);
		const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
		const base = queueId === null ? `review-${stamp}` : `review-queue-${queueId}-${stamp}`;
		const what = `review records (tags, notes, decisions)${queueId === null ? '' : ` of queue ${queueId}`}`;
		if (format === 'csv')
			await download(`${base}.csv`, reviewCsv(records), 'text/csv;charset=utf-8', { what, rows: records.length, redacted: redaction.enabled });
		else await download(`${base}.jsonl`, reviewJsonl(records), 'application/jsonl', { what, rows: records.length, redacted: redaction.enabled });
	}

	private push(s: UndoStep): void {
		this.undoStack = pushUndo(this.undoStack, s);
		this.undoCount = this.undoStack.length;
	}
}

export const reviewSession = new ReviewSession();
