import { describe, expect, it } from 'vitest';
import { and, buildIndex, filter, hitIds, not, or, phrase, term, type Row } from './fixture';

// Conversation 1 "Ops Team" (whatsapp), 2 "Family" (telegram); authors 10 Alice Smith, 11 Bob Stone, 12 Ålesund Ann.
const ROWS: Row[] = [
	{ id: 1, text: 'the container left the port', conversation: 1, author: 10, ts: '2024-03-14T09:00:00Z' },
	{ id: 2, text: 'port container inspection tomorrow', conversation: 1, author: 11, ts: '2024-03-31T23:59:59Z' },
	{ id: 3, text: 'photo of the container', conversation: 1, author: 10, kind: 1, flags: 1, ts: '2024-04-01T00:00:00Z' },
	{ id: 4, text: 'see https://example.com/track', conversation: 2, author: 12, flags: 2, ts: '2023-12-31T10:00:00Z' },
	{ id: 5, text: 'Bob joined', conversation: 2, kind: 2, ts: null },
	{ id: 6, text: 'shipment shipping shipped ship', conversation: 2, author: 11, ts: '2025-01-05T08:00:00Z' },
	{ id: 7, text: 'the contianer is late', conversation: 1, author: 11, ts: '2024-03-15T12:00:00Z' }
];

function archive() {
	const index = buildIndex(ROWS);
	index.setConversations([
		{ id: 1, title: 'Ops Team', platform: 'whatsapp' },
		{ id: 2, title: 'Family', platform: 'telegram' }
	]);
	index.setAuthors([
		{ id: 10, name: 'Alice Smith' },
		{ id: 11, name: 'Bob Stone' },
		{ id: 12, name: 'Ålesund Ann' }
	]);
	index.setRisk(new Float64Array([1, 4, 6]), ['pii.email', 'secret.token', 'pii.phone']);
	return index;
}

describe('words, AND, OR, NOT', () => {
	const index = archive();
	it.each([
		['a word', term('container'), [1, 2, 3]],
		['words side by side are ANDed', and(term('container'), term('port')), [1, 2]],
		['OR', or(term('photo'), term('inspection')), [2, 3]],
		['NOT inside AND', and(term('container'), not(term('port'))), [3]],
		['a query of only NOT is everything else', not(term('container')), [4, 5, 6, 7]],
		['OR with a negated side', or(term('photo'), not(term('the'))), [2, 3, 4, 5, 6]],
		['an unknown word', term('zebra'), []],
		['a word AND an unknown word', and(term('container'), term('zebra')), []],
		['punctuation only matches nothing', term('!!'), []]
	])('%s', (_name, ast, ids) => {
		expect(hitIds(index, ast)).toEqual(ids);
	});
	it('null has no hits', () => {
		expect(hitIds(index, null)).toEqual([]);
	});
});

describe('phrase, prefix, fuzzy', () => {
	const index = archive();
	it('a phrase matches the words in order', () => {
		expect(hitIds(index, phrase('container left'))).toEqual([1]);
	});
	it('a candidate with both words not adjacent is rejected by the text check', () => {
		// Message 2 has "port" and "container" (as "port container"), message 1 has both but as "container ... port".
		expect(hitIds(index, phrase('port container'))).toEqual([2]);
		expect(hitIds(index, phrase('container port'))).toEqual([]);
	});
	it('a phrase ignores punctuation between words', () => {
		expect(hitIds(index, phrase('example com track'))).toEqual([4]);
	});
	it('a word that is several tokens acts as a phrase', () => {
		expect(hitIds(index, term('example.com'))).toEqual([4]);
	});
	it('prefix', () => {
		expect(hitIds(index, term('ship', 'prefix'))).toEqual([6]);
		expect(hitIds(index, term('con', 'prefix'))).toEqual([1, 2, 3, 7]);
		expect(hitIds(index, term('contx', 'prefix'))).toEqual([]);
	});
	it('fuzzy: distance 2 for words longer than 5 characters (a transposition is 2 edits)', () => {
		expect(hitIds(index, term('container', 'fuzzy'))).toEqual([1, 2, 3, 7]);
	});
	it('fuzzy: distance 1 for words of up to 5 characters', () => {
		expect(hitIds(index, term('phoyo', 'fuzzy'))).toEqual([3]);
		expect(hitIds(index, term('pxoyo', 'fuzzy'))).toEqual([]);
	});
});

describe('filters', () => {
	const index = archive();
	it.each([
		['from: a word prefix of the name', filter('from', 'ali'), [1, 3]],
		['from: the full name quoted', filter('from', 'alice smith'), [1, 3]],
		['from: a later word of the name', filter('from', 'stone'), [2, 6, 7]],
		['from: accents folded', filter('from', 'alesund'), [4]],
		['from: inside a word does not match', filter('from', 'lice'), []],
		['in: title', filter('in', 'ops'), [1, 2, 3, 7]],
		['in: conversation id', filter('in', '2'), [4, 5, 6]],
		['platform:', filter('platform', 'telegram'), [4, 5, 6]],
		['platform: exact, not a prefix', filter('platform', 'tele'), []],
		['kind:', filter('kind', 'media'), [3]],
		['kind: system', filter('kind', 'system'), [5]],
		['has:attachment', filter('has', 'attachment'), [3]],
		['has:link', filter('has', 'link'), [4]],
		['before: a month excludes that month', filter('before', '2024-03'), [4]],
		['before: a day', filter('before', '2024-03-15'), [1, 4]],
		['after: a month excludes that month', filter('after', '2024-03'), [3, 6]],
		['after: a year', filter('after', '2024'), [6]],
		['on: a day', filter('on', '2024-03-14'), [1]],
		['on: a month (its last second included)', filter('on', '2024-03'), [1, 2, 7]],
		['on: a year', filter('on', '2023'), [4]],
		['a date that is not a date matches nothing', filter('on', '2024-13'), []],
		['risk: an exact category', filter('risk', 'pii.email'), [1]],
		['risk: a prefix', filter('risk', 'pii'), [1, 6]],
		['risk: unknown', filter('risk', 'phi'), []]
	])('%s', (_name, ast, ids) => {
		expect(hitIds(index, ast)).toEqual(ids);
	});
	it('a message with an unknown time matches no date filter', () => {
		for (const f of [filter('before', '2100'), filter('after', '1900'), filter('on', '2024')]) expect(hitIds(index, f)).not.toContain(5);
	});
	it('filters combine with words', () => {
		expect(hitIds(index, and(term('container'), filter('from', 'bob')))).toEqual([2]);
		expect(hitIds(index, and(term('container'), not(filter('has', 'attachment'))))).toEqual([1, 2]);
		expect(hitIds(index, and(filter('in', 'ops'), filter('on', '2024-03')))).toEqual([1, 2, 7]);
	});
	it('setRisk replaces the earlier risk data', () => {
		const other = archive();
		other.setRisk(new Float64Array([2]), ['pii.email']);
		expect(hitIds(other, filter('risk', 'pii'))).toEqual([2]);
	});
});

describe('phrases over repeated words and positions', () => {
	const index = buildIndex([
		{ id: 1, text: 'port port container' },
		{ id: 2, text: 'container port port' },
		{ id: 3, text: 'port 中文 container' },
		{ id: 4, text: 'Port, container!' },
		{ id: 5, text: 'port container port container' }
	]);
	it.each([
		['a repeated word: the text decides', 'port container', [1, 4, 5]],
		['the reverse order', 'container port', [2, 5]],
		['three words', 'port port container', [1]],
		['a CJK run between words breaks the phrase', 'port container', [1, 4, 5]]
	])('%s', (_name, q, ids) => {
		expect(hitIds(index, phrase(q))).toEqual(ids);
	});
});
