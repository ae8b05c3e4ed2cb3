import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../../src/lib/ingest/csv/tokenize';
import { countStringWork } from '../../helpers/string-work';

describe('parseCsvRows', () => {
	it.each([
		[
			'plain rows, LF',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'CRLF and no final break',
			'a,b\r\n1,2',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'bare CR',
			'a,b\r1,2\r',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		['BOM dropped', '\ufeffa,b\n', [['a', 'b']], [1]],
		['empty fields', ',,\n', [['', '', '']], [1]],
		['quoted comma and doubled quote', '"x,y","say ""hi"""\n', [['x,y', 'say "hi"']], [1]],
		[
			'line breaks inside quotes',
			'"one\ntwo\r\nthree",z\nnext,row\n',
			[
				['one\ntwo\r\nthree', 'z'],
				['next', 'row']
			],
			[1, 4]
		],
		['empty quoted field', '"",a\n', [['', 'a']], [1]],
		['a quoted empty line is a row', '""\n', [['']], [1]],
		['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']], [1, 4]],
		['stray quote inside unquoted field kept', 'a 5" screen,b\n', [['a 5" screen', 'b']], [1]],
		['text after a closing quote kept', '"ab"cd,e\n', [['abcd', 'e']], [1]],
		['empty text', '', [], []]
	])('%s', (_name, text, rows, lines) => {
		const out = parseCsvRows(text);
		expect(out.rows).toEqual(rows);
		expect(out.lines).toEqual(lines);
		expect(out.errors).toEqual([]);
	});

	it('gives where each row ends, in lines and in offsets', () => {
		const text = 'h1,h2\r\n"a\nb",c\r\nd,e';
		const out = parseCsvRows(text);
		expect(out.lines).toEqual([1, 2, 4]);
		expect(out.lineEnds).toEqual([1, 3, 4]);
		expect(out.starts.map((s, i) => text.slice(s, out.ends[i]))).toEqual(['h1,h2', '"a\nb",c', 'd,e']);
	});

	it('reports an unclosed quote with its row line and reads on from the next line', () => {
		const out = parseCsvRows('a,b\nc,"open\nd,e\n');
		expect(out.errors).toEqual([{ line: 2, message: 'quoted field not closed before the end of the file' }]);
		expect(out.rows).toEqual([
			['a', 'b'],
			['d', 'e']
		]);
		expect(out.lines).toEqual([1, 3]);
	});

	it('reads many stray and unclosed quotes: every record read once, restarts capped', { timeout: 60_000 }, () => {
		let text = '';
		for (let i = 0; i < 200_000; i++) text += i % 3 === 0 ? 'a,"b\n' : i % 3 === 1 ? '"c"",d\n' : 'e"f,g\n';
		const out = parseCsvRows(text);
		// Each restart after an unclosed quote re-reads from the quote; the reader gives up restarting after 100 of them,
		// so at most 100 re-reads happen whatever the input's size (the rest is read once).
		expect(out.errors.length).toBeLessThanOrEqual(102);
		// Each three-line cycle is two records (the quote opened on its first line closes at the start of the second):
		// 66,666 cycles and the two lines left over make 133,333 records, the last one ending at the last line break.
		expect(out.rows.length).toBe(133_333);
		expect(out.lineEnds.at(-1)).toBe(200_000);
		expect(out.ends.at(-1)).toBe(text.length - 1);
	});

	it('reads one long line of quoted fields and many short quoted rows whole', { timeout: 60_000 }, () => {
		const wide = '"a",'.repeat(300_000) + '"z"';
		const tall = '"x","y ""q"" z"\r\n'.repeat(200_000);
		expect(parseCsvRows(wide).rows[0].length).toBe(300_001);
		expect(parseCsvRows(tall).rows.length).toBe(200_000);
	});

	// Cost is counted, not timed: characters the tokenizer scans, reads and copies (tests/helpers/string-work.ts), at
	// two sizes of each shape. A rescan of the row or of the rest of the text per field, quote or restart would make the
	// count grow with the square of the input; a linear reader keeps it a small multiple of the text, at any size.
	it.each([
		['one long line of quoted fields', (n: number) => '"a",'.repeat(n / 4) + '"z"'],
		['many short quoted rows with "" escapes', (n: number) => '"x","y ""q"" z"\r\n'.repeat(n / 4)],
		[
			'many stray and unclosed quotes',
			(n: number) => Array.from({ length: n / 4 }, (_, i) => (i % 3 === 0 ? 'a,"b\n' : i % 3 === 1 ? '"c"",d\n' : 'e"f,g\n')).join('')
		],
		['one unquoted 20 K-character field per row', (n: number) => ('y'.repeat(20_000) + '\n').repeat(n / 20_000)]
	])('does work linear in the text on %s: counted at two sizes', (_, make) => {
		const [small, large] = [make(200_000), make(400_000)];
		const one = countStringWork(() => parseCsvRows(small));
		const two = countStringWork(() => parseCsvRows(large));
		const cells = (r: typeof one) => r.result.rows.reduce((k, row) => k + row.length, 0);
		expect(cells(two)).toBeGreaterThan(cells(one));
		expect(one.work).toBeLessThanOrEqual(6 * small.length);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('never throws on odd input', () => {
		for (const input of [undefined, null, 42, '"', '\ufeff', ',', '\r', '"a""', 'a,"b"c"d', '\u0000\u0001,\u00ff']) {
			expect(() => parseCsvRows(input as unknown as string)).not.toThrow();
		}
	});

	it('handles a 20 MB single line', () => {
		const out = parseCsvRows('x'.repeat(20_000_000));
		expect(out.rows.length).toBe(1);
		expect(out.rows[0][0].length).toBe(20_000_000);
	});
});
