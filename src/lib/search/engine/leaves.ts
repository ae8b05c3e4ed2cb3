import type { QueryNode } from '../types';
import type { EngineState } from './state';
import { codePoints, runs, verifyForms, type Run } from './tokenize';

/** A term id with the weight its matches get in ranking. */
export interface TermRef {
	term: number;
	weight: number;
}

/** Byte patterns a document's folded text must contain (any one of them). */
export interface Verify {
	patterns: Uint8Array[];
	/** The match must start (end) at a word boundary: the text edge or a space. */
	startBoundary: boolean;
	endBoundary: boolean;
}

/**
 * A positive word or phrase of a query, resolved against the dictionary: a document matches when, for every group,
 * it contains one of the group's terms, and then its folded text contains one of the verify patterns (if any).
 */
export interface Leaf {
	node: Extract<QueryNode, { type: 'term' } | { type: 'phrase' }>;
	label: string;
	groups: TermRef[][];
	verify: Verify | null;
	/** The groups are consecutive words (a phrase of non-CJK words): word positions can settle most candidates. */
	consecutive: boolean;
}

export const PREFIX_WEIGHT = 0.5;
export const FUZZY_WEIGHT = 0.5;
const MAX_VERIFY_PATTERNS = 16;
const encoder = new TextEncoder();

export function leafLabel(node: Leaf['node']): string {
	if (node.type === 'phrase') return `"${node.value}"`;
	if (node.mode === 'prefix') return node.value.endsWith('*') ? node.value : node.value + '*';
	if (node.mode === 'fuzzy') return node.value.endsWith('~') ? node.value : node.value + '~';
	return node.value;
}

/** The word of a term node without a trailing `*` / `~` the parser may have left on it. */
export function termValue(node: Leaf['node']): string {
	if (node.type === 'term' && node.mode === 'prefix') return node.value.replace(/\*+$/, '');
	if (node.type === 'term' && node.mode === 'fuzzy') return node.value.replace(/~\d*$/, '');
	return node.value;
}

export function fuzzyDistance(word: string): number {
	return codePoints(word).length <= 5 ? 1 : 2;
}

function exact(state: EngineState, term: string): TermRef[] {
	const id = state.terms.idOf(term);
	return id < 0 ? [] : [{ term: id, weight: 1 }];
}

/** Terms for a CJK run: a unigram, bigrams, or (3+ characters) one group per bigram. */
function cjkGroups(state: EngineState, run: Run): TermRef[][] {
	const cps = codePoints(run.text);
	if (cps.length === 1) {
		const c = cps[0];
		const refs = new Map<number, TermRef>();
		state.terms.withPrefix(c, (id) => refs.set(id, { term: id, weight: 1 }));
		for (const id of state.terms.cjkBySecond(c)) refs.set(id, { term: id, weight: 1 });
		return [byText(state, refs)];
	}
	const groups: TermRef[][] = [];
	const seen = new Set<string>();
	for (let k = 0; k + 1 < cps.length; k++) {
		const bigram = cps[k] + cps[k + 1];
		if (seen.has(bigram)) continue;
		seen.add(bigram);
		groups.push(exact(state, bigram));
	}
	return groups;
}

function wordGroup(state: EngineState, run: Run, mode: 'exact' | 'prefix' | 'fuzzy'): TermRef[] {
	const forms = run.alt === null ? [run.text] : [run.text, run.alt];
	const refs = new Map<number, TermRef>();
	const put = (id: number, weight: number) => {
		const prev = refs.get(id);
		if (!prev || prev.weight < weight) refs.set(id, { term: id, weight });
	};
	for (const form of forms) {
		if (mode === 'exact') {
			const id = state.terms.idOf(form);
			if (id >= 0) put(id, 1);
		} else if (mode === 'prefix') {
			state.terms.withPrefix(form, (id, whole) => put(id, whole ? 1 : PREFIX_WEIGHT));
		} else {
			for (const [id, distance] of state.terms.fuzzy(form, fuzzyDistance(form))) put(id, distance === 0 ? 1 : FUZZY_WEIGHT / distance);
		}
	}
	return byText(state, refs);
}

/**
 * The refs in the order of their terms' text: scores add term by term in float32, so the order must not depend on
 * the dictionary's layout (an index and its shards hold the same terms in different trees).
 */
function byText(state: EngineState, refs: Map<number, TermRef>): TermRef[] {
	const out = [...refs.values()];
	if (out.length < 2) return out;
	const rank = state.terms.ranks();
	return out.sort((a, b) => rank[a.term] - rank[b.term]);
}

/** Folded-text spellings of a run sequence (words joined by one space), at most 16. */
export function verifyPatterns(rs: Run[]): string[] {
	let patterns = [''];
	rs.forEach((run, k) => {
		const next: string[] = [];
		for (const p of patterns) for (const f of verifyForms(run)) next.push(k === 0 ? f : p + ' ' + f);
		patterns = next.slice(0, MAX_VERIFY_PATTERNS);
	});
	return patterns;
}

function verifyOf(rs: Run[]): Verify {
	return {
		patterns: verifyPatterns(rs).map((p) => encoder.encode(p)),
		startBoundary: !rs[0].cjk,
		endBoundary: !rs[rs.length - 1].cjk
	};
}

export function resolveLeaf(state: EngineState, node: Leaf['node']): Leaf {
	const label = leafLabel(node);
	const rs = runs(termValue(node));
	if (rs.length === 0) return { node, label, groups: [[]], verify: null, consecutive: false };
	if (node.type === 'term' && rs.length === 1 && !rs[0].cjk) {
		return { node, label, groups: [wordGroup(state, rs[0], node.mode)], verify: null, consecutive: false };
	}
	if (rs.length === 1 && rs[0].cjk) {
		const long = codePoints(rs[0].text).length >= 3;
		return { node, label, groups: cjkGroups(state, rs[0]), verify: long ? verifyOf(rs) : null, consecutive: false };
	}
	if (rs.length === 1) return { node, label, groups: [wordGroup(state, rs[0], 'exact')], verify: null, consecutive: false };
	// Several runs (a phrase, or a term such as e-mail or 用WeChat): every run's terms, then the text.
	const groups: TermRef[][] = [];
	for (const run of rs) {
		if (run.cjk) groups.push(...cjkGroups(state, run));
		else groups.push(wordGroup(state, run, 'exact'));
	}
	return { node, label, groups, verify: verifyOf(rs), consecutive: rs.every((r) => !r.cjk) };
}

/** True when bytes[from, to) contains one of the patterns, respecting word boundaries. */
export function textContains(bytes: Uint8Array, from: number, to: number, v: Verify): boolean {
	for (const p of v.patterns) {
		const plen = p.length;
		if (plen === 0) continue;
		const first = p[0];
		const last = to - plen;
		outer: for (let i = from; i <= last; i++) {
			if (bytes[i] !== first) continue;
			for (let k = 1; k < plen; k++) if (bytes[i + k] !== p[k]) continue outer;
			if (v.startBoundary && i > from && bytes[i - 1] !== 0x20) continue;
			if (v.endBoundary && i + plen < to && bytes[i + plen] !== 0x20) continue;
			return true;
		}
	}
	return false;
}
