// The rows of WeChat exporters' CSV files, read with the shared RFC 4180 tokenizer (it replaced WeChat's own).
import { describe, expect, it } from 'vitest';
import type { UnparsedLine } from '../../../src/lib/model/types';
import { forEachRow, type CsvRow } from '../../../src/lib/ingest/wechat/rows';
import { countStringWork } from '../../helpers/string-work';

function readCsv(text: string): { rows: CsvRow[]; unparsed: UnparsedLine[] } {
	const rows: CsvRow[] = [];
	const unparsed: UnparsedLine[] = [];
	forEachRow(text, (row) => rows.push(row), unparsed);
	return { rows, unparsed };
}

const fields = (text: string) => readCsv(text).rows.map((r) => r.fields);

describe('WeChat CSV rows', () => {
	it.each([
		[
			'plain LF rows',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'CRLF rows',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'CR-only rows',
			'a,b\r1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'no final newline',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		['BOM dropped', '\ufeffa,b\n', [['a', 'b']]],
		['empty fields', ',,\n', [['', '', '']]],
		['quoted comma', '"x,y",z\n', [['x,y', 'z']]],
		['doubled quotes', '"say ""hi""",1\n', [['say "hi"', '1']]],
		['quoted LF and CRLF kept', '"l1\nl2","l3\r\nl4"\n', [['l1\nl2', 'l3\r\nl4']]],
		['empty quoted field', '"",x\n', [['', 'x']]],
		['quote inside an unquoted field kept', 'a"b,c\n', [['a"b', 'c']]],
		['text after a closing quote kept', '"a"b,c\n', [['ab', 'c']]],
		['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
		['Chinese, emoji and full-width punctuation intact', '你好，世界！😊,“引号”\n', [['你好，世界！😊', '“引号”']]]
	])('%s', (_name, text, want) => {
		expect(fields(text)).toEqual(want);
	});

	it('gives each row its first and last line and its raw text', () => {
		const { rows } = readCsv('h1,h2\r\n"a\nb\nc",d\r\n\r\ne,f\r\n');
		expect(rows.map((r) => [r.line, r.lineEnd, r.raw])).toEqual([
			[1, 1, 'h1,h2'],
			[2, 4, '"a\nb\nc",d'],
			[6, 6, 'e,f']
		]);
	});

	it('reports a quoted field left open at the end, keeping the rows before it and reading on from the next line', () => {
		const result = readCsv('a,b\n1,"never\nclosed');
		expect(result.rows.map((r) => r.fields)).toEqual([['a', 'b'], ['closed']]);
		expect(result.unparsed).toEqual([{ line: 2, text: '1,"never', reason: 'quoted field never closed (file cut off?)' }]);
	});

	// Cost is counted, not timed (tests/helpers/string-work.ts): characters scanned, read and copied at two sizes stay
	// a small multiple of the text, where a rescan per doubled quote or per character would grow with its square.
	it.each([
		['one long line', (n: number) => 'x'.repeat(n)],
		['many doubled quotes', (n: number) => '"' + '""'.repeat(n / 2) + '"']
	])('reads %s with work linear in its length: counted at 1 M and 2 M characters', (_, make) => {
		const [small, large] = [make(1_000_000), make(2_000_000)];
		const one = countStringWork(() => readCsv(small));
		const two = countStringWork(() => readCsv(large));
		expect(two.result.rows[0].fields[0].length).toBeGreaterThan(one.result.rows[0].fields[0].length);
		expect(one.work).toBeLessThanOrEqual(32 * small.length);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('reads one long line and many doubled quotes whole', { timeout: 60_000 }, () => {
		const long = 'x'.repeat(5_000_000);
		const quotes = '"' + '""'.repeat(500_000) + '"';
		expect(readCsv(long).rows[0].fields[0].length).toBe(5_000_000);
		expect(readCsv(quotes).rows[0].fields[0]).toBe('"'.repeat(500_000));
	});
});
