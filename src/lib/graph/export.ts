import writeGexf from 'graphology-gexf/common/writer.js';
import { toGraphology } from './graphology';
import type { NodeMetrics } from './metrics';
import type { GraphData } from './types';

/** What an export may add to each node besides its counts: metrics, a position, a colour. */
export interface NodeExtras {
	metrics?: Map<string, NodeMetrics>;
	positions?: Map<string, { x: number; y: number }>;
	colors?: Map<string, string>;
}

const METRIC_KEYS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'community'] as const;

function nodeAttributes(key: string, n: { messages: number; riskHits: number }, extras: NodeExtras): Record<string, number> {
	const out: Record<string, number> = { messages: n.messages, risk_hits: n.riskHits };
	const m = extras.metrics?.get(key);
	if (m) for (const k of METRIC_KEYS) out[k] = m[k];
	return out;
}

function edgeAttributes(e: Pick<GraphData['edges'][number], 'counts' | 'messages' | 'riskHits'>): Record<string, number> {
	return {
		direct_messages: e.counts.direct,
		replies: e.counts.reply,
		mentions: e.counts.mention,
		shared_groups: e.counts.group,
		messages: e.messages,
		risk_hits: e.riskHits
	};
}

/** GEXF 1.3 (opens in Gephi): node labels, counts, metrics, position and colour; edge weight and per-kind counts. */
export function toGexf(data: GraphData, extras: NodeExtras = {}): string {
	const g = toGraphology(data);
	return writeGexf(g, {
		version: '1.3',
		formatNode: (key, a) => {
			const pos = extras.positions?.get(key);
			const color = extras.colors?.get(key);
			const viz: Record<string, unknown> = {};
			if (pos) Object.assign(viz, { x: pos.x, y: pos.y });
			if (color) viz.color = color;
			return { label: a.label, attributes: nodeAttributes(key, a, extras), ...(Object.keys(viz).length ? { viz } : {}) };
		},
		formatEdge: (_key, a) => ({ weight: a.weight, attributes: edgeAttributes(a) })
	});
}

function xml(s: string): string {
	return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
		// Characters XML 1.0 cannot carry at all.
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

/** GraphML (graphology-graphml only reads it, so it is written here): undirected, `label` and counts on nodes, `weight` and per-kind counts on edges. */
export function toGraphML(data: GraphData, extras: NodeExtras = {}): string {
	const nodeKeys = ['messages', 'risk_hits', ...(extras.metrics ? METRIC_KEYS : [])];
	const edgeKeys = ['weight', 'direct_messages', 'replies', 'mentions', 'shared_groups', 'messages', 'risk_hits'];
	const type = (k: string) => (k === 'weight' || k === 'betweenness' || k === 'pagerank' || k === 'weightedDegree' ? 'double' : 'int');
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		'  <key id="label" for="node" attr.name="label" attr.type="string"/>',
		...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${type(k)}"/>`),
		...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${type(k)}"/>`),
		'  <graph id="contacts" edgedefault="undirected">'
	];
	for (const n of data.nodes) {
		const attrs = nodeAttributes(n.key, n, extras);
		lines.push(`    <node id="${xml(n.key)}">`, `      <data key="label">${xml(n.label)}</data>`);
		for (const k of nodeKeys) lines.push(`      <data key="n_${k}">${attrs[k]}</data>`);
		lines.push('    </node>');
	}
	for (const e of data.edges) {
		const attrs: Record<string, number> = { weight: e.weight, ...edgeAttributes(e) };
		lines.push(`    <edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">`);
		for (const k of edgeKeys) lines.push(`      <data key="e_${k}">${attrs[k]}</data>`);
		lines.push('    </edge>');
	}
	lines.push('  </graph>', '</graphml>', '');
	return lines.join('\n');
}

function csvField(v: string | number): string {
	let s = String(v);
	// A label starting like a formula would run as one in a spreadsheet.
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_EDGE_HEADER = ['source', 'target', 'weight', 'direct_messages', 'replies', 'mentions', 'shared_groups', 'source_label', 'target_label'];

/** CSV edge list, Gephi's "Source, Target, Weight" first, then the per-kind counts and the two labels. */
export function toCsvEdgeList(data: GraphData): string {
	const labels = new Map(data.nodes.map((n) => [n.key, n.label]));
	const rows = data.edges.map((e) => [e.source, e.target, e.weight, e.counts.direct, e.counts.reply, e.counts.mention, e.counts.group, labels.get(e.source) ?? '', labels.get(e.target) ?? '']);
	return [CSV_EDGE_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
