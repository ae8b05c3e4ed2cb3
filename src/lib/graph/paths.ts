import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import { bidirectional as bfs } from 'graphology-shortest-path/unweighted';
import type { ContactGraph } from './graphology';

/**
 * The ego network of `center`: every person within `hops` edges of it and every edge among them
 * (so ties between two of its contacts are shown too).
 */
export function egoNetwork(g: ContactGraph, center: string, hops: 1 | 2): { nodes: Set<string>; edges: Set<string> } {
	const nodes = new Set<string>();
	if (!g.hasNode(center)) return { nodes, edges: new Set() };
	nodes.add(center);
	let frontier = [center];
	for (let h = 0; h < hops; h++) {
		const next: string[] = [];
		for (const v of frontier) {
			g.forEachNeighbor(v, (w) => {
				if (!nodes.has(w)) {
					nodes.add(w);
					next.push(w);
				}
			});
		}
		frontier = next;
	}
	const edges = new Set<string>();
	g.forEachEdge((e, _a, s, t) => {
		if (nodes.has(s) && nodes.has(t)) edges.add(e);
	});
	return { nodes, edges };
}

export type PathMode = 'strongest' | 'fewest-hops';

/**
 * A shortest path from `a` to `b` as the list of people on it, or null when they are not connected.
 * 'strongest': Dijkstra with each edge's length = 1 / weight, so heavy ties are short; 'fewest-hops': edges count 1.
 */
export function shortestPath(g: ContactGraph, a: string, b: string, mode: PathMode): string[] | null {
	if (!g.hasNode(a) || !g.hasNode(b)) return null;
	if (a === b) return [a];
	const path = mode === 'fewest-hops' ? bfs(g, a, b) : dijkstra(g, a, b, (_e, attrs) => 1 / attrs.weight);
	return path && path.length > 0 ? path : null;
}

/** The edge keys along a path of people. */
export function pathEdges(g: ContactGraph, path: string[]): string[] {
	const out: string[] = [];
	for (let i = 1; i < path.length; i++) {
		const e = g.edge(path[i - 1], path[i]);
		if (e !== undefined) out.push(e);
	}
	return out;
}
