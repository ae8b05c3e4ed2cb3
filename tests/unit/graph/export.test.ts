// Exports parse back (graphology's own GEXF and GraphML parsers, the app's CSV tokenizer) to the same nodes, edges and weights.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { CSV_EDGE_HEADER, toCsvEdgeList, toGexf, toGraphML } from '$lib/graph/export';
import { parseCsvRows } from '$lib/ingest/csv/tokenize';
import type { GraphData } from '$lib/graph/types';

// Labels with XML and CSV specials, Chinese, an emoji and a leading '='.
const data: GraphData = {
	nodes: [
		{ key: 'i:1', label: 'Alice <Chen> & "Co"', messages: 5, riskHits: 1 },
		{ key: 'p:2', label: 'Bob, Meyer', messages: 2, riskHits: 0 },
		{ key: 'p:8', label: '李明 👍', messages: 1, riskHits: 0 },
		{ key: 'p:9', label: '=cmd()', messages: 1, riskHits: 3 }
	],
	edges: [
		{ key: 'i:1|p:2', source: 'i:1', target: 'p:2', counts: { direct: 3, reply: 1, mention: 0, group: 1 }, weight: 9, messages: 4, riskHits: 1 },
		{ key: 'i:1|p:8', source: 'i:1', target: 'p:8', counts: { direct: 0, reply: 0, mention: 2, group: 1 }, weight: 7, messages: 2, riskHits: 0 },
		{ key: 'p:2|p:8', source: 'p:2', target: 'p:8', counts: { direct: 0, reply: 0, mention: 0, group: 1 }, weight: 2.5, messages: 0, riskHits: 0 }
	]
};

function summary(g: Graph) {
	return {
		nodes: g.mapNodes((k, a) => [k, a.label]),
		edges: g.mapEdges((_e, a, s, t) => [[s, t].sort().join('|'), Number(a.weight)]).sort()
	};
}

const expected = {
	nodes: [
		['i:1', 'Alice <Chen> & "Co"'],
		['p:2', 'Bob, Meyer'],
		['p:8', '李明 👍'],
		['p:9', '=cmd()']
	],
	edges: [
		['i:1|p:2', 9],
		['i:1|p:8', 7],
		['p:2|p:8', 2.5]
	]
};

describe('graph exports', () => {
	it('GEXF parses back with graphology-gexf', () => {
		const g = parseGexf(Graph, toGexf(data, { positions: new Map([['i:1', { x: 1.5, y: -2 }]]) }));
		expect(g.type).toBe('undirected');
		expect(summary(g)).toEqual(expected);
		expect(g.getEdgeAttributes(g.edge('i:1', 'p:8')!)).toMatchObject({ mentions: 2, shared_groups: 1, direct_messages: 0 });
		expect(g.getNodeAttributes('i:1')).toMatchObject({ messages: 5, risk_hits: 1, x: 1.5, y: -2 });
	});

	it('GraphML parses back with graphology-graphml', () => {
		const g = parseGraphML(Graph, toGraphML(data));
		expect(g.type).toBe('undirected');
		expect(summary(g)).toEqual(expected);
		expect(g.getEdgeAttributes(g.edge('i:1', 'p:2')!)).toMatchObject({
			direct_messages: 3,
			replies: 1,
			mentions: 0,
			shared_groups: 1,
			messages: 4,
			risk_hits: 1
		});
		expect(g.getNodeAttributes('p:9')).toMatchObject({ label: '=cmd()', messages: 1, risk_hits: 3 });
	});

	it('CSV edge list: Gephi columns first, per-kind counts, quoted labels', () => {
		const csv = toCsvEdgeList(data);
		const { rows, errors } = parseCsvRows(csv.replace(/^\ufeff/, ''));
		expect(errors).toEqual([]);
		expect(rows).toEqual([
			CSV_EDGE_HEADER,
			['i:1', 'p:2', '9', '3', '1', '0', '1', 'Alice <Chen> & "Co"', 'Bob, Meyer', 'false'],
			['i:1', 'p:8', '7', '0', '0', '2', '1', 'Alice <Chen> & "Co"', '李明 👍', 'false'],
			['p:2', 'p:8', '2.5', '0', '0', '0', '1', 'Bob, Meyer', '李明 👍', 'false']
		]);
		expect(CSV_EDGE_HEADER.slice(0, 3)).toEqual(['source', 'target', 'weight']);
	});

	it('CSV defuses a label that a spreadsheet would run as a formula', () => {
		const csv = toCsvEdgeList({ nodes: data.nodes, edges: [{ ...data.edges[0], key: 'i:1|p:9', target: 'p:9' }] });
		expect(parseCsvRows(csv.replace(/^\ufeff/, '')).rows[1].at(-2)).toBe("'=cmd()");
	});
});
