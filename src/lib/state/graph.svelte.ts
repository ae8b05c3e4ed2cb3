import { getConnectors } from '$lib/db';
import { edgeMessages, graphTimeBounds, loadGraphRows, sharedGroups, type GroupRow, type TimeBoundsRow } from '$lib/db/queries/graph';
import { buildGraph, explainWeight } from '$lib/graph/build';
import { riskRate } from '$lib/graph/colors';
import { toDisplayGraph, type DisplayGraph } from '$lib/graph/display';
import { edgeMessageList, type EdgeMessage } from '$lib/graph/edge-messages';
import { toCsvEdgeList, toGexf, toGraphML } from '$lib/graph/export';
import { generatePairRows } from '$lib/graph/generate';
import { toGraphology, type ContactGraph } from '$lib/graph/graphology';
import { initialPositions, type LayoutInput } from '$lib/graph/layout';
import type { LayoutClient } from '$lib/graph/layout-client';
import { computeMetrics, type MetricsResult } from '$lib/graph/metrics';
import { egoNetwork, pathEdges, shortestPath, type PathMode } from '$lib/graph/paths';
import { DEFAULT_OPTIONS, type EdgeKind, type GraphData, type GraphEdge, type GraphOptions } from '$lib/graph/types';
import { shownFields } from '$lib/redact/fields';
import { LatestQuery } from './latest.svelte';
import { redaction } from './redaction.svelte';

export type ColorMode = 'community' | 'risk';
export type GraphSource = 'workspace' | 'synthetic';
export type CentralityKey = 'label' | 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'community' | 'riskRate';

export interface CentralityRow {
	key: string;
	label: string;
	degree: number;
	weightedDegree: number;
	betweenness: number;
	pagerank: number;
	community: number;
	messages: number;
	riskHits: number;
	riskRate: number | null;
}

export interface EdgeView {
	edge: GraphEdge;
	status: 'loading' | 'ready' | 'error';
	messages: EdgeMessage[];
	groups: GroupRow[];
	error: string | null;
}

export interface LayoutState {
	running: boolean;
	done: number;
	total: number;
	stopped: boolean;
	error: string | null;
}

/** Above this many edges the layout reports counts only and the drawing moves once, at the end (each redraw is costly). */
export const BIG_GRAPH_EDGES = 5000;

/** The developer toggle's network: 5,000 people, ~50,000 edges. */
export const SYNTHETIC_PEOPLE = 5000;
const SYNTHETIC_CONTACTS = 20;

function copyOptions(o: GraphOptions): GraphOptions {
	return { ...o, kinds: { ...o.kinds }, multipliers: { ...o.multipliers } };
}

/** State of the /graph page: the options, the built graph and its metrics, the layout run, and what is selected. */
class GraphState {
	options = $state<GraphOptions>(copyOptions(DEFAULT_OPTIONS));
	source = $state<GraphSource>('workspace');
	private readonly query = new LatestQuery();
	private readonly edgeQuery = new LatestQuery();
	private readonly layoutQuery = new LatestQuery();
	/** Building (a newer build replaces one under way), failed, built, or not asked yet. */
	get status(): 'idle' | 'loading' | 'ready' | 'error' {
		return this.query.loading ? 'loading' : this.query.error !== null ? 'error' : this.data ? 'ready' : 'idle';
	}
	get error(): string | null {
		return this.query.error;
	}
	data = $state.raw<GraphData | null>(null);
	graph = $state.raw<ContactGraph | null>(null);
	metrics = $state.raw<MetricsResult | null>(null);
	display = $state.raw<DisplayGraph | null>(null);
	bounds = $state.raw<TimeBoundsRow>({ first: null, last: null });
	/** Latest layout positions, in data.nodes order. */
	frame = $state.raw<{ x: Float32Array; y: Float32Array } | null>(null);
	layout = $state<LayoutState>({ running: false, done: 0, total: 0, stopped: false, error: null });
	colorMode = $state<ColorMode>('community');
	edgeView = $state.raw<EdgeView | null>(null);
	egoCenter = $state<string | null>(null);
	egoHops = $state<1 | 2>(1);
	pathFrom = $state<string | null>(null);
	pathTo = $state<string | null>(null);
	pathMode = $state<PathMode>('strongest');
	sortKey = $state<CentralityKey>('weightedDegree');
	sortDescending = $state(true);

	private layoutClient: LayoutClient | null = null;

	weightExplanation = $derived(explainWeight(this.options));

	ego = $derived(this.graph && this.egoCenter ? egoNetwork(this.graph, this.egoCenter, this.egoHops) : null);

	path = $derived.by(() => {
		if (!this.graph || !this.pathFrom || !this.pathTo) return null;
		const people = shortestPath(this.graph, this.pathFrom, this.pathTo, this.pathMode);
		return { people, edges: people ? pathEdges(this.graph, people) : [] };
	});

	/** The graph as shown and exported: labels through the redaction switch (keys, counts and computations use `data`). */
	shownData = $derived(this.data ? { ...this.data, nodes: shownFields(this.data.nodes, ['label'], redaction) } : null);

	labels = $derived(new Map((this.shownData?.nodes ?? []).map((n) => [n.key, n.label])));

	centrality = $derived.by((): CentralityRow[] => {
		if (!this.shownData || !this.metrics) return [];
		const rows = this.shownData.nodes.map((n) => {
			const m = this.metrics!.byNode.get(n.key)!;
			return { key: n.key, label: n.label, ...m, messages: n.messages, riskHits: n.riskHits, riskRate: riskRate(n.riskHits, n.messages) };
		});
		const k = this.sortKey;
		const dir = this.sortDescending ? -1 : 1;
		return rows.sort((a, b) => {
			const x = a[k] ?? -1;
			const y = b[k] ?? -1;
			const c = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
			return c * dir || a.label.localeCompare(b.label);
		});
	});

	/** The heaviest edges, or all edges of the ego network's centre when one is chosen. */
	edgeRows = $derived.by((): GraphEdge[] => {
		if (!this.data) return [];
		const c = this.egoCenter;
		const edges = c ? this.data.edges.filter((e) => e.source === c || e.target === c) : this.data.edges;
		return [...edges].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
	});

	setSort(key: CentralityKey): void {
		if (this.sortKey === key) this.sortDescending = !this.sortDescending;
		else {
			this.sortKey = key;
			this.sortDescending = key !== 'label';
		}
	}

	setKind(kind: EdgeKind, on: boolean): void {
		this.options.kinds[kind] = on;
		void this.load();
	}

	setMultiplier(kind: EdgeKind, value: number): void {
		if (!Number.isFinite(value) || value < 0) return;
		this.options.multipliers[kind] = value;
		void this.load();
	}

	setReplyWindow(minutes: number | null): void {
		this.options.replyWindowMinutes = minutes;
		void this.load();
	}

	setWindow(from: string | null, to: string | null): void {
		this.options.from = from;
		this.options.to = to;
		void this.load();
	}

	setSource(source: GraphSource): void {
		this.source = source;
		this.edgeView = null;
		this.egoCenter = this.pathFrom = this.pathTo = null;
		void this.load();
	}

	/** Queries (or generates) the rows, builds the graph and its metrics, then starts the layout. A newer call wins. */
	async load(): Promise<void> {
		const opts = copyOptions(this.options);
		const source = this.source;
		await this.query.run(
			async () => {
				let rows;
				let bounds: TimeBoundsRow | null = null;
				if (source === 'synthetic') rows = generatePairRows(SYNTHETIC_PEOPLE, SYNTHETIC_CONTACTS, 7);
				else {
					const { db } = await getConnectors();
					bounds = await graphTimeBounds(db);
					rows = await loadGraphRows(db, opts);
				}
				const data = buildGraph(rows.persons, rows.pairs, opts);
				const graph = toGraphology(data);
				return { bounds, data, graph, metrics: computeMetrics(graph) };
			},
			({ bounds, data, graph, metrics }) => {
				if (bounds) this.bounds = bounds;
				const start = this.startPositions(data);
				this.data = data;
				this.graph = graph;
				this.metrics = metrics;
				this.display = toDisplayGraph({ ...data, nodes: shownFields(data.nodes, ['label'], redaction) }, metrics, start.x, start.y);
				this.frame = start;
				this.forgetMissing(graph);
				void this.refreshEdgeView();
				this.runLayout();
			}
		);
	}

	/** Known people keep their place when the graph is rebuilt (a new window, a kind switched); new ones start on the circle. */
	private startPositions(data: GraphData): { x: Float32Array; y: Float32Array } {
		const start = initialPositions(data.nodes.length, 1);
		if (this.data && this.frame) {
			const old = new Map(this.data.nodes.map((n, i) => [n.key, i]));
			data.nodes.forEach((n, i) => {
				const j = old.get(n.key);
				if (j !== undefined && j < this.frame!.x.length) {
					start.x[i] = this.frame!.x[j];
					start.y[i] = this.frame!.y[j];
				}
			});
		}
		return start;
	}

	private forgetMissing(graph: ContactGraph): void {
		if (this.egoCenter && !graph.hasNode(this.egoCenter)) this.egoCenter = null;
		if (this.pathFrom && !graph.hasNode(this.pathFrom)) this.pathFrom = null;
		if (this.pathTo && !graph.hasNode(this.pathTo)) this.pathTo = null;
		if (this.edgeView && !graph.hasEdge(this.edgeView.edge.key)) this.edgeView = null;
	}

	async runLayout(iterations?: number): Promise<void> {
		if (!this.data || typeof Worker === 'undefined') return;
		const data = this.data;
		const n = data.nodes.length;
		const total = iterations ?? (n > 2000 ? 150 : 400);
		const index = new Map(data.nodes.map((node, i) => [node.key, i]));
		const m = data.edges.length;
		const input: LayoutInput = {
			n,
			sources: Uint32Array.from(data.edges, (e) => index.get(e.source)!),
			targets: Uint32Array.from(data.edges, (e) => index.get(e.target)!),
			weights: Float32Array.from(data.edges, (e) => e.weight),
			x: this.frame?.x ?? initialPositions(n).x,
			y: this.frame?.y ?? initialPositions(n).y
		};
		if (m === 0 && n === 0) return;
		// The layout client loads on first use; a newer run (a rebuilt graph) drops this one.
		await this.layoutQuery.run(
			async () => {
				try {
					return this.layoutClient ?? new (await import('$lib/graph/layout-client')).LayoutClient();
				} catch (err) {
					return err instanceof Error ? err.message : String(err);
				}
			},
			(client) => {
				if (typeof client === 'string') this.layout = { ...this.layout, running: false, error: `the layout could not start: ${client}` };
				else {
					this.layoutClient = client;
					this.startLayout(client, input, total, m, n);
				}
			}
		);
	}

	private startLayout(client: LayoutClient, input: LayoutInput, total: number, m: number, n: number): void {
		this.layout = { running: true, done: 0, total, stopped: false, error: null };
		// A large graph is drawn at the end only: redrawing it every few iterations would keep the page busy.
		const frames = m <= BIG_GRAPH_EDGES;
		client.start(
			input,
			total,
			{
				onProgress: (done, all, x, y) => {
					if (x.length === n) this.frame = { x, y };
					this.layout = { ...this.layout, done, total: all };
				},
				onDone: (done, all, stopped, x, y) => {
					this.frame = { x, y };
					this.layout = { running: false, done, total: all, stopped, error: null };
				},
				onError: (message) => (this.layout = { ...this.layout, running: false, error: message })
			},
			frames
		);
	}

	stopLayout(): void {
		this.layoutClient?.stop();
	}

	async openEdge(key: string): Promise<void> {
		const edge = this.data?.edges.find((e) => e.key === key);
		if (!edge) return;
		this.edgeView = { edge, status: 'loading', messages: [], groups: [], error: null };
		await this.refreshEdgeView();
	}

	closeEdge(): void {
		this.edgeQuery.drop();
		this.edgeView = null;
	}

	/** Loads the open edge's messages; a failure is shown in the edge's panel, and a newer edge (or close) drops the answer. */
	private async refreshEdgeView(): Promise<void> {
		const view = this.edgeView;
		if (!view || !this.data) return;
		const edge = this.data.edges.find((e) => e.key === view.edge.key) ?? view.edge;
		const synthetic = this.source === 'synthetic';
		const w = { from: this.options.from, to: this.options.to };
		const windowMinutes = this.options.kinds.reply ? this.options.replyWindowMinutes : null;
		const kinds = { ...this.options.kinds };
		await this.edgeQuery.run(
			async (): Promise<EdgeView> => {
				if (synthetic) return { edge, status: 'ready', messages: [], groups: [], error: null };
				try {
					const { db } = await getConnectors();
					const rows = await edgeMessages(db, w, windowMinutes, edge.source, edge.target);
					const messages = edgeMessageList(rows).filter((m) => m.reasons.some((r) => kinds[r]));
					const groups = kinds.group ? await sharedGroups(db, w, edge.source, edge.target) : [];
					return { edge, status: 'ready', messages, groups, error: null };
				} catch (err) {
					return { edge, status: 'error', messages: [], groups: [], error: err instanceof Error ? err.message : String(err) };
				}
			},
			(answer) => (this.edgeView = answer)
		);
	}

	/** Export files: labels as shown (redacted when the switch is on, and the file says so); positions and metrics where the format carries them. */
	exportFile(format: 'gexf' | 'graphml' | 'csv'): { name: string; mime: string; text: string; rows: number; redacted: boolean } | null {
		const data = this.shownData;
		if (!data) return null;
		const positions = new Map<string, { x: number; y: number }>();
		if (this.frame) data.nodes.forEach((n, i) => positions.set(n.key, { x: this.frame!.x[i], y: this.frame!.y[i] }));
		const redacted = redaction.enabled;
		const extras = { metrics: this.metrics?.byNode, positions, redacted };
		if (format === 'gexf') return { name: 'parley-contacts.gexf', mime: 'application/gexf+xml', text: toGexf(data, extras), rows: data.nodes.length, redacted };
		if (format === 'graphml')
			return { name: 'parley-contacts.graphml', mime: 'application/graphml+xml', text: toGraphML(data, extras), rows: data.nodes.length, redacted };
		return { name: 'parley-contacts-edges.csv', mime: 'text/csv', text: toCsvEdgeList(data, { redacted }), rows: data.edges.length, redacted };
	}

	shown(text: string): string {
		return redaction.shown(text);
	}
}

export const graphState = new GraphState();
