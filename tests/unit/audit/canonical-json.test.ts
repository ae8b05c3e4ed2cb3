import { describe, expect, it } from 'vitest';
import { canonicalJson } from '$lib/audit/canonical-json';

describe('canonical JSON', () => {
	it.each([
		['null', null, 'null'],
		['true', true, 'true'],
		['false', false, 'false'],
		['an integer', 42, '42'],
		['a negative integer', -12, '-12'],
		['minus zero', -0, '0'],
		['a fraction', 0.5, '0.5'],
		['a large number', 1e21, '1e+21'],
		['a small number', 1.5e-7, '1.5e-7'],
		['the largest safe integer', 9007199254740991, '9007199254740991'],
		['an empty string', '', '""'],
		['quote and backslash', 'a"b\\c', '"a\\"b\\\\c"'],
		['short escapes', '\b\t\n\f\r', '"\\b\\t\\n\\f\\r"'],
		['other control characters', '\u0000\u0001\u001f', '"\\u0000\\u0001\\u001f"'],
		['DEL and non-ASCII unescaped', '\u007f é 你好 👍', '"\u007f é 你好 👍"'],
		['line and paragraph separators unescaped', '\u2028\u2029', '"\u2028\u2029"'],
		['a slash unescaped', 'a/b', '"a/b"'],
		['a lone surrogate', 'x\ud800y', '"x\\ud800y"'],
		['an empty object', {}, '{}'],
		['an empty array', [], '[]'],
		['nested values, no whitespace', { a: [1, { b: null }], c: 'd' }, '{"a":[1,{"b":null}],"c":"d"}'],
		['an undefined member left out', { a: 1, b: undefined }, '{"a":1}'],
		['keys in UTF-16 code-unit order', { b: 1, a: 2, B: 3, é: 4, '😀': 5, '\uffff': 6, '': 7 }, '{"":7,"B":3,"a":2,"b":1,"é":4,"😀":5,"\uffff":6}']
	])('writes %s', (_name, value, text) => {
		expect(canonicalJson(value)).toBe(text);
	});

	it('is stable under key order, at every depth', () => {
		const a = { action: 'query.run', details: { sql: 'SELECT 1', rows: 1, nested: { z: 1, y: [{ q: 1, p: 2 }] } }, seq: 3 };
		const b = { seq: 3, details: { nested: { y: [{ p: 2, q: 1 }], z: 1 }, rows: 1, sql: 'SELECT 1' }, action: 'query.run' };
		expect(canonicalJson(a)).toBe(canonicalJson(b));
		expect(canonicalJson(a)).toBe('{"action":"query.run","details":{"nested":{"y":[{"p":2,"q":1}],"z":1},"rows":1,"sql":"SELECT 1"},"seq":3}');
	});

	it('round-trips through JSON.parse to the same text', () => {
		const text = canonicalJson({ z: 'ü\n"', a: [1.25, -3, true, null], m: { k: 'v' } });
		expect(canonicalJson(JSON.parse(text))).toBe(text);
	});

	it.each([
		['NaN', NaN],
		['Infinity', Infinity],
		['a BigInt', 1n],
		['a Date', new Date(0)],
		['a Map', new Map()],
		['a function', () => 1],
		['undefined at the top', undefined],
		['undefined in an array', [1, undefined]],
		['a typed array', new Uint8Array(2)],
		['a nested NaN', { a: { b: [NaN] } }]
	])('refuses %s', (_name, value) => {
		expect(() => canonicalJson(value)).toThrow(TypeError);
	});
});
