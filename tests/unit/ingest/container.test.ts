import { strFromU8, strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContainerParser, FormatParser } from '../../../src/lib/ingest/format';
import { parseEntries } from '../../../src/lib/ingest/container/parse-entries';
import { isTextMember, mimeOf } from '../../../src/lib/ingest/container/media';
import { readZip } from '../../../src/lib/ingest/container/zip';
import { parseSource, parseSourceStream } from '../../../src/lib/ingest/parse-source';
import type { ParsedFile } from '../../../src/lib/model/types';

const IOS_CHAT = [
	'[14/03/2024, 09:00:12] Ops Team: \u200eMessages and calls are end-to-end encrypted.',
	'[14/03/2024, 09:06:30] Bo Li: \u200e<attached: 00000006-PHOTO-2024-03-14-09-06-30.jpg>',
	'[14/03/2024, 09:07:02] Ana Silva: \u200e<attached: 00000007-PHOTO-2024-03-14-09-07-02.jpg>',
	'[14/03/2024, 09:08:00] Ana Silva: \u200e<attached: 00000008-AUDIO-2024-03-14-09-08-00.opus>',
	'[14/03/2024, 09:09:00] Bo Li: thanks'
].join('\r\n');

const ANDROID_CHAT = ['1/15/24, 9:41 AM - Bo Li: IMG-20240115-WA0003.jpg (file attached)', '1/15/24, 9:42 AM - Ana Silva: 🎉 nice'].join('\n');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0xff, 0xd9]);

function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
	const z: Zippable = {};
	for (const [k, v] of Object.entries(files)) z[k] = [typeof v === 'string' ? strToU8(v) : v, { level }];
	return zipSync(z);
}

function noise(n: number, seed = 7): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed;
	for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
	return out;
}

describe('WhatsApp zips', () => {
	it.each([
		['iOS, title from the zip name', 'WhatsApp Chat - Ops Team.zip', '_chat.txt', IOS_CHAT, 'Ops Team'],
		['iOS, with-style zip name', 'WhatsApp Chat with Ops Team.zip', '_chat.txt', IOS_CHAT, 'Ops Team'],
		['Android, English name', 'WhatsApp Chat with Harbor Logistics.zip', 'WhatsApp Chat with Harbor Logistics.txt', ANDROID_CHAT, 'Harbor Logistics'],
		['Android, German name', 'WhatsApp-Chat mit Harbor Logistics.zip', 'WhatsApp-Chat mit Harbor Logistics.txt', ANDROID_CHAT, 'Harbor Logistics'],
		['Android, Spanish name', 'Chat de WhatsApp con Ana.zip', 'Chat de WhatsApp con Ana.txt', ANDROID_CHAT, 'Ana']
	])('%s', async (_name, zipName, member, text, title) => {
		const r = await parseSource(zipName, zip({ [member]: text }));
		expect(r.parsed).toHaveLength(1);
		expect(r.parsed[0].entry).toBe(member);
		expect(r.parsed[0].file.platform).toBe('whatsapp');
		expect(r.parsed[0].file.conversations).toEqual([{ title, kind: expect.any(String) }]);
	});

	it('links referenced media to the messages and reports each missing file with its line', async () => {
		const r = await parseSource(
			'WhatsApp Chat - Ops Team.zip',
			zip({
				'_chat.txt': IOS_CHAT,
				'00000006-PHOTO-2024-03-14-09-06-30.jpg': JPEG,
				'00000009-PHOTO-2024-03-14-09-10-00.png': PNG
			})
		);
		expect(r.parsed[0].file.messages).toHaveLength(5);
		expect(r.attachments.map(({ path, name, mime, entry, bytes }) => ({ path, name, mime, entry, size: bytes.length }))).toEqual([
			{ path: '00000006-PHOTO-2024-03-14-09-06-30.jpg', name: '00000006-PHOTO-2024-03-14-09-06-30.jpg', mime: 'image/jpeg', entry: '_chat.txt', size: 10 },
			{ path: '00000009-PHOTO-2024-03-14-09-10-00.png', name: '00000009-PHOTO-2024-03-14-09-10-00.png', mime: 'image/png', entry: null, size: 12 }
		]);
		expect(r.problems).toEqual([
			{
				file: 'WhatsApp Chat - Ops Team.zip',
				path: '_chat.txt',
				line: 3,
				message: 'attachment "00000007-PHOTO-2024-03-14-09-07-02.jpg" referenced by the message at line 3 is not in the zip'
			},
			{
				file: 'WhatsApp Chat - Ops Team.zip',
				path: '_chat.txt',
				line: 4,
				message: 'attachment "00000008-AUDIO-2024-03-14-09-08-00.opus" referenced by the message at line 4 is not in the zip'
			}
		]);
	});

	it('finds media in a subfolder by base name', async () => {
		const r = await parseSource('WhatsApp Chat with Harbor Logistics.zip', zip({ 'chat.txt': ANDROID_CHAT, 'Media/IMG-20240115-WA0003.jpg': JPEG }));
		expect(r.attachments).toMatchObject([{ path: 'Media/IMG-20240115-WA0003.jpg', name: 'IMG-20240115-WA0003.jpg', entry: 'chat.txt' }]);
		expect(r.problems).toEqual([]);
	});

	it('reads the committed samples like their .txt, with the photo linked (and one left out in the Android zip)', async () => {
		const { readFileSync } = await import('node:fs');
		const ios = await parseSource('WhatsApp Chat - Ops Team.zip', readFileSync('data-samples/whatsapp/WhatsApp Chat - Ops Team.zip'));
		expect(ios.parsed.map((p) => [p.entry, p.file.conversations[0].title, p.file.messages.length])).toEqual([['_chat.txt', 'Ops Team', 14]]);
		expect(ios.attachments.map((a) => [a.name, a.mime, a.entry])).toEqual([['00000006-PHOTO-2024-03-14-09-06-30.jpg', 'image/jpeg', '_chat.txt']]);
		expect(ios.problems).toEqual([]);
		const chatTxt = readFileSync('data-samples/whatsapp/WhatsApp Chat - Ops Team/_chat.txt');
		expect(ios.parsed[0].source).toEqual({
			name: 'WhatsApp Chat - Ops Team.zip/_chat.txt',
			bytes: chatTxt.length,
			sha256: createHash('sha256').update(chatTxt).digest('hex')
		});
		const android = await parseSource('WhatsApp Chat with Harbor Logistics.zip', readFileSync('data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip'));
		expect(android.parsed[0].file.messages).toHaveLength(91);
		expect(android.attachments.map((a) => a.name)).toEqual(['IMG-20240115-WA0003.jpg', 'DOC-20240125-WA0011.pdf']);
		expect(android.problems.map((p) => [p.line, p.message])).toEqual([
			[1, 'before the first message: --- chat backup restored from old phone, export continues below ---'],
			[81, 'attachment "IMG-20240304-WA0019.jpg" referenced by the message at line 81 is not in the zip']
		]);
	});
});

describe('zip variants', () => {
	it('skips __MACOSX/ and .DS_Store without a word', async () => {
		const r = await parseSource(
			'WhatsApp Chat - Ops Team.zip',
			zip({
				'_chat.txt': IOS_CHAT,
				'.DS_Store': noise(64),
				'__MACOSX/._chat.txt': noise(40),
				'__MACOSX/._00000006-PHOTO-2024-03-14-09-06-30.jpg': noise(40),
				'00000006-PHOTO-2024-03-14-09-06-30.jpg': JPEG,
				'00000007-PHOTO-2024-03-14-09-07-02.jpg': JPEG,
				'00000008-AUDIO-2024-03-14-09-08-00.opus': noise(30)
			})
		);
		expect(r.parsed.map((p) => p.entry)).toEqual(['_chat.txt']);
		expect(r.attachments.map((a) => a.path)).toEqual([
			'00000006-PHOTO-2024-03-14-09-06-30.jpg',
			'00000007-PHOTO-2024-03-14-09-07-02.jpg',
			'00000008-AUDIO-2024-03-14-09-08-00.opus'
		]);
		expect(r.problems).toEqual([]);
	});

	it('keeps emoji file names, in folders and in media', async () => {
		const chat = '1/15/24, 9:41 AM - Bo Li: 🎉party🎉.jpg (file attached)\n';
		const r = await parseSource('export 🎉.zip', zip({ 'Team 🎉/WhatsApp Chat with Team 🎉.txt': chat, 'Team 🎉/🎉party🎉.jpg': JPEG }));
		expect(r.parsed.map((p) => [p.entry, p.file.conversations[0].title])).toEqual([['Team 🎉/WhatsApp Chat with Team 🎉.txt', 'Team 🎉']]);
		expect(r.attachments.map((a) => [a.path, a.entry])).toEqual([['Team 🎉/🎉party🎉.jpg', 'Team 🎉/WhatsApp Chat with Team 🎉.txt']]);
		expect(r.problems).toEqual([]);
	});

	it('tolerates member names that are not UTF-8 (read as CP437/Latin-1)', async () => {
		const bytes = zip({ 'caf?.txt': 'hello' });
		// The name is plain ASCII, so no UTF-8 flag is set: put a Latin-1 é where the ? is, in both headers.
		for (let i = 0; i < bytes.length - 8; i++) if (String.fromCharCode(...bytes.subarray(i, i + 8)) === 'caf?.txt') bytes[i + 3] = 0xe9;
		const r = await parseSource('names.zip', bytes);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].path).toBe('café.txt');
		expect(r.problems[0].message).toMatch(/^not a recognised chat export/);
	});

	it('reports a zip without any chat text, keeping its media as attachments', async () => {
		const r = await parseSource('photos.zip', zip({ 'a.jpg': JPEG, 'b.png': PNG }));
		expect(r.parsed).toEqual([]);
		expect(r.attachments.map((a) => [a.path, a.entry])).toEqual([
			['a.jpg', null],
			['b.png', null]
		]);
		expect(r.problems).toEqual([{ file: 'photos.zip', line: null, message: 'the zip holds no chat export: no text member among 2 member(s)' }]);
	});

	it('reports each text member nothing recognises by its path, and still parses the others', async () => {
		const r = await parseSource('mixed.zip', zip({ 'notes/readme.txt': 'just some notes\nabout nothing', '_chat.txt': IOS_CHAT }));
		expect(r.parsed.map((p) => p.entry)).toEqual(['_chat.txt']);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0]).toMatchObject({ file: 'mixed.zip', path: 'notes/readme.txt', line: null });
		expect(r.problems[0].message).toMatch(/Tried: .*WhatsApp chat export/);
		expect(r.problems[0].message).toContain('"just some notes"');
	});

	it('links a text member a message sends (HTML, SVG) as an attachment, not as a failed export', async () => {
		const chat = [
			'1/15/24, 9:41 AM - Bo Li: page.html (file attached)',
			'1/15/24, 9:42 AM - Bo Li: logo.svg (file attached)',
			'1/15/24, 9:43 AM - Ana Silva: IMG-20240115-WA0003.jpg (file attached)'
		].join('\n');
		const html = '<!doctype html><script>document.title = "ran"</script>';
		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>';
		const r = await parseSource(
			'WhatsApp Chat with Bo.zip',
			zip({ 'WhatsApp Chat with Bo.txt': chat, 'page.html': html, 'logo.svg': svg, 'IMG-20240115-WA0003.jpg': JPEG })
		);
		expect(r.parsed.map((p) => p.entry)).toEqual(['WhatsApp Chat with Bo.txt']);
		expect(r.problems).toEqual([]);
		const byPath = new Map(r.attachments.map((a) => [a.path, a]));
		expect([...byPath.keys()].sort()).toEqual(['IMG-20240115-WA0003.jpg', 'logo.svg', 'page.html']);
		expect(byPath.get('page.html')).toMatchObject({ name: 'page.html', entry: 'WhatsApp Chat with Bo.txt' });
		expect(strFromU8(byPath.get('page.html')!.bytes)).toBe(html);
		expect(byPath.get('logo.svg')).toMatchObject({ name: 'logo.svg', entry: 'WhatsApp Chat with Bo.txt' });
	});

	it('decodes a Latin-1 member with a warning naming the member and the byte offset', async () => {
		const latin1 = new Uint8Array([...strToU8('1/15/24, 9:41 AM - Bo Li: M'), 0xfc, ...strToU8('ller\n')]);
		const r = await parseSource('WhatsApp Chat with Bo.zip', zip({ 'WhatsApp Chat with Bo.txt': latin1 }));
		expect(r.parsed[0].file.messages[0].text).toBe('Müller');
		expect(r.problems).toEqual([
			{
				file: 'WhatsApp Chat with Bo.zip',
				path: 'WhatsApp Chat with Bo.txt',
				line: null,
				message: 'not valid UTF-8 (first invalid byte at offset 27); read as Windows-1252/Latin-1'
			}
		]);
	});

	it('decodes a UTF-16 member with a BOM', async () => {
		const text = '\ufeff' + ANDROID_CHAT;
		const le = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) ((le[2 * i] = text.charCodeAt(i) & 0xff), (le[2 * i + 1] = text.charCodeAt(i) >> 8));
		const r = await parseSource('x.zip', zip({ 'WhatsApp Chat with Bo.txt': le }));
		expect(r.parsed[0].file.messages.map((m) => [m.author, m.kind])).toEqual([
			['Bo Li', 'media'],
			['Ana Silva', 'text']
		]);
		expect(r.parsed[0].file.messages[1].text).toBe('🎉 nice');
		expect(r.problems).toEqual([]);
	});
});

describe('truncated zips', () => {
	const photo = noise(30_000);
	const whole = zip({ '_chat.txt': IOS_CHAT, '00000006-PHOTO-2024-03-14-09-06-30.jpg': photo, 'late.txt': 'x' }, 0);

	it('salvages every complete member and says where the zip was cut', async () => {
		const cut = whole.subarray(0, 20_000);
		const r = await parseSource('WhatsApp Chat - Ops Team.zip', cut);
		expect(r.parsed.map((p) => [p.entry, p.file.messages.length])).toEqual([['_chat.txt', 5]]);
		expect(r.attachments).toEqual([]);
		expect(r.problems[0]).toEqual({
			file: 'WhatsApp Chat - Ops Team.zip',
			path: '00000006-PHOTO-2024-03-14-09-06-30.jpg',
			line: null,
			message: 'the zip is truncated: it ends at byte 20000, inside member "00000006-PHOTO-2024-03-14-09-06-30.jpg"; 1 complete member(s) were read'
		});
	});

	it('says so when the cut falls between members (the central directory is missing)', () => {
		const z = readZip(whole.subarray(0, whole.length - 60));
		expect(z.members.map((m) => m.path)).toEqual(['_chat.txt', '00000006-PHOTO-2024-03-14-09-06-30.jpg', 'late.txt']);
		expect(z.problems).toEqual([
			{ message: `the zip is truncated: it ends at byte ${whole.length - 60}, after the last complete member; 3 complete member(s) were read` }
		]);
	});

	it('never throws at any cut, compressed or stored, and member counts only grow with the cut', () => {
		for (const level of [0, 6] as const) {
			const z = zip({ 'a.txt': 'a'.repeat(3000), 'b.bin': noise(2000), 'c.txt': 'c'.repeat(10) }, level);
			let before = 0;
			for (let at = 0; at <= z.length; at += 37) {
				const r = readZip(z.subarray(0, at), 101);
				expect(r.members.length).toBeGreaterThanOrEqual(before);
				before = r.members.length;
			}
			expect(readZip(z).members.map((m) => m.bytes.length)).toEqual([3000, 2000, 10]);
		}
	});

	it('reads members whose sizes come after their data (data descriptors, as streaming zippers and macOS write)', () => {
		const parts: Uint8Array[] = [];
		const z = new Zip((err, chunk) => {
			if (err) throw err;
			parts.push(chunk);
		});
		for (const [name, data] of [
			['_chat.txt', strToU8(IOS_CHAT)],
			['photo.jpg', noise(5000)]
		] as const) {
			const f = new ZipDeflate(name, { level: 6 });
			z.add(f);
			f.push(data, true);
		}
		z.end();
		const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
		parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
		expect(bytes[6] & 8).toBe(8);
		const r = readZip(bytes, 50);
		expect(r.members.map((m) => [m.path, m.bytes.length])).toEqual([
			['_chat.txt', strToU8(IOS_CHAT).length],
			['photo.jpg', 5000]
		]);
		expect(r.problems).toEqual([]);
	});

	it('gives every member a buffer of its own, not a view into the zip (stored or deflated)', () => {
		for (const level of [0, 6] as const) {
			for (const m of readZip(zip({ 'a.txt': 'a'.repeat(100), 'b.bin': noise(50) }, level)).members) expect(m.bytes.buffer.byteLength).toBe(m.bytes.byteLength);
		}
	});

	it('reads the same members when fed in small chunks as a stream', async () => {
		const chunks = function* () {
			for (let i = 0; i < whole.length; i += 997) yield whole.subarray(i, i + 997);
		};
		const streamed = await parseSourceStream('WhatsApp Chat - Ops Team.zip', whole.length, whole.subarray(0, 65536), async function* () {
			yield* chunks();
		});
		const direct = await parseSource('WhatsApp Chat - Ops Team.zip', whole);
		expect(streamed).toEqual(direct);
	});
});

describe('members', () => {
	it.each([
		['chat.txt', strToU8('hi'), true],
		['result.json', strToU8('{}'), true],
		['photo.jpg', strToU8('text-looking bytes'), false],
		['voice.opus', noise(10), false],
		['no-extension', strToU8('plain words'), true],
		['blob', new Uint8Array([1, 0, 2]), false]
	])('%s is text: %s', (path, bytes, text) => {
		expect(isTextMember(path, bytes)).toBe(text);
	});

	it.each([
		['a.JPG', 'image/jpeg'],
		['b.opus', 'audio/ogg'],
		['c.pdf', 'application/pdf'],
		['d.unknown', 'application/octet-stream']
	])('%s has mime %s', (path, mime) => {
		expect(mimeOf(path)).toBe(mime);
	});
});

describe('parseEntries: containers first, then formats per entry', () => {
	const empty = (format: string): ParsedFile => ({ platform: 'slack', format, conversations: [], messages: [], unparsed: [], notes: [] });
	const slackZip: ContainerParser = {
		id: 'slack-zip',
		platform: 'slack',
		label: 'Slack workspace export',
		sniff: (entries) => entries.some((e) => e.path.endsWith('channels.json')),
		parse: (entries) => ({ ...empty('slack-zip'), notes: entries.map((e) => e.path) })
	};
	const jsonFormat: FormatParser = { id: 'x-json', platform: 'telegram', label: 'X JSON', sniff: (s) => s.startsWith('{'), parse: () => empty('x-json') };
	const throwing: FormatParser = {
		id: 'bad',
		platform: 'discord',
		label: 'Bad parser',
		sniff: (s) => s.startsWith('!'),
		parse: () => {
			throw new Error('boom');
		}
	};
	const entry = (path: string, text: string) => ({ entry: path, path: `z.zip/${path}`, text });

	it('gives the whole entry set to a container parser that accepts it', () => {
		const r = parseEntries('z.zip', [entry('export/channels.json', '[]'), entry('export/general/2024-01-02.json', '[]')], {
			formats: [jsonFormat],
			containers: [slackZip]
		});
		expect(r.parsed).toEqual([{ entry: 'export/', file: { ...empty('slack-zip'), notes: ['export/channels.json', 'export/general/2024-01-02.json'] } }]);
		expect(r.problems).toEqual([]);
	});

	it('otherwise tries the format parsers on each entry and names the entries none accepts', () => {
		const r = parseEntries('z.zip', [entry('a.json', '{}'), entry('b.txt', 'hello'), entry('c.txt', '!')], {
			formats: [jsonFormat, throwing],
			containers: [slackZip]
		});
		expect(r.parsed).toEqual([{ entry: 'a.json', file: empty('x-json') }]);
		expect(r.problems).toEqual([
			{ file: 'z.zip', path: 'b.txt', line: null, message: 'not a recognised chat export. Tried: X JSON; Bad parser. The file begins: "hello"' },
			{ file: 'z.zip', path: 'c.txt', line: null, message: 'the Bad parser parser failed: boom' }
		]);
	});
});
