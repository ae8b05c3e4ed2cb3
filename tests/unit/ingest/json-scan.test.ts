// The shared tolerant JSON scanner every JSON export goes through; expectations written by hand.
import { describe, expect, it } from 'vitest';
import { describeJsonError, scanArray, scanRoot } from '../../../src/lib/ingest/json/records';
import { newRepairCounts, repairJsonSlice, repairNotes } from '../../../src/lib/ingest/json/repair';
import { CUT, isStop, LineCounter, NO_VALUE, valueEnd, walkArray, walkObject } from '../../../src/lib/ingest/json/scan';

describe('valueEnd', () => {
	it.each<[string, string, number]>([
		['a string', '"ab" ,', 4],
		['a string with an escaped quote and a backslash pair', '"a\\"b\\\\" ,', 8],
		['an object with brackets inside strings', '{"a": "}]", "b": [1, {"c": "{"}]} x', 33],
		["tdesktop's \\xHH escape is skipped like any escape", '{"t": "a\\x0Cb"} x', 15],
		['a number', '12.5e3,', 6],
		['a literal', 'true}', 4],
		['a string the text ends inside', '"abc', CUT],
		['an object the text ends inside', '{"a": [1, 2', CUT],
		['a number at the very end (it may go on)', '123', CUT],
		['nothing: a comma', ', 1', NO_VALUE]
	])('%s', (_name, text, end) => {
		expect(valueEnd(text, 0)).toBe(end);
	});
});

describe('walkers', () => {
	const keysOf = (text: string) => {
		const keys: string[] = [];
		const r = walkObject(text, text.indexOf('{'), (key) => {
			keys.push(key);
			return undefined;
		});
		return { keys, result: isStop(r) ? { reason: r.reason, cut: r.cut } : r };
	};

	it.each<[string, string, string[], number | { reason: string; cut: boolean }]>([
		['an object', '{"a": 1, "b": {"c": [2]}, "d": "x"}', ['a', 'b', 'd'], 35],
		['a BOM and spaces', '\ufeff { "a" : 1 }', ['a'], 13],
		['an empty object', '{ }', [], 3],
		['cut inside a value', '{"a": 1, "b": [1, 2', ['a', 'b'], { reason: 'the file ends inside the value of "b" (cut off?)', cut: true }],
		['cut after a value', '{"a": 1 ', ['a'], { reason: 'the file ends before the top-level object closes (cut off?)', cut: true }],
		['a missing colon', '{"a" 1}', [], { reason: 'expected : after "a", found "1"', cut: false }],
		['a missing comma', '{"a": 1 "b": 2}', ['a'], { reason: 'expected , or } after "a", found "\\""', cut: false }],
		['a key that is not a string', '{a: 1}', [], { reason: 'expected a key in the top-level object, found "a"', cut: false }]
	])('walkObject: %s', (_name, text, keys, result) => {
		expect(keysOf(text)).toEqual({ keys, result });
	});

	it.each<[string, string, number[], number | string]>([
		['elements', '[1, {"a": 2}, "3"]', [0, 1, 2], 18],
		['an empty array', '[ ]', [], 3],
		['cut inside an element', '[1, {"a": 2', [0, 1], 'the file ends inside item 1 (cut off?)'],
		['cut after an element', '[1, 2 ', [0, 1], 'the file ends after item 1; the array was never closed (cut off?)'],
		['cut right after the bracket', '[', [], 'the file ends right after an opening [ (cut off?)'],
		['a missing comma', '[1 2]', [0], 'expected , or ] after item 0, found "2"']
	])('walkArray: %s', (_name, text, visited, result) => {
		const seen: number[] = [];
		const r = walkArray(
			text,
			0,
			(i) => {
				seen.push(i);
				return undefined;
			},
			(i) => `item ${i}`
		);
		expect(seen).toEqual(visited);
		expect(isStop(r) ? r.reason : r).toEqual(result);
	});

	it('a visitor can end the whole walk from deep inside', () => {
		const text = '{"a": {"b": [1, 2, 3]}, "c": 4}';
		const r = walkObject(text, 0, (key, at) =>
			key === 'a'
				? walkObject(text, at, (_k, at2) =>
						walkArray(text, at2, (i, at3) => (i === 1 ? { stop: true, offset: at3, reason: 'enough', cut: false } : undefined), String)
					)
				: undefined
		);
		expect(r).toEqual({ stop: true, offset: 16, reason: 'enough', cut: false });
	});
});

describe('scanArray', () => {
	it('parses each element on its own, with its lines, and reports the bad ones and the cut', () => {
		const text = '[\n{"a": 1},\n{"a": \\x},\n,\n{"a":\n 4},\n{"a": 5';
		const r = scanArray(text, 0, new LineCounter(text));
		expect(r.items.map((i) => [i.index, i.line, i.lineEnd, i.value])).toEqual([
			[0, 2, 2, { a: 1 }],
			[3, 5, 6, { a: 4 }]
		]);
		expect(r.problems.map((p) => [p.index, p.line, p.message])).toEqual([
			[1, 3, "element 1 is not valid JSON: Unexpected token '\\'"],
			[2, 4, 'element 2 is not valid JSON: Unexpected end of JSON input'],
			[4, 7, 'the file ends inside element 4 (cut off?)']
		]);
		expect(r.end).toBe(-1);
	});
});

describe('scanRoot', () => {
	it('finds the fields and every complete record, in lines, and where the cut is', () => {
		const text = '{\n "title": "T",\n "messages": [\n  {"n": 1},\n  {"n": 2},\n  {"n": 3\n';
		const r = scanRoot(text, 'messages');
		expect(r.shape).toBe('object');
		expect([...r.fields.entries()].map(([k, s]) => [k, text.slice(s.start, s.end), s.line])).toEqual([['title', '"T"', 2]]);
		expect(r.elements?.map((s) => [text.slice(s.start, s.end), s.line])).toEqual([
			['{"n": 1}', 4],
			['{"n": 2}', 5]
		]);
		expect(r.stop).toMatchObject({ line: 6, reason: 'the file ends inside messages[2] (cut off?)', cut: true });
	});

	it.each<[string, string, string]>([
		['an array', ' [1]', 'array'],
		['empty', ' \n', 'empty'],
		['text', 'hello', 'other']
	])('shape: %s', (_name, text, shape) => {
		expect(scanRoot(text, 'messages')).toMatchObject({ shape, elements: null, stop: null });
	});

	it('keeps the place of an empty element so later records keep their index', () => {
		const text = '{"messages": [{"n": 0},,{"n": 2}]}';
		expect(scanRoot(text, 'messages').elements?.map((s) => text.slice(s.start, s.end))).toEqual(['{"n": 0}', '', '{"n": 2}']);
	});
});

describe('describeJsonError', () => {
	it.each([
		['V8 quoting the input', 'Unexpected token \'}\', "{"id": 1, "secret": "x", }" is not valid JSON', "Unexpected token '}'"],
		['a position', 'Bad escaped character in JSON at position 12 (line 1 column 13)', 'Bad escaped character'],
		['an older position form', 'Unexpected token } in JSON at position 4', 'Unexpected token }'],
		['Firefox places', 'JSON.parse: unexpected character at line 1 column 12 of the JSON data', 'JSON.parse: unexpected character'],
		['a plain message', 'Unexpected end of JSON input', 'Unexpected end of JSON input']
	])('%s', (_name, message, reason) => {
		expect(describeJsonError(new SyntaxError(message))).toBe(reason);
	});
});

describe('repairJsonSlice (tdesktop)', () => {
	it.each<[string, string, string, string[]]>([
		['\\xHH escapes', '"a\\x0Cb\\x01"', 'a\fb\u0001', ['repaired 2 invalid \\xHH escapes (read as \\u00HH)']],
		['a stray backslash', '"C:\\q"', 'C:\\q', ['repaired 1 invalid escape (backslash kept as a character)']],
		['a lone surrogate escape', '"half \\ud83d emoji"', 'half \ufffd emoji', ['replaced 1 lone surrogate escape with U+FFFD']],
		['a raw control character', '"tab\u0001"', 'tab\u0001', ['escaped 1 raw control character inside strings']],
		['a valid pair and valid escapes are left alone', '"\\ud83d\\ude00 \\n \\u00e9"', '😀 \n é', []]
	])('%s', (_name, slice, value, notes) => {
		const counts = newRepairCounts();
		expect(JSON.parse(repairJsonSlice(slice, counts))).toBe(value);
		expect(repairNotes(counts)).toEqual(notes);
	});
});
