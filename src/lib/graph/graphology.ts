import Graph from 'graphology';
import type { GraphData, GraphEdge, GraphNode } from './types';

export type NodeAttrs = Omit<GraphNode, 'key'>;
export type EdgeAttrs = Omit<GraphEdge, 'key' | 'source' | 'target'>;
export type ContactGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Nodes and edges → an undirected graphology graph keyed like GraphData (edge key `a|b`). */
export function toGraphology(data: GraphData): ContactGraph {
	const g: ContactGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const { key, ...attrs } of data.nodes) g.addNode(key, attrs);
	for (const { key, source, target, ...attrs } of data.edges) g.addUndirectedEdgeWithKey(key, source, target, attrs);
	return g;
}
