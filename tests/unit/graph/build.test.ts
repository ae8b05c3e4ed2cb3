import { describe, expect, it } from 'vitest';
import { buildGraph, explainWeight } from '$lib/graph/build';
import { DEFAULT_OPTIONS, type PairRowsByKind, type PersonRow } from '$lib/graph/types';

const persons: PersonRow[] = [
	{ key: 'p:1', label: 'Ann', messages: 4, risk_hits: 0 },
	{ key: 'p:2', label: 'Bo', messages: 3, risk_hits: 1 },
	{ key: 'p:3', label: 'Cy', messages: 1, risk_hits: 0 }
];
const pair = (a: string, b: string, count: number, messages = count, risk_hits = 0) => ({ a, b, count, messages, risk_hits });
const pairs: PairRowsByKind = {
	direct: [pair('p:1', 'p:2', 4, 4, 1)],
	reply: [pair('p:1', 'p:2', 2), pair('p:2', 'p:3', 1)],
	mention: [pair('p:1', 'p:1', 9), pair('p:1', 'p:9', 1)],
	group: [pair('p:1', 'p:3', 2, 0), pair('p:2', 'p:3', 1, 0)]
};

describe('buildGraph', () => {
	it('sums enabled kinds with their multipliers; drops self-pairs and unknown people', () => {
		const g = buildGraph(persons, pairs, DEFAULT_OPTIONS);
		expect(g.nodes.map((n) => n.key)).toEqual(['p:1', 'p:2', 'p:3']);
		expect(g.edges.map((e) => [e.key, e.counts, e.weight, e.messages, e.riskHits])).toEqual([
			// 4 direct + 2 replies = 6; messages 4 + 2.
			['p:1|p:2', { direct: 4, reply: 2, mention: 0, group: 0 }, 6, 6, 1],
			// 2 shared groups × 5.
			['p:1|p:3', { direct: 0, reply: 0, mention: 0, group: 2 }, 10, 0, 0],
			// 1 reply + 1 shared group × 5.
			['p:2|p:3', { direct: 0, reply: 1, mention: 0, group: 1 }, 6, 1, 0]
		]);
	});

	it('leaves out kinds switched off, and edges with nothing left', () => {
		const g = buildGraph(persons, pairs, {
			kinds: { direct: false, reply: false, mention: true, group: true },
			multipliers: { direct: 1, reply: 1, mention: 1, group: 0.5 }
		});
		expect(g.edges.map((e) => [e.key, e.weight])).toEqual([
			['p:1|p:3', 1],
			['p:2|p:3', 0.5]
		]);
	});
});

describe('explainWeight', () => {
	it.each([
		[DEFAULT_OPTIONS, 'weight = 1 per direct message + 1 per reply + 1 per mention + 5 per shared group'],
		[{ ...DEFAULT_OPTIONS, kinds: { direct: true, reply: false, mention: false, group: true } }, 'weight = 1 per direct message + 5 per shared group'],
		[{ ...DEFAULT_OPTIONS, kinds: { direct: false, reply: false, mention: false, group: false } }, 'no kind of contact is switched on: there are no edges']
	])('%#', (opts, text) => {
		expect(explainWeight(opts)).toBe(text);
	});
});
