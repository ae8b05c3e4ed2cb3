import { describe, expect, it } from 'vitest';
import { and, buildIndex, filter, not, or, phrase, term, type Row } from './fixture';

const ROWS: Row[] = [
	{ id: 1, text: 'the container left the port', conversation: 1, author: 10, ts: '2024-03-14T09:00:00Z' },
	{ id: 2, text: 'port container inspection', conversation: 1, author: 11, ts: '2024-03-31T23:00:00Z' },
	{ id: 3, text: 'photo of the container', conversation: 2, author: 10, ts: '2024-04-01T00:00:00Z' },
	{ id: 4, text: 'container number', conversation: 3, author: -1, ts: null },
	{ id: 5, text: 'shipment photo', conversation: 2, author: 11, ts: '2024-04-02T00:00:00Z' }
];

function archive() {
	const index = buildIndex(ROWS);
	index.setConversations([
		{ id: 1, title: 'Ops Team', platform: 'whatsapp' },
		{ id: 2, title: 'Family', platform: 'telegram' },
		{ id: 3, title: 'Zeta', platform: 'whatsapp' }
	]);
	index.setAuthors([
		{ id: 10, name: 'Alice Smith' },
		{ id: 11, name: 'Bob Stone' }
	]);
	return index;
}

describe('facets over all hits', () => {
	it('conversation, author, platform and month, counts descending then by label', () => {
		const { facets } = archive().search(term('container'), { sort: 'rank' });
		expect(facets.conversation).toEqual([
			{ key: '1', label: 'Ops Team', count: 2 },
			{ key: '2', label: 'Family', count: 1 },
			{ key: '3', label: 'Zeta', count: 1 }
		]);
		expect(facets.author).toEqual([
			{ key: '10', label: 'Alice Smith', count: 2 },
			{ key: '11', label: 'Bob Stone', count: 1 }
		]);
		expect(facets.platform).toEqual([
			{ key: 'whatsapp', label: 'whatsapp', count: 3 },
			{ key: 'telegram', label: 'telegram', count: 1 }
		]);
		expect(facets.month).toEqual([
			{ key: '2024-03', label: '2024-03', count: 2 },
			{ key: '2024-04', label: '2024-04', count: 1 }
		]);
	});
	it('no hits, no facet values', () => {
		const { facets } = archive().search(term('zebra'), { sort: 'rank' });
		expect(facets).toEqual({ conversation: [], author: [], platform: [], month: [] });
	});
	it('at most 50 values a facet', () => {
		const rows: Row[] = Array.from({ length: 60 }, (_, k) => ({ id: k + 1, text: 'hello', conversation: k + 1 }));
		expect(buildIndex(rows).search(term('hello'), { sort: 'rank' }).facets.conversation.length).toBe(50);
	});
});

describe('term report', () => {
	const index = archive();
	it('hits per term and hits no other term matches', () => {
		const { terms } = index.search(or(term('port'), term('photo'), term('shipment')), { sort: 'rank' });
		expect(terms).toEqual([
			{ term: 'port', hits: 2, unique: 2 },
			{ term: 'photo', hits: 2, unique: 1 },
			{ term: 'shipment', hits: 1, unique: 0 }
		]);
	});
	it('phrases, prefixes and fuzzy terms are labelled as written', () => {
		const { terms } = index.search(or(phrase('the container'), term('insp', 'prefix'), term('numbr', 'fuzzy')), { sort: 'rank' });
		expect(terms).toEqual([
			{ term: '"the container"', hits: 2, unique: 2 },
			{ term: 'insp*', hits: 1, unique: 1 },
			{ term: 'numbr~', hits: 1, unique: 1 }
		]);
	});
	it('counts only among the hits, and leaves out negated terms and filters', () => {
		const { terms, ids } = index.search(and(term('container'), not(term('port')), filter('from', 'alice')), { sort: 'rank' });
		expect(Array.from(ids)).toEqual([3]);
		expect(terms).toEqual([{ term: 'container', hits: 1, unique: 1 }]);
	});
});
