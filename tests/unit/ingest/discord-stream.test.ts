// A DiscordChatExporter JSON read in pieces gives exactly what the whole-text parse gives: the same records,
// problems, lines, paths and notes, whatever the chunking (single bytes, UTF-8 characters cut in two, a cut inside
// a string escape), and holds only the record being read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiscordJsonStream } from '../../../src/lib/ingest/discord/json-stream';
import { parseDiscordJson } from '../../../src/lib/ingest/discord/json';
import type { ParsedMessage } from '../../../src/lib/model/types';
import { CHUNKINGS, decodedPieces } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');
const PATH = 'channel.json';

const MESSAGE = (id: number | string, content: string, extra = '') =>
	`{"id": "${id}", "type": "Default", "timestamp": "2024-03-01T09:0${Number(id) % 10 || 0}:00+00:00", "content": ${JSON.stringify(content)}, "author": {"id": "77", "name": "zoë", "nickname": "Zoë Ångström"}${extra}}`;
const HEAD = `{"guild": {"id": "1", "name": "Ops 🚢"}, "channel": {"id": "9", "type": "GuildTextChat", "name": "general"}, "dateRange": {"after": null}, "messages": [`;

/** Texts written for this test, each a trap for a reader that works on pieces. */
const MADE: [string, string][] = [
	['multi-byte text, emoji and a CJK name', `${HEAD}${MESSAGE(1, 'naïve café — 你好 👍🏽')}, ${MESSAGE(2, 'zwei')}]}`],
	[
		'CRLF line ends',
		`{\r\n"guild": {"id": "1", "name": "G"},\r\n"channel": {"id": "9", "name": "c"},\r\n"messages": [\r\n${MESSAGE(1, 'a\r\nb')},\r\n${MESSAGE(2, 'c')}\r\n]\r\n}\r\n`
	],
	['escaped quotes, backslashes and \\u escapes', `${HEAD}${MESSAGE(1, 'say "hi" \\ \u00e9 \ud83d\ude00')}]}`],
	['an invalid escape in one message', `${HEAD}${MESSAGE(1, 'x').replace('"content": "x"', '"content": "a\\qb"')}, ${MESSAGE(2, 'ok')}]}`],
	['an identical and a different repeat of one id', `${HEAD}${MESSAGE(1, 'x')}, ${MESSAGE(1, 'x')}, ${MESSAGE(1, 'edited')}, ${MESSAGE(2, 'y')}]}`],
	['a message without a timestamp', `${HEAD}{"id": "5", "content": "no time"}, ${MESSAGE(6, 'ok')}]}`],
	['an empty element between commas', `${HEAD}${MESSAGE(1, 'x')}, , ${MESSAGE(2, 'y')}]}`],
	['a missing comma between messages', `${HEAD}${MESSAGE(1, 'x')} ${MESSAGE(2, 'y')}]}`],
	['cut inside a message', `${HEAD}${MESSAGE(1, 'x')}, ${MESSAGE(2, 'cut here').slice(0, 60)}`],
	['cut inside a string escape', `${HEAD}${MESSAGE(1, 'x')}, {"id": "2", "content": "ab\\`],
	['cut after the opening bracket', HEAD],
	['guild that is not valid JSON', `{"guild": {"id": 1, "name": 'x'}, "channel": {"id": "9", "name": "c"}, "messages": [${MESSAGE(1, 'x')}]}`],
	['no messages array', `{"guild": {"id": "1", "name": "G"}, "channel": {"id": "9", "name": "c"}, "messageCount": 0}`],
	['messages that are not an array', `{"guild": {"id": "1"}, "channel": {"id": "9"}, "messages": {"a": 1}}`],
	['an object without guild or channel', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x')}]}`],
	['a JSON array at the top', `[${MESSAGE(1, 'x')}]`],
	['text that is not JSON', 'hello, world'],
	['an empty file', ''],
	['text after the end of the JSON', `${HEAD}${MESSAGE(1, 'x')}]}\n trailing`],
	['a large message', `${HEAD}${MESSAGE(1, 'ü'.repeat(100_000))}, ${MESSAGE(2, 'after')}]}`],
	[
		'a direct message channel',
		`{"guild": {"id": "0", "name": "Direct Messages"}, "channel": {"id": "4", "type": "DirectTextChat", "name": "bo"}, "messages": [${MESSAGE(1, 'hi', ', "reference": {"messageId": "0"}')}]}`
	]
];

const FILES: [string, string][] = [
	...readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.json'))
		.map((f): [string, string] => [f, readFileSync(join(FIXTURES, f), 'utf8')]),
	...MADE
];

function streamed(text: string, chunk: (b: Uint8Array) => Uint8Array[]) {
	const emitted: ParsedMessage[] = [];
	const stream = createDiscordJsonStream(PATH, (msgs) => emitted.push(...msgs));
	for (const piece of decodedPieces(chunk(new TextEncoder().encode(text)))) stream.push(piece);
	const file = stream.end();
	expect(file.messages).toEqual([]);
	expect(stream.messages).toBe(emitted.length);
	return { ...file, messages: emitted };
}

describe('DiscordChatExporter JSON read in pieces', () => {
	describe.each(FILES)('%s', (_name, text) => {
		const whole = parseDiscordJson({ path: PATH, text });
		it.each(CHUNKINGS)('in %s gives what the whole text gives', (_c, chunk) => {
			expect(streamed(text, chunk)).toEqual(whole);
		});
	});

	it('keeps records without an emit callback, exactly as the whole parse', () => {
		const text = MADE[4][1];
		const stream = createDiscordJsonStream(PATH);
		for (let at = 0; at < text.length; at += 13) stream.push(text.slice(at, at + 13));
		expect(stream.end()).toEqual(parseDiscordJson({ path: PATH, text }));
	});

	it('holds only the record being read, not the text before it', () => {
		const stream = createDiscordJsonStream(PATH, () => {});
		stream.push(HEAD);
		const held: number[] = [];
		for (let i = 0; i < 2000; i++) {
			stream.push((i === 0 ? '' : ',\n') + MESSAGE(i + 1, 'x'.repeat(500)));
			held.push(stream.held);
		}
		stream.push(']}');
		const file = stream.end();
		expect(stream.messages).toBe(2000);
		expect(file.unparsed).toEqual([]);
		expect(Math.max(...held)).toBeLessThan(4 * 700);
	});

	it('hands messages on as they are read, not at the end', () => {
		const batches: number[] = [];
		const stream = createDiscordJsonStream(PATH, (msgs) => batches.push(msgs.length));
		stream.push(HEAD);
		for (let i = 0; i < 10; i++) stream.push((i === 0 ? '' : ',') + MESSAGE(i + 1, 'x'));
		expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(9);
		stream.push(']}');
		stream.end();
	});
});
