import { toCsv } from '$lib/export/csv';
import { xmlAttribute, xmlText } from '$lib/export/xml';
import type { NodeMetrics } from './metrics';
import type { GraphData } from './types';

/** What an export may add to each node besides its counts: metrics, a position, a colour; and whether labels are redacted. */
export interface NodeExtras {
	metrics?: Map<string, NodeMetrics>;
	positions?: Map<string, { x: number; y: number }>;
	colors?: Map<string, string>;
	/** The labels went through the redaction switch; the file says so. */
	redacted?: boolean;
}

const METRIC_KEYS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'community'] as const;
const DOUBLE_KEYS = new Set(['weight', 'betweenness', 'pagerank', 'weightedDegree']);

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

const nodeKeys = (extras: NodeExtras) => ['messages', 'risk_hits', ...(extras.metrics ? METRIC_KEYS : [])];
const EDGE_KEYS = ['direct_messages', 'replies', 'mentions', 'shared_groups', 'messages', 'risk_hits'];

function description(extras: NodeExtras): string {
	return `Parley contact graph: people (identities, or participants without one) and their contacts. Labels ${extras.redacted ? 'are redacted' : 'are not redacted'}.`;
}

/** A number as XML text; NaN and infinities (which no graph tool reads) as 0. */
function num(v: number): string {
	return Number.isFinite(v) ? String(v) : '0';
}

function rgb(color: string): { r: number; g: number; b: number } | null {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
	return m ? { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) } : null;
}

/** GEXF 1.3 (opens in Gephi): node labels, counts, metrics, position and colour; edge weight and per-kind counts. */
export function toGexf(data: GraphData, extras: NodeExtras = {}): string {
	const nk = nodeKeys(extras);
	const type = (k: string) => (DOUBLE_KEYS.has(k) ? 'double' : 'integer');
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
		`  <meta><creator>Parley</creator><description>${xmlText(description(extras))}</description></meta>`,
		'  <graph defaultedgetype="undirected" mode="static">',
		'    <attributes class="node">',
		...nk.map((k) => `      <attribute id="${k}" title="${k}" type="${type(k)}"/>`),
		'    </attributes>',
		'    <attributes class="edge">',
		...EDGE_KEYS.map((k) => `      <attribute id="${k}" title="${k}" type="integer"/>`),
		'    </attributes>',
		'    <nodes>'
	];
	for (const n of data.nodes) {
		const attrs = nodeAttributes(n.key, n, extras);
		lines.push(`      <node id="${xmlAttribute(n.key)}" label="${xmlAttribute(n.label)}">`, '        <attvalues>');
		for (const k of nk) lines.push(`          <attvalue for="${k}" value="${num(attrs[k])}"/>`);
		lines.push('        </attvalues>');
		const pos = extras.positions?.get(n.key);
		if (pos) lines.push(`        <viz:position x="${num(pos.x)}" y="${num(pos.y)}" z="0"/>`);
		const color = rgb(extras.colors?.get(n.key) ?? '');
		if (color) lines.push(`        <viz:color r="${color.r}" g="${color.g}" b="${color.b}"/>`);
		lines.push('      </node>');
	}
	lines.push('    </nodes>', '    <edges>');
	for (const e of data.edges) {
		const attrs = edgeAttributes(e);
		lines.push(
			`      <edge id="${xmlAttribute(e.key)}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}" weight="${num(e.weight)}">`,
			'        <attvalues>'
		);
		for (const k of EDGE_KEYS) lines.push(`          <attvalue for="${k}" value="${num(attrs[k])}"/>`);
		lines.push('        </attvalues>', '      </edge>');
	}
	lines.push('    </edges>', '  </graph>', '</gexf>', '');
	return lines.join('\n');
}

/** GraphML (graphology-graphml only reads it, so it is written here): undirected, `label` and counts on nodes, `weight` and per-kind counts on edges. */
export function toGraphML(data: GraphData, extras: NodeExtras = {}): string {
	const nk = nodeKeys(extras);
	const edgeKeys = ['weight', ...EDGE_KEYS];
	const type = (k: string) => (DOUBLE_KEYS.has(k) ? 'double' : 'int');
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		`  <desc>${xmlText(description(extras))}</desc>`,
		'  <key id="label" for="node" attr.name="label" attr.type="string"/>',
		...nk.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${type(k)}"/>`),
		...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${type(k)}"/>`),
		'  <graph id="contacts" edgedefault="undirected">'
	];
	for (const n of data.nodes) {
		const attrs = nodeAttributes(n.key, n, extras);
		lines.push(`    <node id="${xmlAttribute(n.key)}">`, `      <data key="label">${xmlText(n.label)}</data>`);
		for (const k of nk) lines.push(`      <data key="n_${k}">${num(attrs[k])}</data>`);
		lines.push('    </node>');
	}
	for (const e of data.edges) {
		const attrs: Record<string, number> = { weight: e.weight, ...edgeAttributes(e) };
		lines.push(`    <edge id="${xmlAttribute(e.key)}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}">`);
		for (const k of edgeKeys) lines.push(`      <data key="e_${k}">${num(attrs[k])}</data>`);
		lines.push('    </edge>');
	}
	lines.push('  </graph>', '</graphml>', '');
	return lines.join('\n');
}

export const CSV_EDGE_HEADER = [
	'source',
	'target',
	'weight',
	'direct_messages',
	'replies',
	'mentions',
	'shared_groups',
	'source_label',
	'target_label',
	'redacted'
];

/** CSV edge list, Gephi's "Source, Target, Weight" first, then the per-kind counts, the two labels and whether they are redacted. */
export function toCsvEdgeList(data: GraphData, extras: Pick<NodeExtras, 'redacted'> = {}): string {
	const labels = new Map(data.nodes.map((n) => [n.key, n.label]));
	const redacted = extras.redacted ?? false;
	return toCsv(
		CSV_EDGE_HEADER,
		data.edges.map((e) => [
			e.source,
			e.target,
			e.weight,
			e.counts.direct,
			e.counts.reply,
			e.counts.mention,
			e.counts.group,
			labels.get(e.source) ?? '',
			labels.get(e.target) ?? '',
			redacted
		])
	);
}
