import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { HASH_START, hashStep, hashString, TermTable } from '../../../../src/lib/search/engine/terms';

/**
 * The term table's prefix and fuzzy lookups against MiniSearch's radix tree (SearchableMap, what the index used
 * before): the same terms for every query, with the same edit distances.
 */

/** A vocabulary with shared prefixes, near-misses, a prefix of another word, accents, CJK and a supplementary character. */
const VOCABULARY = [
	'a',
	'ab',
	'abc',
	'abd',
	'abcd',
	'abcde',
	'abcdef',
	'b',
	'ba',
	'bab',
	'invoice',
	'invoices',
	'invoiced',
	'invoicing',
	'involve',
	'voice',
	'invoce',
	'inv',
	'in',
	'i',
	'ship',
	'shipped',
	'shipping',
	'shop',
	'sheep',
	'chip',
	'müller',
	'muller',
	'mueller',
	'mullet',
	'canción',
	'cancion',
	'认证',
	'证失',
	'身份',
	'份认',
	'微',
	'微信',
	'信联',
	'𠀋𠀋',
	'𠀋a',
	'zzzzzzzzzzzzzzzz',
	'0',
	'007',
	'2024'
];

function tables(words: string[]): { table: TermTable; map: SearchableMap<number> } {
	const table = new TermTable();
	const map = new SearchableMap<number>();
	for (const w of words) map.set(w, table.add(w));
	return { table, map };
}

/** Words that are not in the vocabulary, to look up as well. */
const PROBES = ['', 'x', 'abce', 'invoise', 'invioce', 'shiping', 'mulle', 'ca', '认', '证', '𠀋', 'zzzzzzzzzzzzzzz', 'abcdefg', '20', 'aaaaaa'];

describe('TermTable', () => {
	const { table, map } = tables(VOCABULARY);

	it('gives each new term the next id and an existing term its id', () => {
		expect(VOCABULARY.map((w) => table.idOf(w))).toEqual(VOCABULARY.map((_, k) => k));
		expect(table.add('invoice')).toBe(VOCABULARY.indexOf('invoice'));
		expect(table.count).toBe(VOCABULARY.length);
		for (const p of PROBES.filter((p) => !VOCABULARY.includes(p))) expect(table.idOf(p)).toBe(-1);
	});

	it('reads back each term as its text', () => {
		expect(VOCABULARY.map((_, k) => table.text(k))).toEqual(VOCABULARY);
	});

	it('finds a word given as lowered units with the hash computed unit by unit', () => {
		const table = tables(VOCABULARY).table;
		const units = new Uint16Array(16);
		for (const w of ['invoice', 'ab', 'new-word']) {
			let h = HASH_START;
			for (let k = 0; k < w.length; k++) {
				units[k] = w.charCodeAt(k);
				h = hashStep(h, units[k]);
			}
			expect(h >>> 0).toBe(hashString(w));
			const id = table.idOfUnits(units, w.length, h);
			expect(table.text(id)).toBe(w);
		}
		expect(table.idOf('new-word')).toBe(VOCABULARY.length);
	});

	it('keeps every term after the hash table grows many times', () => {
		const big = new TermTable();
		const words = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}`);
		words.forEach((w) => big.add(w));
		expect(words.every((w, k) => big.idOf(w) === k)).toBe(true);
		expect(big.idOf('w-none')).toBe(-1);
	});

	it('sorts the terms as JavaScript sorts their strings, also after more are added', () => {
		const more = tables(VOCABULARY.slice(0, 20)).table;
		more.sorted();
		for (const w of VOCABULARY.slice(20)) more.add(w);
		const byText = (t: TermTable) => Array.from(t.sorted(), (id) => t.text(id));
		expect(byText(more)).toEqual([...VOCABULARY].sort());
		expect(byText(table)).toEqual([...VOCABULARY].sort());
	});

	it.each([...VOCABULARY, ...PROBES].map((p) => [p]))('prefix %j: the terms the radix tree gives', (prefix) => {
		const got: [string, boolean][] = [];
		table.withPrefix(prefix, (id, whole) => got.push([table.text(id), whole]));
		const want: [string, boolean][] = [];
		map.atPrefix(prefix).forEach((key) => want.push([key, key === prefix]));
		expect(got.sort()).toEqual(want.sort());
	});

	it.each([...VOCABULARY, ...PROBES].flatMap((q) => [0, 1, 2, 3].map((d) => [q, d] as const)))(
		'fuzzy %j within %i: the terms and distances the radix tree gives',
		(query, d) => {
			const got = table.fuzzy(query, d).map(([id, distance]) => [table.text(id), distance]);
			const want = [...map.fuzzyGet(query, d)].map(([key, [, distance]]) => [key, distance]);
			expect(got.sort()).toEqual(want.sort());
		}
	);

	it('fuzzy agrees with the radix tree on a generated vocabulary of 5,000 words', () => {
		let seed = 1;
		const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
		const words = new Set<string>();
		while (words.size < 5000) {
			let w = '';
			const len = 1 + Math.floor(rand() * 9);
			for (let k = 0; k < len; k++) w += 'abcdeéf'[Math.floor(rand() * 7)];
			words.add(w);
		}
		const gen = tables([...words]);
		for (let q = 0; q < 200; q++) {
			const query = [...words][Math.floor(rand() * words.size)].slice(0, 1 + Math.floor(rand() * 8)) + (rand() < 0.5 ? 'f' : '');
			const d = 1 + Math.floor(rand() * 2);
			const got = gen.table.fuzzy(query, d).map(([id, distance]) => `${gen.table.text(id)}:${distance}`);
			const want = [...gen.map.fuzzyGet(query, d)].map(([key, [, distance]]) => `${key}:${distance}`);
			expect(got.sort(), `${query}~${d}`).toEqual(want.sort());
		}
	});

	it('a table read back from its arrays answers alike and leaves the arrays as they were when it takes new terms', () => {
		const arrays = table.arrays();
		const slots = arrays.slots.slice();
		const loaded = TermTable.from(arrays, table.count);
		expect(VOCABULARY.map((w) => loaded.idOf(w))).toEqual(VOCABULARY.map((w) => table.idOf(w)));
		expect(Array.from(loaded.sorted())).toEqual(Array.from(table.sorted()));
		loaded.add('a-new-term');
		expect(loaded.idOf('a-new-term')).toBe(table.count);
		expect(arrays.slots).toEqual(slots);
	});

	it('finds two-character CJK terms by their second character', () => {
		expect(table.cjkBySecond('证').map((id) => table.text(id))).toEqual(['认证']);
		expect(table.cjkBySecond('信').map((id) => table.text(id))).toEqual(['微信']);
		expect(table.cjkBySecond('𠀋').map((id) => table.text(id))).toEqual(['𠀋𠀋']);
		expect(table.cjkBySecond('x')).toEqual([]);
	});
});
