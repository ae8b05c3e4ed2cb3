// A generic CSV read in pieces gives exactly what the whole-text parse gives, whatever the chunking: quoted
// multi-line cells across pieces, CRLF and lone CR line ends, a BOM, UTF-8 characters cut in two, faulty rows, a
// head longer than the 64 KB the mapping is guessed from, and with the mapping guessed or given.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGenericCsvStream, genericCsv, type CsvMapping } from '../../../src/lib/ingest/csv-generic/index';
import type { ParsedFile, ParsedMessage } from '../../../src/lib/model/types';
import { fixedChunks } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/csv-generic');

const HEAD = 'time,author,text';
const row = (i: number, text: string) => `2024-03-05T14:${String(i % 60).padStart(2, '0')}:00Z,Ana Silva,${text}`;
const many = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i, text(i)));

const YMD_MAPPING: CsvMapping = {
	hasHeader: true,
	timestamp: 0,
	time: null,
	dateFormat: 'ymd',
	text: 2,
	author: 1,
	authorId: null,
	conversation: null,
	sourceId: null
};

const CASES: [string, string, CsvMapping | undefined][] = [
	...readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.csv'))
		.map((f): [string, string, undefined] => [f, readFileSync(join(FIXTURES, f), 'utf8'), undefined]),
	['quoted cells of many lines with "" escapes', [HEAD, row(1, '"line one\nline ""two""\n\nline four 👍"'), row(2, 'plain')].join('\n') + '\n', undefined],
	['CRLF line ends, also inside a quoted cell', [HEAD, row(1, '"a\r\nb"'), row(2, '你好, 世界')].join('\r\n') + '\r\n', undefined],
	['lone CR line ends and a quote never closed', [HEAD, row(1, 'x'), row(2, '"open'), row(3, 'after')].join('\r'), YMD_MAPPING],
	['a BOM and a quote never closed on the header line', '\ufeff"time,author,text\n' + row(1, 'x') + '\n', YMD_MAPPING],
	['rows of the wrong width, blank lines, a bad time', [HEAD, '', row(1, 'x') + ',extra', '', 'yesterday,Bo,late', row(2, 'y')].join('\n'), undefined],
	['multi-byte text past the 64 KB head', [HEAD, ...many(3000, (i) => `"第${i}行 — ünïcödé 👍\n续"`)].join('\n') + '\n', undefined],
	['a quoted cell longer than the 64 KB head', [HEAD, row(1, `"${'长文本,\n'.repeat(20_000)}"`), row(2, 'after')].join('\n') + '\n', undefined],
	['the mapping given, without a header', many(50, (i) => `msg ${i}`).join('\n'), { ...YMD_MAPPING, hasHeader: false }],
	['a mapping without a text column', [HEAD, row(1, 'x')].join('\r\n'), { ...YMD_MAPPING, text: -1 }]
];

const CHUNKS: [string, number][] = [
	['1-byte chunks', 1],
	['7-byte chunks', 7],
	['4093-byte chunks', 4093],
	['64 KB chunks', 1 << 16]
];

/** The pieces a streaming UTF-8 decoder gives, a BOM kept (the parser is given one when its caller keeps it). */
function decodedPieces(chunks: Uint8Array[]): string[] {
	const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
	return [...chunks.map((c) => decoder.decode(c, { stream: true })), decoder.decode()];
}

function streamed(path: string, text: string, size: number, mapping?: CsvMapping): ParsedFile {
	const emitted: ParsedMessage[] = [];
	const parser = createGenericCsvStream(path, (msgs) => emitted.push(...msgs), mapping);
	for (const piece of decodedPieces(fixedChunks(new TextEncoder().encode(text), size))) parser.push(piece);
	const file = parser.end();
	expect(file.messages).toEqual([]);
	expect(parser.messages).toBe(emitted.length);
	return { ...file, messages: emitted };
}

describe.each(CASES)('generic CSV %s read in pieces', (name, text, mapping) => {
	const path = `exports/${name.replace(/\W+/g, '_')}.csv`;
	const whole = genericCsv.parse({ path, text }, mapping ? { csvMapping: mapping } : undefined);
	it('is read into records or problems at all (the case is not empty)', () => {
		expect(whole.messages.length + whole.unparsed.length).toBeGreaterThan(0);
	});
	it.each(CHUNKS)('in %s gives what the whole text gives', (_label, size) => {
		expect(streamed(path, text, size, mapping)).toEqual(whole);
	});
});

it('the mapping given is the one read with (its rows become records)', () => {
	const text = many(50, (i) => `msg ${i}`).join('\n');
	expect(streamed('x.csv', text, 7, { ...YMD_MAPPING, hasHeader: false }).messages.map((m) => m.text)).toEqual(
		Array.from({ length: 50 }, (_, i) => `msg ${i}`)
	);
});
