import { MESSAGE_KINDS } from '../../model/types';
import type { QueryNode } from '../types';
import { datePeriod, nameForms, nameMatches, riskCategoryMatches } from './filters';
import { resolveLeaf, textContains, type Leaf, type Verify } from './leaves';
import { averageLength, lengthNorms, timeRanks } from './rank';
import { allDocs, complement, difference, EMPTY, filterSet, intersect, scanAll, union } from './sets';
import type { EngineState } from './state';

type FilterNode = Extract<QueryNode, { type: 'filter' }>;
type LeafNode = Leaf['node'];
type Predicate = (d: number) => boolean;

const NEVER: Predicate = () => false;

/** Caches over the documents, rebuilt when the state's version changes. */
export class Derived {
	version = -1;
	/** Document numbers sorted by message id (for risk pairs). */
	private byMsgId: Int32Array | null = null;
	private riskDocs: Map<string, Int32Array> | null = null;
	private ranks: Uint32Array | null = null;
	private norms: { once: Float32Array; norm: Float32Array } | null = null;
	private normsAt = NaN;

	constructor(private state: EngineState) {}

	private check(): void {
		if (this.version !== this.state.version) {
			this.version = this.state.version;
			this.byMsgId = null;
			this.riskDocs = null;
			this.ranks = null;
			this.norms = null;
		}
	}

	/** BM25 length factors per document, for the index's own mean length or a corpus's. */
	lengthNorms(avgLen = averageLength(this.state.n, this.state.totalLen)): { once: Float32Array; norm: Float32Array } {
		this.check();
		if (!this.norms || this.normsAt !== avgLen) {
			this.norms = lengthNorms(this.state, avgLen);
			this.normsAt = avgLen;
		}
		return this.norms;
	}

	/** Each document's place in time order. */
	timeRanks(): Uint32Array {
		this.check();
		this.ranks ??= timeRanks(this.state.tsOf, this.state.n);
		return this.ranks;
	}

	docOfMessage(id: number): number {
		this.check();
		const s = this.state;
		if (!this.byMsgId) {
			const order = allDocs(s.n);
			let sorted = true;
			for (let d = 1; d < s.n; d++) if (s.msgId[d] < s.msgId[d - 1]) sorted = false;
			if (!sorted) order.sort((a, b) => s.msgId[a] - s.msgId[b] || a - b);
			this.byMsgId = order;
		}
		const order = this.byMsgId;
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (s.msgId[order[mid]] < id) lo = mid + 1;
			else hi = mid;
		}
		return lo < order.length && s.msgId[order[lo]] === id ? order[lo] : -1;
	}

	/** Documents per risk category. */
	risk(): Map<string, Int32Array> {
		this.check();
		if (this.riskDocs) return this.riskDocs;
		const s = this.state;
		const lists = new Map<string, number[]>();
		for (let i = 0; i < s.riskIds.length; i++) {
			const d = this.docOfMessage(s.riskIds[i]);
			if (d < 0) continue;
			const cat = s.riskCats[i];
			let list = lists.get(cat);
			if (!list) lists.set(cat, (list = []));
			list.push(d);
		}
		const out = new Map<string, Int32Array>();
		for (const [cat, list] of lists) {
			const a = Int32Array.from(list).sort();
			let w = 0;
			for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[w - 1]) a[w++] = a[i];
			out.set(cat, a.subarray(0, w));
		}
		this.riskDocs = out;
		return out;
	}
}

/** The words and phrases of a query not under a NOT, in query order: the terms that rank. */
export function positiveLeaves(ast: QueryNode, negated = false, out: LeafNode[] = []): LeafNode[] {
	switch (ast.type) {
		case 'term':
		case 'phrase':
			if (!negated) out.push(ast);
			break;
		case 'and':
		case 'or':
			for (const c of ast.children) positiveLeaves(c, negated, out);
			break;
		case 'not':
			positiveLeaves(ast.child, !negated, out);
			break;
	}
	return out;
}

/** Evaluates one query: document sets for each node, with the resolved positive leaves kept for ranking. */
export class Evaluation {
	/** Resolved leaves not under a NOT, in query order. */
	readonly positives: Leaf[] = [];
	private leafCache = new Map<LeafNode, { leaf: Leaf; docs: Int32Array }>();

	constructor(
		private state: EngineState,
		private derived: Derived
	) {}

	run(ast: QueryNode): Int32Array {
		for (const node of positiveLeaves(ast)) this.positives.push(this.leafDocs(node).leaf);
		return this.evalNode(ast);
	}

	/** The leaf's documents (cached for this query). */
	leafDocs(node: LeafNode): { leaf: Leaf; docs: Int32Array } {
		let hit = this.leafCache.get(node);
		if (!hit) {
			const leaf = resolveLeaf(this.state, node);
			hit = { leaf, docs: this.matchLeaf(leaf) };
			this.leafCache.set(node, hit);
		}
		return hit;
	}

	private matchLeaf(leaf: Leaf): Int32Array {
		const s = this.state;
		const p = s.postings;
		if (leaf.consecutive && leaf.verify && leaf.groups.every((g) => g.length === 1)) {
			return this.matchConsecutive(
				leaf.groups.map((g) => g[0].term),
				leaf.verify
			);
		}
		const sets = leaf.groups.map((g) =>
			union(
				g.map((r) => p.docsOf(r.term)),
				s.n
			)
		);
		sets.sort((a, b) => a.length - b.length);
		let docs = sets[0] ?? EMPTY;
		for (let k = 1; k < sets.length && docs.length > 0; k++) docs = intersect(docs, sets[k]);
		const v = leaf.verify;
		if (v && docs.length > 0) docs = filterSet(docs, (d) => textContains(s.textBytes, s.textStart(d), s.textEnd[d], v));
		return docs;
	}

	/**
	 * A phrase of words, each one index term: walks the posting lists together; where every word occurs once
	 * (tf 1) the first-occurrence positions decide, else the folded text does.
	 */
	private matchConsecutive(terms: number[], verify: Verify): Int32Array {
		const s = this.state;
		const p = s.postings;
		const k = terms.length;
		const starts = terms.map((t) => p.start(t));
		const ends = terms.map((t, j) => starts[j] + p.df(t));
		let lead = 0;
		for (let j = 1; j < k; j++) if (ends[j] - starts[j] < ends[lead] - starts[lead]) lead = j;
		const { docs, tfs, firsts } = p;
		const at = starts.slice();
		const out = new Int32Array(ends[lead] - starts[lead]);
		let count = 0;
		outer: for (let i = starts[lead]; i < ends[lead]; i++) {
			const d = docs[i];
			for (let j = 0; j < k; j++) {
				let x = at[j];
				const end = ends[j];
				if (x < end && docs[x] < d) {
					// Gallop, then binary search.
					let step = 1;
					while (x + step < end && docs[x + step] < d) step *= 2;
					let lo = x + (step >> 1);
					let hi = Math.min(end, x + step + 1);
					while (lo < hi) {
						const mid = (lo + hi) >>> 1;
						if (docs[mid] < d) lo = mid + 1;
						else hi = mid;
					}
					x = lo;
				}
				at[j] = x;
				if (x >= end) break outer;
				if (docs[x] !== d) continue outer;
			}
			let adjacent = true;
			let once = true;
			const first0 = firsts[at[0]];
			for (let j = 0; j < k; j++) {
				const f = firsts[at[j]];
				if (f === 255) once = false;
				if (tfs[at[j]] !== 1) once = false;
				if (f !== first0 + j) adjacent = false;
			}
			if (adjacent && first0 !== 255) out[count++] = d;
			else if (!once && textContains(s.textBytes, s.textStart(d), s.textEnd[d], verify)) out[count++] = d;
		}
		return out.subarray(0, count);
	}

	private evalNode(node: QueryNode): Int32Array {
		const n = this.state.n;
		switch (node.type) {
			case 'term':
			case 'phrase':
				return this.leafDocs(node).docs;
			case 'filter':
				return scanAll(n, this.predicate(node));
			case 'not':
				return complement(this.evalNode(node.child), n);
			case 'or':
				return union(
					node.children.map((c) => this.evalNode(c)),
					n
				);
			case 'and':
				return this.evalAnd(node.children);
			default:
				return EMPTY;
		}
	}

	private evalAnd(children: QueryNode[]): Int32Array {
		const n = this.state.n;
		const positives: QueryNode[] = [];
		const predicates: Predicate[] = [];
		const negatives: QueryNode[] = [];
		for (const c of children) {
			if (c.type === 'filter') predicates.push(this.predicate(c));
			else if (c.type === 'not' && c.child.type === 'filter') {
				const p = this.predicate(c.child);
				predicates.push((d) => !p(d));
			} else if (c.type === 'not') negatives.push(c.child);
			else positives.push(c);
		}
		let docs: Int32Array | null = null;
		if (positives.length > 0) {
			const sets = positives.map((c) => this.evalNode(c)).sort((a, b) => a.length - b.length);
			docs = sets[0];
			for (let k = 1; k < sets.length && docs.length > 0; k++) docs = intersect(docs, sets[k]);
		}
		if (predicates.length > 0) {
			const keep: Predicate = predicates.length === 1 ? predicates[0] : (d) => predicates.every((p) => p(d));
			docs = docs === null ? scanAll(n, keep) : filterSet(docs, keep);
		}
		if (docs === null) docs = allDocs(n);
		for (const neg of negatives) {
			if (docs.length === 0) break;
			docs = difference(docs, this.evalNode(neg));
		}
		return docs;
	}

	predicate(node: FilterNode): Predicate {
		const s = this.state;
		const value = node.value.trim();
		switch (node.field) {
			case 'from': {
				const forms = nameForms(value);
				const ok = s.authors.forms.map((f) => nameMatches(f, forms));
				const authorOf = s.authorOf;
				return (d) => authorOf[d] >= 0 && ok[authorOf[d]];
			}
			case 'in': {
				const forms = nameForms(value);
				const id = /^\d+$/.test(value) ? Number(value) : NaN;
				const ok = s.conversations.forms.map((f, k) => s.conversations.ids[k] === id || nameMatches(f, forms));
				const convOf = s.convOf;
				return (d) => ok[convOf[d]];
			}
			case 'platform': {
				const v = value.toLowerCase();
				const ok = s.conversations.ids.map((_, k) => s.platformOf(k).toLowerCase() === v);
				const convOf = s.convOf;
				return (d) => ok[convOf[d]];
			}
			case 'kind': {
				const k = MESSAGE_KINDS.indexOf(value.toLowerCase() as (typeof MESSAGE_KINDS)[number]);
				if (k < 0) return NEVER;
				const kindOf = s.kindOf;
				return (d) => kindOf[d] === k;
			}
			case 'before':
			case 'after':
			case 'on': {
				const period = datePeriod(value);
				if (!period) return NEVER;
				const [start, end] = period;
				const ts = s.tsOf;
				// Comparisons with NaN are false, so unknown times match no date filter.
				if (node.field === 'before') return (d) => ts[d] < start;
				if (node.field === 'after') return (d) => ts[d] >= end;
				return (d) => ts[d] >= start && ts[d] < end;
			}
			case 'has': {
				const v = value.toLowerCase();
				const bit = v === 'attachment' ? 1 : v === 'link' ? 2 : 0;
				if (bit === 0) return NEVER;
				const flags = s.flagsOf;
				return (d) => (flags[d] & bit) !== 0;
			}
			case 'risk': {
				const lists: Int32Array[] = [];
				for (const [cat, docs] of this.derived.risk()) if (riskCategoryMatches(cat, value)) lists.push(docs);
				if (lists.length === 0) return NEVER;
				const mark = new Uint8Array(s.n);
				for (const l of lists) for (let i = 0; i < l.length; i++) mark[l[i]] = 1;
				return (d) => mark[d] === 1;
			}
			default:
				return NEVER;
		}
	}
}
