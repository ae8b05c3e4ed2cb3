import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../src/lib/search/engine/index';
import { and, buildIndex, filter, not, or, phrase, term, type Row } from './fixture';

const ROWS: Row[] = [
	{ id: 11, text: 'Herr Müller schickt die Rechnung', conversation: 1, author: 1, ts: '2024-03-14T09:00:00Z', flags: 1 },
	{ id: 12, text: '身份认证失败，请用微信联系', conversation: 2, author: 2, ts: '2024-04-01T00:00:00Z' },
	{ id: 13, text: 'la canción del niño', conversation: 1, author: 2, kind: 1, ts: null, flags: 2 },
	{ id: 14, text: 'invoice invoice overdue', conversation: 2, author: -1, ts: '2023-01-01T00:00:00Z' }
];

function archive() {
	const index = buildIndex(ROWS);
	index.setConversations([
		{ id: 1, title: 'Büro', platform: 'whatsapp' },
		{ id: 2, title: '项目', platform: 'wechat' }
	]);
	index.setAuthors([
		{ id: 1, name: 'Anna Schmidt' },
		{ id: 2, name: '李雷' }
	]);
	index.setRisk(new Float64Array([12, 13]), ['pii.cn_id', 'secret.key']);
	return index;
}

const QUERIES = [
	term('mueller'),
	term('认证'),
	term('微'),
	phrase('canción del'),
	term('inv', 'prefix'),
	term('invioce', 'fuzzy'),
	or(term('rechnung'), term('nino')),
	and(not(term('invoice')), filter('in', 'buro')),
	filter('risk', 'pii'),
	filter('from', '李雷'),
	filter('has', 'link'),
	filter('on', '2024')
];

describe('serialize → deserialize', () => {
	const original = archive();
	const restored = SearchIndex.deserialize(original.serialize());
	it.each(QUERIES.map((q, k) => [k, q] as const))('query %i gives identical results', (_k, q) => {
		for (const sort of ['rank', 'time'] as const) expect(restored.search(q, { sort })).toEqual(original.search(q, { sort }));
	});
	it('keeps size and stats', () => {
		expect(restored.size).toBe(4);
		expect(restored.stats()).toEqual(original.stats());
	});
	it('every query above has hits (so the comparison means something)', () => {
		for (const q of QUERIES) expect(original.search(q, { sort: 'rank' }).ids.length).toBeGreaterThan(0);
	});
	it('a restored index takes more messages', () => {
		const more = SearchIndex.deserialize(original.serialize());
		more.add({
			ids: new Float64Array([15]),
			conversation: new Int32Array([1]),
			author: new Int32Array([1]),
			kind: new Uint8Array([0]),
			ts: new Float64Array([Date.parse('2024-05-01T00:00:00Z')]),
			flags: new Uint8Array([0]),
			text: ['noch eine Rechnung']
		});
		expect(Array.from(more.search(term('rechnung'), { sort: 'time' }).ids)).toEqual([11, 15]);
	});
	it('refuses an index saved in format 1 (its terms as text), so it is rebuilt rather than misread', () => {
		const bytes = original.serialize();
		bytes.set(new TextEncoder().encode('PRLYSIX1'), 0);
		expect(() => SearchIndex.deserialize(bytes)).toThrow(/not a Parley search index/);
	});
	it('reads an index whose bytes do not start on an 8-byte boundary', () => {
		const bytes = original.serialize();
		const shifted = new Uint8Array(bytes.length + 3);
		shifted.set(bytes, 3);
		const moved = SearchIndex.deserialize(shifted.subarray(3));
		for (const q of QUERIES) expect(moved.search(q, { sort: 'rank' })).toEqual(original.search(q, { sort: 'rank' }));
	});
	it('rejects bytes that are not an index', () => {
		expect(() => SearchIndex.deserialize(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toThrow();
	});
});
