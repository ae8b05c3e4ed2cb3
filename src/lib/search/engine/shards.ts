import type { FacetValue, QueryNode, SearchFacets, SearchResult, TermReport } from '../types';
import { topFacets } from './facets';
import type { SearchIndex, SearchOptions, ShardResult } from './index';
import { scoreKey, type Collection } from './rank';

/**
 * A search over an index split into shards (consecutive runs of documents, shard 0 first), answering as one index
 * holding every document would: the same hits, order, scores, counts, facets and term report.
 *
 * BM25 ranks by corpus statistics, so every shard scores with the corpus's (documents, summed lengths, and each
 * query term's document frequency summed over the shards); each shard returns its first offset + limit hits in
 * result order; the parts merge by score key (or time), a tie going to the earlier shard, as one index orders ties
 * by document number.
 */
export class ShardedIndex {
	constructor(readonly shards: SearchIndex[]) {}

	get size(): number {
		return this.shards.reduce((sum, s) => sum + s.size, 0);
	}

	search(ast: QueryNode | null, opts: SearchOptions): SearchResult {
		if (!ast) return emptyResult();
		try {
			return this.run(ast, opts);
		} catch (e) {
			console.error('search failed', e);
			return emptyResult();
		}
	}

	/** The corpus's statistics for this query's ranking terms. */
	collection(ast: QueryNode): Collection {
		let n = 0;
		let totalLen = 0;
		const df = new Map<string, number>();
		for (const shard of this.shards) {
			const size = shard.collectionSize();
			n += size.n;
			totalLen += size.totalLen;
			for (const [term, count] of shard.termFrequencies(ast)) df.set(term, (df.get(term) ?? 0) + count);
		}
		return { n, totalLen, df: (term) => df.get(term) };
	}

	private run(ast: QueryNode, opts: SearchOptions): SearchResult {
		const offset = whole(opts.offset, 0);
		const limit = opts.limit === undefined ? undefined : whole(opts.limit, 0);
		const collection = this.collection(ast);
		const parts = this.shards.map((shard) =>
			shard.searchShard(ast, { sort: opts.sort, offset: 0, limit: limit === undefined ? undefined : offset + limit, facets: opts.facets, collection })
		);
		const merged = mergeParts(parts, opts.sort, limit === undefined ? Infinity : offset + limit);
		const from = Math.min(offset, merged.ids.length);
		return {
			ids: merged.ids.slice(from),
			scores: merged.scores.slice(from),
			total: parts.reduce((sum, p) => sum + p.total, 0),
			facets: mergeFacets(parts.map((p) => p.facets)),
			terms: mergeTerms(parts.map((p) => p.terms))
		};
	}
}

function emptyResult(): SearchResult {
	return { ids: new Float64Array(0), scores: new Float64Array(0), total: 0, facets: { conversation: [], author: [], platform: [], month: [] }, terms: [] };
}

function whole(x: number | undefined, fallback: number): number {
	return typeof x === 'number' && x >= 0 ? Math.floor(x) : fallback;
}

/** The first `k` hits of the shards' ordered parts, in result order: a k-way merge, ties to the earlier shard. */
export function mergeParts(parts: ShardResult[], sort: 'rank' | 'time', k: number): { ids: Float64Array; scores: Float64Array } {
	const available = parts.reduce((sum, p) => sum + p.ids.length, 0);
	const size = Math.min(k, available);
	const ids = new Float64Array(size);
	const scores = new Float64Array(size);
	const at = new Array<number>(parts.length).fill(0);
	const keyOf = (p: ShardResult, i: number) => (sort === 'rank' ? scoreKey(p.scores[i]) : Number.isNaN(p.ts[i]) ? Infinity : p.ts[i]);
	const heads = parts.map((p) => (p.ids.length > 0 ? keyOf(p, 0) : Infinity));
	for (let out = 0; out < size; out++) {
		let best = -1;
		for (let s = 0; s < parts.length; s++) {
			if (at[s] >= parts[s].ids.length) continue;
			if (best < 0 || heads[s] < heads[best]) best = s;
		}
		const p = parts[best];
		const i = at[best]++;
		ids[out] = p.ids[i];
		scores[out] = p.scores[i];
		heads[best] = at[best] < p.ids.length ? keyOf(p, at[best]) : Infinity;
	}
	return { ids, scores };
}

/** Facet counts summed over the shards, then the top 50 of each as one index gives them. */
export function mergeFacets(parts: SearchFacets[]): SearchFacets {
	const sum = (lists: FacetValue[][]): FacetValue[] => {
		const byKey = new Map<string, FacetValue>();
		for (const list of lists)
			for (const v of list) {
				const seen = byKey.get(v.key);
				if (seen) seen.count += v.count;
				else byKey.set(v.key, { ...v });
			}
		return topFacets([...byKey.values()]);
	};
	return {
		conversation: sum(parts.map((p) => p.conversation)),
		author: sum(parts.map((p) => p.author)),
		platform: sum(parts.map((p) => p.platform)),
		month: sum(parts.map((p) => p.month))
	};
}

/** The term report summed over the shards (every shard reports the query's terms in the same order). */
export function mergeTerms(parts: TermReport[][]): TermReport[] {
	const first = parts[0] ?? [];
	return first.map((t, k) => ({
		term: t.term,
		hits: parts.reduce((sum, p) => sum + (p[k]?.hits ?? 0), 0),
		unique: parts.reduce((sum, p) => sum + (p[k]?.unique ?? 0), 0)
	}));
}
