import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCancelled, parseSource, parseSourceStream, type ParseProgressInfo } from '../../../src/lib/ingest/parse-source';
import { parseWhatsAppStream } from '../../../src/lib/ingest/container/stream-whatsapp';
import { createWhatsAppLineStream } from '../../../src/lib/ingest/whatsapp/line-stream';
import { readdirSync } from 'node:fs';
import { createLineSplitter } from '../../../src/lib/ingest/lines';
import { countStringWork, countStringWorkAsync } from '../../helpers/string-work';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';

const IOS = 'data-samples/whatsapp/WhatsApp Chat - Ops Team/_chat.txt';
const ANDROID = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
const utf8 = (s: string) => new TextEncoder().encode(s);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function utf16(text: string, bigEndian: boolean): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
		out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
	}
	return out;
}

function chunked(bytes: Uint8Array, size: number) {
	return async function* () {
		for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
	};
}

describe('parseSource', () => {
	it("reads a plain WhatsApp file as one entry named ''", async () => {
		const bytes = readFileSync(IOS);
		const r = await parseSource('WhatsApp Chat - Ops Team/_chat.txt', bytes);
		expect(r.source).toEqual({ name: 'WhatsApp Chat - Ops Team/_chat.txt', bytes: bytes.length, sha256: sha(bytes) });
		expect(r.parsed.map((p) => [p.entry, p.file.format, p.file.conversations[0].title, p.file.messages.length])).toEqual([
			['', 'whatsapp-ios-txt', 'Ops Team', 14]
		]);
		expect(r.problems).toEqual([]);
		expect(r.attachments).toEqual([]);
		expect(r.parsed[0].source).toEqual(r.source);
	});

	it('reads the zip of the same chat to the same records, with the member as entry', async () => {
		const plain = await parseSource('WhatsApp Chat - Ops Team/_chat.txt', readFileSync(IOS));
		const zipped = await parseSource('WhatsApp Chat - Ops Team.zip', readFileSync('data-samples/whatsapp/WhatsApp Chat - Ops Team.zip'));
		expect(zipped.parsed[0].entry).toBe('_chat.txt');
		expect(zipped.parsed[0].file).toEqual(plain.parsed[0].file);
	});

	it.each([
		['UTF-16 LE', false],
		['UTF-16 BE', true]
	])('reads a %s file with a BOM', async (_name, be) => {
		const text = readFileSync(ANDROID, 'utf8');
		const r = await parseSource('WhatsApp Chat with Harbor Logistics.txt', utf16(text, be));
		expect(r.parsed[0].file).toEqual(parseWhatsAppText(text, 'WhatsApp Chat with Harbor Logistics.txt'));
		expect(r.problems.map((p) => p.message)).toEqual(['before the first message: --- chat backup restored from old phone, export continues below ---']);
	});

	it('reads a Latin-1 file and warns with the byte offset of the first non-UTF-8 byte', async () => {
		const r = await parseSource('WhatsApp Chat mit Max.txt', Uint8Array.from([...utf8('16.01.21, 23:09 - Max: Gr'), 0xfc, 0xdf, 0x65]));
		expect(r.parsed[0].file.messages[0].text).toBe('Grüße');
		expect(r.problems).toEqual([
			{ file: 'WhatsApp Chat mit Max.txt', line: null, message: 'not valid UTF-8 (first invalid byte at offset 25); read as Windows-1252/Latin-1' }
		]);
	});

	it('refuses binary garbage with a clear message', async () => {
		const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
		const r = await parseSource('photo.heic', garbage);
		expect(r.parsed).toEqual([]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].file).toBe('photo.heic');
		expect(r.problems[0].message).toMatch(/^not a recognised chat export: binary data, not text \(a NUL byte at character 0\)\. Tried: .*WhatsApp chat export/);
	});

	it.each([
		['an object of another shape', '{"foo": 1, "bar": [1, 2]}', 'JSON, but an object with keys "foo", "bar", which matches no known export'],
		['an array', '[1, 2, 3]', 'JSON, but an array of 3 item(s), which matches no known export'],
		['broken JSON', '{"messages": [', 'JSON, but not valid JSON (']
	])('refuses JSON that is %s, naming the file and the shape found', async (_name, text, says) => {
		const r = await parseSource('export/result.json', utf8(text));
		expect(r.parsed).toEqual([]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].file).toBe('export/result.json');
		expect(r.problems[0].message).toContain(`not a recognised chat export: ${says}`);
	});

	it('stops with an AbortError when already cancelled', async () => {
		const c = new AbortController();
		c.abort();
		const err = await parseSource('a.txt', utf8('1/2/24, 9:07 AM - Ana: hi\n'), { signal: c.signal }).catch((e) => e);
		expect(isCancelled(err)).toBe(true);
	});
});

describe('parseSourceStream', () => {
	it.each([
		['iOS sample', 1, IOS, 'WhatsApp Chat - Ops Team/_chat.txt'],
		['iOS sample', 7, IOS, 'WhatsApp Chat - Ops Team/_chat.txt'],
		['Android sample', 3, ANDROID, 'WhatsApp Chat with Harbor Logistics.txt'],
		['Android sample', 4096, ANDROID, 'WhatsApp Chat with Harbor Logistics.txt']
	])('streams the %s in %i-byte chunks to exactly what parseSource gives', async (_name, size, path, name) => {
		const bytes = readFileSync(path);
		const streamed = await parseSourceStream(name, bytes.length, bytes.subarray(0, 65536), chunked(bytes, size));
		expect(streamed).toEqual(await parseSource(name, bytes));
	});

	it.each([
		['LE', false],
		['BE', true]
	])('streams a UTF-16 %s file in odd-sized chunks to what parseSource gives', async (_name, be) => {
		const bytes = utf16(readFileSync(ANDROID, 'utf8'), be);
		const streamed = await parseSourceStream('WhatsApp Chat with Harbor Logistics.txt', bytes.length, bytes.subarray(0, 65536), chunked(bytes, 333));
		expect(streamed.parsed[0].file.messages).toHaveLength(91);
		expect(streamed).toEqual(await parseSource('WhatsApp Chat with Harbor Logistics.txt', bytes));
	});

	it('restamps at the end when the first megabyte misleads the date order, as parseWhatsAppText does', async () => {
		// 40 000 lines fit DMY and MDY alike; only the last one says month/day.
		const lines: string[] = [];
		for (let i = 0; i < 40_000; i++) lines.push(`0${1 + (i % 9)}/0${1 + ((i >> 3) % 9)}/24, 10:${String(i % 60).padStart(2, '0')} - Ana: message number ${i}`);
		lines.push('12/25/24, 10:00 - Ana: christmas');
		const text = lines.join('\n');
		expect(text.length).toBeGreaterThan(1 << 20);
		const bytes = utf8(text);
		const r = await parseSourceStream('WhatsApp Chat with Ana.txt', bytes.length, bytes.subarray(0, 65536), chunked(bytes, 65536));
		const direct = parseWhatsAppText(text, 'WhatsApp Chat with Ana.txt');
		expect(r.parsed[0].file.messages.at(-1)?.ts).toBe('2024-12-25T10:00:00');
		expect(r.parsed[0].file.messages[0].ts).toBe('2024-01-01T10:00:00');
		expect(r.parsed[0].file).toEqual(direct);
	});

	it('falls back to Windows-1252 for a non-UTF-8 stream, with the offset, and hashes the bytes', async () => {
		const bytes = Uint8Array.from([...utf8('16.01.21, 23:09 - Max: Gr'), 0xfc, 0xdf, 0x65, 0x0a]);
		const r = await parseSourceStream('WhatsApp Chat mit Max.txt', bytes.length, bytes, chunked(bytes, 5));
		expect(r.parsed[0].file.messages[0].text).toBe('Grüße');
		expect(r.source.sha256).toBe(sha(bytes));
		expect(r.problems).toEqual([
			{ file: 'WhatsApp Chat mit Max.txt', line: null, message: 'not valid UTF-8 (first invalid byte at offset 25); read as Windows-1252/Latin-1' }
		]);
	});

	it('reads other formats whole and gives the same answer as parseSource', async () => {
		const bytes = utf8('{"foo": 1}');
		const r = await parseSourceStream('x.json', bytes.length, bytes, chunked(bytes, 3));
		expect(r).toEqual(await parseSource('x.json', bytes));
	});

	it('reports progress with bytes, total and messages, at most every ~100 ms', async () => {
		const bytes = readFileSync(ANDROID);
		const seen: ParseProgressInfo[] = [];
		await parseSourceStream('a.txt', bytes.length, bytes.subarray(0, 65536), chunked(bytes, 16), { onProgress: (p) => seen.push(p) });
		expect(seen.length).toBeLessThan(10);
		expect(seen.at(-1)).toEqual({ phase: 'parsing', bytes: bytes.length, total: bytes.length, messages: 91 });
	});

	it('stops mid-stream when cancelled and returns nothing', async () => {
		const bytes = readFileSync(ANDROID);
		const c = new AbortController();
		let chunks = 0;
		const err = await parseSourceStream(
			'a.txt',
			bytes.length,
			bytes.subarray(0, 65536),
			async function* () {
				for (let i = 0; i < bytes.length; i += 100) {
					if (++chunks === 5) c.abort();
					yield bytes.subarray(i, i + 100);
				}
			},
			{ signal: c.signal }
		).catch((e) => e);
		expect(isCancelled(err)).toBe(true);
		expect(chunks).toBe(5);
	});

	it('hears a cancel sent from a timer even when every chunk is already at hand', async () => {
		const bytes = utf8('1/2/24, 9:07 AM - Ana: hello there\n'.repeat(400_000));
		const c = new AbortController();
		setTimeout(() => c.abort(), 5);
		const err = await parseSourceStream('a.txt', bytes.length, bytes.subarray(0, 65536), chunked(bytes, 65536), { signal: c.signal }).catch((e) => e);
		expect(isCancelled(err)).toBe(true);
	});
});

describe('createWhatsAppLineStream', () => {
	const files = readdirSync('tests/fixtures/whatsapp')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => `tests/fixtures/whatsapp/${f}`);

	it.each([...files, IOS, ANDROID])('assembles %s exactly as parseWhatsAppText, with and without line offsets', (path) => {
		const text = readFileSync(path, 'utf8');
		for (const withOffsets of [false, true]) {
			const splitter = createLineSplitter();
			const stream = createWhatsAppLineStream(path);
			for (let pos = 0; pos < text.length; pos += 50) {
				const starts: number[] = [];
				const lines = splitter.push(text.slice(pos, pos + 50), starts);
				stream.push(lines, withOffsets ? { source: text, starts } : undefined);
			}
			stream.push(splitter.end());
			expect(stream.end()).toEqual(parseWhatsAppText(text, path));
		}
	});

	it('takes a date order from the caller', () => {
		const stream = createWhatsAppLineStream('x.txt', { order: 'MDY' });
		stream.push(['01/02/24, 10:00 - Ana: hi']);
		expect(stream.end().messages[0].ts).toBe('2024-01-02T10:00:00');
	});
});

describe('a 50 MB single line', () => {
	const MB50 = 50 << 20;

	it('goes through the line splitter in 4 KB chunks whole', { timeout: 60_000 }, () => {
		const chunk = 'x'.repeat(1 << 12);
		const splitter = createLineSplitter();
		let emitted = 0;
		for (let i = 0; i < MB50 >> 12; i++) emitted += splitter.push(chunk).length;
		expect(emitted).toBe(0);
		const [line] = splitter.end();
		expect(line.length).toBe(MB50);
	});

	// The splitter's cost is counted, not timed: the characters it scans and copies for one long line given in 4 KB
	// chunks, at two lengths. A splitter that rescanned or recopied the carried line on each push would do work growing
	// with the square of the line (about 128 M characters at 1 MB); a linear one a small multiple of the line.
	const splitWork = (chunks: number, splitter: { push(c: string): string[]; end(): string[] }) => {
		const chunk = 'x'.repeat(1 << 12);
		return countStringWork(() => {
			for (let i = 0; i < chunks; i++) splitter.push(chunk);
			return splitter.end()[0].length;
		});
	};

	it('costs the line splitter work linear in the line: counted at 1 MB and 2 MB', () => {
		const one = splitWork(256, createLineSplitter());
		const two = splitWork(512, createLineSplitter());
		expect([one.result, two.result]).toEqual([1 << 20, 2 << 20]);
		expect(one.work).toBeLessThanOrEqual(4 * (1 << 20));
		expect(two.work / one.work).toBeLessThanOrEqual(2.1);
	});

	it('the count catches a splitter that rescans its carried line on each push', () => {
		const rescanning = () => {
			let carry = '';
			return {
				push(c: string) {
					carry += c;
					const i = carry.indexOf('\n');
					return i < 0 ? [] : [carry.slice(0, i)];
				},
				end: () => [carry]
			};
		};
		const one = splitWork(256, rescanning());
		expect(one.result).toBe(1 << 20);
		expect(one.work).toBeGreaterThan(4 * (1 << 20));
		expect(splitWork(512, rescanning()).work / one.work).toBeGreaterThan(3);
	});

	it('streams through the WhatsApp parser as one unparsed line', { timeout: 60_000 }, async () => {
		// 12,800 pieces of 4 KB, as a slow stream delivers them.
		const piece = new Uint8Array(1 << 12).fill(0x61);
		const r = await parseWhatsAppStream('big.txt', MB50 + 40, async function* () {
			yield utf8('1/2/24, 9:07 AM - Ana: ');
			for (let i = 0; i < MB50 >> 12; i++) yield piece;
			yield utf8('\n1/2/24, 9:08 AM - Bo: after\n');
		});
		expect(r.file.messages.map((m) => [m.author, m.text.length])).toEqual([
			['Ana', MB50],
			['Bo', 5]
		]);
	});

	it('that is no chat is refused with work linear in its length: counted at 1 MB and 2 MB', async () => {
		const one = await countStringWorkAsync(() => parseSource('z.txt', new Uint8Array(1 << 20).fill(0x7a)));
		const two = await countStringWorkAsync(() => parseSource('z.txt', new Uint8Array(2 << 20).fill(0x7a)));
		expect([one, two].map((r) => r.result.problems[0].message)).toEqual([
			expect.stringMatching(/^not a recognised chat export/),
			expect.stringMatching(/^not a recognised chat export/)
		]);
		expect(one.work).toBeLessThanOrEqual(32 * (1 << 20));
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('is refused when it is not a chat', { timeout: 60_000 }, async () => {
		const bytes = new Uint8Array(MB50).fill(0x7a);
		const r = await parseSource('z.txt', bytes);
		expect(r.problems[0].message).toMatch(/^not a recognised chat export/);
	});
});
