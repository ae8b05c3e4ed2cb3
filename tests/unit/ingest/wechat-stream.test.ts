// WeChat CSVs (MemoTrace, PyWxDump) read in pieces give exactly what the whole-text parse gives, whatever the
// chunking: quoted multi-line cells and "" escapes across pieces, UTF-8 characters cut in two, CRLF line ends.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PieceParserFactory } from '../../../src/lib/ingest/piece-parser';
import { createWeChatMsgCsvStream, parseWeChatMsgCsv } from '../../../src/lib/ingest/wechat/memotrace';
import { createPyWxDumpCsvStream, parsePyWxDumpCsv } from '../../../src/lib/ingest/wechat/pywxdump';
import type { ParsedFile, ParsedMessage } from '../../../src/lib/model/types';
import { CHUNKINGS, decodedPieces } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/wechat');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const MEMO_HEAD = 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender';
const memoRow = (id: number, content: string, sender = 'wxid_lina88') =>
	`${id},5,1,0,0,${1704096000 + id},2,${content},2024-01-01 16:00:00,李娜,Li Na,${sender}`;

const MEMOTRACE: [string, string][] = [
	...readdirSync(FIXTURES)
		.filter((f) => f.startsWith('memotrace') && f.endsWith('.csv'))
		.map((f): [string, string] => [f, fixture(f)]),
	['a quoted cell of many lines with "" escapes', [MEMO_HEAD, memoRow(1, '"line one\nline ""two""\n\nline four 👍"'), memoRow(2, 'plain')].join('\n') + '\n'],
	['CRLF line ends, also inside a quoted cell', [MEMO_HEAD, memoRow(1, '"a\r\nb"'), memoRow(2, '你好')].join('\r\n') + '\r\n'],
	['a quote never closed in the middle', [MEMO_HEAD, memoRow(1, '"open'), memoRow(2, 'after'), memoRow(3, 'last')].join('\n') + '\n'],
	['a row of the wrong width and blank lines', [MEMO_HEAD, '', memoRow(1, 'x') + ',extra', '', memoRow(2, 'y')].join('\n')],
	['a large quoted cell', [MEMO_HEAD, memoRow(1, `"${'长文本\n'.repeat(30_000)}"`), memoRow(2, 'after')].join('\n') + '\n'],
	['no header', memoRow(1, 'x') + '\n']
];

const PYWXDUMP: [string, string][] = readdirSync(FIXTURES)
	.filter((f) => f.startsWith('pywxdump') && f.endsWith('.csv'))
	.map((f): [string, string] => [f, fixture(f)]);

function streamed(create: PieceParserFactory, path: string, text: string, chunk: (b: Uint8Array) => Uint8Array[]): ParsedFile {
	const emitted: ParsedMessage[] = [];
	const parser = create(path, (msgs) => emitted.push(...msgs));
	for (const piece of decodedPieces(chunk(new TextEncoder().encode(text)))) parser.push(piece);
	const file = parser.end();
	expect(file.messages).toEqual([]);
	expect(parser.messages).toBe(emitted.length);
	return { ...file, messages: emitted };
}

describe.each([
	['MemoTrace', MEMOTRACE, createWeChatMsgCsvStream, parseWeChatMsgCsv],
	['PyWxDump', PYWXDUMP, createPyWxDumpCsvStream, parsePyWxDumpCsv]
] as const)('%s CSV read in pieces', (_format, files, create, parse) => {
	describe.each(files)('%s', (name, text) => {
		const path = `data/${name.replace(/\.csv$/, '')}_utf8.csv`;
		const whole = parse({ path, text });
		it('is read into records at all (the case is not empty)', () => {
			expect(whole.messages.length + whole.unparsed.length).toBeGreaterThan(0);
		});
		it.each(CHUNKINGS)('in %s gives what the whole text gives', (_c, chunk) => {
			expect(streamed(create, path, text, chunk)).toEqual(whole);
		});
	});
});
