// GEXF and GraphML stay well-formed XML 1.0 whatever names hold: each file is parsed by a strict XML parser (jsdom's)
// and the labels read back are the names, with only the characters XML cannot carry replaced by U+FFFD.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlChars, xmlText } from '$lib/export/xml';
import { toGexf, toGraphML } from '$lib/graph/export';
import type { GraphData } from '$lib/graph/types';

const { DOMParser } = new JSDOM('').window;

/** Parses strictly; throws with the parser's message when the document is not well-formed. */
function parseXml(xml: string): Document {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`not well-formed: ${error.textContent}`);
	return doc;
}

// Name → what a reader gets back from the file.
const HOSTILE: [string, string, string][] = [
	['U+0001 and other C0 controls', 'A\u0001B\u0008C\u001fD', 'A\ufffdB\ufffdC\ufffdD'],
	['NUL', 'nul\u0000here', 'nul\ufffdhere'],
	['a lone high surrogate', 'x\ud83dy', 'x\ufffdy'],
	['a lone low surrogate', 'x\ude00y', 'x\ufffdy'],
	['a surrogate pair stays', 'smile 😀', 'smile 😀'],
	['U+FFFE and U+FFFF', 'a\ufffeb\uffffc', 'a\ufffdb\ufffdc'],
	['CDATA end', 'end ]]> here', 'end ]]> here'],
	['quotes', `"double" and 'single'`, `"double" and 'single'`],
	['markup', '<script>alert(1)</script> & co', '<script>alert(1)</script> & co'],
	['an entity lookalike', '&amp; &#x0; &lt;', '&amp; &#x0; &lt;'],
	['tab, LF and CR', 'a\tb\nc\rd', 'a\tb\nc\rd'],
	['a key-like label', 'i:1|p:2', 'i:1|p:2']
];

function graphOf(labels: string[]): GraphData {
	const nodes = labels.map((label, i) => ({ key: `p:${i}`, label, messages: i, riskHits: 0 }));
	const edges = nodes.slice(1).map((n) => ({
		key: `p:0|${n.key}`,
		source: 'p:0',
		target: n.key,
		counts: { direct: 1, reply: 0, mention: 0, group: 0 },
		weight: 1,
		messages: 1,
		riskHits: 0
	}));
	return { nodes, edges };
}

describe('XML escaping', () => {
	it.each(HOSTILE)('%s: text and attribute forms parse back to the name', (_name, value, back) => {
		const doc = parseXml(`<r a="${xmlAttribute(value)}">${xmlText(value)}</r>`);
		expect(doc.documentElement.getAttribute('a')).toBe(back);
		expect(doc.documentElement.textContent).toBe(back);
	});

	it('leaves ordinary text alone', () => {
		expect(xmlChars('Dana Weiss 李明')).toBe('Dana Weiss 李明');
	});
});

describe('graph exports with hostile names', () => {
	const data = graphOf(HOSTILE.map(([, v]) => v));

	it('GEXF is well-formed and its labels read back', () => {
		const doc = parseXml(toGexf(data, { positions: new Map([['p:0', { x: 1, y: 2 }]]), redacted: true }));
		const labels = [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('label'));
		expect(labels).toEqual(HOSTILE.map(([, , back]) => back));
		expect(doc.getElementsByTagName('description')[0].textContent).toContain('Labels are redacted');
		// And Gephi's reading of it, through graphology's GEXF parser.
		const g = parseGexf(Graph, toGexf(data));
		expect(g.order).toBe(HOSTILE.length);
		expect(g.getNodeAttribute('p:6', 'label')).toBe('end ]]> here');
	});

	it('GraphML is well-formed and its labels read back', () => {
		const doc = parseXml(toGraphML(data));
		const labels = [...doc.getElementsByTagName('data')].filter((d) => d.getAttribute('key') === 'label').map((d) => d.textContent);
		expect(labels).toEqual(HOSTILE.map(([, , back]) => back));
		expect(doc.getElementsByTagName('desc')[0].textContent).toContain('Labels are not redacted');
	});

	it('a hostile node key stays well-formed too', () => {
		const g: GraphData = { nodes: [{ key: 'p:"<\u0001>', label: 'x', messages: 0, riskHits: 0 }], edges: [] };
		expect(parseXml(toGexf(g)).getElementsByTagName('node')[0].getAttribute('id')).toBe('p:"<\ufffd>');
		expect(parseXml(toGraphML(g)).getElementsByTagName('node')[0].getAttribute('id')).toBe('p:"<\ufffd>');
	});
});
