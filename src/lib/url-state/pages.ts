import { EMPTY_FILTER, filterFromParams, filterToParams, type GlobalFilter } from '$lib/analytics/filter';
import type { Bucket, Clock, StackBy } from '$lib/db/queries/dashboard';
import { DEFAULT_OPTIONS, EDGE_KINDS, type EdgeKind, type GraphOptions } from '$lib/graph/types';
import type { PathMode } from '$lib/graph/paths';
import { isRiskCategory, type RiskCategory } from '$lib/risk/types';
import { count, countList, day, decimal, instant, oneOf, text } from './params';

/**
 * Every page's view state and its URL form: `write` puts the state into query parameters (defaults left out, so a
 * plain view has a plain URL), `read` takes it back, each field falling back to its default when it is malformed.
 * read(write(s)) = s for every valid state (tests/unit/url-state).
 */

export interface SearchView {
	q: string;
	sort: 'rank' | 'time';
}

export interface SqlView {
	sql: string;
}

export interface AnalyticsView {
	filter: GlobalFilter;
	bucket: Bucket;
	stack: StackBy;
	clock: Clock;
	window: number;
}

export type GraphColor = 'community' | 'risk';
export type GraphSort = 'label' | 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'community' | 'riskRate';

export interface GraphView {
	options: GraphOptions;
	color: GraphColor;
	/** The selected person (the ego network's centre): 'i:<identity>' or 'p:<participant>'. */
	node: string | null;
	hops: 1 | 2;
	pathFrom: string | null;
	pathTo: string | null;
	pathMode: PathMode;
	sort: GraphSort;
	descending: boolean;
}

export interface RiskView {
	category: RiskCategory | null;
	/** The heatmap cell whose hits are listed: a conversation and the Monday its week starts. */
	cell: { conversation: number; week: string } | null;
}

export interface PeopleView {
	q: string;
	selected: number[];
	/** The person whose dialog is open. */
	open: number | null;
}

export interface ConversationView {
	conversation: number | null;
	message: number | null;
}

export interface ViewCodec<S> {
	path: string;
	defaults: () => S;
	write: (state: S, into?: URLSearchParams) => URLSearchParams;
	read: (params: URLSearchParams) => S;
}

const set = (p: URLSearchParams, key: string, value: string | null | undefined, fallback?: string) => {
	if (value !== null && value !== undefined && value !== fallback) p.set(key, value);
};

export const searchView: ViewCodec<SearchView> = {
	path: '/search',
	defaults: () => ({ q: '', sort: 'rank' }),
	write(s, p = new URLSearchParams()) {
		set(p, 'q', s.q, '');
		set(p, 'sort', s.sort, 'rank');
		return p;
	},
	read: (p) => ({ q: text(p.get('q'), 10_000) ?? '', sort: oneOf(p.get('sort'), ['rank', 'time'], 'rank') })
};

export const sqlView: ViewCodec<SqlView> = {
	path: '/sql',
	defaults: () => ({ sql: '' }),
	write(s, p = new URLSearchParams()) {
		set(p, 'sql', s.sql, '');
		return p;
	},
	read: (p) => ({ sql: text(p.get('sql')) ?? '' })
};

const BUCKETS: Bucket[] = ['day', 'week', 'month'];
const STACKS: StackBy[] = ['none', 'conversation', 'author'];
export const REPLY_WINDOW_SECONDS = [300, 3600, 21_600, 86_400] as const;
const ANALYTICS_DEFAULTS: Omit<AnalyticsView, 'filter'> = { bucket: 'week', stack: 'conversation', clock: 'local', window: 3600 };

export const analyticsView: ViewCodec<AnalyticsView> = {
	path: '/analytics',
	defaults: () => ({ filter: { ...EMPTY_FILTER }, ...ANALYTICS_DEFAULTS }),
	write(s, p = new URLSearchParams()) {
		filterToParams(s.filter, p);
		set(p, 'bucket', s.bucket, ANALYTICS_DEFAULTS.bucket);
		set(p, 'stack', s.stack, ANALYTICS_DEFAULTS.stack);
		set(p, 'clock', s.clock, ANALYTICS_DEFAULTS.clock);
		set(p, 'window', String(s.window), String(ANALYTICS_DEFAULTS.window));
		return p;
	},
	read(p) {
		const window = count(p.get('window'));
		const filter = filterFromParams(p);
		if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
		return {
			filter,
			bucket: oneOf(p.get('bucket'), BUCKETS, ANALYTICS_DEFAULTS.bucket),
			stack: oneOf(p.get('stack'), STACKS, ANALYTICS_DEFAULTS.stack),
			clock: oneOf(p.get('clock'), ['local', 'utc'], ANALYTICS_DEFAULTS.clock),
			window: window !== null && (REPLY_WINDOW_SECONDS as readonly number[]).includes(window) ? window : ANALYTICS_DEFAULTS.window
		};
	}
};

const NODE = /^[ip]:(0|[1-9]\d{0,15})$/;
const node = (raw: string | null) => (raw !== null && NODE.test(raw) ? raw : null);
const GRAPH_SORTS: GraphSort[] = ['label', 'degree', 'weightedDegree', 'betweenness', 'pagerank', 'community', 'riskRate'];
const MAX_MULTIPLIER = 1000;

function graphDefaults(): GraphView {
	const o = DEFAULT_OPTIONS;
	return {
		options: { ...o, kinds: { ...o.kinds }, multipliers: { ...o.multipliers } },
		color: 'community',
		node: null,
		hops: 1,
		pathFrom: null,
		pathTo: null,
		pathMode: 'strongest',
		sort: 'weightedDegree',
		descending: true
	};
}

export const graphView: ViewCodec<GraphView> = {
	path: '/graph',
	defaults: graphDefaults,
	write(s, p = new URLSearchParams()) {
		const d = graphDefaults();
		const kinds = EDGE_KINDS.filter((k) => s.options.kinds[k]).join(',');
		set(p, 'kinds', kinds === '' ? 'none' : kinds, EDGE_KINDS.join(','));
		for (const k of EDGE_KINDS) set(p, `w_${k}`, String(s.options.multipliers[k]), String(d.options.multipliers[k]));
		set(p, 'reply', s.options.replyWindowMinutes === null ? null : String(s.options.replyWindowMinutes));
		set(p, 'from', s.options.from);
		set(p, 'to', s.options.to);
		set(p, 'color', s.color, d.color);
		set(p, 'node', s.node);
		set(p, 'hops', String(s.hops), '1');
		set(p, 'path_from', s.pathFrom);
		set(p, 'path_to', s.pathTo);
		set(p, 'path', s.pathMode, d.pathMode);
		set(p, 'sort', s.sort, d.sort);
		set(p, 'dir', s.descending ? 'desc' : 'asc', s.sort === 'label' ? 'asc' : 'desc');
		return p;
	},
	read(p) {
		const d = graphDefaults();
		const rawKinds = p.get('kinds');
		const listed = rawKinds === 'none' ? [] : (rawKinds ?? '').split(',');
		const kindsOk = rawKinds === 'none' || (rawKinds !== null && listed.every((k) => (EDGE_KINDS as readonly string[]).includes(k)));
		const kinds = kindsOk ? (Object.fromEntries(EDGE_KINDS.map((k) => [k, listed.includes(k)])) as Record<EdgeKind, boolean>) : d.options.kinds;
		const multipliers = Object.fromEntries(EDGE_KINDS.map((k) => [k, decimal(p.get(`w_${k}`), 0, MAX_MULTIPLIER) ?? d.options.multipliers[k]])) as Record<
			EdgeKind,
			number
		>;
		const reply = count(p.get('reply'));
		let from = instant(p.get('from'));
		let to = instant(p.get('to'));
		if (from && to && from > to) [from, to] = [to, from];
		const sort = oneOf(p.get('sort'), GRAPH_SORTS, d.sort);
		const dir = p.get('dir');
		return {
			options: { kinds, multipliers, replyWindowMinutes: reply !== null && reply > 0 && reply <= 10_080 ? reply : null, from, to },
			color: oneOf(p.get('color'), ['community', 'risk'], d.color),
			node: node(p.get('node')),
			hops: p.get('hops') === '2' ? 2 : 1,
			pathFrom: node(p.get('path_from')),
			pathTo: node(p.get('path_to')),
			pathMode: oneOf(p.get('path'), ['strongest', 'fewest-hops'], d.pathMode),
			sort,
			descending: dir === 'desc' ? true : dir === 'asc' ? false : sort !== 'label'
		};
	}
};

export const riskView: ViewCodec<RiskView> = {
	path: '/risk',
	defaults: () => ({ category: null, cell: null }),
	write(s, p = new URLSearchParams()) {
		set(p, 'cat', s.category);
		set(p, 'cell', s.cell ? `${s.cell.conversation}:${s.cell.week}` : null);
		return p;
	},
	read(p) {
		const cat = p.get('cat');
		const [conv, week, extra] = (p.get('cell') ?? '').split(':');
		const conversation = count(conv ?? null);
		const monday = day(week ?? null);
		const isMonday = monday !== null && new Date(`${monday}T00:00:00Z`).getUTCDay() === 1;
		return {
			category: cat !== null && isRiskCategory(cat) ? cat : null,
			cell: conversation !== null && isMonday && extra === undefined ? { conversation, week: monday } : null
		};
	}
};

export const peopleView: ViewCodec<PeopleView> = {
	path: '/people',
	defaults: () => ({ q: '', selected: [], open: null }),
	write(s, p = new URLSearchParams()) {
		set(p, 'q', s.q, '');
		set(p, 'sel', s.selected.length > 0 ? s.selected.join(',') : null);
		set(p, 'open', s.open === null ? null : String(s.open));
		return p;
	},
	read: (p) => ({ q: text(p.get('q'), 1000) ?? '', selected: countList(p.get('sel')), open: count(p.get('open')) })
};

export const conversationView: ViewCodec<ConversationView> = {
	path: '/',
	defaults: () => ({ conversation: null, message: null }),
	write(s, p = new URLSearchParams()) {
		set(p, 'c', s.conversation === null ? null : String(s.conversation));
		if (s.conversation !== null) set(p, 'm', s.message === null ? null : String(s.message));
		return p;
	},
	read(p) {
		const conversation = count(p.get('c'));
		return { conversation, message: conversation === null ? null : count(p.get('m')) };
	}
};

export const VIEWS = {
	search: searchView,
	sql: sqlView,
	analytics: analyticsView,
	graph: graphView,
	risk: riskView,
	people: peopleView,
	conversation: conversationView
} as const;

export type ViewName = keyof typeof VIEWS;
export type ViewState<N extends ViewName> = ReturnType<(typeof VIEWS)[N]['read']>;
