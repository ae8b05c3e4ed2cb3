import { getConnectors } from '$lib/db';
import type { Connector } from '$lib/db/connector';
import type { GlobalFilter } from '$lib/analytics/filter';
import {
	activeAuthors, activity, dashboardSummary, filterOptions, hourWeekday, mediaKinds, messageLength, replyLatency,
	type ActiveAuthorRow, type ActivityRow, type Bucket, type Clock, type DashboardSummary, type FilterOptions,
	type HourWeekdayRow, type LengthBinRow, type MediaKindRow, type ReplyLatencyRow, type StackBy
} from '$lib/db/queries/dashboard';

export type ChartId = 'activity' | 'hours' | 'authors' | 'latency' | 'length' | 'media';

export const TOP_SERIES = 8;
export const TOP_AUTHORS = 20;
export const TOP_PAIRS = 20;
export const REPLY_WINDOWS = [
	{ seconds: 300, label: '5 minutes' }, { seconds: 3600, label: '1 hour' }, { seconds: 6 * 3600, label: '6 hours' }, { seconds: 86_400, label: '1 day' }
] as const;

/**
 * Data for the analytics page: the six dashboard queries under the global filter, each reloaded when the filter,
 * the workspace or its own options change. A newer load supersedes an older one still running.
 */
class Analytics {
	options = $state.raw<FilterOptions | null>(null);
	summary = $state.raw<DashboardSummary | null>(null);
	activity = $state.raw<ActivityRow[]>([]);
	hours = $state.raw<HourWeekdayRow[]>([]);
	authors = $state.raw<ActiveAuthorRow[]>([]);
	latency = $state.raw<ReplyLatencyRow[]>([]);
	length = $state.raw<LengthBinRow[]>([]);
	media = $state.raw<MediaKindRow[]>([]);
	/** Charts whose data is being fetched. */
	loading = $state.raw<Set<ChartId | 'all'>>(new Set());
	error = $state<string | null>(null);

	bucket = $state<Bucket>('week');
	stackBy = $state<StackBy>('conversation');
	clock = $state<Clock>('local');
	windowSeconds = $state<number>(3600);

	private generation = new Map<string, number>();

	/** Reloads the filter's choices and every chart. */
	async loadAll(filter: GlobalFilter): Promise<void> {
		await this.track('all', async (db) => {
			this.options = await filterOptions(db);
			this.summary = await dashboardSummary(db, filter);
		});
		await Promise.all([
			this.loadActivity(filter), this.loadHours(filter), this.loadAuthors(filter),
			this.loadLatency(filter), this.loadLength(filter), this.loadMedia(filter)
		]);
	}

	loadActivity(filter: GlobalFilter) {
		const opts = { bucket: this.bucket, stackBy: this.stackBy, top: TOP_SERIES };
		return this.track('activity', async (db) => (this.activity = await activity(db, filter, opts)));
	}
	loadHours(filter: GlobalFilter) {
		const clock = this.clock;
		return this.track('hours', async (db) => (this.hours = await hourWeekday(db, filter, clock)));
	}
	loadAuthors(filter: GlobalFilter) {
		return this.track('authors', async (db) => (this.authors = await activeAuthors(db, filter, TOP_AUTHORS)));
	}
	loadLatency(filter: GlobalFilter) {
		const opts = { windowSeconds: this.windowSeconds, top: TOP_PAIRS };
		return this.track('latency', async (db) => (this.latency = await replyLatency(db, filter, opts)));
	}
	loadLength(filter: GlobalFilter) {
		return this.track('length', async (db) => (this.length = await messageLength(db, filter)));
	}
	loadMedia(filter: GlobalFilter) {
		return this.track('media', async (db) => (this.media = await mediaKinds(db, filter)));
	}

	isLoading(id: ChartId): boolean {
		return this.loading.has(id) || this.loading.has('all');
	}

	/** Runs one chart's fetch; results of a fetch overtaken by a newer one for the same chart are dropped. */
	private async track(id: ChartId | 'all', fetch: (db: Connector) => Promise<unknown>): Promise<void> {
		const gen = (this.generation.get(id) ?? 0) + 1;
		this.generation.set(id, gen);
		this.loading = new Set([...this.loading, id]);
		try {
			const { db } = await getConnectors();
			const guarded = guard(db, () => this.generation.get(id) === gen);
			await fetch(guarded);
			if (this.generation.get(id) === gen) this.error = null;
		} catch (err) {
			if (err instanceof Superseded) return;
			if (this.generation.get(id) === gen) this.error = err instanceof Error ? err.message : String(err);
		} finally {
			if (this.generation.get(id) === gen) {
				const next = new Set(this.loading);
				next.delete(id);
				this.loading = next;
			}
		}
	}
}

class Superseded extends Error {}

/** A connector whose results are refused once `current()` turns false, so a stale fetch never assigns its rows. */
function guard(db: Connector, current: () => boolean): Connector {
	return {
		...db,
		query: async <T>(sql: string, params?: unknown[]) => {
			const rows = await db.query<T>(sql, params);
			if (!current()) throw new Superseded();
			return rows;
		}
	};
}

export const analytics = new Analytics();
