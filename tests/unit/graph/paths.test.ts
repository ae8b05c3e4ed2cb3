import { describe, expect, it } from 'vitest';
import { toGraphology } from '$lib/graph/graphology';
import { egoNetwork, pathEdges, shortestPath } from '$lib/graph/paths';
import type { GraphData } from '$lib/graph/types';

function graph(nodes: string[], edges: [string, string, number][]) {
	const data: GraphData = {
		nodes: nodes.map((key) => ({ key, label: key, messages: 1, riskHits: 0 })),
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

const sorted = (s: Set<string>) => [...s].sort();

describe('ego network', () => {
	const path5 = graph(
		['a', 'b', 'c', 'd', 'e'],
		[
			['a', 'b', 1],
			['b', 'c', 1],
			['c', 'd', 1],
			['d', 'e', 1]
		]
	);
	const triangleTail = graph(
		['a', 'b', 'c', 'd'],
		[
			['a', 'b', 1],
			['b', 'c', 1],
			['a', 'c', 1],
			['c', 'd', 1]
		]
	);

	it.each([
		['path of 5, centre c, 1 hop', path5, 'c', 1, ['b', 'c', 'd'], ['b|c', 'c|d']],
		['path of 5, centre c, 2 hops', path5, 'c', 2, ['a', 'b', 'c', 'd', 'e'], ['a|b', 'b|c', 'c|d', 'd|e']],
		['path of 5, end a, 2 hops', path5, 'a', 2, ['a', 'b', 'c'], ['a|b', 'b|c']],
		['triangle + tail, d, 1 hop', triangleTail, 'd', 1, ['c', 'd'], ['c|d']],
		// Two hops reach a and b; the a–b tie between them is part of the ego network.
		['triangle + tail, d, 2 hops', triangleTail, 'd', 2, ['a', 'b', 'c', 'd'], ['a|b', 'a|c', 'b|c', 'c|d']],
		['unknown person', triangleTail, 'zz', 1, [], []]
	] as const)('%s', (_n, g, center, hops, nodes, edges) => {
		const ego = egoNetwork(g, center, hops);
		expect(sorted(ego.nodes)).toEqual(nodes);
		expect(sorted(ego.edges)).toEqual(edges);
	});
});

describe('shortest path', () => {
	// a–c directly with weight 1 (length 1), or a–b–c with weights 10 and 10 (length 0.1 + 0.1 = 0.2).
	const g = graph(
		['a', 'b', 'c', 'x'],
		[
			['a', 'b', 10],
			['b', 'c', 10],
			['a', 'c', 1]
		]
	);

	it.each([
		['strongest ties: 1/weight lengths prefer the two heavy edges', 'a', 'c', 'strongest', ['a', 'b', 'c']],
		['fewest hops: the direct edge', 'a', 'c', 'fewest-hops', ['a', 'c']],
		['same person', 'b', 'b', 'strongest', ['b']],
		['not connected', 'a', 'x', 'strongest', null],
		['not connected, hops', 'a', 'x', 'fewest-hops', null],
		['unknown person', 'a', 'nobody', 'strongest', null]
	] as const)('%s', (_n, a, b, mode, expected) => {
		expect(shortestPath(g, a, b, mode)).toEqual(expected);
	});

	it('names the edges along a path', () => {
		expect(pathEdges(g, ['a', 'b', 'c'])).toEqual(['a|b', 'b|c']);
	});
});
