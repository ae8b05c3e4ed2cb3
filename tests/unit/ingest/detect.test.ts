import { describe, expect, it } from 'vitest';
import { detectFormat, detectParser } from '../../../src/lib/ingest/detect';
import type { FormatParser } from '../../../src/lib/ingest/format';
import { CONTAINER_PARSERS, FORMAT_PARSERS, inTryOrder } from '../../../src/lib/ingest/registry';

describe('detectFormat', () => {
	it.each([
		['Android WhatsApp line', '1/2/24, 9:07\u202fAM - Ana Silva: hello\n', 'whatsapp'],
		['iOS WhatsApp line', '[02/01/2024, 09:05:11] Ana Silva: hello\r\n', 'whatsapp'],
		['WhatsApp after a junk first line', 'exported by someone\n16.01.21, 23:09 - Max: hallo\n', 'whatsapp']
	])('recognises %s', (_name, text, platform) => {
		expect(detectFormat(text)).toEqual({ ok: true, platform });
	});

	it.each([
		['a CSV file', 'id,name\n1,Ana\n'],
		['JSON', '{"messages": []}'],
		['an empty file', '']
	])('refuses %s, naming what was tried and how the file begins', (_name, text) => {
		const result = detectFormat(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain('WhatsApp');
		expect(result.message).toContain(text === '' ? '(empty file)' : JSON.stringify(text.split('\n')[0]));
	});
});

const make = (id: string, sniff: (s: string) => boolean): FormatParser => ({
	id,
	platform: 'csv',
	label: `${id} label`,
	sniff,
	parse: () => ({ platform: 'csv', format: id, conversations: [], messages: [], unparsed: [], notes: [] })
});

describe('detectParser', () => {
	it('returns the first parser whose sniff accepts, skipping one that throws', () => {
		const parsers = [
			make('throws', () => {
				throw new Error('x');
			}),
			make('a', (s) => s.startsWith('a')),
			make('ab', (s) => s.startsWith('ab'))
		];
		const d = detectParser('abc', 'f.txt', parsers);
		expect(d.ok && d.parser.id).toBe('a');
	});

	it('names every format tried when none accepts', () => {
		const d = detectParser('zzz', 'f.txt', [make('a', () => false), make('b', () => false)]);
		expect(d).toEqual({ ok: false, message: 'not a recognised chat export. Tried: a label; b label. The file begins: "zzz"' });
	});

	it('sniffs only the first 64 KB', () => {
		let seen = 0;
		detectParser('x'.repeat(200_000), 'f.txt', [make('a', (s) => ((seen = s.length), false))]);
		expect(seen).toBe(64 * 1024);
	});
});

describe('the registry', () => {
	it('tries WhatsApp, and keeps generic CSV (when registered) last', () => {
		expect(FORMAT_PARSERS.map((p) => p.id)).toContain('whatsapp-txt');
		const at = FORMAT_PARSERS.findIndex((p) => p.id === 'generic-csv');
		if (at >= 0) expect(at).toBe(FORMAT_PARSERS.length - 1);
	});

	it('moves generic CSV behind every specific parser, whatever order they are listed in', () => {
		expect(inTryOrder([make('generic-csv', () => true), make('a', () => true), make('b', () => true)]).map((p) => p.id)).toEqual(['a', 'b', 'generic-csv']);
	});

	it('has unique ids', () => {
		const ids = [...FORMAT_PARSERS, ...CONTAINER_PARSERS].map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
