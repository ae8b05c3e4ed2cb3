// An index split into shards (parley import builds one per run of messages, so its memory stays bounded) must answer
// as one index over every message: the same hits in the same order with the same scores, the same total, facets and
// term report — for every query kind, both sorts and any page.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchOptions } from '../../../../src/lib/search/engine/index';
import { ShardedIndex } from '../../../../src/lib/search/engine/shards';
import { parseQuery } from '../../../../src/lib/search/query-parser';
import type { Row } from './fixture';

function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

// Words sharing prefixes (ship, shipping, shipment), near spellings for fuzzy (delay, delays, relay), umlaut
// spellings, and CJK runs, drawn with a skewed distribution so some words are common and some appear in one shard.
const WORDS = [
	'invoice',
	'invoices',
	'invoiced',
	'ship',
	'shipping',
	'shipment',
	'shipyard',
	'delay',
	'delays',
	'relay',
	'customs',
	'container',
	'freight',
	'müller',
	'mueller',
	'muller',
	'payment',
	'pay',
	'quote',
	'route',
	'合同',
	'付款',
	'合同付款',
	'port'
];
const RARE = ['zeppelin', 'quasar', 'shipwright'];
const CONVERSATIONS = [
	{ id: 1, title: 'Logistics team', platform: 'whatsapp' },
	{ id: 2, title: 'Ana Costa', platform: 'whatsapp' },
	{ id: 3, title: 'Supplier 合同', platform: 'wechat' },
	{ id: 4, title: 'Ops', platform: 'slack' }
];
const AUTHORS = [
	{ id: 10, name: 'Ana Costa' },
	{ id: 11, name: 'Bruno Müller' },
	{ id: 12, name: 'Chen Wei' },
	{ id: 13, name: 'Dana Shipley' }
];

function corpus(size: number): Row[] {
	const r = lcg(7);
	return Array.from({ length: size }, (_, i) => {
		const length = 1 + Math.floor(r() * 9);
		const words = Array.from({ length }, () => (r() < 0.01 ? RARE[Math.floor(r() * RARE.length)] : WORDS[Math.floor(WORDS.length * r() * r())]));
		const ts = r() < 0.04 ? null : new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86_400_000 + Math.floor(r() * 86_400) * 1000).toISOString();
		return {
			id: 1000 + i * 2,
			text: words.join(r() < 0.3 ? ', ' : ' '),
			conversation: CONVERSATIONS[i % CONVERSATIONS.length].id,
			author: r() < 0.03 ? -1 : AUTHORS[Math.floor(r() * AUTHORS.length)].id,
			kind: r() < 0.1 ? 1 : 0,
			ts,
			flags: r() < 0.1 ? 1 : r() < 0.1 ? 2 : 0
		};
	});
}

const ROWS = corpus(4000);
const RISKY = ROWS.filter((_, i) => i % 13 === 0);

function indexOf(rows: Row[]): SearchIndex {
	const index = new SearchIndex();
	index.setConversations(CONVERSATIONS);
	index.setAuthors(AUTHORS);
	// Indexed in batches as parley import reads them, so one index sees several add() calls too.
	for (let from = 0; from < rows.length; from += 500) {
		const part = rows.slice(from, from + 500);
		index.add({
			ids: Float64Array.from(part, (r) => r.id),
			conversation: Int32Array.from(part, (r) => r.conversation ?? 1),
			author: Int32Array.from(part, (r) => r.author ?? -1),
			kind: Uint8Array.from(part, (r) => r.kind ?? 0),
			ts: Float64Array.from(part, (r) => (r.ts ? Date.parse(r.ts) : NaN)),
			flags: Uint8Array.from(part, (r) => r.flags ?? 0),
			text: part.map((r) => r.text)
		});
	}
	const ids = new Set(rows.map((r) => r.id));
	const risky = RISKY.filter((r) => ids.has(r.id));
	index.setRisk(
		Float64Array.from(risky, (r) => r.id),
		risky.map((r) => (r.id % 3 === 0 ? 'pii.email' : 'secret.token'))
	);
	return index;
}

/** The corpus cut into consecutive shards of the given sizes (the last takes the rest). */
function sharded(sizes: number[]): ShardedIndex {
	const shards: SearchIndex[] = [];
	let from = 0;
	for (const size of sizes) {
		shards.push(indexOf(ROWS.slice(from, from + size)));
		from += size;
	}
	if (from < ROWS.length) shards.push(indexOf(ROWS.slice(from)));
	return new ShardedIndex(shards);
}

const WHOLE = indexOf(ROWS);
const SPLITS: { name: string; index: ShardedIndex }[] = [
	{ name: '2 equal shards', index: sharded([2000]) },
	{ name: '3 uneven shards', index: sharded([700, 2100]) },
	{ name: '9 shards, one of a single message', index: sharded([500, 1, 499, 500, 500, 500, 500, 500]) },
	{ name: '1 shard', index: sharded([4000]) }
];

const QUERIES: { kind: string; query: string }[] = [
	{ kind: 'one word', query: 'invoice' },
	{ kind: 'one rare word (in few shards)', query: 'zeppelin' },
	{ kind: 'a word in no message', query: 'nowhere' },
	{ kind: 'two words (and)', query: 'customs container' },
	{ kind: 'phrase', query: '"customs container"' },
	{ kind: 'phrase with punctuation between words', query: '"invoice, payment"' },
	{ kind: 'prefix', query: 'ship*' },
	{ kind: 'prefix with expansions only some shards hold', query: 'shipw*' },
	{ kind: 'fuzzy (distance 1)', query: 'delay~' },
	{ kind: 'fuzzy (distance 2)', query: 'shipmant~' },
	{ kind: 'umlaut spellings', query: 'müller' },
	{ kind: 'CJK bigram', query: '合同' },
	{ kind: 'CJK 3+ characters (verified)', query: '合同付款' },
	{ kind: 'CJK one character', query: '付' },
	{ kind: 'OR', query: 'freight OR quote' },
	{ kind: 'negation', query: 'invoice -payment' },
	{ kind: 'NOT only', query: 'NOT invoice' },
	{ kind: 'boolean with groups', query: '(ship* OR delay~) -customs pay' },
	{ kind: 'from: filter', query: 'route from:ana' },
	{ kind: 'in: filter by title', query: 'pay in:logistics' },
	{ kind: 'platform: filter only', query: 'platform:wechat' },
	{ kind: 'date filters', query: 'invoice after:2023-06 before:2024-06' },
	{ kind: 'on: a month', query: 'on:2024-02' },
	{ kind: 'has: and kind:', query: 'has:attachment kind:media' },
	{ kind: 'risk:', query: 'risk:pii port' },
	{ kind: 'negated filter', query: 'quote -from:bruno' }
];

const PAGES: { name: string; opts: SearchOptions }[] = [
	{ name: 'rank, every hit', opts: { sort: 'rank' } },
	{ name: 'rank, first 20', opts: { sort: 'rank', limit: 20 } },
	{ name: 'rank, hits 100–149', opts: { sort: 'rank', offset: 100, limit: 50 } },
	{ name: 'time, every hit', opts: { sort: 'time' } },
	{ name: 'time, first 25', opts: { sort: 'time', limit: 25 } },
	{ name: 'rank, first 100 without facets', opts: { sort: 'rank', limit: 100, facets: false } }
];

describe('a sharded index answers as one index', () => {
	for (const split of SPLITS) {
		describe(split.name, () => {
			it('holds every message', () => expect(split.index.size).toBe(ROWS.length));
			for (const q of QUERIES) {
				it(`${q.kind}: ${q.query}`, () => {
					const ast = parseQuery(q.query).ast;
					expect(ast).not.toBeNull();
					for (const page of PAGES) {
						const want = WHOLE.search(ast, page.opts);
						const got = split.index.search(ast, page.opts);
						expect({ page: page.name, ids: Array.from(got.ids) }).toEqual({ page: page.name, ids: Array.from(want.ids) });
						expect(Array.from(got.scores)).toEqual(Array.from(want.scores));
						expect(got.total).toBe(want.total);
						expect(got.facets).toEqual(want.facets);
						expect(got.terms).toEqual(want.terms);
					}
				});
			}
		});
	}
});

describe('the queries are not vacuous', () => {
	// Counts from the rows themselves, not from the engine: a comparison of two empty results proves nothing.
	const containing = (word: RegExp) => ROWS.filter((r) => word.test(r.text)).length;
	const cases: { query: string; total: number }[] = [
		{ query: 'invoice', total: containing(/(^|[ ,])invoice($|[ ,])/) },
		{ query: 'zeppelin', total: containing(/zeppelin/) },
		{ query: 'ship*', total: containing(/(^|[ ,])ship/) },
		{ query: '"customs container"', total: containing(/customs,? container/) },
		{ query: 'platform:wechat', total: ROWS.filter((r) => r.conversation === 3).length }
	];
	for (const c of cases) {
		it(`${c.query}: ${c.total} hits over 9 shards`, () => {
			expect(c.total).toBeGreaterThan(0);
			expect(SPLITS[2].index.search(parseQuery(c.query).ast, { sort: 'rank', limit: 10 }).total).toBe(c.total);
		});
	}
	it('a rare word sits in some shards only, so corpus statistics matter', () => {
		const perShard = SPLITS[2].index.shards.map((s) => s.search(parseQuery('zeppelin').ast, { sort: 'rank' }).total);
		expect(perShard.filter((t) => t === 0).length).toBeGreaterThan(0);
		expect(perShard.filter((t) => t > 0).length).toBeGreaterThan(1);
	});
});
