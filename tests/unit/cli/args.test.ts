import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bin/args';

describe('parseArgs', () => {
	it.each([
		['stats with --json', ['stats', 'a.txt', '--json'], { command: 'stats', files: ['a.txt'], json: true, jsonl: false, redact: false }],
		['export with --jsonl before files', ['export', '--jsonl', 'a.txt', 'b.txt'], { command: 'export', files: ['a.txt', 'b.txt'], json: false, jsonl: true, redact: false }],
		['a file named like a flag after --', ['stats', '--', '--json'], { command: 'stats', files: ['--json'], json: false, jsonl: false, redact: false }],
		['no command', [], { command: 'help', files: [], json: false, jsonl: false, redact: false }],
		['--help after a command', ['stats', '--help'], { command: 'help', files: [], json: false, jsonl: false, redact: false }],
		['risk with --jsonl', ['risk', 'a.txt', 'b.zip', '--jsonl'], { command: 'risk', files: ['a.txt', 'b.zip'], json: false, jsonl: true, redact: false }],
		['risk without flags (table)', ['risk', 'chats/'], { command: 'risk', files: ['chats/'], json: false, jsonl: false, redact: false }],
		['export with --redact', ['export', 'a.txt', '--jsonl', '--redact'], { command: 'export', files: ['a.txt'], json: false, jsonl: true, redact: true }]
	])('%s', (_name, argv, expected) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	it.each([
		['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
		['an unknown option', ['stats', '--csv', 'a.txt'], /unknown option "--csv"/]
	])('rejects %s', (_name, argv, message) => {
		expect(() => parseArgs(argv)).toThrow(message);
	});
});
