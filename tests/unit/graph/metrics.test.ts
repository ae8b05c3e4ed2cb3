// Metrics on small graphs whose values are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { toGraphology } from '$lib/graph/graphology';
import { betweenness, communities, computeMetrics } from '$lib/graph/metrics';
import type { GraphData } from '$lib/graph/types';

/** Undirected graph from [a, b, weight] triples; every node listed in `nodes` order. */
function graph(nodes: string[], edges: [string, string, number][]) {
	const data: GraphData = {
		nodes: nodes.map((key) => ({ key, label: key.toUpperCase(), messages: 1, riskHits: 0 })),
		edges: edges.map(([a, b, weight]) => ({
			key: `${a}|${b}`,
			source: a,
			target: b,
			weight,
			messages: 0,
			riskHits: 0,
			counts: { direct: weight, reply: 0, mention: 0, group: 0 }
		}))
	};
	return toGraphology(data);
}

const path4 = () =>
	graph(
		['a', 'b', 'c', 'd'],
		[
			['a', 'b', 1],
			['b', 'c', 1],
			['c', 'd', 1]
		]
	);
const star4 = () =>
	graph(
		['c', 'l1', 'l2', 'l3', 'l4'],
		[
			['c', 'l1', 1],
			['c', 'l2', 1],
			['c', 'l3', 1],
			['c', 'l4', 1]
		]
	);
// Triangle a-b-c with a tail c-d.
const triangleTail = () =>
	graph(
		['a', 'b', 'c', 'd'],
		[
			['a', 'b', 1],
			['b', 'c', 1],
			['a', 'c', 1],
			['c', 'd', 1]
		]
	);

describe('betweenness (unweighted, unordered pairs, not normalised)', () => {
	it.each([
		// Path a-b-c-d: b is on a–c and a–d; c is on b–d and a–d.
		['path of 4', path4, { a: 0, b: 2, c: 2, d: 0 }],
		// Star: the centre is on the one shortest path of each of the C(4,2) = 6 leaf pairs.
		['star of 4 leaves', star4, { c: 6, l1: 0, l2: 0, l3: 0, l4: 0 }],
		// Triangle + tail: a–d and b–d go through c (a–b, a–c, b–c are direct): c = 2.
		['triangle + tail', triangleTail, { a: 0, b: 0, c: 2, d: 0 }],
		// Square a-b-c-d-a: a–c has two shortest paths (via b, via d): b and d get ½ each from it; same for b–d.
		[
			'square',
			() =>
				graph(
					['a', 'b', 'c', 'd'],
					[
						['a', 'b', 1],
						['b', 'c', 1],
						['c', 'd', 1],
						['d', 'a', 1]
					]
				),
			{ a: 0.5, b: 0.5, c: 0.5, d: 0.5 }
		]
	])('%s', (_name, make, expected) => {
		expect(betweenness(make())).toEqual(expected);
	});

	it('estimates from sampled sources, scaled by n / sources (every source sampled = exact)', () => {
		expect(betweenness(path4(), { sources: 4, seed: 3 })).toEqual({ a: 0, b: 2, c: 2, d: 0 });
		// Star from 1 of 5 sources: whichever source, the scaled estimate of a leaf is 0.
		const one = betweenness(star4(), { sources: 1, seed: 7 });
		expect([one.l1, one.l2, one.l3, one.l4]).toEqual([0, 0, 0, 0]);
	});
});

describe('PageRank (α = 0.85, weighted)', () => {
	it('star: C = 0.03 + 0.85·4L, L = 0.03 + 0.85·C/4 → C = 0.132 / 0.2775 = 0.475676, L = 0.131081', () => {
		const m = computeMetrics(star4()).byNode;
		expect(m.get('c')!.pagerank).toBeCloseTo(0.475676, 5);
		for (const l of ['l1', 'l2', 'l3', 'l4']) expect(m.get(l)!.pagerank).toBeCloseTo(0.131081, 5);
	});

	it('path of 4: x = a = d, y = b = c; x = 0.0375 + 0.85·y/2 and x + y = 0.5 → y = 0.4625 / 1.425 = 0.324561, x = 0.175439', () => {
		const m = computeMetrics(path4()).byNode;
		expect(m.get('a')!.pagerank).toBeCloseTo(0.175439, 5);
		expect(m.get('b')!.pagerank).toBeCloseTo(0.324561, 5);
		expect(m.get('c')!.pagerank).toBeCloseTo(0.324561, 5);
		expect(m.get('d')!.pagerank).toBeCloseTo(0.175439, 5);
	});

	it('weighted path a-(3)-b-(1)-c: b = 0.05 + 0.85(a + c) = 0.05 + 0.85(1 − b) → b = 0.9 / 1.85 = 0.486486; a = 0.05 + 0.85·¾b = 0.360135; c = 0.05 + 0.85·¼b = 0.153378', () => {
		const m = computeMetrics(
			graph(
				['a', 'b', 'c'],
				[
					['a', 'b', 3],
					['b', 'c', 1]
				]
			)
		).byNode;
		expect(m.get('a')!.pagerank).toBeCloseTo(0.360135, 5);
		expect(m.get('b')!.pagerank).toBeCloseTo(0.486486, 5);
		expect(m.get('c')!.pagerank).toBeCloseTo(0.153378, 5);
	});
});

describe('degree and weighted degree', () => {
	it('triangle + tail with weights a-b 2, b-c 3, a-c 5, c-d 7', () => {
		const m = computeMetrics(
			graph(
				['a', 'b', 'c', 'd'],
				[
					['a', 'b', 2],
					['b', 'c', 3],
					['a', 'c', 5],
					['c', 'd', 7]
				]
			)
		).byNode;
		expect(['a', 'b', 'c', 'd'].map((k) => [m.get(k)!.degree, m.get(k)!.weightedDegree])).toEqual([
			[2, 7], // 2 + 5
			[2, 5], // 2 + 3
			[3, 15], // 3 + 5 + 7
			[1, 7]
		]);
	});
});

describe('Louvain communities', () => {
	it('splits two triangles joined by one edge into the two triangles, numbered in node order', () => {
		const g = graph(
			['a', 'b', 'c', 'd', 'e', 'f'],
			[
				['a', 'b', 1],
				['b', 'c', 1],
				['a', 'c', 1],
				['d', 'e', 1],
				['e', 'f', 1],
				['d', 'f', 1],
				['c', 'd', 1]
			]
		);
		const { community, count } = communities(g, 1);
		expect(count).toBe(2);
		expect([...community.entries()]).toEqual([
			['a', 0],
			['b', 0],
			['c', 0],
			['d', 1],
			['e', 1],
			['f', 1]
		]);
	});

	it('gives each isolated person a community of their own and is the same on every run', () => {
		const g = graph(['x', 'a', 'b', 'y'], [['a', 'b', 4]]);
		const first = communities(g, 5);
		expect([...first.community.entries()]).toEqual([
			['x', 0],
			['a', 1],
			['b', 1],
			['y', 2]
		]);
		expect(first.count).toBe(3);
		expect(communities(g, 5)).toEqual(first);
	});

	it('gives an edgeless graph one community per node and uniform PageRank', () => {
		const g = graph(['p', 'q'], []);
		const m = computeMetrics(g);
		expect(m.communities).toBe(2);
		expect([m.byNode.get('p')!.pagerank, m.byNode.get('q')!.pagerank]).toEqual([0.5, 0.5]);
	});
});

describe('computeMetrics reports sampling', () => {
	it('is exact below the threshold and names the sample size above it', () => {
		expect(computeMetrics(path4()).betweennessSources).toBeNull();
		expect(computeMetrics(path4(), { betweennessSampleAbove: 3, betweennessSamples: 2 }).betweennessSources).toBe(2);
	});
});
