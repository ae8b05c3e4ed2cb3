/**
 * Parley's full-text index: the term dictionary (terms.ts), postings and per-message columns in typed arrays,
 * BM25 ranking, filters, facets, a term report and highlighting.
 *
 * Query semantics (the AST comes from query-parser.ts; see types.ts):
 * - Words: a `term` matches messages containing the folded word (tokenize.ts: lowercase, accents stripped, ß→ss,
 *   an umlaut word matches its plain and its ae/oe/ue spelling: Müller finds Müller, Muller and Mueller; Muller finds
 *   Muller and Müller; Mueller finds Mueller and Müller). Terms side by side (an `and`) must all match.
 * - `prefix` (`word*`): any indexed word starting with it. `fuzzy` (`word~`): any indexed word within edit distance 1
 *   (words of up to 5 characters) or 2 (longer).
 * - Chinese, Japanese, Korean: a CJK run is indexed as overlapping bigrams. A 1-character query matches any bigram
 *   starting or ending with it (and 1-character runs); a 2-character query is its bigram; 3+ characters are the AND
 *   of the bigrams, then verified as a substring of the folded text.
 * - A term that tokenizes to several words (`e-mail`, `用WeChat`) is treated as a phrase.
 * - `phrase` ("exact phrase"): candidates are the messages containing every word, then the folded text must contain
 *   the folded words in order, separated only by non-word characters (word boundaries at the ends unless CJK).
 * - `or`: either side. `not`: everything except; a query of only NOTs and filters starts from all messages.
 * - Filters: `from:` author and `in:` conversation title match when the folded value equals the name or starts one
 *   of its words and runs on from there (from:ali and from:"alice sm" match "Alice Smith"); `in:` also takes the
 *   numeric conversation id. `platform:` and `kind:` are exact (case-insensitive). `before:` / `after:` / `on:`
 *   take UTC 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': before: is earlier than the start of that period, after: is at or
 *   after its end, on: is within it; a message with an unknown time matches no date filter. `has:attachment` /
 *   `has:link` test the flag bits. `risk:cat` matches the exact category or any `cat.*`. An unknown filter
 *   value matches nothing.
 * - Ranking: BM25 (k1 1.2, b 0.75) summed over the positive (not negated) terms' index terms; prefix and fuzzy
 *   expansions weigh 0.5 (fuzzy 0.5 / distance), an exact match 1. Sort 'time' is oldest first, unknown times last.
 * - `search(null)` has no hits. `search` never throws: an internal error gives an empty result.
 */
import type { IndexBatch, QueryNode, SearchFacets, SearchResult, TermReport } from '../types';
import { Derived, Evaluation, positiveLeaves } from './evaluate';
import { facetCounts, facetsOf, termReport } from './facets';
import { highlightRanges as highlight } from './highlight';
import { resolveLeaf } from './leaves';
import { averageLength, idf, orderByScore, orderByTime, scoreHits, singleGroup, topByScore, topByTime, type Collection, type Weights } from './rank';
import { deserializeState, serializeState } from './serialize';
import { scratch } from './scratch';
import { EngineState } from './state';

const EMPTY_FACETS: SearchFacets = { conversation: [], author: [], platform: [], month: [] };

function emptyResult(): SearchResult {
	return { ids: new Float64Array(0), scores: new Float64Array(0), total: 0, facets: structuredClone(EMPTY_FACETS), terms: [] };
}

export interface SearchOptions {
	sort: 'rank' | 'time';
	/** Hits to skip in result order (default 0). */
	offset?: number;
	/** Hits to return after `offset` (default all): only these are ordered and copied; `total` counts every hit. */
	limit?: number;
	/** False: no facets (empty lists) — for a further page or every id of a result whose facets are already shown. */
	facets?: boolean;
	/** Rank by a whole corpus's statistics (this index is one shard of it); default: the index's own. */
	collection?: Collection;
}

/**
 * One shard's part of a search over several (shards.ts): its hits in result order with their times, and every
 * facet count (not only the top 50), so the parts merge into the result one index would give.
 */
export interface ShardResult extends SearchResult {
	/** ts (epoch ms, NaN unknown) of each returned hit, for merging by time. */
	ts: Float64Array;
}

/** A whole non-negative count, or `fallback` for anything else (undefined, NaN, negative). */
function count(x: number | undefined, fallback: number): number {
	return typeof x === 'number' && x >= 0 ? Math.floor(x) : fallback;
}

export class SearchIndex {
	private state: EngineState;
	private derived: Derived;

	constructor(state: EngineState = new EngineState()) {
		this.state = state;
		this.derived = new Derived(state);
	}

	add(batch: IndexBatch): void {
		this.state.add(batch);
	}

	setConversations(rows: { id: number; title: string; platform: string }[]): void {
		this.state.setConversations(rows);
	}

	setAuthors(rows: { id: number; name: string }[]): void {
		this.state.setAuthors(rows);
	}

	/** `messageIds[i]` has risk category `categories[i]`; replaces all risk data. */
	setRisk(messageIds: Float64Array, categories: string[]): void {
		this.state.setRisk(messageIds, categories);
	}

	search(ast: QueryNode | null, opts: SearchOptions): SearchResult {
		if (!ast) return emptyResult();
		try {
			return this.run(ast, opts, false);
		} catch (e) {
			console.error('search failed', e);
			return emptyResult();
		}
	}

	/** This index's part of a search over shards: like search, with times and every facet count (throws on error). */
	searchShard(ast: QueryNode, opts: SearchOptions): ShardResult {
		return this.run(ast, opts, true) as ShardResult;
	}

	/** Documents and their summed lengths: this index's share of a corpus's statistics. */
	collectionSize(): { n: number; totalLen: number } {
		return { n: this.state.n, totalLen: this.state.totalLen };
	}

	/** Every index term the query's ranking words resolve to here, with the documents here containing it. */
	termFrequencies(ast: QueryNode | null): Map<string, number> {
		const s = this.state;
		const out = new Map<string, number>();
		if (!ast) return out;
		s.compact();
		for (const node of positiveLeaves(ast)) {
			for (const group of resolveLeaf(s, node).groups) for (const ref of group) out.set(s.terms.text(ref.term), s.postings.df(ref.term));
		}
		return out;
	}

	private weights(collection: Collection | undefined): Weights {
		const s = this.state;
		if (!collection) {
			const n = s.n;
			return { ...this.derived.lengthNorms(), idf: (_term, localDf) => idf(n, localDf) };
		}
		const n = collection.n;
		return {
			...this.derived.lengthNorms(averageLength(collection.n, collection.totalLen)),
			idf: (term, localDf) => idf(n, collection.df(s.terms.text(term)) ?? localDf)
		};
	}

	private run(ast: QueryNode, opts: SearchOptions, shard: boolean): SearchResult {
		const s = this.state;
		s.compact();
		const weights = this.weights(opts.collection);
		if (ast.type === 'term') {
			// One word (prefix and fuzzy expansions included): matching and ranking in one pass over its postings.
			const leaf = resolveLeaf(s, ast);
			if (leaf.groups.length === 1 && !leaf.verify) return this.finish(singleGroup(s, leaf.groups[0], weights), opts, [leaf.label], shard);
		}
		const ev = new Evaluation(s, this.derived);
		const hits = ev.run(ast);
		const scores = scoreHits(s, ev.positives, hits, weights);
		const terms = termReport(
			s.n,
			hits,
			ev.positives.map((leaf) => ({ label: leaf.label, docs: ev.leafDocs(leaf.node).docs }))
		);
		return this.finish({ hits, scores }, opts, terms, shard);
	}

	/**
	 * Orders the hits (only as many as offset + limit: a partial selection, not a sort of every hit) and adds facets
	 * over all of them; `terms` is the term report, or the one term's label (it matches every hit).
	 */
	private finish(
		{ hits, scores }: { hits: Int32Array; scores: Float64Array },
		opts: SearchOptions,
		terms: TermReport[] | [string],
		shard: boolean
	): SearchResult | ShardResult {
		const s = this.state;
		const m = hits.length;
		const offset = count(opts.offset, 0);
		const end = Math.min(m, offset + count(opts.limit, m));
		const from = Math.min(offset, end);
		const msgId = s.msgId;
		const ids = new Float64Array(end - from);
		const sortedScores = new Float64Array(end - from);
		const ts = new Float64Array(shard ? end - from : 0);
		if (end < m) {
			const order = opts.sort === 'time' ? topByTime(hits, this.derived.timeRanks(), end) : topByScore(scores, end);
			for (let i = from; i < end; i++) {
				const o = order[i];
				ids[i - from] = msgId[hits[o]];
				sortedScores[i - from] = scores[o];
				if (shard) ts[i - from] = s.tsOf[hits[o]];
			}
		} else {
			const order = opts.sort === 'time' ? orderByTime(hits, this.derived.timeRanks()) : orderByScore(scores);
			// Message ids in document order first (sequential reads), then permuted within the hits.
			const hitIds = scratch.take('hitIds', Float64Array, m);
			for (let i = 0; i < m; i++) hitIds[i] = msgId[hits[i]];
			for (let i = from; i < end; i++) {
				const o = order[i];
				ids[i - from] = hitIds[o];
				sortedScores[i - from] = scores[o];
				if (shard) ts[i - from] = s.tsOf[hits[o]];
			}
		}
		const report = typeof terms[0] === 'string' ? [{ term: terms[0], hits: m, unique: m }] : (terms as TermReport[]);
		if (shard) {
			const facets = opts.facets === false ? structuredClone(EMPTY_FACETS) : facetCounts(s, hits);
			return { ids, scores: sortedScores, total: m, facets, terms: report, ts };
		}
		return { ids, scores: sortedScores, total: m, facets: opts.facets === false ? structuredClone(EMPTY_FACETS) : facetsOf(s, hits), terms: report };
	}

	highlightRanges(text: string, ast: QueryNode | null): [number, number][] {
		try {
			return highlight(text, ast);
		} catch {
			return [];
		}
	}

	serialize(): Uint8Array {
		return serializeState(this.state);
	}

	static deserialize(bytes: Uint8Array): SearchIndex {
		return new SearchIndex(deserializeState(bytes));
	}

	get size(): number {
		return this.state.n;
	}

	stats(): { documents: number; terms: number; postings: number; bytes: number } {
		const s = this.state;
		s.compact();
		const columns = s.n * (8 + 4 + 4 + 1 + 8 + 1 + 2 + 2 + 4) + s.textUsed + s.postings.bytes() + s.riskIds.byteLength;
		return { documents: s.n, terms: s.terms.count, postings: s.postings.total, bytes: columns + s.terms.byteLength };
	}
}
