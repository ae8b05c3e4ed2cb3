/**
 * Evaluates a parsed lexicon expression over a message's words. Every way the expression is satisfied by
 * concrete words is an "instance": a run of word indexes plus a description naming the matched words.
 */
import type { PolicyNode, TermNode, WordPattern } from './ast';
import type { Token } from './tokenize';

export interface MatchInstance {
	/** First and last word index (inclusive) covered by the matched terms. */
	first: number;
	last: number;
	/** Names the matched words, e.g. "'guaranteed' within 5 words of 'returns'". */
	description: string;
	/** The word ranges [first, last] of each matched term; a proximity never pairs a word with itself. */
	parts: [number, number][];
}

export interface Evaluation {
	matched: boolean;
	instances: MatchInstance[];
}

/** Bounds the work on pathological messages (a word repeated thousands of times). */
const MAX_INSTANCES = 64;

export class MessageWords {
	private byNorm: Map<string, number[]> | null = null;
	constructor(
		readonly text: string,
		readonly tokens: Token[]
	) {}

	positionsOf(norm: string): number[] {
		if (!this.byNorm) {
			this.byNorm = new Map();
			this.tokens.forEach((t, i) => {
				const list = this.byNorm!.get(t.norm);
				if (list) list.push(i);
				else this.byNorm!.set(t.norm, [i]);
			});
		}
		return this.byNorm.get(norm) ?? [];
	}

	quote(first: number, last: number): string {
		return `'${this.text.slice(this.tokens[first].start, this.tokens[last].end).replace(/\s+/g, ' ')}'`;
	}
}

function wordMatches(p: WordPattern, norm: string): boolean {
	return 'exact' in p ? p.exact === norm : p.regex.test(norm);
}

function termInstances(node: TermNode, words: MessageWords): MatchInstance[] {
	const { tokens } = words;
	const n = node.words.length;
	const head = node.words[0];
	const starts = 'exact' in head ? words.positionsOf(head.exact) : tokens.map((_, i) => i);
	const out: MatchInstance[] = [];
	for (const s of starts) {
		if (s + n > tokens.length) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) ok = wordMatches(node.words[k], tokens[s + k].norm);
		if (!ok) continue;
		out.push({ first: s, last: s + n - 1, description: words.quote(s, s + n - 1), parts: [[s, s + n - 1]] });
		if (out.length >= MAX_INSTANCES) break;
	}
	return out;
}

function allCjk(words: MessageWords, i: MatchInstance): boolean {
	for (let k = i.first; k <= i.last; k++) if (!words.tokens[k].cjk) return false;
	return true;
}

function shareWords(a: MatchInstance, b: MatchInstance): boolean {
	return a.parts.some(([f1, l1]) => b.parts.some(([f2, l2]) => f1 <= l2 && f2 <= l1));
}

/**
 * Words from the end of one instance to the start of the other (1 = adjacent, 0 when one lies inside the
 * other's span without sharing a matched word); null when they match the same word.
 */
function gap(a: MatchInstance, b: MatchInstance): number | null {
	if (a.last < b.first) return b.first - a.last;
	if (b.last < a.first) return a.first - b.last;
	return shareWords(a, b) ? null : 0;
}

function combine(a: MatchInstance, b: MatchInstance, description: string): MatchInstance {
	return {
		first: Math.min(a.first, b.first),
		last: Math.max(a.last, b.last),
		description,
		parts: [...a.parts, ...b.parts]
	};
}

function nearInstances(
	node: Extract<PolicyNode, { type: 'near' }>,
	left: MatchInstance[],
	right: MatchInstance[],
	words: MessageWords
): MatchInstance[] {
	const within = (l: MatchInstance, r: MatchInstance): boolean => {
		const g = gap(l, r);
		if (g === null || g > node.distance) return false;
		if (node.order === 'after') return l.last < r.first;
		if (node.order === 'before') return r.last < l.first;
		return true;
	};
	if (node.negated) return left.filter((l) => !right.some((r) => within(l, r)));
	const out: MatchInstance[] = [];
	for (const l of left) {
		for (const r of right) {
			if (!within(l, r)) continue;
			const unit = allCjk(words, l) && allCjk(words, r) ? 'characters' : 'words';
			const relation =
				node.order === 'after'
					? `followed within ${node.distance} ${unit} by`
					: node.order === 'before'
						? `preceded within ${node.distance} ${unit} by`
						: `within ${node.distance} ${unit} of`;
			out.push(combine(l, r, `${l.description} ${relation} ${r.description}`));
			if (out.length >= MAX_INSTANCES) return out;
		}
	}
	return out;
}

function andInstances(left: MatchInstance[], right: MatchInstance[]): MatchInstance[] {
	if (left.length === 0) return right;
	if (right.length === 0) return left;
	const out: MatchInstance[] = [];
	for (const l of left) {
		let best = right[0];
		let bestDistance = Infinity;
		for (const r of right) {
			const d = Math.abs(r.first - l.first);
			if (d < bestDistance) {
				best = r;
				bestDistance = d;
			}
		}
		out.push(combine(l, best, `${l.description} and ${best.description}`));
	}
	return out;
}

export function evaluate(node: PolicyNode, words: MessageWords): Evaluation {
	switch (node.type) {
		case 'term': {
			const instances = termInstances(node, words);
			return { matched: instances.length > 0, instances };
		}
		case 'not': {
			const inner = evaluate(node.operand, words);
			return { matched: !inner.matched, instances: [] };
		}
		case 'or': {
			const l = evaluate(node.left, words);
			const r = evaluate(node.right, words);
			const instances = [...(l.matched ? l.instances : []), ...(r.matched ? r.instances : [])];
			return { matched: l.matched || r.matched, instances: instances.slice(0, MAX_INSTANCES) };
		}
		case 'and': {
			const l = evaluate(node.left, words);
			if (!l.matched) return { matched: false, instances: [] };
			const r = evaluate(node.right, words);
			if (!r.matched) return { matched: false, instances: [] };
			return { matched: true, instances: andInstances(l.instances, r.instances) };
		}
		case 'near': {
			const l = evaluate(node.left, words);
			if (!l.matched) return { matched: false, instances: [] };
			const r = evaluate(node.right, words);
			const instances = nearInstances(node, l.instances, r.matched ? r.instances : [], words);
			return { matched: instances.length > 0, instances };
		}
	}
}

/** Keeps the instances that do not overlap an earlier (or longer, at the same start) one. */
export function distinctInstances(instances: MatchInstance[]): MatchInstance[] {
	const sorted = [...instances].sort((a, b) => a.first - b.first || b.last - a.last || b.parts.length - a.parts.length);
	const out: MatchInstance[] = [];
	for (const i of sorted) {
		const prev = out[out.length - 1];
		if (prev && i.first <= prev.last) continue;
		out.push(i);
	}
	return out;
}
