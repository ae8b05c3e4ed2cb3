import { describe, expect, it } from 'vitest';
import { csvCell, looksLikeFormula, objectsToCsv, toCsv, type CsvValue } from '$lib/export/csv';

describe('csvCell: RFC 4180 quoting and the formula guard', () => {
	it.each<[string, CsvValue, string]>([
		['plain text', 'plain', 'plain'],
		['CJK text', '你好，世界', '你好，世界'],
		['a comma', 'a,b', '"a,b"'],
		['quotes inside', 'say "hi"', '"say ""hi"""'],
		['a line feed', 'two\nlines', '"two\nlines"'],
		['a CR LF', 'two\r\nlines', '"two\r\nlines"'],
		['a trailing space', 'x ', '"x "'],
		['a leading space (no formula)', ' x', '" x"'],
		['the empty string', '', '""'],
		['null', null, ''],
		['undefined', undefined, ''],
		['an integer', 42, '42'],
		['a negative number', -3, '-3'],
		['a negative float', -0.25, '-0.25'],
		['NaN', Number.NaN, 'NaN'],
		['a bigint', 9007199254740993n, '9007199254740993'],
		['a negative bigint', -9223372036854775808n, '-9223372036854775808'],
		['true', true, 'true'],
		['equals', '=1+1', `"'=1+1"`],
		['HYPERLINK with quotes', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['plus', '+1 (555) 010-0123', `"'+1 (555) 010-0123"`],
		['minus expression', '-2+3', `"'-2+3"`],
		['at', '@SUM(A1)', `"'@SUM(A1)"`],
		['DDE', "=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
		['leading tab', '\tx', `"'\tx"`],
		['leading CR', '\r=1', `"'\r=1"`],
		['spaces then equals', '  =1+1', `"'  =1+1"`],
		['a control character then equals', '\u0001=1', `"'\u0001=1"`],
		['full-width equals', '＝1+1', `"'＝1+1"`],
		['full-width at', '＠x', `"'＠x"`],
		['a lone minus', '-', `"'-"`],
		['a dash list item', '- buy milk', `"'- buy milk"`],
		['a number written as text', '-5', '-5'],
		['a signed decimal as text', '+3.25', '+3.25'],
		['an exponent as text', '-1e6', '-1e6'],
		['a 64-bit integer as text', '-9223372036854775808', '-9223372036854775808'],
		['a UTC offset', '+05:30', '+05:30'],
		['a negative UTC offset', '-03:00', '-03:00'],
		['an offset with more after it', '+01:00=1', `"'+01:00=1"`],
		['equals later in the text', 'a=b', 'a=b'],
		['an e-mail (@ not first)', 'ana@harbor.io', 'ana@harbor.io']
	])('%s', (_name, value, field) => {
		expect(csvCell(value)).toBe(field);
	});
});

describe('looksLikeFormula', () => {
	it.each([
		['=A1', true],
		['+A1', true],
		['-A1', true],
		['@A1', true],
		['\t', true],
		['\r', true],
		[' \u00a0=x', true],
		['-12', false],
		['12', false],
		['', false],
		['text', false]
	])('%j → %s', (text, formula) => expect(looksLikeFormula(text)).toBe(formula));
});

describe('toCsv', () => {
	it('writes a byte-order mark, a header and CRLF-ended rows', () => {
		expect(
			toCsv(
				['id', 'text'],
				[
					[1, 'a'],
					[2, 'b,c']
				]
			)
		).toBe('\ufeffid,text\r\n1,a\r\n2,"b,c"\r\n');
	});
	it('leaves the byte-order mark out when asked', () => {
		expect(toCsv(['x'], [[null]], { bom: false })).toBe('x\r\n\r\n');
	});
	it('guards header names too', () => {
		expect(toCsv(['=x'], [], { bom: false })).toBe(`"'=x"\r\n`);
	});
	it('writes objects in header order', () => {
		expect(objectsToCsv(['b', 'a'], [{ a: 1, b: '=2' }], { bom: false })).toBe(`b,a\r\n"'=2",1\r\n`);
	});
});
