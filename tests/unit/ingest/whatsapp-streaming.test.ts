import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppStream } from '../../../src/lib/ingest/container/stream-whatsapp';
import { createLineSplitter } from '../../../src/lib/ingest/lines';
import { createWhatsAppParser, inferDateOrder, looksLikeWhatsApp, parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import { titleFromFileName } from '../../../src/lib/ingest/whatsapp/title';
import type { ParsedFile } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/whatsapp');
const SAMPLES = join(import.meta.dirname, '../../../data-samples/whatsapp');

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Parses through the streaming API, cutting the text into chunks of random size and the lines into random batches. */
function parseStreamed(text: string, name: string, rand: () => number): ParsedFile {
	const { order } = inferDateOrder(text.split(/\r\n|\r|\n/));
	const parser = createWhatsAppParser({ order, conversationTitle: titleFromFileName(name) });
	const splitter = createLineSplitter();
	const messages = [];
	let pending: string[] = [];
	for (let pos = 0; pos < text.length;) {
		const size = 1 + Math.floor(rand() * 40);
		pending.push(...splitter.push(text.slice(pos, pos + size)));
		pos += size;
		if (rand() < 0.3) {
			messages.push(...parser.pushLines(pending));
			pending = [];
		}
	}
	pending.push(...splitter.end());
	messages.push(...parser.pushLines(pending));
	const end = parser.end();
	messages.push(...end.messages);
	return { platform: 'whatsapp', format: end.format, conversations: [{ title: '', kind: end.kind }], messages, unparsed: end.unparsed, notes: [] };
}

const files = [
	...readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => join(FIXTURES, f)),
	join(SAMPLES, 'WhatsApp Chat with Harbor Logistics.txt'),
	join(SAMPLES, 'WhatsApp Chat - Ops Team/_chat.txt')
];

describe('streaming', () => {
	it.each(files)('random chunking gives the same records as a whole parse: %s', (path) => {
		const text = readFileSync(path, 'utf8');
		const whole = parseWhatsAppText(text, path);
		for (let seed = 1; seed <= 5; seed++) {
			const streamed = parseStreamed(text, path, mulberry32(seed));
			expect(streamed.messages).toEqual(whole.messages);
			expect(streamed.unparsed).toEqual(whole.unparsed);
			expect(streamed.format).toBe(whole.format);
			expect(streamed.conversations[0].kind).toBe(whole.conversations[0].kind);
		}
	});

	it('returns a record only once the next header arrives, and numbers lines across pushes', () => {
		const parser = createWhatsAppParser({ order: 'DMY', conversationTitle: 'x' });
		expect(parser.pushLines(['junk', '13/01/24, 10:00 - Ana: one'])).toEqual([]);
		expect(parser.pushLines(['more of one'])).toEqual([]);
		const done = parser.pushLines(['13/01/24, 10:01 - Bo: two']);
		expect(done.map((m) => [m.index, m.line, m.lineEnd, m.text])).toEqual([[0, 2, 3, 'one\nmore of one']]);
		const end = parser.end();
		expect(end.messages.map((m) => [m.index, m.line, m.text])).toEqual([[1, 4, 'two']]);
		expect(end.unparsed).toEqual([{ line: 1, text: 'junk', reason: 'before the first message' }]);
	});

	it('keeps blank lines between records in raw but not in text', () => {
		const file = parseWhatsAppText('13/01/24, 10:00 - Ana: one\n\nmid\n\n\n13/01/24, 10:01 - Bo: two\n', 'x.txt');
		expect(file.messages[0]).toMatchObject({ text: 'one\n\nmid', raw: '13/01/24, 10:00 - Ana: one\n\nmid\n\n', line: 1, lineEnd: 5 });
	});
});

describe('robustness', () => {
	function randomText(rand: () => number, length: number): string {
		const alphabet = [
			'\n',
			'\r',
			'\r\n',
			'[',
			']',
			'/',
			'.',
			':',
			' - ',
			', ',
			'\u200e',
			'\u202f',
			'\ufeff',
			'\ud800',
			'AM',
			'p. m.',
			'<',
			'>',
			'a',
			'1',
			'12',
			'2024',
			'9'
		];
		let out = '';
		while (out.length < length) {
			const r = rand();
			if (r < 0.5) out += alphabet[Math.floor(rand() * alphabet.length)];
			else out += String.fromCharCode(Math.floor(rand() * 0x10000));
		}
		return out;
	}

	it.each([1, 2, 3, 4, 5, 6, 7, 8])('never throws on random text (seed %i)', (seed) => {
		const rand = mulberry32(seed);
		const text = randomText(rand, 20000);
		expect(() => parseWhatsAppText(text, 'random.txt')).not.toThrow();
		expect(() => looksLikeWhatsApp(text)).not.toThrow();
		expect(() => inferDateOrder(text.split('\n'))).not.toThrow();
		const file = parseWhatsAppText(text, 'random.txt');
		for (const m of file.messages) expect(m.ts).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
	});

	it('never throws on random bytes decoded as UTF-8', () => {
		const rand = mulberry32(99);
		const bytes = new Uint8Array(50000).map(() => Math.floor(rand() * 256));
		const text = new TextDecoder().decode(bytes);
		expect(() => parseWhatsAppText(text, 'bytes.txt')).not.toThrow();
	});

	it('keeps a 50 MB line without a timestamp as one unparsed line', () => {
		const line = 'x'.repeat(50 * 1024 * 1024);
		const file = parseWhatsAppText(line, 'long.txt');
		expect(file.messages).toEqual([]);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0].line).toBe(1);
		expect(file.unparsed[0].text.length).toBe(line.length);
	});

	it('keeps a 50 MB message body', () => {
		const body = 'y'.repeat(50 * 1024 * 1024);
		const file = parseWhatsAppText(`13/01/24, 10:00 - Ana: ${body}\n13/01/24, 10:01 - Bo: ok`, 'long.txt');
		expect(file.messages.map((m) => m.text.length)).toEqual([body.length, 2]);
	});

	it.each([
		['spaces after a time', '1/2/24, 10:00' + ' '.repeat(5_000_000) + 'x'],
		['spaces after a date', '1/2/24,' + '\u202f'.repeat(5_000_000) + 'x'],
		['a half meridiem then spaces', '1/2/24, 10:00 p' + ' '.repeat(5_000_000) + 'x'],
		['a run of digits', '1'.repeat(5_000_000)],
		['a bare date then spaces', '13. 6. 2018. 21:25:15' + ' '.repeat(5_000_000)]
	])('keeps a 5 MB near-header line (%s) as unparsed, in linear time', (_name, line) => {
		const file = parseWhatsAppText(line, 'x.txt');
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => u.line)).toEqual([1]);
	});

	it('parses a file truncated in the middle of a header', () => {
		const file = parseWhatsAppText('13/01/24, 10:00 - Ana: one\n13/01/2', 'cut.txt');
		expect(file.messages.map((m) => m.text)).toEqual(['one\n13/01/2']);
	});

	it.each([
		['empty', ''],
		['only breaks', '\n\r\n\r'],
		['only a BOM', '\ufeff'],
		['a header without body', '13/01/24, 10:00 -'],
		['a lone surrogate', '13/01/24, 10:00 - Ana: \ud800']
	])('handles %s', (_name, text) => {
		expect(() => parseWhatsAppText(text, 'x.txt')).not.toThrow();
	});

	it('tolerates wrong argument types', () => {
		expect(() => parseWhatsAppText(undefined as unknown as string, undefined as unknown as string)).not.toThrow();
		expect(looksLikeWhatsApp(null as unknown as string)).toBe(false);
		const parser = createWhatsAppParser({ order: 'DMY', conversationTitle: 'x' });
		expect(parser.pushLines(null as unknown as string[])).toEqual([]);
		expect(() => parser.pushLines([42 as unknown as string])).not.toThrow();
	});
});

// The file path: bytes in chunks of random size (multi-byte characters and CRLF pairs cut too), each decoded chunk
// the source its lines and multi-line records are sliced from; the records must equal a parse of the whole text.
describe('parseWhatsAppStream over byte chunks', () => {
	const withCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
	it.each(files)('random byte chunks give the same records as a whole parse: %s', async (path) => {
		for (const text of [readFileSync(path, 'utf8'), withCrlf(readFileSync(path, 'utf8'))]) {
			const whole = parseWhatsAppText(text, path);
			const bytes = new TextEncoder().encode(text);
			for (let seed = 1; seed <= 3; seed++) {
				const rand = mulberry32(seed);
				const cuts: number[] = [];
				for (let pos = 0; pos < bytes.length; pos += 1 + Math.floor(rand() * (seed === 3 ? 4000 : 60))) cuts.push(pos);
				cuts.push(bytes.length);
				// With the date order given, lines go to the parser chunk by chunk (no 1 MB held back for the guess).
				const dateOrder = seed === 1 ? undefined : inferDateOrder(text.split(/\r\n|\r|\n/)).order;
				const streamed = await parseWhatsAppStream(
					path,
					bytes.length,
					async function* () {
						for (let i = 0; i + 1 < cuts.length; i++) yield bytes.subarray(cuts[i], cuts[i + 1]);
					},
					{ dateOrder }
				);
				expect(streamed.file.messages.map(({ ts, ...m }) => m)).toEqual(whole.messages.map(({ ts, ...m }) => m));
				if (dateOrder === undefined || whole.notes[0].startsWith(`date order ${dateOrder}:`)) expect(streamed.file.messages).toEqual(whole.messages);
				expect(streamed.file.unparsed).toEqual(whole.unparsed);
			}
		}
	});
});
