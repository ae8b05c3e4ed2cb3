import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bin/args';

describe('parseArgs', () => {
	it.each([
		['stats with --json', ['stats', 'a.txt', '--json'], { command: 'stats', files: ['a.txt'], json: true, jsonl: false, redact: false }],
		[
			'export with --jsonl before files',
			['export', '--jsonl', 'a.txt', 'b.txt'],
			{ command: 'export', files: ['a.txt', 'b.txt'], json: false, jsonl: true, redact: false }
		],
		['a file named like a flag after --', ['stats', '--', '--json'], { command: 'stats', files: ['--json'], json: false, jsonl: false, redact: false }],
		['no command', [], { command: 'help', files: [], json: false, jsonl: false, redact: false }],
		['--help after a command', ['stats', '--help'], { command: 'help', files: [], json: false, jsonl: false, redact: false }],
		['risk with --jsonl', ['risk', 'a.txt', 'b.zip', '--jsonl'], { command: 'risk', files: ['a.txt', 'b.zip'], json: false, jsonl: true, redact: false }],
		['risk without flags (table)', ['risk', 'chats/'], { command: 'risk', files: ['chats/'], json: false, jsonl: false, redact: false }],
		['export with --redact', ['export', 'a.txt', '--jsonl', '--redact'], { command: 'export', files: ['a.txt'], json: false, jsonl: true, redact: true }],
		[
			'export with --tz and a zone',
			['export', 'a.txt', '--tz', 'Europe/Berlin', '--jsonl'],
			{ command: 'export', files: ['a.txt'], json: false, jsonl: true, redact: false, tz: 'Europe/Berlin' }
		],
		[
			'risk with --tz=',
			['risk', '--tz=Asia/Shanghai', 'a.txt'],
			{ command: 'risk', files: ['a.txt'], json: false, jsonl: false, redact: false, tz: 'Asia/Shanghai' }
		],
		[
			'import with --db, --parquet= and --tz',
			['import', 'a.txt', '--db', 'w.duckdb', '--parquet=out', 'b.zip', '--tz', 'Asia/Shanghai'],
			{ command: 'import', files: ['a.txt', 'b.zip'], json: false, jsonl: false, redact: false, db: 'w.duckdb', parquet: 'out', tz: 'Asia/Shanghai' }
		],
		[
			'query with --csv',
			['query', 'w.duckdb', 'SELECT 1', '--csv'],
			{ command: 'query', files: ['w.duckdb', 'SELECT 1'], json: false, jsonl: false, redact: false, csv: true }
		],
		['risk over a database', ['risk', '--db', 'w.duckdb', '--jsonl'], { command: 'risk', files: [], json: false, jsonl: true, redact: false, db: 'w.duckdb' }]
	])('%s', (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	it.each([
		['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
		['an unknown option', ['stats', '--xml', 'a.txt'], /unknown option "--xml"/],
		['--csv outside query', ['stats', '--csv', 'a.txt'], /option "--csv" does not apply to stats/],
		['--parquet outside import', ['risk', 'w.duckdb', '--parquet', 'out'], /option "--parquet" does not apply to risk/],
		['--db without a value', ['import', 'a.txt', '--db'], /option "--db" needs a value/],
		['--tz with an empty value', ['import', 'a.txt', '--tz='], /--tz needs a time zone/],
		['an unknown zone', ['export', 'a.txt', '--tz', 'Nowhere/Place'], /unknown time zone "Nowhere\/Place"/],
		['--tz without a zone', ['export', 'a.txt', '--tz'], /--tz needs a time zone/]
	])('rejects %s', (_name, argv, message) => {
		expect(() => parseArgs(argv)).toThrow(message);
	});
});
