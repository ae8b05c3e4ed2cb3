import { globalFilter } from '$lib/state/global-filter.svelte';
import { analytics } from '$lib/state/analytics.svelte';
import { graphState } from '$lib/state/graph.svelte';
import { people } from '$lib/state/people.svelte';
import { risk } from '$lib/state/risk.svelte';
import { search } from '$lib/state/search.svelte';
import { sqlConsole } from '$lib/state/sql-console.svelte';
import type { SaveRequest } from '$lib/saved/saved.svelte';
import { viewHref, type ViewName } from './index';
import type { ViewBinding } from './sync.svelte';

/** Each page's state classes as URL state: what the page's URL carries, and how a URL's state is put back. */

const addDays = (day: string, n: number) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
};

export const sqlBinding: ViewBinding<'sql'> = {
	current: () => ({ sql: sqlConsole.text }),
	apply: (s) => {
		// A link loads its statement into the editor; it runs when the user runs it.
		if (s.sql !== '') sqlConsole.load(s.sql);
	}
};

export const analyticsBinding: ViewBinding<'analytics'> = {
	current: () => ({ filter: globalFilter.value, bucket: analytics.bucket, stack: analytics.stackBy, clock: analytics.clock, window: analytics.windowSeconds }),
	apply: (s) => {
		analytics.bucket = s.bucket;
		analytics.stackBy = s.stack;
		analytics.clock = s.clock;
		analytics.windowSeconds = s.window;
		globalFilter.clear();
		globalFilter.set(s.filter);
		void analytics.loadAll(globalFilter.value);
	}
};

export const graphBinding: ViewBinding<'graph'> = {
	current: () => {
		const o = graphState.options;
		return {
			options: { kinds: { ...o.kinds }, multipliers: { ...o.multipliers }, replyWindowMinutes: o.replyWindowMinutes, from: o.from, to: o.to },
			color: graphState.colorMode,
			node: graphState.egoCenter,
			hops: graphState.egoHops,
			pathFrom: graphState.pathFrom,
			pathTo: graphState.pathTo,
			pathMode: graphState.pathMode,
			sort: graphState.sortKey,
			descending: graphState.sortDescending
		};
	},
	apply: async (s) => {
		graphState.options = { ...s.options, kinds: { ...s.options.kinds }, multipliers: { ...s.options.multipliers } };
		graphState.colorMode = s.color;
		graphState.egoHops = s.hops;
		graphState.pathMode = s.pathMode;
		graphState.sortKey = s.sort;
		graphState.sortDescending = s.descending;
		await graphState.load();
		// People missing from this workspace's graph are not selected.
		const has = (key: string | null) => (key !== null && graphState.graph?.hasNode(key) ? key : null);
		graphState.egoCenter = has(s.node);
		graphState.pathFrom = has(s.pathFrom);
		graphState.pathTo = has(s.pathTo);
	}
};

export const riskBinding: ViewBinding<'risk'> = {
	current: () => {
		const sel = risk.list?.selection;
		const isCell =
			sel?.conversationId !== undefined && sel.from !== undefined && sel.to === addDays(sel.from, 6) && new Date(`${sel.from}T00:00:00Z`).getUTCDay() === 1;
		return { category: risk.category, cell: isCell ? { conversation: sel!.conversationId!, week: sel!.from! } : null };
	},
	apply: async (s) => {
		risk.category = s.category;
		risk.list = null;
		await risk.load();
		if (!s.cell) return;
		const row = risk.heatmap.rows.find((r) => r.conversationId === s.cell!.conversation);
		const cell = row?.cells.find((c) => c.week === s.cell!.week);
		if (row && cell) await risk.openCell(row.conversationId, row.title, cell);
	}
};

export const peopleBinding: ViewBinding<'people'> = {
	current: () => ({ q: people.query, selected: people.selected, open: people.open?.id ?? null }),
	apply: async (s) => {
		people.query = s.q;
		await people.load();
		const ids = new Set(people.people.map((p) => p.id));
		people.selected = s.selected.filter((id) => ids.has(id));
		if (s.open !== null && ids.has(s.open)) await people.openPerson(s.open);
	}
};

/** What "Save…" keeps on each page. */
export function saveRequestOf(name: Exclude<ViewName, 'conversation'>): SaveRequest {
	switch (name) {
		case 'search':
			return { kind: 'search', search: search.query, view: viewHref('search', { q: search.query, sort: search.sort }) };
		case 'sql':
			return { kind: 'sql', sql: sqlConsole.text, view: viewHref('sql', sqlBinding.current()) };
		case 'analytics':
			return { kind: 'view', view: viewHref('analytics', analyticsBinding.current()) };
		case 'graph':
			return { kind: 'view', view: viewHref('graph', graphBinding.current()) };
		case 'risk':
			return { kind: 'view', view: viewHref('risk', riskBinding.current()) };
		case 'people':
			return { kind: 'view', view: viewHref('people', peopleBinding.current()) };
	}
}
