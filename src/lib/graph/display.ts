import Graph from 'graphology';
import { communityColor, nodeSize, riskColor, riskRate } from './colors';
import type { MetricsResult } from './metrics';
import type { GraphData } from './types';

export interface DisplayNode {
	label: string;
	x: number;
	y: number;
	size: number;
	color: string;
	riskColor: string;
}
export interface DisplayEdge {
	size: number;
	color: string;
	riskColor: string;
}
export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

const EDGE_COLOR = '#b8c2cc';

/** What the renderer draws: positions, size by weighted degree, colour by community (riskColor for the risk mode). */
export function toDisplayGraph(data: GraphData, metrics: MetricsResult, x: Float32Array, y: Float32Array): DisplayGraph {
	const g: DisplayGraph = new Graph<DisplayNode, DisplayEdge>({ type: 'undirected', multi: false });
	let maxWd = 0;
	for (const m of metrics.byNode.values()) maxWd = Math.max(maxWd, m.weightedDegree);
	let maxW = 0;
	for (const e of data.edges) maxW = Math.max(maxW, e.weight);
	data.nodes.forEach((n, i) => {
		const m = metrics.byNode.get(n.key);
		g.addNode(n.key, {
			label: n.label,
			x: x[i],
			y: y[i],
			size: nodeSize(m?.weightedDegree ?? 0, maxWd, data.nodes.length),
			color: communityColor(m?.community ?? 0),
			riskColor: riskColor(riskRate(n.riskHits, n.messages))
		});
	});
	for (const e of data.edges) {
		g.addUndirectedEdgeWithKey(e.key, e.source, e.target, {
			size: maxW > 0 ? 0.5 + 3.5 * Math.sqrt(e.weight / maxW) : 1,
			color: EDGE_COLOR,
			riskColor: riskColor(riskRate(e.riskHits, e.messages))
		});
	}
	return g;
}
