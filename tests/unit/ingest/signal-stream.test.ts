// signal-export JSON Lines read in pieces gives exactly what the whole-text parse gives, whatever the chunking
// (single bytes, UTF-8 characters cut in two, CRLF cut between CR and LF, a bad line last or not last).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignalJsonl } from '../../../src/lib/ingest/signal/index';
import { createSignalJsonlStream } from '../../../src/lib/ingest/signal/stream';
import type { ParsedMessage } from '../../../src/lib/model/types';
import { CHUNKINGS, decodedPieces } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/signal');
const PATH = 'Signal/Ana Silva/data.json';
const LINE = (sender: string, body: string) => JSON.stringify({ date: '2024-03-01 10:00:00', sender, body, quote: '', sticker: '', reactions: [] });

const MADE: [string, string][] = [
	['multi-byte text in a group of three', [LINE('Me', 'naïve café 👍🏽'), LINE('Ana', '你好'), LINE('Bo', 'hej')].join('\n') + '\n'],
	['CRLF line ends and blank lines', [LINE('Me', 'a'), '', LINE('Ana', 'b'), '  ', LINE('Ana', 'c')].join('\r\n') + '\r\n'],
	['a bad line in the middle', [LINE('Me', 'a'), '{"date": "2024-03-01', LINE('Ana', 'b')].join('\n')],
	['a bad last line followed by blank lines', [LINE('Me', 'a'), LINE('Ana', 'b'), '{"date": "2024', '', ''].join('\n')],
	['two bad lines in a row', [LINE('Me', 'a'), '{x', 'not json', LINE('Ana', 'b')].join('\n')],
	['a line that is JSON but not a message', [LINE('Me', 'a'), '{"foo": 1}', LINE('Ana', 'b')].join('\n')],
	['an empty file', ''],
	['a long body', [LINE('Me', 'ü'.repeat(80_000)), LINE('Ana', 'after')].join('\n')]
];

const FILES: [string, string][] = [...readdirSync(FIXTURES).map((f): [string, string] => [f, readFileSync(join(FIXTURES, f), 'utf8')]), ...MADE];

describe('signal-export JSON Lines read in pieces', () => {
	describe.each(FILES)('%s', (_name, text) => {
		const whole = parseSignalJsonl(text, PATH);
		it.each(CHUNKINGS)('in %s gives what the whole text gives', (_c, chunk) => {
			const emitted: ParsedMessage[] = [];
			const stream = createSignalJsonlStream(PATH, (msgs) => emitted.push(...msgs));
			for (const piece of decodedPieces(chunk(new TextEncoder().encode(text)))) stream.push(piece);
			const file = stream.end();
			expect(file.messages).toEqual([]);
			expect({ ...file, messages: emitted }).toEqual(whole);
		});
	});

	it('hands messages on as lines complete, not at the end', () => {
		let seen = 0;
		const stream = createSignalJsonlStream(PATH, (msgs) => (seen += msgs.length));
		stream.push(LINE('Me', 'a') + '\n' + LINE('Ana', 'b') + '\n');
		expect(seen).toBe(2);
		stream.end();
	});
});
