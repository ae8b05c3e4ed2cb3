import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bin/args';

describe('parseArgs', () => {
	it.each([
		['stats with --json', ['stats', 'a.txt', '--json'], { command: 'stats', files: ['a.txt'], json: true, jsonl: false, redact: false, tz: null }],
		['export with --jsonl before files', ['export', '--jsonl', 'a.txt', 'b.txt'], { command: 'export', files: ['a.txt', 'b.txt'], json: false, jsonl: true, redact: false, tz: null }],
		['a file named like a flag after --', ['stats', '--', '--json'], { command: 'stats', files: ['--json'], json: false, jsonl: false, redact: false, tz: null }],
		['no command', [], { command: 'help', files: [], json: false, jsonl: false, redact: false, tz: null }],
		['--help after a command', ['stats', '--help'], { command: 'help', files: [], json: false, jsonl: false, redact: false, tz: null }],
		['risk with --jsonl', ['risk', 'a.txt', 'b.zip', '--jsonl'], { command: 'risk', files: ['a.txt', 'b.zip'], json: false, jsonl: true, redact: false, tz: null }],
		['risk without flags (table)', ['risk', 'chats/'], { command: 'risk', files: ['chats/'], json: false, jsonl: false, redact: false, tz: null }],
		['export with --redact', ['export', 'a.txt', '--jsonl', '--redact'], { command: 'export', files: ['a.txt'], json: false, jsonl: true, redact: true, tz: null }],
		['export with --tz and a zone', ['export', 'a.txt', '--tz', 'Europe/Berlin', '--jsonl'], { command: 'export', files: ['a.txt'], json: false, jsonl: true, redact: false, tz: 'Europe/Berlin' }],
		['risk with --tz=', ['risk', '--tz=Asia/Shanghai', 'a.txt'], { command: 'risk', files: ['a.txt'], json: false, jsonl: false, redact: false, tz: 'Asia/Shanghai' }]
	])('%s', (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	it.each([
		['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
		['an unknown option', ['stats', '--csv', 'a.txt'], /unknown option "--csv"/],
		['an unknown zone', ['export', 'a.txt', '--tz', 'Nowhere/Place'], /unknown time zone "Nowhere\/Place"/],
		['--tz without a zone', ['export', 'a.txt', '--tz'], /--tz needs a time zone/]
	])('rejects %s', (_name, argv, message) => {
		expect(() => parseArgs(argv)).toThrow(message);
	});
});
