import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { seededRandom } from './random';
import type { ContactGraph } from './graphology';

export interface NodeMetrics {
	degree: number;
	/** Σ weights of the node's edges. */
	weightedDegree: number;
	/** Shortest paths (in hops) between other pairs through the node; see betweenness(). */
	betweenness: number;
	/** Weighted PageRank, α = 0.85; sums to 1 over the graph. */
	pagerank: number;
	/** Louvain community (weighted, seeded), numbered 0, 1, … by the first node of each in graph order. */
	community: number;
}

export interface MetricsResult {
	byNode: Map<string, NodeMetrics>;
	communities: number;
	/** Sources the betweenness was estimated from when sampled; null when exact. */
	betweennessSources: number | null;
}

export interface MetricsOptions {
	/** Above this many nodes, betweenness is estimated from this many sampled sources. */
	betweennessSampleAbove?: number;
	betweennessSamples?: number;
	seed?: number;
}

export function computeMetrics(g: ContactGraph, opts: MetricsOptions = {}): MetricsResult {
	const seed = opts.seed ?? 1;
	const sampleAbove = opts.betweennessSampleAbove ?? 2000;
	const samples = g.order > sampleAbove ? (opts.betweennessSamples ?? 100) : null;
	const between = betweenness(g, samples === null ? {} : { sources: samples, seed });
	const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 200, tolerance: 1e-10 }) : uniform(g);
	const { community, count } = communities(g, seed);
	const byNode = new Map<string, NodeMetrics>();
	g.forEachNode((node) => {
		let weightedDegree = 0;
		g.forEachEdge(node, (_e, attrs) => (weightedDegree += attrs.weight));
		byNode.set(node, {
			degree: g.degree(node),
			weightedDegree,
			betweenness: between[node] ?? 0,
			pagerank: ranks[node] ?? 0,
			community: community.get(node) ?? 0
		});
	});
	return { byNode, communities: count, betweennessSources: samples === null ? null : Math.min(samples, g.order) };
}

function uniform(g: ContactGraph): Record<string, number> {
	const out: Record<string, number> = {};
	g.forEachNode((n) => (out[n] = 1 / g.order));
	return out;
}

/** Louvain on the weights with a seeded generator; an isolated node is a community of its own. */
export function communities(g: ContactGraph, seed = 1): { community: Map<string, number>; count: number } {
	const raw: Record<string, number> = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
	const renumber = new Map<string, number>();
	const community = new Map<string, number>();
	g.forEachNode((node) => {
		const label = node in raw && g.degree(node) > 0 ? `c${raw[node]}` : `n${node}`;
		if (!renumber.has(label)) renumber.set(label, renumber.size);
		community.set(node, renumber.get(label)!);
	});
	return { community, count: renumber.size };
}

/**
 * Betweenness by Brandes' algorithm over unweighted shortest paths (hops): for each node, the sum over unordered
 * pairs {s, t} of other nodes of the share of s–t shortest paths through it. Not normalised.
 * With `sources`, only that many seeded-random sources are walked and the sums scaled by n / sources (an estimate).
 */
export function betweenness(g: ContactGraph, opts: { sources?: number; seed?: number } = {}): Record<string, number> {
	const nodes = g.nodes();
	const n = nodes.length;
	const index = new Map(nodes.map((k, i) => [k, i]));
	const offsets = new Int32Array(n + 1);
	nodes.forEach((k, i) => (offsets[i + 1] = offsets[i] + g.degree(k)));
	const adj = new Int32Array(offsets[n]);
	nodes.forEach((k, i) => {
		let at = offsets[i];
		g.forEachNeighbor(k, (nb) => (adj[at++] = index.get(nb)!));
	});

	let sources = Array.from({ length: n }, (_, i) => i);
	let scale = 1;
	if (opts.sources !== undefined && opts.sources < n) {
		const rand = seededRandom(opts.seed ?? 1);
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[sources[i], sources[j]] = [sources[j], sources[i]];
		}
		sources = sources.slice(0, opts.sources);
		scale = n / opts.sources;
	}

	const cb = new Float64Array(n);
	const dist = new Int32Array(n);
	const sigma = new Float64Array(n);
	const delta = new Float64Array(n);
	const order = new Int32Array(n);
	for (const s of sources) {
		dist.fill(-1);
		sigma.fill(0);
		delta.fill(0);
		dist[s] = 0;
		sigma[s] = 1;
		let head = 0;
		let tail = 0;
		order[tail++] = s;
		while (head < tail) {
			const v = order[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = adj[e];
				if (dist[w] < 0) {
					dist[w] = dist[v] + 1;
					order[tail++] = w;
				}
				if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
			}
		}
		for (let i = tail - 1; i > 0; i--) {
			const w = order[i];
			for (let e = offsets[w]; e < offsets[w + 1]; e++) {
				const v = adj[e];
				if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
			}
			cb[w] += delta[w];
		}
	}
	// Each unordered pair was counted once from each end.
	const out: Record<string, number> = {};
	nodes.forEach((k, i) => (out[k] = (cb[i] * scale) / 2));
	return out;
}
