import { describe, expect, it } from 'vitest';
import type { SavedQueryRow } from '$lib/db/queries/saved';
import { canonicalJson, sha256Text } from '$lib/saved/canonical';
import { archiveCoverage, buildPack, packHash, packText, readPack, sameRowsWords, type QueryPack } from '$lib/saved/pack';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const DIGEST = 'd'.repeat(64);

const row = (over: Partial<SavedQueryRow>): SavedQueryRow => ({
	id: 1,
	name: 'Links by Dana',
	description: 'every message with a link',
	kind: 'sql',
	search: null,
	sql: 'SELECT id AS message_id FROM messages ORDER BY id',
	view: '/sql?sql=x',
	tags: ['links'],
	author: 'Ana',
	created_at: '2026-01-01T00:00:00Z',
	updated_at: '2026-01-01T00:00:00Z',
	row_count: 12,
	result_digest: DIGEST,
	archive_sha256: [A],
	...over
});

const ROWS = [
	row({}),
	row({ id: 2, name: '<img src=x onerror=alert(1)>', kind: 'search', search: 'invoice from:dana', sql: null, archive_sha256: [A, B], row_count: 3 }),
	row({ id: 3, name: 'Graph', kind: 'view', sql: null, view: '/graph?color=risk', row_count: null, result_digest: null, archive_sha256: [] })
];
const ARCHIVES = [
	{ sha256: C, name: 'other.zip' },
	{ sha256: B, name: 'b.txt' },
	{ sha256: A, name: 'a.zip' }
];
const WHEN = new Date('2026-03-04T05:06:07.000Z');
const bytes = (s: string) => new TextEncoder().encode(s);

function pack(): QueryPack {
	return buildPack('Ana', WHEN, ROWS, ARCHIVES);
}

describe('buildPack', () => {
	it('writes the documented members, one query text member per kind, the archives the queries were made on', () => {
		const p = pack();
		expect(p).toEqual({
			format: 'parley-query-pack',
			version: 1,
			author: 'Ana',
			created_at: '2026-03-04T05:06:07.000Z',
			archives: [
				{ sha256: A, name: 'a.zip' },
				{ sha256: B, name: 'b.txt' }
			],
			queries: [
				{
					name: 'Links by Dana',
					description: 'every message with a link',
					tags: ['links'],
					kind: 'sql',
					sql: ROWS[0].sql,
					row_count: 12,
					result_digest: DIGEST
				},
				{
					name: ROWS[1].name,
					description: ROWS[1].description,
					tags: ['links'],
					kind: 'search',
					search: 'invoice from:dana',
					row_count: 3,
					result_digest: DIGEST
				},
				{ name: 'Graph', description: ROWS[2].description, tags: ['links'], kind: 'view', view: '/graph?color=risk', row_count: null, result_digest: null }
			],
			sha256: p.sha256
		});
	});

	it('seals the canonical JSON of everything but sha256', () => {
		const p = pack();
		const { sha256, ...rest } = p;
		expect(sha256).toBe(sha256Text(canonicalJson(rest)));
	});
});

describe('pack hashing', () => {
	it('does not change with key order or whitespace', () => {
		const p = pack();
		const shuffled: Record<string, unknown> = {};
		for (const k of Object.keys(p).reverse()) shuffled[k] = (p as unknown as Record<string, unknown>)[k];
		shuffled.queries = p.queries.map((q) => Object.fromEntries(Object.entries(q).reverse()));
		expect(packHash(shuffled as unknown as QueryPack)).toBe(p.sha256);
		for (const text of [JSON.stringify(p), JSON.stringify(p, null, 4), packText(p).replaceAll('\n', '\r\n'), JSON.stringify(shuffled, null, '\t')]) {
			const r = readPack(bytes(text));
			expect(r.ok && r.intact).toBe(true);
		}
	});

	const edits: [string, (p: QueryPack) => void][] = [
		['the author', (p) => (p.author = 'Bo')],
		['the time', (p) => (p.created_at = '2026-03-04T05:06:08.000Z')],
		['a query name, one character', (p) => (p.queries[0].name = 'Links by Dano')],
		['the SQL', (p) => (p.queries[0].sql = 'SELECT id AS message_id FROM messages ORDER BY id DESC')],
		['a row count', (p) => (p.queries[0].row_count = 13)],
		['a result digest', (p) => (p.queries[0].result_digest = 'e'.repeat(64))],
		['an archive hash', (p) => (p.archives[0].sha256 = 'f'.repeat(64))],
		['the query order', (p) => p.queries.reverse()],
		['a tag added', (p) => p.queries[0].tags.push('hot')],
		['a query removed', (p) => p.queries.pop()],
		['a member added', (p) => ((p as unknown as Record<string, unknown>).note = 'hi')]
	];
	it.each(edits)('any edit changes it: %s', (_name, edit) => {
		const p = pack();
		const edited = JSON.parse(JSON.stringify(p)) as QueryPack;
		edit(edited);
		expect(packHash(edited)).not.toBe(p.sha256);
		const r = readPack(bytes(JSON.stringify(edited)));
		expect(r.ok && r.intact).toBe(false);
	});
});

describe('readPack', () => {
	it('reads an intact pack', () => {
		const r = readPack(bytes(packText(pack())));
		expect(r).toMatchObject({ ok: true, intact: true });
	});

	it('says altered (intact false) when one byte inside a string changed', () => {
		const text = packText(pack()).replace('every message with a link', 'every message with a lInk');
		const r = readPack(bytes(text));
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.intact).toBe(false);
			expect(r.computed).not.toBe(r.pack.sha256);
		}
	});

	const good = () => JSON.parse(packText(pack())) as Record<string, unknown>;
	const malformed: [string, string, RegExp][] = [
		['not JSON', '{"format": "parley-query-pack",', /not valid UTF-8 JSON/],
		['not UTF-8', '\u0000', /./],
		['another format', JSON.stringify({ ...good(), format: 'parley-policy-pack' }), /format is not "parley-query-pack"/],
		['a later version', JSON.stringify({ ...good(), version: 2 }), /version 2/],
		['no hash', JSON.stringify({ ...good(), sha256: undefined }), /no SHA-256/],
		['queries not a list', JSON.stringify({ ...good(), queries: {} }), /no list of queries/],
		['an unknown kind', JSON.stringify({ ...good(), queries: [{ ...(good().queries as object[])[0], kind: 'shell' }] }), /kind must be/],
		['SQL not text', JSON.stringify({ ...good(), queries: [{ ...(good().queries as object[])[0], sql: ['DROP'] }] }), /carries its sql as text/],
		['a negative row count', JSON.stringify({ ...good(), queries: [{ ...(good().queries as object[])[0], row_count: -1 }] }), /row_count/],
		['archives not a list', JSON.stringify({ ...good(), archives: 'a' }), /archives/]
	];
	it.each(malformed)('refuses %s with a reason', (name, text, reason) => {
		const input = name === 'not UTF-8' ? new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) : bytes(text);
		const r = readPack(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(reason);
	});
});

describe('archiveCoverage and sameRowsWords', () => {
	it('names the held and the missing archives by SHA-256', () => {
		expect(archiveCoverage(pack(), [A, C])).toEqual({ held: [{ sha256: A, name: 'a.zip' }], missing: [{ sha256: B, name: 'b.txt' }] });
	});

	it.each([
		[{ rows: 12, digest: DIGEST }, { rows: 12, digest: DIGEST }, 'same rows as when it was saved: yes'],
		[{ rows: 12, digest: DIGEST }, { rows: 14, digest: 'e'.repeat(64) }, 'same rows as when it was saved: no — 12 rows then, 14 now'],
		[{ rows: 12, digest: DIGEST }, { rows: 12, digest: 'e'.repeat(64) }, 'same rows as when it was saved: no — 12 rows then and now, but their values differ'],
		[{ rows: null, digest: null }, { rows: 1, digest: DIGEST }, '1 row now; the pack recorded no result to compare with']
	])('%o then, %o now → %s', (then, now, words) => {
		expect(sameRowsWords(then, now)).toBe(words);
	});
});
