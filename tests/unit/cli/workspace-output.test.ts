import { describe, expect, it } from 'vitest';
import { parquetCopyStatements } from '../../../bin/parquet';
import { cellLine, formatTextTable } from '../../../bin/text-table';
import { count } from '../../../bin/progress';

describe('parquetCopyStatements', () => {
	it.each([
		[
			'a per-archive table with rows is partitioned by archive',
			{ name: 'messages', rows: 3 },
			`COPY "messages" TO '/out/messages' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY ("archive_id"), OVERWRITE)`
		],
		[
			'an empty per-archive table is one file (no partitions to write)',
			{ name: 'unparsed_lines', rows: 0 },
			`COPY "unparsed_lines" TO '/out/unparsed_lines.parquet' (FORMAT parquet, COMPRESSION zstd)`
		],
		['any other table is one file', { name: 'risk_hits', rows: 10 }, `COPY "risk_hits" TO '/out/risk_hits.parquet' (FORMAT parquet, COMPRESSION zstd)`]
	])('%s', (_what, table, sql) => {
		expect(parquetCopyStatements([table], '/out')).toEqual([sql]);
	});

	it('quotes a folder name holding a quote', () => {
		expect(parquetCopyStatements([{ name: 'archives', rows: 1 }], "/tmp/o'brien")).toEqual([
			`COPY "archives" TO '/tmp/o''brien/archives.parquet' (FORMAT parquet, COMPRESSION zstd)`
		]);
	});
});

describe('text table', () => {
	it.each([
		['NULL as an empty cell', null, ''],
		['a line break as ⏎', 'a\r\nb\nc', 'a⏎b⏎c'],
		['a tab as a space', 'a\tb', 'a b'],
		['a list as JSON', [1, 'x'], '[1,"x"]'],
		['long text cut at 120 characters', 'x'.repeat(200), `${'x'.repeat(119)}…`]
	])('shows %s', (_what, value, shown) => {
		expect(cellLine(value)).toBe(shown);
	});

	it('aligns columns under a header and a rule', () => {
		expect(
			formatTextTable(
				['author', 'n'],
				[
					{ author: 'Ana Silva', n: 12 },
					{ author: 'Bo', n: null }
				]
			)
		).toBe('author     n\n─────────  ──\nAna Silva  12\nBo\n');
	});
});

describe('count', () => {
	it.each([
		[1, '1 message'],
		[2, '2 messages'],
		[1234567, '1,234,567 messages']
	])('%i', (n, text) => {
		expect(count('message')(n)).toBe(text);
	});

	it('takes an irregular plural', () => {
		expect(count('person', 'people')(3)).toBe('3 people');
	});
});
