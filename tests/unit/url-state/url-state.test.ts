import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '$lib/analytics/filter';
import { DEFAULT_OPTIONS } from '$lib/graph/types';
import {
	VIEWS,
	messageHref,
	parseViewHref,
	reviewHref,
	searchQueryString,
	selectedConversationId,
	selectedMessageId,
	viewHref,
	viewStateOf,
	type ViewName,
	type ViewState
} from '$lib/url-state';

const graphDefaults = () => VIEWS.graph.defaults();
const roundTrip = <N extends ViewName>(name: N, state: ViewState<N>) => viewStateOf(name, new URL(viewHref(name, state), 'http://127.0.0.1:4173'));

type Case = [string, ViewName, unknown];
const CASES: Case[] = [
	['search: defaults', 'search', { q: '', sort: 'rank' }],
	[
		'search: a query with filters, quotes and CJK, by time',
		'search',
		{ q: '"bill of lading" from:dana in:"Ops Team" -accepted 发票 after:2024-01-01 has:link', sort: 'time' }
	],
	['search: characters URLs treat specially', 'search', { q: 'a&b=c?d#e%20+f/g', sort: 'rank' }],
	['sql: defaults', 'sql', { sql: '' }],
	[
		'sql: a multi-line statement with quotes, comments and unicode',
		'sql',
		{ sql: "SELECT author, count(*) AS n -- top\nFROM messages\nWHERE text LIKE '%Übergabe%' AND text <> '#&?'\nGROUP BY 1 ORDER BY n DESC" }
	],
	['analytics: defaults', 'analytics', VIEWS.analytics.defaults()],
	[
		'analytics: filter and every chart option',
		'analytics',
		{
			filter: { from: '2024-01-08', to: '2024-03-31', conversations: [3, 1], participants: [7], people: [2], platforms: ['whatsapp', 'slack'] },
			bucket: 'month',
			stack: 'author',
			clock: 'utc',
			window: 86_400
		}
	],
	['graph: defaults', 'graph', graphDefaults()],
	[
		'graph: every setting changed',
		'graph',
		{
			options: {
				kinds: { direct: true, reply: false, mention: true, group: false },
				multipliers: { direct: 2, reply: 0.5, mention: 0, group: 12.25 },
				replyWindowMinutes: 30,
				from: '2024-01-01T00:00:00Z',
				to: '2024-02-01T00:00:00Z'
			},
			color: 'risk',
			node: 'i:4',
			hops: 2,
			pathFrom: 'p:12',
			pathTo: 'i:4',
			pathMode: 'fewest-hops',
			sort: 'label',
			descending: true
		}
	],
	[
		'graph: no kind of contact at all',
		'graph',
		{ ...graphDefaults(), options: { ...graphDefaults().options, kinds: { direct: false, reply: false, mention: false, group: false } } }
	],
	['graph: label sorted ascending (its default direction)', 'graph', { ...graphDefaults(), sort: 'label', descending: false }],
	['risk: defaults', 'risk', { category: null, cell: null }],
	['risk: a category and a cell', 'risk', { category: 'pii.email', cell: { conversation: 12, week: '2024-01-08' } }],
	['risk: a custom category', 'risk', { category: 'custom.kyc_checks', cell: null }],
	['people: defaults', 'people', { q: '', selected: [], open: null }],
	['people: a query, a selection and an open person', 'people', { q: 'dana +49', selected: [4, 2, 9], open: 2 }],
	['conversation: defaults', 'conversation', { conversation: null, message: null }],
	['conversation: at a message', 'conversation', { conversation: 3, message: 1042 }],
	['conversation: without a message', 'conversation', { conversation: 3, message: null }]
];

describe("every page's state survives state → URL → state", () => {
	it.each(CASES)('%s', (_name, view, state) => {
		expect(roundTrip(view, state as never)).toEqual(state);
	});

	it('leaves defaults out of the URL, so a plain view has a plain link', () => {
		for (const name of Object.keys(VIEWS) as ViewName[]) expect(viewHref(name, VIEWS[name].defaults() as never)).toBe(VIEWS[name].path);
	});

	it('every href it builds is accepted by parseViewHref unchanged', () => {
		for (const [, view, state] of CASES) {
			const href = viewHref(view, state as never);
			expect(parseViewHref(href)).toEqual({ name: view, href });
		}
	});
});

const at = (name: ViewName, query: string) => viewStateOf(name, new URLSearchParams(query));

describe('hostile or garbled parameters fall back to defaults', () => {
	const HOSTILE: [string, ViewName, string, unknown][] = [
		['search: unknown sort', 'search', 'q=x&sort=random', { q: 'x', sort: 'rank' }],
		['search: a NUL in the query', 'search', 'q=a%00b', { q: '', sort: 'rank' }],
		['search: an oversized query', 'search', `q=${'a'.repeat(10_001)}`, { q: '', sort: 'rank' }],
		['sql: a NUL in the statement', 'sql', 'sql=SELECT%201%00', { sql: '' }],
		[
			'analytics: bad days, ids and options',
			'analytics',
			'from=2024-02-30&to=yesterday&conv=1,x&part=-3&platform=what%20sapp&bucket=year&stack=1&clock=mars&window=7',
			{
				filter: { ...EMPTY_FILTER, conversations: [1] },
				bucket: 'week',
				stack: 'conversation',
				clock: 'local',
				window: 3600
			}
		],
		[
			'analytics: a reversed range is put in order',
			'analytics',
			'from=2024-03-01&to=2024-01-01',
			{
				filter: { ...EMPTY_FILTER, from: '2024-01-01', to: '2024-03-01' },
				bucket: 'week',
				stack: 'conversation',
				clock: 'local',
				window: 3600
			}
		],
		[
			'graph: unknown kinds, huge or negative weights, bad nodes and times',
			'graph',
			'kinds=direct,shell&w_direct=1e9&w_reply=-1&w_group=NaN&reply=-5&from=2024-13-01T00:00:00Z&to=now&color=red&node=%3Cimg%3E&hops=9&path_from=x:1&path=any&sort=__proto__&dir=up',
			{ ...graphDefaults(), options: { ...DEFAULT_OPTIONS, kinds: { ...DEFAULT_OPTIONS.kinds }, multipliers: { ...DEFAULT_OPTIONS.multipliers } } }
		],
		['risk: unknown category, a cell that is not a Monday, extra parts', 'risk', 'cat=javascript:alert(1)&cell=3:2024-01-09', { category: null, cell: null }],
		['risk: a cell with an extra part', 'risk', 'cat=pii.email&cell=3:2024-01-08:x', { category: 'pii.email', cell: null }],
		['people: a selection with garbage is dropped whole, a negative open id', 'people', 'sel=1,2,three&open=-1', { q: '', selected: [], open: null }],
		['conversation: leading zeros, exponents and signs', 'conversation', 'c=1e3&m=-1', { conversation: null, message: null }],
		['conversation: a message without its conversation', 'conversation', 'm=5', { conversation: null, message: null }],
		['conversation: beyond safe integers', 'conversation', 'c=99999999999999999', { conversation: null, message: null }]
	];
	it.each(HOSTILE)('%s', (_name, view, query, expected) => {
		expect(at(view, query)).toEqual(expected);
	});
});

describe('parseViewHref', () => {
	it.each([
		['https://evil.example/search?q=x'],
		['//evil.example/search'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['/search/../../etc'],
		['/admin?q=1'],
		['search?q=x'],
		['']
	])('refuses %s', (href) => {
		expect(parseViewHref(href)).toBeNull();
	});

	it('rebuilds a view href from what it read, dropping what no page knows', () => {
		expect(parseViewHref('/search?q=dana&sort=bogus&x=<script>')).toEqual({ name: 'search', href: '/search?q=dana' });
		expect(parseViewHref('/graph?color=risk&node=i:3')).toEqual({ name: 'graph', href: '/graph?color=risk&node=i%3A3' });
	});
});

describe('the older helpers read and write the same parameters', () => {
	it('conversation and message links', () => {
		const url = new URL(`http://127.0.0.1/${messageHref(3, 1042)}`);
		expect([selectedConversationId(url), selectedMessageId(url)]).toEqual([3, 1042]);
		expect(searchQueryString('', 'rank')).toBe('');
		expect(searchQueryString('a b', 'time')).toBe('?q=a+b&sort=time');
	});
});

describe("reviewHref (the review queue's door)", () => {
	it.each([
		[3, null, '/review?saved=3'],
		[3, { size: '25', seed: 'a1b2' }, '/review?saved=3&sample=25&seed=a1b2'],
		[3, { size: '10%', seed: 'x' }, '/review?saved=3&sample=10%25&seed=x'],
		[3, { size: '0', seed: 'x' }, '/review?saved=3'],
		[3, { size: '150%', seed: 'x' }, '/review?saved=3'],
		[3, { size: '10', seed: 'a b' }, '/review?saved=3']
	])('%i %o → %s', (id, sample, href) => {
		expect(reviewHref(id, sample)).toBe(href);
	});
});
