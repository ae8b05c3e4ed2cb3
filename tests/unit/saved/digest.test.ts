import { describe, expect, it } from 'vitest';
import { hasTopLevelOrderBy, hitsDigest, resultDigest } from '$lib/saved/digest';
import { sha256Text } from '$lib/saved/canonical';

const COLUMNS = ['author', 'messages'];
const ROWS = [
	{ author: 'Dana', messages: 12 },
	{ author: 'Li Wei', messages: 7 },
	{ author: 'Jörg', messages: 3 }
];

describe('resultDigest', () => {
	it('is the SHA-256 of the column line and the row lines, as documented', () => {
		// Written out by hand from the rules in digest.ts: rows sorted when unordered.
		const text = '["author","messages"]\n["Dana",12]\n["Jörg",3]\n["Li Wei",7]';
		expect(resultDigest(COLUMNS, ROWS, false)).toEqual({ rows: 3, digest: sha256Text(text) });
		const ordered = '["author","messages"]\n["Dana",12]\n["Li Wei",7]\n["Jörg",3]';
		expect(resultDigest(COLUMNS, ROWS, true).digest).toBe(sha256Text(ordered));
	});

	const reversed = [...ROWS].reverse();
	it.each([
		['the same rows in another order, order not defined', reversed, false, true],
		['the same rows in another order, order defined', reversed, true, false],
		['one changed number', [{ author: 'Dana', messages: 13 }, ROWS[1], ROWS[2]], false, false],
		['one changed text', [{ author: 'Dana ', messages: 12 }, ROWS[1], ROWS[2]], false, false],
		['a number turned into its text', [{ author: 'Dana', messages: '12' }, ROWS[1], ROWS[2]], false, false],
		['a value turned null', [{ author: null, messages: 12 }, ROWS[1], ROWS[2]], false, false],
		['one row fewer', ROWS.slice(0, 2), false, false],
		['a row repeated', [...ROWS, ROWS[0]], false, false]
	])('%s → same digest: %s', (_name, rows, ordered, same) => {
		const base = resultDigest(COLUMNS, ROWS, ordered as boolean).digest;
		expect(resultDigest(COLUMNS, rows as Record<string, unknown>[], ordered as boolean).digest === base).toBe(same);
	});

	it('depends on the column names and their order', () => {
		const base = resultDigest(COLUMNS, ROWS, false).digest;
		expect(resultDigest(['messages', 'author'], ROWS, false).digest).not.toBe(base);
		expect(
			resultDigest(
				['author', 'n'],
				ROWS.map((r) => ({ author: r.author, n: r.messages })),
				false
			).digest
		).not.toBe(base);
	});

	it('does not depend on the key order of a row object or of a struct value', () => {
		const a = [{ s: { x: 1, y: 2 }, author: 'Dana' }];
		const b = [{ author: 'Dana', s: { y: 2, x: 1 } }];
		expect(resultDigest(['author', 's'], a, true).digest).toBe(resultDigest(['author', 's'], b, true).digest);
	});

	it('tells blobs, non-finite numbers, lists and their text forms apart', () => {
		const d = (v: unknown) => resultDigest(['v'], [{ v }], true).digest;
		expect(d(new Uint8Array([1, 2]))).not.toBe(d('0102'));
		expect(d(new Uint8Array([1, 2]))).toBe(d(new Uint8Array([1, 2])));
		expect(d(Number.NaN)).not.toBe(d('NaN'));
		expect(d(Number.POSITIVE_INFINITY)).not.toBe(d(Number.NEGATIVE_INFINITY));
		expect(d([1, 2])).not.toBe(d('[1,2]'));
		expect(d([1, 2])).not.toBe(d([2, 1]));
	});

	it('digests search hits as a set of message ids', () => {
		expect(hitsDigest([3, 1, 2])).toEqual(hitsDigest([1, 2, 3]));
		expect(hitsDigest([1, 2, 3]).rows).toBe(3);
		expect(hitsDigest([1, 2, 4]).digest).not.toBe(hitsDigest([1, 2, 3]).digest);
	});
});

describe('hasTopLevelOrderBy', () => {
	it.each([
		['SELECT * FROM messages ORDER BY id', true],
		['select * from messages order   by id desc limit 3', true],
		['SELECT * FROM (SELECT * FROM messages ORDER BY id) t', false],
		['SELECT id, row_number() OVER (ORDER BY ts_utc) FROM messages', false],
		["SELECT 'ORDER BY' AS x FROM messages", false],
		['SELECT * FROM messages -- ORDER BY id', false],
		['WITH t AS (SELECT id FROM messages ORDER BY id) SELECT * FROM t ORDER BY 1', true],
		['SELECT "order" FROM t', false]
	])('%s → %s', (sql, expected) => {
		expect(hasTopLevelOrderBy(sql)).toBe(expected);
	});
});
