import iterate from 'graphology-layout-forceatlas2/iterate.js';
import DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { seededRandom } from './random';

/** The graph as flat arrays: what the layout worker receives (node i = position i; edges as index pairs). */
export interface LayoutInput {
	n: number;
	sources: Uint32Array;
	targets: Uint32Array;
	weights: Float32Array;
	x: Float32Array;
	y: Float32Array;
}

// graphology-layout-forceatlas2's matrix layout: 10 numbers per node, 3 per edge.
const PPN = 10;
const PPE = 3;

/** Seeded start: nodes on a circle (in order) with a little jitter, so the same graph always lays out the same way. */
export function initialPositions(n: number, seed = 1): { x: Float32Array; y: Float32Array } {
	const rand = seededRandom(seed);
	const x = new Float32Array(n);
	const y = new Float32Array(n);
	const r = 10 * Math.sqrt(Math.max(n, 1));
	for (let i = 0; i < n; i++) {
		const a = (2 * Math.PI * i) / Math.max(n, 1);
		x[i] = r * Math.cos(a) + (rand() - 0.5) * r * 0.1;
		y[i] = r * Math.sin(a) + (rand() - 0.5) * r * 0.1;
	}
	return { x, y };
}

/**
 * ForceAtlas2 settings for n nodes: graphology's inferSettings, but Barnes–Hut above 1,000 nodes, damped edge weights,
 * and up to 1,000 nodes a stronger gravity, which on the bundled samples (many small components) left no drawn circles
 * overlapping where inferSettings' gravity 0.05 left 39 pairs overlapping; big graphs keep 0.05 so they spread out.
 */
export function layoutSettings(n: number): Required<ForceAtlas2Settings> {
	return {
		...DEFAULTS,
		barnesHutOptimize: n > 1000,
		strongGravityMode: true,
		gravity: n > 1000 ? 0.05 : 1,
		edgeWeightInfluence: 0.5,
		scalingRatio: 10,
		slowDown: 1 + Math.log(Math.max(n, 1))
	};
}

/** ForceAtlas2 on flat arrays; edge weights are damped to log(1 + weight) so one very busy pair does not collapse the picture. */
export class ForceAtlas2 {
	private readonly nodes: Float32Array;
	private readonly edges: Float32Array;
	private readonly settings: Required<ForceAtlas2Settings>;
	readonly n: number;

	constructor(input: LayoutInput, settings: Required<ForceAtlas2Settings> = layoutSettings(input.n)) {
		this.n = input.n;
		this.settings = settings;
		this.nodes = new Float32Array(input.n * PPN);
		for (let i = 0; i < input.n; i++) {
			const j = i * PPN;
			this.nodes[j] = input.x[i];
			this.nodes[j + 1] = input.y[i];
			this.nodes[j + 6] = 1; // mass: 1 + weighted degree, below
			this.nodes[j + 7] = 1; // convergence
			this.nodes[j + 8] = 1; // size
		}
		const m = input.sources.length;
		this.edges = new Float32Array(m * PPE);
		for (let e = 0; e < m; e++) {
			const s = input.sources[e] * PPN;
			const t = input.targets[e] * PPN;
			const w = Math.log1p(Math.max(0, input.weights[e]));
			this.nodes[s + 6] += w;
			this.nodes[t + 6] += w;
			this.edges[e * PPE] = s;
			this.edges[e * PPE + 1] = t;
			this.edges[e * PPE + 2] = w;
		}
	}

	step(iterations: number): void {
		if (this.n === 0) return;
		for (let i = 0; i < iterations; i++) iterate(this.settings, this.nodes, this.edges);
	}

	positions(): { x: Float32Array; y: Float32Array } {
		const x = new Float32Array(this.n);
		const y = new Float32Array(this.n);
		for (let i = 0; i < this.n; i++) {
			x[i] = this.nodes[i * PPN];
			y[i] = this.nodes[i * PPN + 1];
		}
		return { x, y };
	}
}
