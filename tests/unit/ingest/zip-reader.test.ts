// The streaming zip reader: every member layout zippers write, damage of each kind, and zips of many members.
import { describe, expect, it } from 'vitest';
import { createZipReader, readZip } from '../../../src/lib/ingest/container/zip';
import { parseSource, parseSourceStream } from '../../../src/lib/ingest/parse-source';
import { writeZip, type Entry } from './helpers/zip-writer';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
// Stored data that holds the bytes of every zip signature, so a reader that searches for them in data is caught.
const TRAP = 'before PK\u0003\u0004 PK\u0001\u0002 PK\u0007\u0008 PK\u0005\u0006 after';

function feed(bytes: Uint8Array, chunk: number) {
	const r = createZipReader();
	for (let i = 0; i < bytes.length; i += chunk) r.push(bytes.subarray(i, i + chunk));
	return r.end();
}

describe('member layouts', () => {
	const cases: [string, Entry[]][] = [
		[
			'stored, sizes in the header',
			[
				{ name: 'a.txt', data: 'alpha', method: 0 },
				{ name: 'b.txt', data: TRAP, method: 0 }
			]
		],
		[
			'deflated, sizes in the header',
			[
				{ name: 'a.txt', data: 'alpha '.repeat(50) },
				{ name: 'b.txt', data: TRAP }
			]
		],
		[
			'deflated, descriptor with signature',
			[
				{ name: 'a.txt', data: 'alpha '.repeat(50), descriptor: 'sig' },
				{ name: 'b.txt', data: TRAP, descriptor: 'sig' }
			]
		],
		[
			'deflated, descriptor without signature',
			[
				{ name: 'a.txt', data: 'alpha '.repeat(50), descriptor: 'nosig' },
				{ name: 'b.txt', data: TRAP, descriptor: 'nosig' }
			]
		],
		[
			'stored, descriptor with signature, signatures inside the data',
			[
				{ name: 'a.txt', data: TRAP, method: 0, descriptor: 'sig' },
				{ name: 'b.txt', data: 'beta', method: 0 }
			]
		],
		[
			'stored, descriptor without signature, signatures inside the data',
			[
				{ name: 'a.txt', data: TRAP, method: 0, descriptor: 'nosig' },
				{ name: 'b.txt', data: 'beta', method: 0, descriptor: 'nosig' }
			]
		],
		[
			'zip64 with unknown sizes and a 64-bit descriptor (Python zipfile streaming)',
			[
				{ name: 'a.txt', data: TRAP, method: 0, descriptor: 'sig64', zip64: true },
				{ name: 'b.txt', data: 'beta '.repeat(9), descriptor: 'sig64', zip64: true }
			]
		],
		[
			'zip64 sizes in the extra field',
			[
				{ name: 'a.txt', data: 'alpha', method: 0, zip64: true },
				{ name: 'b.txt', data: TRAP, zip64: true }
			]
		],
		[
			'an empty member between two others',
			[
				{ name: 'a.txt', data: 'alpha', method: 0 },
				{ name: 'empty.txt', data: '', method: 0, descriptor: 'sig' },
				{ name: 'b.txt', data: 'beta' }
			]
		],
		[
			'a folder entry and Finder junk are skipped',
			[
				{ name: 'dir/', data: '', method: 0 },
				{ name: '__MACOSX/._a.txt', data: 'fork' },
				{ name: 'dir/a.txt', data: 'alpha' },
				{ name: '.DS_Store', data: 'ds', method: 0 }
			]
		]
	];

	it.each(cases)('%s', (_name, entries) => {
		const zip = writeZip(entries);
		const want = entries.filter((e) => !e.name.endsWith('/') && !e.name.includes('__MACOSX') && e.name !== '.DS_Store').map((e) => [e.name, e.data]);
		for (const chunk of [1 << 20, 13, 1]) {
			const r = feed(zip, chunk);
			expect(r.members.map((m) => [m.path, text(m.bytes)])).toEqual(want);
			expect(r.problems).toEqual([]);
		}
	});

	it.each([
		['the UTF-8 flag', { name: 'Ops 🎉/_chat.txt', data: 'x' }, 'Ops 🎉/_chat.txt'],
		['UTF-8 bytes without the flag (as macOS writes)', { name: '', rawName: new TextEncoder().encode('Müller/ä.txt'), data: 'x' }, 'Müller/ä.txt'],
		['Latin-1 bytes without the flag', { name: '', rawName: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]), data: 'x' }, 'café.txt'],
		['backslashes written by old Windows zippers', { name: 'chats\\chat_01\\messages.html', data: 'x' }, 'chats/chat_01/messages.html']
	])('member name: %s', (_name, entry, path) => {
		expect(readZip(writeZip([entry as Entry])).members.map((m) => m.path)).toEqual([path]);
	});
});

describe('damage is reported and the rest is read', () => {
	it.each<[string, Entry[], Parameters<typeof writeZip>[1], string[], RegExp]>([
		[
			'an encrypted member',
			[
				{ name: 'a.txt', data: 'alpha' },
				{ name: 'secret.txt', data: 'xx', encrypted: true, method: 0 },
				{ name: 'b.txt', data: 'beta' }
			],
			{},
			['a.txt', 'b.txt'],
			/^member "secret.txt" is encrypted and was not read$/
		],
		[
			'a compression method Parley does not read (bzip2)',
			[
				{ name: 'a.txt', data: 'alpha' },
				{ name: 'c.bz2.txt', data: 'zz', method: 12 },
				{ name: 'b.txt', data: 'beta' }
			],
			{},
			['a.txt', 'b.txt'],
			/^member "c.bz2.txt" uses compression method 12/
		],
		[
			'a CRC that does not match (kept, flagged)',
			[
				{ name: 'a.txt', data: 'alpha', crc: 1234 },
				{ name: 'b.txt', data: 'beta' }
			],
			{},
			['a.txt', 'b.txt'],
			/^member "a.txt" fails its CRC-32 check/
		],
		[
			'garbage between two members',
			[
				{ name: 'a.txt', data: 'alpha' },
				{ name: 'b.txt', data: 'beta' }
			],
			{ junkAfter: { index: 0, bytes: new Uint8Array(300).fill(7) } },
			['a.txt', 'b.txt'],
			/^the zip is damaged: bytes \d+ to \d+ are not part of any member and were skipped$/
		],
		[
			'a directory entry with no data',
			[{ name: 'a.txt', data: 'alpha' }],
			{ phantom: ['lost.jpg'] },
			['a.txt'],
			/^the zip's directory lists 1 member\(s\) that were not found in its data: "lost.jpg"$/
		]
	])('%s', (_name, entries, opts, kept, problem) => {
		for (const chunk of [1 << 20, 7]) {
			const r = feed(writeZip(entries, opts), chunk);
			expect(r.members.map((m) => m.path)).toEqual(kept);
			expect(r.problems).toHaveLength(1);
			expect(r.problems[0].message).toMatch(problem);
		}
	});

	it('names the member a cut falls in, also while its size is still unknown (data descriptor)', () => {
		const zip = writeZip([
			{ name: 'a.txt', data: 'alpha' },
			{ name: 'photo.jpg', data: 'p'.repeat(5000), method: 0, descriptor: 'sig' }
		]);
		const r = readZip(zip.subarray(0, 3000));
		expect(r.members.map((m) => m.path)).toEqual(['a.txt']);
		expect(r.problems).toEqual([
			{ path: 'photo.jpg', message: 'the zip is truncated: it ends at byte 3000, inside member "photo.jpg"; 1 complete member(s) were read' }
		]);
	});

	it('a damaged deflate stream costs its member only', () => {
		let seed = 7;
		const words = Array.from({ length: 2000 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26))).join('');
		const zip = writeZip([
			{ name: 'a.txt', data: words },
			{ name: 'b.txt', data: 'beta' }
		]);
		// a.txt's deflated data starts at byte 35 (30-byte header, 5-byte name) and runs for about a thousand bytes.
		zip.fill(0xff, 40, 140);
		const r = readZip(zip);
		expect(r.members.map((m) => m.path)).toEqual(['b.txt']);
		expect(r.problems[0]).toMatchObject({ path: 'a.txt' });
		expect(r.problems[0].message).toMatch(/^member "a.txt" could not be decompressed: /);
	});
});

describe('zips of many members', () => {
	const tinyJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xd9]);
	const CHAT = '1/15/24, 9:41 AM - Bo Li: IMG-20240115-WA0000.jpg (file attached)\n1/15/24, 9:42 AM - Ana Silva: last one is IMG-20240115-WA3999.jpg\n';

	it('reads 50,000 members in one pass, without recursion', () => {
		const entries: Entry[] = Array.from({ length: 50_000 }, (_, i) => ({
			name: `f/${String(i).padStart(5, '0')}.bin`,
			data: new Uint8Array([i & 255, i >> 8]),
			method: 0
		}));
		const r = readZip(writeZip(entries), 1 << 16);
		expect(r.problems).toEqual([]);
		expect(r.members).toHaveLength(50_000);
		expect(r.members[49_999]).toEqual({ path: 'f/49999.bin', bytes: new Uint8Array([49_999 & 255, 49_999 >> 8]) });
	});

	// The reported case: "Maximum call stack size exceeded … members after it were not read" (2,000 worked, 3,000 did
	// not), and in the browser "no text member among 1327 member(s)". The chat comes last, after the pictures.
	const pictures: Entry[] = Array.from({ length: 4000 }, (_, i) => ({ name: `IMG-20240115-WA${String(i).padStart(4, '0')}.jpg`, data: tinyJpeg, method: 0 }));
	const zip = writeZip([...pictures, { name: 'WhatsApp Chat with Bo Li.txt', data: CHAT }]);

	it('4,000 pictures and the WhatsApp text after them: the chat is read and every picture kept', async () => {
		const r = await parseSource('WhatsApp Chat with Bo Li.zip', zip);
		expect(r.problems).toEqual([]);
		expect(r.parsed.map((p) => [p.entry, p.file.messages.length])).toEqual([['WhatsApp Chat with Bo Li.txt', 2]]);
		expect(r.attachments).toHaveLength(4000);
		expect(r.attachments[0]).toMatchObject({ path: 'IMG-20240115-WA0000.jpg', entry: 'WhatsApp Chat with Bo Li.txt' });
	});

	it('the same zip streamed in 64 KB chunks, as the browser reads a dropped file', async () => {
		const r = await parseSourceStream('WhatsApp Chat with Bo Li.zip', zip.length, zip.subarray(0, 65536), async function* () {
			for (let i = 0; i < zip.length; i += 65536) yield zip.subarray(i, i + 65536);
		});
		expect(r.problems).toEqual([]);
		expect(r.parsed[0].file.messages.map((m) => m.author)).toEqual(['Bo Li', 'Ana Silva']);
		expect(r.attachments).toHaveLength(4000);
	});
});
