import { buildGraph } from '../../src/lib/graph/build.ts';
import { generatePairRows } from '../../src/lib/graph/generate.ts';
import { toGraphology } from '../../src/lib/graph/graphology.ts';
import { ForceAtlas2, initialPositions } from '../../src/lib/graph/layout.ts';
import { betweenness, communities } from '../../src/lib/graph/metrics.ts';
import { DEFAULT_OPTIONS } from '../../src/lib/graph/types.ts';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { fixed, printTable } from '../lib/table.ts';

/**
 * Contact graph at 1,000, 5,000 and 20,000 people with ~10 contacts each, from generated pair rows (what the SQL
 * returns): build (pair rows → nodes/edges → graphology), ForceAtlas2 (100 iterations, in process; the app runs the
 * same code in a worker), PageRank + Louvain, and betweenness from 100 sampled sources (the exact all-sources time
 * is that × people / 100, O(V·E); the app samples 100 sources above 2,000 people).
 */
const SIZES = (process.env.BENCH_GRAPH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const EDGES_PER_PERSON = 10;
const ITERATIONS = 100;
const SAMPLES = 100;

function time<T>(f: () => T): [T, number] {
	const t = performance.now();
	const out = f();
	return [out, performance.now() - t];
}

export async function run(): Promise<void> {
	const rows: (string | number)[][] = [];
	for (const n of SIZES) {
		const { persons, pairs } = generatePairRows(n, EDGES_PER_PERSON, 7);
		const [graph, buildMs] = time(() => toGraphology(buildGraph(persons, pairs, DEFAULT_OPTIONS)));
		const index = new Map(graph.nodes().map((k, i) => [k, i]));
		const m = graph.size;
		const sources = new Uint32Array(m);
		const targets = new Uint32Array(m);
		const weights = new Float32Array(m);
		let e = 0;
		graph.forEachEdge((_k, a, s, t) => {
			sources[e] = index.get(s)!;
			targets[e] = index.get(t)!;
			weights[e++] = a.weight;
		});
		const { x, y } = initialPositions(n, 1);
		const [, layoutMs] = time(() => new ForceAtlas2({ n, sources, targets, weights, x, y }).step(ITERATIONS));
		const [, prMs] = time(() => pagerank(graph, { getEdgeWeight: 'weight' }));
		const [, louvainMs] = time(() => communities(graph, 1));
		const [, btwMs] = time(() => betweenness(graph, { sources: SAMPLES, seed: 1 }));
		rows.push([
			n.toLocaleString('en'),
			m.toLocaleString('en'),
			fixed(buildMs),
			fixed(layoutMs),
			fixed(layoutMs / ITERATIONS, 2),
			fixed(prMs),
			fixed(louvainMs),
			fixed(btwMs),
			fixed((btwMs * n) / SAMPLES / 1000, 1)
		]);
	}
	printTable(
		`Contact graph (${EDGES_PER_PERSON} contacts per person, ForceAtlas2 ${ITERATIONS} iterations, betweenness from ${SAMPLES} sources)`,
		['people', 'edges', 'build ms', 'FA2 ms', 'FA2 ms/iter', 'PageRank ms', 'Louvain ms', `betweenness ${SAMPLES} src ms`, 'exact betweenness s (est.)'],
		rows
	);
}
