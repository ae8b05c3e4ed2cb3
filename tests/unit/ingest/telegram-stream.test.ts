// A Telegram result.json read in pieces gives exactly what the whole-text parse gives: the same records, problems,
// lines, paths and notes, whatever the chunking (single bytes, UTF-8 characters cut in two, CRLF line ends).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTelegramJsonStream, parseTelegramJson } from '../../../src/lib/ingest/telegram/parser';
import type { ParsedMessage } from '../../../src/lib/model/types';
import { CHUNKINGS, decodedPieces } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/telegram');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const MESSAGE = (id: number, text: string) =>
	`{"id": ${id}, "type": "message", "date": "2024-03-01T09:0${id % 10}:00", "date_unixtime": "${1709283600 + id}", "from": "Zoë Ångström", "from_id": "user1", "text": ${JSON.stringify(text)}}`;

/** Texts written for this test, each a trap for a reader that works on pieces. */
const MADE: [string, string][] = [
	[
		'multi-byte text, emoji and a CJK name',
		`{"name": "王小明 🎉", "type": "personal_chat", "id": 5, "messages": [${MESSAGE(1, 'naïve café — 你好 👍🏽')}, ${MESSAGE(2, 'zwei')}]}`
	],
	[
		'CRLF line ends',
		`{\r\n "name": "Bo",\r\n "type": "personal_chat",\r\n "id": 6,\r\n "messages": [\r\n  ${MESSAGE(1, 'a\r\nb')},\r\n  ${MESSAGE(2, 'c')}\r\n ]\r\n}\r\n`
	],
	['a string of escaped quotes and backslashes', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'say \\"hi\\" \\\\ "x" ')}]}`],
	['an invalid \\x escape (tdesktop)', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x').replace('"text": "x"', '"text": "a\\x0Cb"')}]}`],
	['text after the end of the JSON', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x')}]}\n garbage after`],
	['an empty element between commas', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x')}, , ${MESSAGE(2, 'y')}]}`],
	['a missing comma between messages', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x')} ${MESSAGE(2, 'y')}]}`],
	['messages that are not an array', `{"type": "personal_chat", "messages": {"a": ${'"z", '.repeat(80)}"b"}, "name": "after"}`],
	['a chat that is not an object', `{"chats": {"list": ["not a chat", {"name": "Ok", "type": "private_group", "id": 2, "messages": [${MESSAGE(3, 'q')}]}]}}`],
	['a JSON array at the top', `[${MESSAGE(1, 'x')}]`],
	['no JSON at all', 'hello, world'],
	['an empty file', ''],
	['cut inside a key', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'x')}], "na`],
	['cut right after an opening bracket', `{"type": "personal_chat", "messages": [`],
	['cut inside a number', `{"type": "personal_chat", "id": 12`],
	['a large string in a message', `{"type": "personal_chat", "messages": [${MESSAGE(1, 'ü'.repeat(100_000))}, ${MESSAGE(2, 'after')}]}`]
];

const FILES: [string, string][] = [
	...readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.json'))
		.map((f): [string, string] => [f, fixture(f)]),
	...MADE
];

function streamed(text: string, chunk: (b: Uint8Array) => Uint8Array[]) {
	const emitted: ParsedMessage[] = [];
	const stream = createTelegramJsonStream((msgs) => emitted.push(...msgs));
	for (const piece of decodedPieces(chunk(new TextEncoder().encode(text)))) stream.push(piece);
	const file = stream.end();
	expect(file.messages).toEqual([]);
	expect(stream.messages).toBe(emitted.length);
	return { ...file, messages: emitted };
}

describe('Telegram JSON read in pieces', () => {
	describe.each(FILES)('%s', (_name, text) => {
		const whole = parseTelegramJson(text);
		it.each(CHUNKINGS)('in %s gives what the whole text gives', (_c, chunk) => {
			expect(streamed(text, chunk)).toEqual(whole);
		});
	});

	it('keeps records without an emit callback, exactly as the whole parse', () => {
		const text = fixture('full_account_two_chats.json');
		const stream = createTelegramJsonStream();
		for (let at = 0; at < text.length; at += 13) stream.push(text.slice(at, at + 13));
		expect(stream.end()).toEqual(parseTelegramJson(text));
	});

	it('knows each chat title while its messages are still arriving', () => {
		const text = fixture('full_account_two_chats.json');
		const titles: string[][] = [];
		const stream = createTelegramJsonStream(() => titles.push(stream.conversations().map((c) => c.title)));
		for (let at = 0; at < text.length; at += 50) stream.push(text.slice(at, at + 50));
		stream.end();
		const final = parseTelegramJson(text).conversations.map((c) => c.title);
		expect(titles.length).toBeGreaterThan(1);
		expect(titles.at(-1)).toEqual(final);
		// Each emit saw the title of every chat its messages belong to.
		for (const seen of titles) for (const t of seen) expect(final).toContain(t);
	});

	it('holds only the record being read, not the text before it', () => {
		const stream = createTelegramJsonStream(() => {});
		stream.push('{"type": "personal_chat", "messages": [');
		const held: number[] = [];
		for (let i = 0; i < 2000; i++) {
			stream.push((i === 0 ? '' : ',\n') + MESSAGE(i, 'x'.repeat(500)));
			held.push(stream.held);
		}
		stream.push(']}');
		const file = stream.end();
		expect(stream.messages).toBe(2000);
		expect(file.unparsed).toEqual([]);
		expect(Math.max(...held)).toBeLessThan(4 * 700);
	});
});
