import type { QueryNode } from '../types';
import { fuzzyDistance, termValue, verifyPatterns, type Leaf } from './leaves';
import { codePoints, foldTextWithOffsets, runs, type Run } from './tokenize';

/** Levenshtein distance of a and b, or max+1 once it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
	const x = codePoints(a);
	const y = codePoints(b);
	if (Math.abs(x.length - y.length) > max) return max + 1;
	let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= y.length; j++) {
			const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev = cur;
	}
	return prev[y.length];
}

function positiveLeaves(node: QueryNode | null, negated: boolean, out: Leaf['node'][]): Leaf['node'][] {
	if (!node) return out;
	if (node.type === 'term' || node.type === 'phrase') {
		if (!negated) out.push(node);
	} else if (node.type === 'and' || node.type === 'or') for (const c of node.children) positiveLeaves(c, negated, out);
	else if (node.type === 'not') positiveLeaves(node.child, !negated, out);
	return out;
}

function wordMatches(query: Run, mode: 'exact' | 'prefix' | 'fuzzy', word: Run): boolean {
	const qs = query.alt === null ? [query.text] : [query.text, query.alt];
	const ws = word.alt === null ? [word.text] : [word.text, word.alt];
	for (const q of qs) {
		for (const w of ws) {
			if (mode === 'exact' && w === q) return true;
			if (mode === 'prefix' && w.startsWith(q)) return true;
			if (mode === 'fuzzy') {
				const max = fuzzyDistance(q);
				if (editDistance(q, w, max) <= max) return true;
			}
		}
	}
	return false;
}

function occurrences(hay: string, needle: string, boundaries: [boolean, boolean]): number[] {
	const out: number[] = [];
	if (needle.length === 0) return out;
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
		if (boundaries[0] && i > 0 && hay[i - 1] !== ' ') continue;
		const after = i + needle.length;
		if (boundaries[1] && after < hay.length && hay[after] !== ' ') continue;
		out.push(i);
	}
	return out;
}

/** UTF-16 ranges of `text` that the query's positive words and phrases match, sorted and merged. */
export function highlightRanges(text: string, ast: QueryNode | null): [number, number][] {
	const leaves = positiveLeaves(ast, false, []);
	if (leaves.length === 0 || text.length === 0) return [];
	const words = runs(text);
	let folded: ReturnType<typeof foldTextWithOffsets> | null = null;
	const ranges: [number, number][] = [];
	for (const node of leaves) {
		const rs = runs(termValue(node));
		if (rs.length === 0) continue;
		if (rs.length === 1 && !rs[0].cjk) {
			const mode = node.type === 'term' ? node.mode : 'exact';
			for (const w of words) if (!w.cjk && wordMatches(rs[0], mode, w)) ranges.push([w.start, w.end]);
			continue;
		}
		folded ??= foldTextWithOffsets(text);
		const f = folded;
		const single = rs.length === 1 ? codePoints(rs[0].text) : null;
		// A one-character CJK query matches wherever the character occurs; longer CJK and phrases as folded text.
		const patterns = single && single.length === 1 ? [rs[0].text] : verifyPatterns(rs);
		const bounds: [boolean, boolean] = [!rs[0].cjk, !rs[rs.length - 1].cjk];
		for (const p of patterns) {
			for (const i of occurrences(f.folded, p, bounds)) ranges.push([f.from[i], f.to[i + p.length - 1]]);
		}
	}
	return merge(ranges);
}

function merge(ranges: [number, number][]): [number, number][] {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: [number, number][] = [];
	for (const r of ranges) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}
