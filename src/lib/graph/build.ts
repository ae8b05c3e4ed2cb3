import {
	EDGE_KINDS,
	edgeKey,
	type EdgeKind,
	type GraphData,
	type GraphEdge,
	type GraphOptions,
	type KindWeights,
	type PairRowsByKind,
	type PersonRow
} from './types';

const zero = (): KindWeights => ({ direct: 0, reply: 0, mention: 0, group: 0 });

/**
 * People and per-kind pair counts → nodes and weighted edges. Every person with a message in the window is a node
 * (isolated ones too); an edge exists when at least one enabled kind counts a contact between the two.
 * Pairs naming a person not in `persons` are dropped; a pair of a person with itself is ignored.
 */
export function buildGraph(persons: PersonRow[], pairs: PairRowsByKind, options: Pick<GraphOptions, 'kinds' | 'multipliers'>): GraphData {
	const known = new Set(persons.map((p) => p.key));
	const edges = new Map<string, GraphEdge>();
	for (const kind of EDGE_KINDS) {
		if (!options.kinds[kind]) continue;
		for (const row of pairs[kind]) {
			if (row.a === row.b || !known.has(row.a) || !known.has(row.b) || row.count <= 0) continue;
			const key = edgeKey(row.a, row.b);
			let edge = edges.get(key);
			if (!edge) {
				const [source, target] = row.a < row.b ? [row.a, row.b] : [row.b, row.a];
				edge = { key, source, target, counts: zero(), weight: 0, messages: 0, riskHits: 0 };
				edges.set(key, edge);
			}
			edge.counts[kind] += row.count;
			edge.messages += row.messages;
			edge.riskHits += row.risk_hits;
		}
	}
	for (const edge of edges.values()) edge.weight = weightOf(edge.counts, options);
	return {
		nodes: persons.map((p) => ({ key: p.key, label: p.label, messages: p.messages, riskHits: p.risk_hits })),
		edges: [...edges.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
	};
}

export function weightOf(counts: KindWeights, options: Pick<GraphOptions, 'kinds' | 'multipliers'>): number {
	let w = 0;
	for (const kind of EDGE_KINDS) if (options.kinds[kind]) w += options.multipliers[kind] * counts[kind];
	return w;
}

/** The sentence the UI shows for the current weights, e.g. "weight = 1 per direct message + 5 per shared group". */
export function explainWeight(options: Pick<GraphOptions, 'kinds' | 'multipliers'>): string {
	const parts = EDGE_KINDS.filter((k) => options.kinds[k]).map((k) => `${options.multipliers[k]} per ${UNIT[k]}`);
	return parts.length === 0 ? 'no kind of contact is switched on: there are no edges' : `weight = ${parts.join(' + ')}`;
}

export const UNIT: Record<EdgeKind, string> = {
	direct: 'direct message',
	reply: 'reply',
	mention: 'mention',
	group: 'shared group'
};
