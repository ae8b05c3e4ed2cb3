/**
 * Evaluates a parsed lexicon expression over a message's words. Every way the expression is satisfied by
 * concrete words is an "instance": a run of word indexes plus a description naming the matched words.
 */
import type { PolicyNode, TermNode, WordPattern } from './ast';
import { HASH_BITS, KEY_BITS, KEY_SPACE, letterKey, normAt, wordHash, wordKeys, type Token, type WordKeys } from './tokenize';
import { COMMON_WORDS } from './common-words';

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
/** Words longer than this are not tested against patterns with `?` or an inner `*`. */
const MAX_PATTERN_WORD = 64;

const NONE_POSITIONS: number[] = [];

export class MessageWords {
	private byNorm: Map<string, number[]> | null = null;
	private terms: Map<string, MatchInstance[]> | null = null;
	private keys: number[] | null = null;
	constructor(
		readonly text: string,
		readonly tokens: Token[]
	) {}

	private index(): Map<string, number[]> {
		if (!this.byNorm) {
			const byNorm = new Map<string, number[]>();
			const tokens = this.tokens;
			for (let i = 0; i < tokens.length; i++) {
				const list = byNorm.get(tokens[i].norm);
				if (list) list.push(i);
				else byNorm.set(tokens[i].norm, [i]);
			}
			this.byNorm = byNorm;
		}
		return this.byNorm;
	}

	positionsOf(norm: string): number[] {
		return this.index().get(norm) ?? NONE_POSITIONS;
	}

	hasWord(norm: string): boolean {
		return this.index().has(norm);
	}

	hasPrefix(prefix: string): boolean {
		for (const t of this.tokens) if (t.norm.startsWith(prefix)) return true;
		return false;
	}

	/** Each distinct term is matched once per message, however many policies and clauses use it. */
	get termCache(): Map<string, MatchInstance[]> {
		return (this.terms ??= new Map());
	}

	/** The keys of each word's first two and three letters (`wordKeys`), worked out once for every policy's anchor test. */
	wordKeys(): number[] {
		if (!this.keys) {
			const keys: number[] = [];
			for (let i = 0; i < this.tokens.length; i++) keys.push(wordKeys(this.tokens[i].norm));
			this.keys = keys;
		}
		return this.keys;
	}

	quote(first: number, last: number): string {
		return `'${this.text.slice(this.tokens[first].start, this.tokens[last].end).replace(/\s+/g, ' ')}'`;
	}
}

function wordMatches(p: WordPattern, norm: string): boolean {
	if ('exact' in p) return p.exact === norm;
	if ('prefix' in p) return norm.startsWith(p.prefix);
	// several wildcards in one pattern backtrack; nobody writes a lexicon word this long (base64 blobs are)
	return norm.length <= MAX_PATTERN_WORD && p.regex.test(norm);
}

function termInstances(node: TermNode, words: MessageWords): MatchInstance[] {
	// most terms of a policy are absent from a message: say so without touching the cache
	const head = node.words[0];
	if ('exact' in head ? !words.hasWord(head.exact) : 'prefix' in head && !words.hasPrefix(head.prefix)) return NONE;
	const cached = words.termCache.get(node.key);
	if (cached) return cached;
	const found = findTerm(node, words);
	words.termCache.set(node.key, found);
	return found;
}

function findTerm(node: TermNode, words: MessageWords): MatchInstance[] {
	const { tokens } = words;
	const n = node.words.length;
	const head = node.words[0];
	const exactStarts = 'exact' in head ? words.positionsOf(head.exact) : null;
	const candidates = exactStarts ? exactStarts.length : tokens.length - n + 1;
	let out: MatchInstance[] | null = null;
	for (let c = 0; c < candidates; c++) {
		const s = exactStarts ? exactStarts[c] : c;
		if (s + n > tokens.length) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) ok = wordMatches(node.words[k], tokens[s + k].norm);
		if (!ok) continue;
		(out ??= []).push({ first: s, last: s + n - 1, description: words.quote(s, s + n - 1), parts: [[s, s + n - 1]] });
		if (out.length >= MAX_INSTANCES) break;
	}
	return out ?? NONE;
}

const NONE: MatchInstance[] = [];

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

function nearInstances(node: Extract<PolicyNode, { type: 'near' }>, left: MatchInstance[], right: MatchInstance[], words: MessageWords): MatchInstance[] {
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
			const cjk = allCjk(words, l) && allCjk(words, r);
			const unit = cjk ? (node.distance === 1 ? 'character' : 'characters') : node.distance === 1 ? 'word' : 'words';
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

const NO_MATCH: Evaluation = { matched: false, instances: [] };

/**
 * For each node, terms of which at least one must be present for the node to match (null: it can match without
 * any, as NOT can). Checking these first skips whole clauses, and usually whole policies, for a message that
 * holds none of their words. Of the two sides of an AND or a proximity only one is needed: the cheaper one.
 */
const requiredTerms = new WeakMap<PolicyNode, TermNode[] | null>();

function wordCost(w: WordPattern): number {
	if ('exact' in w) return COMMON_WORDS.has(w.exact) ? 20 : w.exact.length <= 2 ? 10 : 1;
	if ('prefix' in w) return COMMON_WORDS.has(w.prefix) ? 20 : w.prefix.length <= 3 ? 10 : 3;
	return 5;
}

/** The word of a term to look for first: every word of a phrase must be present, so the rarest one decides. */
function anchorWord(t: TermNode): WordPattern {
	let best = t.words[0];
	for (const w of t.words) if (wordCost(w) < wordCost(best)) best = w;
	return best;
}

function termCost(t: TermNode): number {
	return wordCost(anchorWord(t));
}

function cost(terms: TermNode[] | null): number {
	if (terms === null) return Infinity;
	let c = 0;
	for (const t of terms) c += termCost(t);
	return c;
}

function required(node: PolicyNode): TermNode[] | null {
	if (requiredTerms.has(node)) return requiredTerms.get(node)!;
	let out: TermNode[] | null;
	switch (node.type) {
		case 'term':
			out = [node];
			break;
		case 'not':
			out = null;
			break;
		case 'or': {
			const l = required(node.left);
			const r = required(node.right);
			out = l && r ? [...l, ...r] : null;
			break;
		}
		case 'near':
			if (node.negated) {
				out = required(node.left);
				break;
			}
		// falls through: either side of a proximity must be present, as for AND
		case 'and': {
			const l = required(node.left);
			const r = required(node.right);
			out = cost(l) <= cost(r) ? l : r;
			break;
		}
	}
	requiredTerms.set(node, out);
	return out;
}

const orAlternatives = new WeakMap<PolicyNode, PolicyNode[]>();

/** `a OR b OR c` parses as nested pairs; it is evaluated as one list. */
function alternatives(node: Extract<PolicyNode, { type: 'or' }>): PolicyNode[] {
	let list = orAlternatives.get(node);
	if (!list) {
		list = [];
		const stack: PolicyNode[] = [node];
		while (stack.length) {
			const n = stack.pop()!;
			if (n.type === 'or') stack.push(n.right, n.left);
			else list.push(n);
		}
		orAlternatives.set(node, list);
	}
	return list;
}

/** A node's required terms and the first-three-letter (and, for two-letter prefixes, two-letter) keys they start with. */
interface RequiredKeys {
	/** `required(node)`: null when the node can match without any word. */
	terms: TermNode[] | null;
	k3: Set<number>;
	k2: Set<number>;
	/** The same keys as lists, for a node with fewer keys than the message has words. */
	k3List: number[];
	k2List: number[];
	/** A required term may start with any word (a one-letter prefix, a pattern with a leading wildcard). */
	anyWord: boolean;
}

const requiredKeyCache = new WeakMap<PolicyNode, RequiredKeys>();

function requiredKeys(node: PolicyNode): RequiredKeys {
	let keys = requiredKeyCache.get(node);
	if (!keys) {
		const terms = required(node);
		keys = { terms, k3: new Set(), k2: new Set(), k3List: [], k2List: [], anyWord: false };
		for (const t of terms ?? []) {
			const head = anchorWord(t);
			const literal = 'exact' in head ? head.exact : 'prefix' in head ? head.prefix : literalStart(head.source);
			if ('exact' in head || literal.length >= 3) keys.k3.add(letterKey(literal, 3));
			else if (literal.length === 2) keys.k2.add(letterKey(literal, 2));
			else keys.anyWord = true;
		}
		keys.k3List = [...keys.k3];
		keys.k2List = [...keys.k2];
		requiredKeyCache.set(node, keys);
	}
	return keys;
}

/**
 * The three- and two-letter keys of the words of one message as bitsets, shared by every node tested against
 * that message: set when a message is first tested, cleared (by its own keys) when the next one is.
 */
const present3 = new Uint32Array(KEY_SPACE / 32);
const present2 = new Uint32Array(KEY_SPACE / 32);
let presentOwner: MessageWords | null = null;

function markPresentKeys(words: MessageWords): void {
	if (presentOwner === words) return;
	if (presentOwner) {
		for (const k of presentOwner.wordKeys()) {
			const k3 = k >>> KEY_BITS;
			const k2 = k & (KEY_SPACE - 1);
			present3[k3 >>> 5] = 0;
			present2[k2 >>> 5] = 0;
		}
	}
	for (const k of words.wordKeys()) {
		const k3 = k >>> KEY_BITS;
		const k2 = k & (KEY_SPACE - 1);
		present3[k3 >>> 5] |= 1 << (k3 & 31);
		present2[k2 >>> 5] |= 1 << (k2 & 31);
	}
	presentOwner = words;
}

/**
 * False when no word of the message starts like one of the node's required terms (by the keys of their first
 * three or two letters), so none of them is in it. Whichever is shorter is walked: the node's keys (looked up in
 * the message's key bitsets) or the message's words (looked up in the node's key sets).
 */
function mayHoldRequired(keys: RequiredKeys, words: MessageWords): boolean {
	if (keys.terms === null || keys.anyWord) return true;
	const wordKeyList = words.wordKeys();
	if (keys.k3List.length + keys.k2List.length < wordKeyList.length) {
		markPresentKeys(words);
		for (const k of keys.k3List) if (present3[k >>> 5] & (1 << (k & 31))) return true;
		for (const k of keys.k2List) if (present2[k >>> 5] & (1 << (k & 31))) return true;
		return false;
	}
	for (const k of wordKeyList) {
		if (keys.k3.has(k >>> KEY_BITS) || (keys.k2.size > 0 && keys.k2.has(k & (KEY_SPACE - 1)))) return true;
	}
	return false;
}

/**
 * False when none of the node's required terms is in the message. A node with few terms compares the message's
 * word keys with its own first; one with many looks up only the terms that start like a word of the message.
 */
function mayMatch(node: PolicyNode, words: MessageWords): boolean {
	const keys = requiredKeys(node);
	if (keys.terms === null) return true;
	if (keys.terms.length < MIN_INDEXED_ALTERNATIVES) {
		if (!mayHoldRequired(keys, words)) return false;
		for (const t of keys.terms) if (termInstances(t, words).length > 0) return true;
		return false;
	}
	const { by3, by2, always } = termIndex(node, keys.terms);
	for (const t of always) if (termInstances(t, words).length > 0) return true;
	for (const k of words.wordKeys()) {
		const at3 = by3.get(k >>> KEY_BITS);
		if (at3) for (const t of at3) if (termInstances(t, words).length > 0) return true;
		if (by2.size === 0) continue;
		const at2 = by2.get(k & (KEY_SPACE - 1));
		if (at2) for (const t of at2) if (termInstances(t, words).length > 0) return true;
	}
	return false;
}

/** An OR of at least this many alternatives is evaluated through its key index (`alternativeIndex`). */
const MIN_INDEXED_ALTERNATIVES = 4;

/**
 * Items by the keys they need a word of the message to start with (as `mayHoldRequired` tests them): the
 * alternatives of an OR by their required terms, the required terms of a node by their anchor words. An item
 * none of whose keys is a key of a message's word cannot match that message.
 */
interface KeyIndex<T> {
	by3: Map<number, T[]>;
	by2: Map<number, T[]>;
	/** Items that may match without any word of a known key (NOT, a one-letter prefix). */
	always: T[];
}

function keyIndex<T>(items: readonly T[], keysOf: (item: T) => RequiredKeys): KeyIndex<T> {
	const index: KeyIndex<T> = { by3: new Map(), by2: new Map(), always: [] };
	const add = (map: Map<number, T[]>, k: number, e: T) => {
		const at = map.get(k);
		if (!at) map.set(k, [e]);
		else if (at[at.length - 1] !== e) at.push(e);
	};
	for (const item of items) {
		const keys = keysOf(item);
		if (keys.terms === null || keys.anyWord) index.always.push(item);
		else {
			for (const k of keys.k3List) add(index.by3, k, item);
			for (const k of keys.k2List) add(index.by2, k, item);
		}
	}
	return index;
}

/** Alternatives by position in their list. */
type AlternativeIndex = KeyIndex<number>;

const alternativeIndexCache = new WeakMap<PolicyNode, AlternativeIndex>();

function alternativeIndex(node: PolicyNode, list: PolicyNode[]): AlternativeIndex {
	let index = alternativeIndexCache.get(node);
	if (!index) {
		index = keyIndex(
			list.map((_, i) => i),
			(i) => requiredKeys(list[i])
		);
		alternativeIndexCache.set(node, index);
	}
	return index;
}

const termIndexCache = new WeakMap<PolicyNode, KeyIndex<TermNode>>();

function termIndex(node: PolicyNode, terms: TermNode[]): KeyIndex<TermNode> {
	let index = termIndexCache.get(node);
	if (!index) {
		index = keyIndex(terms, requiredKeys);
		termIndexCache.set(node, index);
	}
	return index;
}

/** The positions in `list` of the alternatives that may match the message, in order. */
function candidateAlternatives(node: PolicyNode, list: PolicyNode[], words: MessageWords): number[] {
	const { by3, by2, always } = alternativeIndex(node, list);
	let out: number[] | null = always.length ? [...always] : null;
	for (const k of words.wordKeys()) {
		const at3 = by3.get(k >>> KEY_BITS);
		if (at3) (out ??= []).push(...at3);
		if (by2.size === 0) continue;
		const at2 = by2.get(k & (KEY_SPACE - 1));
		if (at2) (out ??= []).push(...at2);
	}
	if (!out) return NONE_POSITIONS;
	out.sort((a, b) => a - b);
	let kept = 0;
	for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i];
	out.length = kept;
	return out;
}

export function evaluate(node: PolicyNode, words: MessageWords): Evaluation {
	switch (node.type) {
		case 'term': {
			const instances = termInstances(node, words);
			return instances.length ? { matched: true, instances } : NO_MATCH;
		}
		case 'not': {
			const inner = evaluate(node.operand, words);
			return { matched: !inner.matched, instances: [] };
		}
		case 'or': {
			// a list of hundreds of alternatives is narrowed by the message's word keys to the few that may match
			const list = alternatives(node);
			const candidates = list.length >= MIN_INDEXED_ALTERNATIVES ? candidateAlternatives(node, list, words) : null;
			if (candidates ? candidates.length === 0 : !mayHoldRequired(requiredKeys(node), words)) return NO_MATCH;
			let first: Evaluation | null = null;
			let instances: MatchInstance[] | null = null;
			const count = candidates ? candidates.length : list.length;
			for (let c = 0; c < count; c++) {
				const e = evaluate(list[candidates ? candidates[c] : c], words);
				if (!e.matched) continue;
				if (!first) first = e;
				else {
					instances ??= [...first.instances];
					for (const i of e.instances) if (instances.length < MAX_INSTANCES) instances.push(i);
				}
			}
			if (!first) return NO_MATCH;
			return instances ? { matched: true, instances } : first;
		}
		case 'and': {
			if (!mayMatch(node, words)) return NO_MATCH;
			const l = evaluate(node.left, words);
			if (!l.matched) return NO_MATCH;
			const r = evaluate(node.right, words);
			if (!r.matched) return NO_MATCH;
			return { matched: true, instances: andInstances(l.instances, r.instances) };
		}
		case 'near': {
			if (!mayMatch(node, words)) return NO_MATCH;
			const l = evaluate(node.left, words);
			if (!l.matched) return NO_MATCH;
			const r = evaluate(node.right, words);
			const instances = nearInstances(node, l.instances, r.matched ? r.instances : [], words);
			return instances.length ? { matched: true, instances } : NO_MATCH;
		}
	}
}

/** A query's required terms as anchors: what anchorTest and anchorKeyTest look for. */
export interface Anchors {
	/** A required term may start with any word (nothing to test). */
	always: boolean;
	exact: Set<string>;
	// prefixes and patterns under the key of their first three (or two) letters; shorter ones are tried on every word
	by3: Map<number, Anchor[]>;
	by2: Map<number, Anchor[]>;
	everyWord: Anchor[];
	bits3: Uint32Array;
	bits2: Uint32Array;
	/** The whole-word hashes of the exact words, and the three-letter keys of the prefixes and patterns alone. */
	exactHashes: Uint32Array;
	patternBits3: Uint32Array;
}

const anchorCache = new WeakMap<PolicyNode, Anchors | null>();

/** The anchors of a query; null when it can match without any word (NOT …). */
export function anchorsOf(node: PolicyNode): Anchors | null {
	if (anchorCache.has(node)) return anchorCache.get(node)!;
	const terms = required(node);
	let anchors: Anchors | null = null;
	if (terms !== null) {
		const a: Anchors = {
			always: false,
			exact: new Set(),
			by3: new Map(),
			by2: new Map(),
			everyWord: [],
			bits3: new Uint32Array(KEY_SPACE / 32),
			bits2: new Uint32Array(KEY_SPACE / 32),
			exactHashes: new Uint32Array((1 << HASH_BITS) / 32),
			patternBits3: new Uint32Array(KEY_SPACE / 32)
		};
		const add = (bits: Uint32Array, map: Map<number, Anchor[]> | null, k: number, anchor: Anchor | null) => {
			bits[k >>> 5] |= 1 << (k & 31);
			if (!map || !anchor) return;
			const list = map.get(k);
			if (list) list.push(anchor);
			else map.set(k, [anchor]);
		};
		for (const t of terms) {
			const head = anchorWord(t);
			if ('exact' in head) {
				a.exact.add(head.exact);
				add(a.bits3, null, letterKey(head.exact, 3), null);
				add(a.exactHashes, null, wordHash(head.exact), null);
				continue;
			}
			const anchor: Anchor = 'prefix' in head ? { literal: head.prefix, regex: null } : { literal: literalStart(head.source), regex: head.regex };
			if (anchor.literal.length >= 3) {
				add(a.bits3, a.by3, letterKey(anchor.literal, 3), anchor);
				add(a.patternBits3, null, letterKey(anchor.literal, 3), null);
			} else if (anchor.literal.length === 2) add(a.bits2, a.by2, letterKey(anchor.literal, 2), anchor);
			else if (anchor.literal === '' && !anchor.regex) a.always = true;
			else a.everyWord.push(anchor);
		}
		anchors = a;
	}
	anchorCache.set(node, anchors);
	return anchors;
}

/**
 * A quick test over the message's words: false when no word can start any of the query's required terms, so the
 * query cannot match. Built once per query: a bit per key of the anchors' first three (or two) letters rejects most
 * words with one look-up; a word that passes is compared with the exact words and the prefixes of its key.
 */
export function anchorTest(node: PolicyNode): (words: MessageWords) => boolean {
	const a = anchorsOf(node);
	if (a === null || a.always) return () => true;
	const { exact, by3, by2, everyWord, bits3, bits2 } = a;
	return (words) => {
		const keys = words.wordKeys();
		const tokens = words.tokens;
		for (let i = 0; i < keys.length; i++) {
			const norm = tokens[i].norm;
			if (everyWord.length && anchorsMatch(everyWord, norm)) return true;
			const k3 = keys[i] >>> KEY_BITS;
			if (bits3[k3 >>> 5] & (1 << (k3 & 31))) {
				if (exact.has(norm)) return true;
				const list = by3.get(k3);
				if (list && anchorsMatch(list, norm)) return true;
			}
			const k2 = keys[i] & (KEY_SPACE - 1);
			if (bits2[k2 >>> 5] & (1 << (k2 & 31))) {
				const list = by2.get(k2);
				if (list && anchorsMatch(list, norm)) return true;
			}
		}
		return false;
	};
}

/**
 * anchorTest on the words of `wordKeysOf`, whose folded forms are made only for a word whose hash or key is an
 * anchor's. The words of a text before its disclaimers are blanked are a superset of those after, so on the raw
 * text's words this rules a message out before it is tokenised (false here: false from anchorTest).
 */
export function anchorKeyTest(node: PolicyNode): (words: WordKeys) => boolean {
	const a = anchorsOf(node);
	if (a === null || a.always || a.everyWord.length > 0) return () => true;
	const { exact, by3, by2, patternBits3, bits2, exactHashes } = a;
	return (words) => {
		const { keys, hashes } = words;
		for (let i = 0; i < keys.length; i++) {
			let norm: string | null = null;
			const h = hashes[i];
			if (exactHashes[h >>> 5] & (1 << (h & 31)) && exact.has((norm = normAt(words, i)))) return true;
			const k3 = keys[i] >>> KEY_BITS;
			if (patternBits3[k3 >>> 5] & (1 << (k3 & 31))) {
				const list = by3.get(k3);
				if (list && anchorsMatch(list, (norm ??= normAt(words, i)))) return true;
			}
			const k2 = keys[i] & (KEY_SPACE - 1);
			if (bits2[k2 >>> 5] & (1 << (k2 & 31))) {
				const list = by2.get(k2);
				if (list && anchorsMatch(list, (norm ??= normAt(words, i)))) return true;
			}
		}
		return false;
	};
}

/** A prefix (regex null) or a `?` / inner-`*` pattern with the letters every word it matches starts with. */
export interface Anchor {
	literal: string;
	regex: RegExp | null;
}

export function anchorMatches(a: Anchor, norm: string): boolean {
	return norm.startsWith(a.literal) && (!a.regex || (norm.length <= MAX_PATTERN_WORD && a.regex.test(norm)));
}

function anchorsMatch(list: Anchor[], norm: string): boolean {
	for (const a of list) if (anchorMatches(a, norm)) return true;
	return false;
}

/** The letters of a `?` / inner-`*` pattern before its first wildcard: every word it matches starts with them. */
function literalStart(source: string): string {
	const at = source.search(/[*?]/);
	return at < 0 ? source : source.slice(0, at);
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
