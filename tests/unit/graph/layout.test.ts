import { describe, expect, it } from 'vitest';
import { ForceAtlas2, initialPositions, type LayoutInput } from '$lib/graph/layout';

// Two triangles, 0-1-2 and 3-4-5, not connected to each other.
function twoTriangles(): LayoutInput {
	const { x, y } = initialPositions(6, 1);
	return {
		n: 6,
		sources: Uint32Array.from([0, 1, 0, 3, 4, 3]),
		targets: Uint32Array.from([1, 2, 2, 4, 5, 5]),
		weights: Float32Array.from([1, 1, 1, 1, 1, 1]),
		x,
		y
	};
}

const dist = (p: { x: Float32Array; y: Float32Array }, i: number, j: number) => Math.hypot(p.x[i] - p.x[j], p.y[i] - p.y[j]);

describe('ForceAtlas2 on flat arrays', () => {
	it('starts on a seeded circle: the same seed gives the same start, another seed another', () => {
		expect(initialPositions(5, 3)).toEqual(initialPositions(5, 3));
		expect(initialPositions(5, 3)).not.toEqual(initialPositions(5, 4));
	});

	it('is deterministic and moves nodes', () => {
		const a = new ForceAtlas2(twoTriangles());
		const b = new ForceAtlas2(twoTriangles());
		a.step(50);
		b.step(50);
		expect(a.positions()).toEqual(b.positions());
		expect(a.positions()).not.toEqual(new ForceAtlas2(twoTriangles()).positions());
	});

	it('pulls each triangle together and keeps the two apart', () => {
		const fa2 = new ForceAtlas2(twoTriangles());
		fa2.step(300);
		const p = fa2.positions();
		const within = Math.max(dist(p, 0, 1), dist(p, 1, 2), dist(p, 0, 2), dist(p, 3, 4), dist(p, 4, 5), dist(p, 3, 5));
		const across = Math.min(...[0, 1, 2].flatMap((i) => [3, 4, 5].map((j) => dist(p, i, j))));
		expect(within).toBeLessThan(across);
	});

	it('does nothing on an empty graph', () => {
		const fa2 = new ForceAtlas2({
			n: 0,
			sources: new Uint32Array(),
			targets: new Uint32Array(),
			weights: new Float32Array(),
			x: new Float32Array(),
			y: new Float32Array()
		});
		fa2.step(10);
		expect(fa2.positions()).toEqual({ x: new Float32Array(), y: new Float32Array() });
	});
});
