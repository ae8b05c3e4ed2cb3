import { describe, expect, it } from 'vitest';
import type { PolicyNode } from '../../../../src/lib/risk/policy/ast';
import { parsePolicyQuery } from '../../../../src/lib/risk/policy/index';

/** A compact, hand-readable form of the tree: terms as their folded words, operators in capitals. */
function show(n: PolicyNode): string {
	switch (n.type) {
		case 'term':
			return n.words.length === 1 ? n.key : `"${n.key}"`;
		case 'not':
			return `NOT(${show(n.operand)})`;
		case 'and':
			return `AND(${show(n.left)}, ${show(n.right)})`;
		case 'or':
			return `OR(${show(n.left)}, ${show(n.right)})`;
		case 'near': {
			const op = n.order === 'after' ? 'pre' : n.order === 'before' ? 'post' : 'w';
			return `${n.negated ? 'NOT ' : ''}${op}/${n.distance}(${show(n.left)}, ${show(n.right)})`;
		}
	}
}

describe('parsePolicyQuery: valid expressions', () => {
	const cases: [string, string][] = [
		['guarantee', 'guarantee'],
		['Guarantee', 'guarantee'],
		['GARANTÍA', 'garantia'],
		['Straße', 'strasse'],
		['guarant*', 'guarant*'],
		['unauthori?ed', 'unauthori?ed'],
		['"text me"', '"text me"'],
		['text me', '"text me"'],
		['risk-free', '"risk free"'],
		["can't lose", '"cant lose"'],
		['“smart quotes”', '"smart quotes"'],
		['加我微信', '"加 我 微 信"'],
		['加我WhatsApp', '"加 我 whatsapp"'],
		['a AND b', 'AND(a, b)'],
		['a OR b', 'OR(a, b)'],
		['a OR b AND c', 'OR(a, AND(b, c))'],
		['(a OR b) AND c', 'AND(OR(a, b), c)'],
		['NOT a AND b', 'AND(NOT(a), b)'],
		['a NOT b', 'AND(a, NOT(b))'],
		['a AND NOT b', 'AND(a, NOT(b))'],
		['a w/5 b', 'w/5(a, b)'],
		['a W/5 b', 'w/5(a, b)'],
		['a pre/3 b', 'pre/3(a, b)'],
		['a post/3 b', 'post/3(a, b)'],
		['a NOT w/2 b', 'NOT w/2(a, b)'],
		['a NOT post/2 b', 'NOT post/2(a, b)'],
		['a w/5 b w/3 c', 'w/3(w/5(a, b), c)'],
		['a w/5 b AND c', 'AND(w/5(a, b), c)'],
		['(a OR b) w/4 (c OR "d e")', 'w/4(OR(a, b), OR(c, "d e"))'],
		['not authorized', '"not authorized"'],
		['a and b', '"a and b"']
	];
	it.each(cases)('%s → %s', (query, expected) => {
		const r = parsePolicyQuery(query);
		if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
		expect(show(r.ast)).toBe(expected);
	});

	it('records where each part sits in the query', () => {
		const r = parsePolicyQuery('alpha w/3 "beta gamma"');
		if (!r.ok) throw new Error('should parse');
		expect([r.ast.start, r.ast.end]).toEqual([0, 22]);
		if (r.ast.type !== 'near') throw new Error('near expected');
		expect([r.ast.left.start, r.ast.left.end]).toEqual([0, 5]);
		expect([r.ast.right.start, r.ast.right.end]).toEqual([10, 22]);
	});
});

describe('parsePolicyQuery: errors with positions', () => {
	const cases: [string, string, number, number][] = [
		['', 'empty query', 0, 0],
		['   ', 'empty query', 0, 3],
		['guarantee w/5 "return', 'unclosed quote at 14', 14, 21],
		['(a OR b', "unclosed '(' at 0", 0, 1],
		['a OR b)', "unmatched ')' at 6", 6, 7],
		['a OR', 'OR needs a term after it at 2', 2, 4],
		['AND a', "'AND' needs a term before it at 0", 0, 3],
		['a w/ b', 'w/ needs a distance from 1 to 100, e.g. w/5, at 2', 2, 4],
		['a w/0 b', 'w/0 needs a distance from 1 to 100, e.g. w/5, at 2', 2, 5],
		['a pre/500 b', 'pre/500 needs a distance from 1 to 100, e.g. pre/5, at 2', 2, 9],
		['a w/5', 'w/5 needs a term after it at 2', 2, 5],
		['()', 'empty parentheses at 0', 0, 2],
		['a "b"', `missing operator (AND, OR, w/N) before '"b"' at 2`, 2, 5],
		['"" OR a', 'empty term at 0', 0, 2],
		['* OR a', "'*' needs at least one letter or digit at 0", 0, 1],
		['*a*b*c*d', "'*a*b*c*d' has more than 3 * in one word at 0", 0, 8],
		['NOT a', 'the query needs a term that is not under NOT (it would match every message)', 0, 5],
		['a OR NOT b', 'the query needs a term that is not under NOT (it would match every message)', 0, 10],
		['(NOT a) w/3 b', 'NOT cannot be inside a proximity operand (use a NOT w/N b) at 8', 8, 11]
	];
	it.each(cases)('%j → %s', (query, message, start, end) => {
		const r = parsePolicyQuery(query);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0]).toEqual({ message, start, end });
	});

	it('never throws, whatever it is given', () => {
		for (const q of ['((((', '))))', '"', 'w/3', 'NOT NOT NOT', 'a w/3 w/3 b', '\u0000', 42 as unknown as string]) {
			expect(() => parsePolicyQuery(q)).not.toThrow();
			expect(parsePolicyQuery(q).ok).toBe(false);
		}
	});
});

describe('parsePolicyQuery: limits', () => {
	it('refuses a query longer than 20,000 characters', () => {
		const r = parsePolicyQuery('a OR '.repeat(4001) + 'b');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors[0].message).toBe('the query is too long (20006 characters, at most 20000)');
	});

	it('accepts a long list of alternatives under the limit', () => {
		const r = parsePolicyQuery(Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' OR '));
		expect(r.ok).toBe(true);
	});
});
