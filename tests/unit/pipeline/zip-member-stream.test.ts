// A large text member of a zip is read in pieces, inflated chunk by chunk into its format's streaming parser:
// the records, problems, attachments and archive rows are exactly those of the member gathered whole and parsed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memberChunks } from '../../../src/lib/ingest/container/zip-stream';
import { gatherRecords, streamInput, chunkSource, type Gathered } from '../../helpers/record-events';
import { writeZip, type Entry } from '../ingest/helpers/zip-writer';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const fixture = (dir: string, name: string) => readFileSync(join(FIXTURES, dir, name));

/** A WhatsApp chat with multi-byte text, multi-line messages and attachments, one present in the zip and one not. */
function whatsappChat(lines: number): string {
	const out: string[] = [];
	for (let i = 0; i < lines; i++) {
		const d = String(1 + (i % 28)).padStart(2, '0');
		const body = i % 7 === 0 ? `Zoë 你好 👍🏽 line ${i}\ncontinued ${i}` : `message ${i} — naïve café`;
		out.push(`${d}/03/2024, 10:${String(i % 60).padStart(2, '0')} - ${i % 3 === 0 ? 'Ana Silva' : 'Bo'}: ${body}`);
		if (i === 5) out.push(`${d}/03/2024, 10:05 - Bo: IMG-0001.jpg (file attached)`);
		if (i === 9) out.push(`${d}/03/2024, 10:09 - Bo: IMG-0404.jpg (file attached)`);
	}
	return out.join('\n') + '\n';
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

const ZIPS: [string, Entry[]][] = [
	[
		'a WhatsApp chat with media, deflated',
		[
			{ name: 'WhatsApp Chat with Ana Silva.txt', data: whatsappChat(400) },
			{ name: 'IMG-0001.jpg', data: JPEG }
		]
	],
	['a WhatsApp chat, stored', [{ name: '_chat.txt', data: whatsappChat(200), method: 0 }]],
	['a WhatsApp chat with a data descriptor', [{ name: '_chat.txt', data: whatsappChat(200), descriptor: 'sig' }]],
	['a WhatsApp chat with a descriptor without signature', [{ name: '_chat.txt', data: whatsappChat(200), descriptor: 'nosig' }]],
	['a WhatsApp chat with zip64 sizes', [{ name: '_chat.txt', data: whatsappChat(200), zip64: true, descriptor: 'sig64' }]],
	[
		'a WhatsApp chat that is not UTF-8 (Windows-1252)',
		[{ name: '_chat.txt', data: new Uint8Array([...new TextEncoder().encode('01/03/2024, 10:00 - Bo: caf'), 0xe9, 10]) }]
	],
	[
		'two chats and a media file between them',
		[
			{ name: 'a/WhatsApp Chat with Ana Silva.txt', data: whatsappChat(50) },
			{ name: 'a/IMG-0001.jpg', data: JPEG },
			{ name: 'b/_chat.txt', data: whatsappChat(30).replace(/Bo/g, 'Cy') }
		]
	],
	...readdirSync(join(FIXTURES, 'telegram'))
		.filter((f) => f.endsWith('.json'))
		.map((f): [string, Entry[]] => [`Telegram ${f}`, [{ name: `export/${f}`, data: fixture('telegram', f) }]]),
	...readdirSync(join(FIXTURES, 'discord'))
		.filter((f) => f.endsWith('.json'))
		.map((f): [string, Entry[]] => [`Discord ${f}`, [{ name: `exports/${f}`, data: fixture('discord', f) }]]),
	...readdirSync(join(FIXTURES, 'signal')).map((f): [string, Entry[]] => [`Signal ${f}`, [{ name: `Signal/Ana/${f}`, data: fixture('signal', f) }]]),
	...readdirSync(join(FIXTURES, 'wechat'))
		.filter((f) => /\.(csv|json)$/.test(f))
		.map((f): [string, Entry[]] => [`WeChat ${f}`, [{ name: f, data: fixture('wechat', f) }]]),
	...readdirSync(join(FIXTURES, 'csv-generic')).map((f): [string, Entry[]] => [
		`generic CSV ${f}`,
		[{ name: `exports/${f}`, data: fixture('csv-generic', f) }]
	]),
	...readdirSync(join(FIXTURES, 'whatsapp'))
		.filter((f) => f.endsWith('.txt'))
		.map((f): [string, Entry[]] => [`WhatsApp ${f}`, [{ name: f, data: fixture('whatsapp', f) }]])
];

/** What a user of the events sees, in a form two readings can be compared by (parts in entry order). */
function view(g: Gathered) {
	return {
		// A part's format is final at its close (a streamed WhatsApp part opens as whatsapp-txt, and closes with its variant).
		parts: [...g.parts].map(({ format: _opened, ...p }) => p).sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)),
		source: g.done?.source,
		problems: [...(g.done?.problems ?? [])].map((p) => JSON.stringify(p)).sort(),
		attachments: (g.done?.attachments ?? []).map((a) => ({ path: a.path, name: a.name, entry: a.entry, bytes: a.bytes.length }))
	};
}

describe('a zip member read in pieces gives what the member gathered whole gives', () => {
	describe.each(ZIPS)('%s', (name, entries) => {
		const zip = writeZip(entries);
		it.each([
			['64 KB chunks', 1 << 16],
			['1 KB chunks', 1024],
			['odd 333-byte chunks', 333]
		])('%s', async (_label, chunk) => {
			const whole = await gatherRecords(streamInput(`${name}.zip`, zip, chunk), { streamMembersAbove: Infinity });
			const streamed = await gatherRecords(streamInput(`${name}.zip`, zip, chunk), { streamMembersAbove: 0 });
			expect(whole.parts.length + (whole.done?.problems.length ?? 0)).toBeGreaterThan(0);
			expect(view(streamed)).toEqual(view(whole));
			expect(whole.piecewise).toEqual([]);
			// Every part of a streaming format was read in pieces (a member where its format finds nothing is read whole).
			if (/WhatsApp|two chats|generic CSV/.test(name)) expect(streamed.piecewise.sort()).toEqual(streamed.parts.map((p) => p.entry).sort());
		});
	});

	it('links the streamed chat to its media member and reports the one that is missing', async () => {
		const zip = writeZip(ZIPS[0][1]);
		const streamed = await gatherRecords(streamInput('chat.zip', zip), { streamMembersAbove: 0 });
		expect(streamed.parts).toHaveLength(1);
		expect(streamed.parts[0].messages.length).toBeGreaterThan(400);
		expect(streamed.done?.attachments.map((a) => [a.path, a.entry])).toEqual([['IMG-0001.jpg', 'WhatsApp Chat with Ana Silva.txt']]);
		expect(streamed.done?.problems.map((p) => p.message)).toEqual([expect.stringContaining('"IMG-0404.jpg" referenced by the message at line')]);
	});

	it('a member whose format finds no record is read whole and tried as the other formats', async () => {
		const csv = 'time,sender,text\n2024-03-01 10:00,Ana,hello\n';
		const zip = writeZip([
			{ name: 'notes.txt', data: 'just some notes\n' },
			{ name: 'chat.csv', data: csv }
		]);
		const whole = await gatherRecords(streamInput('x.zip', zip), { streamMembersAbove: Infinity });
		const streamed = await gatherRecords(streamInput('x.zip', zip), { streamMembersAbove: 0 });
		expect(view(streamed)).toEqual(view(whole));
	});
});

describe('a zip cut short while a large member streams', () => {
	it('keeps every member before the cut and says where the zip broke', async () => {
		const zip = writeZip([
			{ name: 'a/_chat.txt', data: whatsappChat(300) },
			{ name: 'b/_chat.txt', data: whatsappChat(300).replace(/Bo/g, 'Cy') }
		]);
		const cut = zip.subarray(0, zip.length - 2000);
		const streamed = await gatherRecords(streamInput('cut.zip', cut, 4096), { streamMembersAbove: 0 });
		const whole = await gatherRecords(streamInput('cut.zip', cut, 4096), { streamMembersAbove: Infinity });
		expect(view(streamed)).toEqual(view(whole));
		expect(streamed.parts.map((p) => p.entry)).toEqual(['a/_chat.txt']);
		expect(streamed.parts[0].messages.length).toBeGreaterThan(300);
		expect(streamed.done?.problems.map((p) => p.message)).toContainEqual(
			expect.stringMatching(/^the zip is truncated: it ends at byte \d+, inside member "b\/_chat.txt"/)
		);
	});
});

describe('memberChunks', () => {
	it('gives one member of a deflated zip in pieces no larger than a bound, never the whole member at once', { timeout: 60_000 }, async () => {
		const big = new Uint8Array(40 << 20).fill(120);
		const zip = writeZip([
			{ name: 'small.txt', data: 'a' },
			{ name: 'big.txt', data: big },
			{ name: 'after.txt', data: 'b' }
		]);
		// The 40 MB member deflates to some 40 KB, one read: without a bound it would be inflated all at once.
		expect(zip.length).toBeLessThan(1 << 20);
		const sizes: number[] = [];
		let xs = 0;
		for await (const piece of memberChunks(chunkSource(zip, 1 << 20), 1)()) {
			sizes.push(piece.length);
			for (let i = 0; i < piece.length; i++) if (piece[i] === 120) xs++;
		}
		expect(xs).toBe(big.length);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(big.length);
		expect(sizes.length).toBeGreaterThan(1);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(17 << 20);
	});

	it('stops reading the zip at the end of the member it gives', async () => {
		const zip = writeZip(
			[
				{ name: 'first.txt', data: 'one' },
				{ name: 'second.txt', data: 'two'.repeat(100000) }
			],
			{}
		);
		let read = 0;
		const counting = async function* () {
			for (let at = 0; at < zip.length; at += 100) {
				read += Math.min(100, zip.length - at);
				yield zip.slice(at, at + 100);
			}
		};
		const pieces: Uint8Array[] = [];
		for await (const p of memberChunks(counting, 0)()) pieces.push(p);
		expect(new TextDecoder().decode(pieces[0])).toBe('one');
		expect(read).toBeLessThan(zip.length);
	});
});
