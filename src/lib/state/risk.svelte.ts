import { getConnectors } from '$lib/db';
import { LatestQuery } from './latest.svelte';
import { SvelteMap } from 'svelte/reactivity';
import {
	categoryCounts,
	conversationDays,
	heatmapRows,
	listHits,
	messageMarks,
	peopleRisk,
	type CategoryCount,
	type HitRow,
	type HitSelection,
	type MessageMark,
	type PersonRisk
} from '$lib/db/queries/risk';
import { buildHeatmap, type Heatmap, type HeatmapCell } from '$lib/risk/analysis/heatmap';
import { hitsCsv, hitsJsonl } from '$lib/risk/analysis/hits-csv';
import { detectBursts, type Burst } from '$lib/risk/bursts';
import type { RiskCategory } from '$lib/risk/types';
import { redaction } from './redaction.svelte';
import { rescanPolicies } from '$lib/pipeline/tasks/risk-scan';
import { persistence } from './persistence.svelte';
import { refreshSearchRisk } from './search.svelte';
import { workspace } from './workspace.svelte';

export const HIT_LIST_LIMIT = 500;
const CSV_LIMIT = 2_000_000;

export interface BurstView extends Burst {
	title: string;
}

export interface HitList {
	/** What was opened, in words ("Dana Whitfield, week of 2024-03-11"). */
	title: string;
	selection: HitSelection;
	hits: HitRow[];
	truncated: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** State of the risk page: where hits cluster, one opened list of hits, and the policy re-scan's progress. */
class RiskState {
	category = $state<RiskCategory | null>(null);
	loaded = $state(false);
	private readonly query = new LatestQuery();
	get loading(): boolean {
		return this.query.loading;
	}
	get error(): string | null {
		return this.query.error;
	}
	counts = $state.raw<CategoryCount[]>([]);
	heatmap = $state.raw<Heatmap>({ weeks: [], rows: [] });
	people = $state.raw<PersonRisk[]>([]);
	bursts = $state.raw<BurstView[]>([]);
	list = $state.raw<HitList | null>(null);
	listError = $state<string | null>(null);
	rescanning = $state<{ done: number; total: number } | null>(null);
	rescanError = $state<string | null>(null);
	/** Bumped when risk_hits changed outside an import (a policy re-scan). */
	hitsVersion = $state(0);
	private rescanAgain = false;

	get totalHits(): number {
		return this.counts.reduce((s, c) => s + c.hits, 0);
	}

	async load(): Promise<void> {
		const c = this.category;
		await this.query.run(
			async () => {
				const { db } = await getConnectors();
				return Promise.all([categoryCounts(db), heatmapRows(db, c), peopleRisk(db, c), conversationDays(db, c)]);
			},
			([counts, heat, people, days]) => {
				const titles = new Map(workspace.conversations.map((x) => [x.id, x.title]));
				for (const r of heat) titles.set(r.conversation_id, r.title);
				this.counts = counts;
				this.heatmap = buildHeatmap(heat);
				this.people = people;
				this.bursts = detectBursts(days.map((d) => ({ conversationId: d.conversation_id, day: d.day, messages: d.messages, hits: d.hits }))).map((b) => ({
					...b,
					title: titles.get(b.conversationId) ?? `conversation ${b.conversationId}`
				}));
				this.loaded = true;
			}
		);
	}

	setCategory(c: RiskCategory | null): void {
		this.category = c;
		this.list = null;
		void this.load();
	}

	async open(title: string, selection: HitSelection): Promise<void> {
		this.listError = null;
		this.list = { title, selection, hits: [], truncated: false };
		try {
			const { db } = await getConnectors();
			const hits = await listHits(db, selection, HIT_LIST_LIMIT);
			if (this.list?.selection === selection) this.list = { title, selection, hits, truncated: hits.length >= HIT_LIST_LIMIT };
		} catch (err) {
			this.listError = messageOf(err);
		}
	}

	openCell(conversationId: number, title: string, cell: HeatmapCell): Promise<void> {
		return this.open(`${title}, week of ${cell.week}`, { conversationId, from: cell.week, to: addDays(cell.week, 6), category: this.category });
	}

	openBurst(b: BurstView): Promise<void> {
		const when = b.start === b.end ? b.start : `${b.start} to ${b.end}`;
		return this.open(`Burst in ${b.title}, ${when}`, { conversationId: b.conversationId, from: b.start, to: b.end, category: this.category });
	}

	closeList(): void {
		this.list = null;
	}

	/** Every hit (of the chosen category) as CSV or JSON Lines, with provenance, archive content through the redaction switch. */
	async exportFile(format: 'csv' | 'jsonl'): Promise<{ text: string; rows: number; redacted: boolean }> {
		const { db } = await getConnectors();
		const hits = await listHits(db, { category: this.category }, CSV_LIMIT);
		return { text: format === 'csv' ? hitsCsv(hits, redaction) : hitsJsonl(hits, redaction), rows: hits.length, redacted: redaction.enabled };
	}

	/** After a policy changed: re-scan the workspace for policy hits; changes during a re-scan queue one more. */
	async rescan(): Promise<void> {
		if (this.rescanning) {
			this.rescanAgain = true;
			return;
		}
		this.rescanError = null;
		this.rescanning = { done: 0, total: 0 };
		try {
			do {
				this.rescanAgain = false;
				await rescanPolicies((done, total) => (this.rescanning = { done, total }));
			} while (this.rescanAgain);
			// Search filters on risk:, so its view of risk_hits follows a re-scan.
			await refreshSearchRisk();
		} catch (err) {
			this.rescanError = messageOf(err);
		} finally {
			this.rescanning = null;
			// The policies and their hits changed: keep them with the saved workspace.
			void persistence.save();
			this.hitsVersion++;
			this.list = null;
			await this.load();
		}
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const risk = new RiskState();

/**
 * Risk marks for the message view, looked up in batches as messages are shown. Entries remember the hits version
 * they were read at, so an import or a re-scan makes them stale without mutating state while a view renders.
 */
class RiskMarks {
	private marks = new SvelteMap<number, { version: string; marks: MessageMark[] }>();
	private pending = new Set<number>();
	private timer: ReturnType<typeof setTimeout> | null = null;

	private get version(): string {
		return `${workspace.version}:${risk.hitsVersion}`;
	}

	/** The message's hits per category; empty until looked up (the view updates when they arrive). */
	of(messageId: number): MessageMark[] {
		const entry = this.marks.get(messageId);
		if (entry && entry.version === this.version) return entry.marks;
		this.pending.add(messageId);
		this.timer ??= setTimeout(() => void this.flush(), 20);
		return entry?.marks ?? [];
	}

	private async flush(): Promise<void> {
		this.timer = null;
		const ids = [...this.pending].slice(0, 2000);
		for (const id of ids) this.pending.delete(id);
		if (this.pending.size > 0) this.timer = setTimeout(() => void this.flush(), 0);
		const version = this.version;
		try {
			const { db } = await getConnectors();
			const rows = await messageMarks(db, ids);
			const byId = new Map<number, MessageMark[]>(ids.map((id) => [id, []]));
			for (const r of rows) byId.get(r.message_id)?.push(r);
			for (const [id, marks] of byId) this.marks.set(id, { version, marks });
		} catch {
			// marks are a hint; the risk page reports failures
		}
	}
}

export const riskMarks = new RiskMarks();
