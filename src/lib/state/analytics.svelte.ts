import { getConnectors } from '$lib/db';
import { LatestQuery } from './latest.svelte';
import type { Connector } from '$lib/db/connector';
import type { GlobalFilter } from '$lib/analytics/filter';
import {
	activeAuthors,
	activity,
	dashboardSummary,
	filterOptions,
	hourWeekday,
	mediaKinds,
	messageLength,
	replyLatency,
	type ActiveAuthorRow,
	type ActivityRow,
	type Bucket,
	type Clock,
	type DashboardSummary,
	type FilterOptions,
	type HourWeekdayRow,
	type LengthBinRow,
	type MediaKindRow,
	type ReplyLatencyRow,
	type StackBy
} from '$lib/db/queries/dashboard';
import { forgetDashboardFacts } from '$lib/db/queries/dashboard-facts';

export type ChartId = 'activity' | 'hours' | 'authors' | 'latency' | 'length' | 'media';

export const TOP_SERIES = 8;
export const TOP_AUTHORS = 20;
export const TOP_PAIRS = 20;
export const REPLY_WINDOWS = [
	{ seconds: 300, label: '5 minutes' },
	{ seconds: 3600, label: '1 hour' },
	{ seconds: 6 * 3600, label: '6 hours' },
	{ seconds: 86_400, label: '1 day' }
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
	/** One query per chart (and one for the filter's choices): a newer fetch for a chart drops the older one's rows. */
	private readonly queries = new Map<ChartId | 'all', LatestQuery>(
		(['all', 'activity', 'hours', 'authors', 'latency', 'length', 'media'] as const).map((id) => [id, new LatestQuery()])
	);
	/** The failure of a chart's latest fetch, if any. */
	get error(): string | null {
		for (const q of this.queries.values()) if (q.error) return q.error;
		return null;
	}

	bucket = $state<Bucket>('week');
	stackBy = $state<StackBy>('conversation');
	clock = $state<Clock>('local');
	windowSeconds = $state<number>(3600);

	/** The workspace version the filter's choices (and the dashboard's facts table) were last loaded for. */
	private loadedVersion: number | null = null;

	/**
	 * Reloads the summary and every chart; the filter's choices only when the workspace changed (they do not depend on
	 * the filter). All queries go to one connection in this order: those over `messages` first, then those over the
	 * dashboard's facts table, which the first of them rebuilds after the workspace changed.
	 */
	async loadAll(filter: GlobalFilter, workspaceVersion = this.loadedVersion ?? 0): Promise<void> {
		const changed = workspaceVersion !== this.loadedVersion;
		this.loadedVersion = workspaceVersion;
		await Promise.all([
			this.track(
				'all',
				async (db) => {
					if (changed) forgetDashboardFacts(db);
					return [changed || !this.options ? await filterOptions(db) : this.options, await dashboardSummary(db, filter)] as const;
				},
				([options, summary]) => {
					this.options = options;
					this.summary = summary;
				}
			),
			this.loadActivity(filter),
			this.loadAuthors(filter),
			this.loadMedia(filter),
			this.loadHours(filter),
			this.loadLength(filter),
			this.loadLatency(filter)
		]);
	}

	loadActivity(filter: GlobalFilter) {
		const opts = { bucket: this.bucket, stackBy: this.stackBy, top: TOP_SERIES };
		return this.track(
			'activity',
			(db) => activity(db, filter, opts),
			(rows) => (this.activity = rows)
		);
	}
	loadHours(filter: GlobalFilter) {
		const clock = this.clock;
		return this.track(
			'hours',
			(db) => hourWeekday(db, filter, clock),
			(rows) => (this.hours = rows)
		);
	}
	loadAuthors(filter: GlobalFilter) {
		return this.track(
			'authors',
			(db) => activeAuthors(db, filter, TOP_AUTHORS),
			(rows) => (this.authors = rows)
		);
	}
	loadLatency(filter: GlobalFilter) {
		const opts = { windowSeconds: this.windowSeconds, top: TOP_PAIRS };
		return this.track(
			'latency',
			(db) => replyLatency(db, filter, opts),
			(rows) => (this.latency = rows)
		);
	}
	loadLength(filter: GlobalFilter) {
		return this.track(
			'length',
			(db) => messageLength(db, filter),
			(rows) => (this.length = rows)
		);
	}
	loadMedia(filter: GlobalFilter) {
		return this.track(
			'media',
			(db) => mediaKinds(db, filter),
			(rows) => (this.media = rows)
		);
	}

	isLoading(id: ChartId): boolean {
		return this.queries.get(id)!.loading || this.queries.get('all')!.loading;
	}

	/** Runs one chart's fetch; the rows of a fetch overtaken by a newer one for the same chart are dropped. */
	private async track<T>(id: ChartId | 'all', fetch: (db: Connector) => Promise<T>, apply: (rows: T) => void): Promise<void> {
		await this.queries.get(id)!.run(async () => fetch((await getConnectors()).db), apply);
	}
}

export const analytics = new Analytics();
