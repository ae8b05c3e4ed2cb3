import type { FacetValue, SearchFacets, TermReport } from '../types';
import { monthKey } from './filters';
import { scratch } from './scratch';
import { intersect, sameSet } from './sets';
import type { EngineState } from './state';

export const FACET_LIMIT = 50;

/** The largest counts first (ties by label), the first 50. */
export function topFacets(values: FacetValue[]): FacetValue[] {
	return values
		.filter((v) => v.count > 0)
		.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
		.slice(0, FACET_LIMIT);
}

/** Counts of the hits by conversation, author, platform and month, largest first, top 50 each. */
export function facetsOf(state: EngineState, hits: Int32Array): SearchFacets {
	const all = facetCounts(state, hits);
	return { conversation: topFacets(all.conversation), author: topFacets(all.author), platform: topFacets(all.platform), month: topFacets(all.month) };
}

/** Every non-zero count of the hits by conversation, author, platform and month, in no particular order. */
export function facetCounts(state: EngineState, hits: Int32Array): SearchFacets {
	const convs = state.conversations;
	const authors = state.authors;
	const convCount = new Int32Array(convs.ids.length);
	const authorCount = new Int32Array(authors.ids.length);
	const monthCount = scratch.take('months', Int32Array, 0x10000, true);
	const { convOf, authorOf, monthOf } = state;
	for (let i = 0; i < hits.length; i++) {
		const d = hits[i];
		convCount[convOf[d]]++;
		const a = authorOf[d];
		if (a >= 0) authorCount[a]++;
		monthCount[monthOf[d]]++;
	}
	const platforms = new Map<string, number>();
	const conversation: FacetValue[] = [];
	for (let k = 0; k < convCount.length; k++) {
		if (convCount[k] === 0) continue;
		const id = convs.ids[k];
		conversation.push({ key: String(id), label: convs.labels[k] || `#${id}`, count: convCount[k] });
		const platform = state.platformOf(k);
		platforms.set(platform, (platforms.get(platform) ?? 0) + convCount[k]);
	}
	const author: FacetValue[] = [];
	for (let k = 0; k < authorCount.length; k++) {
		if (authorCount[k] === 0) continue;
		const id = authors.ids[k];
		author.push({ key: String(id), label: authors.labels[k] || `#${id}`, count: authorCount[k] });
	}
	const month: FacetValue[] = [];
	for (let m = 0; m < 0xffff; m++) {
		if (monthCount[m] === 0) continue;
		const key = monthKey(m);
		month.push({ key, label: key, count: monthCount[m] });
	}
	return {
		conversation,
		author,
		platform: [...platforms].filter(([p, count]) => p !== '' && count > 0).map(([p, count]) => ({ key: p, label: p, count })),
		month
	};
}

/** For each positive term: hits it matches, and hits no other term matches. */
export function termReport(n: number, hits: Int32Array, terms: { label: string; docs: Int32Array }[]): TermReport[] {
	const within = terms.map((t) => (sameSet(t.docs, hits) ? hits : intersect(t.docs, hits)));
	if (terms.length === 1) return [{ term: terms[0].label, hits: within[0].length, unique: within[0].length }];
	const cover = scratch.take('cover', Uint8Array, n, true);
	for (const docs of within) for (let i = 0; i < docs.length; i++) if (cover[docs[i]] < 2) cover[docs[i]]++;
	return terms.map((t, k) => {
		const docs = within[k];
		let unique = 0;
		for (let i = 0; i < docs.length; i++) if (cover[docs[i]] === 1) unique++;
		return { term: t.label, hits: docs.length, unique };
	});
}
