/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
	private parent: Int32Array;
	private size: Int32Array;

	constructor(n: number) {
		this.parent = Int32Array.from({ length: n }, (_, i) => i);
		this.size = new Int32Array(n).fill(1);
	}

	find(i: number): number {
		while (this.parent[i] !== i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return i;
	}

	union(a: number, b: number): void {
		let ra = this.find(a);
		let rb = this.find(b);
		if (ra === rb) return;
		if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
		this.parent[rb] = ra;
		this.size[ra] += this.size[rb];
	}
}
