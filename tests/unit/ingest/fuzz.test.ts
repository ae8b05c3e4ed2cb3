import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../../src/lib/ingest/container/media';
import { decodeText } from '../../../src/lib/ingest/decode';
import { SNIFF_CHARS, type FormatParser } from '../../../src/lib/ingest/format';
import { FORMAT_PARSERS } from '../../../src/lib/ingest/registry';
import type { ParsedFile } from '../../../src/lib/model/types';

// Reproduce a failure with FUZZ_SEED=<seed printed in the failure> npx vitest run --project unit tests/unit/ingest/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261128) >>> 0;
const ROOT = join(import.meta.dirname, '../../fixtures');
const MAX_FIXTURE_BYTES = 256 * 1024;
const MAX_SOLO_LINES = 150;

interface Fixture {
	name: string;
	text: string;
	bytes: Uint8Array;
}

function walk(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((n) => {
			const p = join(dir, n);
			return statSync(p).isDirectory() ? walk(p) : [p];
		});
}

const FIXTURES: Fixture[] = walk(ROOT)
	.map((p) => ({ name: relative(ROOT, p), bytes: new Uint8Array(readFileSync(p)) }))
	.filter((f) => f.bytes.length <= MAX_FIXTURE_BYTES && !looksBinary(f.bytes))
	.map((f) => ({ ...f, text: decodeText(f.bytes).text }));

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

function hashString(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

function rngFor(...keys: string[]): () => number {
	return mulberry32(SEED ^ hashString(keys.join('\u0000')));
}

function shuffle<T>(items: T[], rand: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const where = (what: string) => `(seed ${SEED}; ${what})`;

/** Parses, turning a throw into a failure that names the seed and the input. */
function run(parser: FormatParser, path: string, text: string, what: string): ParsedFile {
	let sniffed: unknown;
	try {
		sniffed = parser.sniff(text.slice(0, SNIFF_CHARS), path);
	} catch (e) {
		throw new Error(`${parser.id}.sniff threw ${where(what)}: ${(e as Error)?.stack ?? e}`);
	}
	expect(typeof sniffed, `${parser.id}.sniff returns a boolean ${where(what)}`).toBe('boolean');
	let parsed: ParsedFile;
	try {
		parsed = parser.parse({ path, text });
	} catch (e) {
		throw new Error(`${parser.id}.parse threw ${where(what)}: ${(e as Error)?.stack ?? e}`);
	}
	expect(
		Array.isArray(parsed?.messages) && Array.isArray(parsed.unparsed) && Array.isArray(parsed.conversations),
		`${parser.id} returns a ParsedFile ${where(what)}`
	).toBe(true);
	return parsed;
}

function randomText(rand: () => number): string {
	const bytes = new Uint8Array(Math.floor(rand() * 3000));
	for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
	return decodeText(bytes).text;
}

function flipBytes(bytes: Uint8Array, rand: () => number): string {
	const out = bytes.slice();
	for (let k = 0; k < 8 && out.length > 0; k++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
	return decodeText(out).text;
}

function splitLines(text: string): { line: string; end: number }[] {
	const out: { line: string; end: number }[] = [];
	const re = /\r\n|\r|\n/g;
	let start = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push({ line: text.slice(start, m.index), end: m.index + m[0].length });
		start = m.index + m[0].length;
	}
	if (start < text.length) out.push({ line: text.slice(start), end: text.length });
	return out;
}

const ids = (ps: readonly FormatParser[]) => (ps.length ? ps.map((p) => p.id).join(', ') : 'none registered');
const LINE_BASED = FORMAT_PARSERS.filter((p) => p.id.endsWith('-txt') || p.id.endsWith('-jsonl'));
const JSON_BASED = FORMAT_PARSERS.filter((p) => p.id.endsWith('-json'));

describe(`fuzz, seed ${SEED}, ${FIXTURES.length} fixtures`, () => {
	it('finds the fixtures', () => {
		expect(FIXTURES.length).toBeGreaterThan(10);
	});

	describe.each(FORMAT_PARSERS.map((p) => [p.id, p] as const))('%s', (id, parser) => {
		it(`${id} never throws on random bytes, flipped bytes, truncations and line shuffles of every fixture`, () => {
			for (const f of FIXTURES) {
				const rand = rngFor(id, f.name, 'no-throw');
				const path = f.name.split('/').pop() ?? f.name;
				run(parser, path, randomText(rand), `random bytes after ${f.name}`);
				run(parser, path, flipBytes(f.bytes, rand), `flipped bytes of ${f.name}`);
				for (let k = 0; k < 2; k++) {
					const cut = Math.floor(rand() * f.text.length);
					run(parser, path, f.text.slice(0, cut), `${f.name} cut at ${cut}`);
				}
				run(parser, path, shuffle(f.text.split(/\r\n|\r|\n/), rand).join('\n'), `${f.name} lines shuffled`);
			}
		});
	});
});

describe(`line-based formats keep every line that parses on its own (covers: ${ids(LINE_BASED)})`, () => {
	if (LINE_BASED.length === 0) it.todo('no parser with an id ending in -txt or -jsonl is registered yet');
	it.each(LINE_BASED.map((p) => [p.id, p] as const))('%s: after line shuffles and truncation elsewhere', (id, parser) => {
		let checked = 0;
		for (const f of FIXTURES) {
			const path = f.name.split('/').pop() ?? f.name;
			if (!parser.sniff(f.text.slice(0, SNIFF_CHARS), path)) continue;
			const lines = splitLines(f.text);
			const solo = new Map<string, string>();
			for (const { line } of lines.slice(0, MAX_SOLO_LINES)) {
				if (line.trim() === '' || solo.has(line)) continue;
				const alone = run(parser, path, line, `${f.name} line ${JSON.stringify(line)} alone`);
				if (alone.messages.length === 1) solo.set(line, alone.messages[0].text);
			}
			if (solo.size === 0) continue;
			checked++;
			const rand = rngFor(id, f.name, 'keeps-lines');
			const expectKept = (text: string, kept: Iterable<string>, what: string) => {
				const texts = run(parser, path, text, what).messages.map((m) => m.text);
				for (const line of kept) {
					const own = solo.get(line)!;
					expect(
						texts.some((t) => t.startsWith(own)),
						`${id} lost ${JSON.stringify(line)} ${where(what)}`
					).toBe(true);
				}
			};
			for (let k = 0; k < 3; k++) {
				expectKept(
					shuffle(
						lines.map((l) => l.line),
						rand
					).join('\n'),
					solo.keys(),
					`${f.name} shuffle ${k}`
				);
				const cut = Math.floor(rand() * f.text.length);
				const before = lines.filter((l) => l.end <= cut && solo.has(l.line)).map((l) => l.line);
				expectKept(f.text.slice(0, cut), before, `${f.name} cut at ${cut}`);
			}
		}
		expect(checked, `${id} sniffs at least one fixture with lines that parse alone`).toBeGreaterThan(0);
	});
});

describe(`JSON formats salvage every complete record before a cut (covers: ${ids(JSON_BASED)})`, () => {
	if (JSON_BASED.length === 0) it.todo('no parser with an id ending in -json is registered yet');
	it.each(JSON_BASED.map((p) => [p.id, p] as const))('%s: truncation never yields fewer messages than the complete records before the cut', (id, parser) => {
		let checked = 0;
		for (const f of FIXTURES) {
			const path = f.name.split('/').pop() ?? f.name;
			if (!parser.sniff(f.text.slice(0, SNIFF_CHARS), path)) continue;
			const whole = run(parser, path, f.text, f.name);
			const starts = [...new Set(whole.messages.map((m) => m.line))].sort((a, b) => a - b);
			// Only where every record has its own known start line can "complete before the cut" be told from outside.
			if (whole.messages.length < 2 || starts[0] < 1 || starts.length !== whole.messages.length) continue;
			checked++;
			const lineOffset = [0];
			for (const l of splitLines(f.text)) lineOffset.push(l.end);
			const rand = rngFor(id, f.name, 'json-salvage');
			for (let k = 0; k < 8; k++) {
				const cut = Math.floor(rand() * f.text.length);
				// A record is complete when the record after it (in text order) has started before the cut.
				let complete = 0;
				for (let j = 0; j + 1 < starts.length; j++) if (lineOffset[starts[j + 1] - 1] <= cut) complete++;
				const got = run(parser, path, f.text.slice(0, cut), `${f.name} cut at ${cut}`).messages.length;
				expect(got, `${id} salvaged ${got} of ${complete} complete records ${where(`${f.name} cut at ${cut}`)}`).toBeGreaterThanOrEqual(complete);
			}
		}
		if (checked === 0) console.warn(`${id}: no fixture with one record per line start; the salvage property was not exercised`);
	});
});
