// Properties every line-based text format must keep, on generated chats (seeded, so a failure can be replayed):
// a header-shaped line is read or unparsed, never glued into another message; garbage in front, a BOM at any line
// start and UTF-16 (LE/BE, with or without BOM) never lose a parseable message.
// Replay a failure with PROP_SEED=<seed printed in the test name> npx vitest run --project unit <this file>
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/ingest/decode';
import { parseSignalMarkdown } from '../../../src/lib/ingest/signal/markdown';
import { parseWechatExporterTxt } from '../../../src/lib/ingest/wechat/exporter-txt';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import type { ParsedFile } from '../../../src/lib/model/types';

const SEED = Number(process.env.PROP_SEED ?? 20261207) >>> 0;
const RUNS = 40;

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

const AUTHORS = ['Ana Silva', 'Bo', 'Zoë Müller', '李娜', 'Омар', '+49 151 2345678', "Dr. K. O'Neil"];
const WORDS = ['shipment', 'ok', 'Grüße', '你好', 'привет', 'tomorrow 10:30?', '#42', 'see: page 3', '😀', 'a-b', '(note)'];

interface Rec {
	author: string;
	lines: string[];
	y: number;
	mo: number;
	d: number;
	h: number;
	mi: number;
	s: number;
}

interface Format {
	name: string;
	/** A header line for a record (the first text line included). */
	header(r: Rec): string;
	/** A line of this format's header shape whose time cannot exist. */
	badHeader(r: Rec): string;
	parse(text: string): ParsedFile;
}

const pad = (n: number) => String(n).padStart(2, '0');

const FORMATS: Format[] = [
	{
		name: 'WhatsApp Android (24h)',
		header: (r) => `${pad(r.d)}/${pad(r.mo)}/${r.y}, ${pad(r.h)}:${pad(r.mi)} - ${r.author}: ${r.lines[0]}`,
		badHeader: (r) => `${pad(r.d)}/${pad(r.mo)}/${r.y}, ${pad(r.h)}:60 - ${r.author}: ${r.lines[0]}`,
		parse: (t) => parseWhatsAppText(t, 'WhatsApp Chat with Ana Silva.txt', { order: 'DMY' })
	},
	{
		name: 'WhatsApp Android (12h)',
		header: (r) => `${r.mo}/${r.d}/${String(r.y).slice(2)}, ${r.h % 12 || 12}:${pad(r.mi)}\u202f${r.h < 12 ? 'AM' : 'PM'} - ${r.author}: ${r.lines[0]}`,
		badHeader: (r) => `${r.mo}/${r.d}/${String(r.y).slice(2)}, 13:${pad(r.mi)}\u202fAM - ${r.author}: ${r.lines[0]}`,
		parse: (t) => parseWhatsAppText(t, 'WhatsApp Chat with Ana Silva.txt', { order: 'MDY' })
	},
	{
		name: 'WhatsApp iOS',
		header: (r) => `[${pad(r.d)}.${pad(r.mo)}.${String(r.y).slice(2)}, ${pad(r.h)}:${pad(r.mi)}:${pad(r.s)}] ${r.author}: ${r.lines[0]}`,
		badHeader: (r) => `[${pad(r.d)}.${pad(r.mo)}.${String(r.y).slice(2)}, ${pad(r.h)}:${pad(r.mi)}:61] ${r.author}: ${r.lines[0]}`,
		parse: (t) => parseWhatsAppText(t, '_chat.txt', { order: 'DMY' })
	},
	{
		name: 'Signal Markdown',
		header: (r) => `[${r.y}-${pad(r.mo)}-${pad(r.d)} ${pad(r.h)}:${pad(r.mi)}:${pad(r.s)}] ${r.author}: ${r.lines[0]}`,
		badHeader: (r) => `[${r.y}-02-30 ${pad(r.h)}:${pad(r.mi)}:${pad(r.s)}] ${r.author}: ${r.lines[0]}`,
		parse: (t) => parseSignalMarkdown(t, 'Ops/chat.md')
	},
	{
		name: 'WechatExporter text',
		header: (r) => `${r.author} (${r.y}-${pad(r.mo)}-${pad(r.d)} ${pad(r.h)}:${pad(r.mi)}:${pad(r.s)}):${r.lines[0]}`,
		badHeader: (r) => `${r.author} (${r.y}-${pad(r.mo)}-${pad(r.d)} 25:${pad(r.mi)}:${pad(r.s)}):${r.lines[0]}`,
		parse: (t) => parseWechatExporterTxt({ path: 'chat.txt', text: t })
	}
];

interface Chat {
	text: string;
	/** 1-based line numbers of the header-shaped lines that cannot be read. */
	bad: number[];
	records: number;
}

function generate(format: Format, rand: () => number): Chat {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	const lines: string[] = [];
	const bad: number[] = [];
	let records = 0;
	const n = 3 + Math.floor(rand() * 12);
	for (let i = 0; i < n; i++) {
		const r: Rec = {
			author: pick(AUTHORS),
			lines: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Array.from({ length: 1 + Math.floor(rand() * 5) }, () => pick(WORDS)).join(' ')),
			y: 2020 + Math.floor(rand() * 5),
			mo: 1 + Math.floor(rand() * 12),
			d: 1 + Math.floor(rand() * 28),
			h: Math.floor(rand() * 24),
			mi: Math.floor(rand() * 60),
			s: Math.floor(rand() * 60)
		};
		if (i > 0 && rand() < 0.2) {
			bad.push(lines.length + 1);
			lines.push(format.badHeader(r), ...r.lines.slice(1));
		} else {
			records++;
			lines.push(format.header(r), ...r.lines.slice(1));
		}
	}
	return { text: lines.join('\n'), bad, records };
}

function expectNothingGlued(file: ParsedFile, chat: Chat, offset = 0): void {
	expect(file.messages).toHaveLength(chat.records);
	const unparsedLines = new Set(file.unparsed.map((u) => u.line));
	for (const line of chat.bad) expect(unparsedLines.has(line + offset)).toBe(true);
	for (const m of file.messages) for (const line of chat.bad) expect(line + offset < m.line || line + offset > m.lineEnd).toBe(true);
	for (const m of file.messages) expect(m.ts).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (c: number) => {
		out[o++] = endian === 'le' ? c & 0xff : c >> 8;
		out[o++] = endian === 'le' ? c >> 8 : c & 0xff;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
	return out;
}

function garbage(rand: () => number, lines: number): Uint8Array {
	const out: number[] = [];
	for (let l = 0; l < lines; l++) {
		const len = 5 + Math.floor(rand() * 60);
		// Binary bytes without line breaks, then a break: each garbage line stays one line.
		for (let i = 0; i < len; i++) {
			let b = Math.floor(rand() * 256);
			if (b === 10 || b === 13) b = 0;
			out.push(b);
		}
		out.push(10);
	}
	return new Uint8Array(out);
}

describe.each(FORMATS)('$name', (format) => {
	it(`a header-shaped line is read or unparsed, never glued (seed ${SEED})`, () => {
		const rand = mulberry32(SEED);
		for (let run = 0; run < RUNS; run++) {
			const chat = generate(format, rand);
			expectNothingGlued(format.parse(chat.text), chat);
		}
	});

	it(`20 lines of binary garbage in front lose no message, and are counted with their lines (seed ${SEED})`, () => {
		const rand = mulberry32(SEED + 1);
		for (let run = 0; run < RUNS / 4; run++) {
			const chat = generate(format, rand);
			const bytes = new Uint8Array([...garbage(rand, 20), ...new TextEncoder().encode(chat.text)]);
			const file = format.parse(decodeText(bytes).text);
			expectNothingGlued(file, chat, 20);
			expect(file.unparsed.filter((u) => u.line <= 20).length).toBeGreaterThan(0);
		}
	});

	it(`a BOM at any line start loses no message (seed ${SEED})`, () => {
		const rand = mulberry32(SEED + 2);
		for (let run = 0; run < RUNS; run++) {
			const chat = generate(format, rand);
			const text = chat.text
				.split('\n')
				.map((l) => (rand() < 0.3 ? '\ufeff' + l : l))
				.join('\n');
			expectNothingGlued(format.parse(text), chat);
		}
	});

	it.each([
		['le', true],
		['le', false],
		['be', true],
		['be', false]
	] as const)(`UTF-16%s (BOM %s) loses no message (seed ${SEED})`, (endian, bom) => {
		const rand = mulberry32(SEED + 3);
		for (let run = 0; run < RUNS / 4; run++) {
			const chat = generate(format, rand);
			const decoded = decodeText(utf16(chat.text, endian, bom));
			expect(decoded.encoding).toBe(`utf-16${endian}`);
			expectNothingGlued(format.parse(decoded.text), chat);
		}
	});
});
