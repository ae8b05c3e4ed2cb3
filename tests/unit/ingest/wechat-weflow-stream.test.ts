// A WeFlow JSON read in pieces gives exactly what the whole-text parse gives, whatever the chunking: records whose
// strings hold escapes, braces and UTF-8 characters cut in two, a file cut off inside a record, records before the
// export says it is one (`weflow` after `messages`), malformed and empty elements, and files that are not WeFlow.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWeFlowJsonStream, parseWeFlowJson } from '../../../src/lib/ingest/wechat/weflow';
import type { ParsedFile, ParsedMessage } from '../../../src/lib/model/types';
import { decodedPieces, fixedChunks } from '../../helpers/chunks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/wechat');

const WEFLOW = '"weflow":{"version":"1.0"}';
const SESSION = '"session":{"wxid":"wxid_lina88","displayName":"李娜","type":"私聊"}';
const msg = (i: number, content: string) =>
	JSON.stringify({
		localId: i,
		serverId: `9${i}`,
		createTime: 1704096000 + i,
		type: '文本消息',
		content,
		isSend: i % 2,
		senderUsername: i % 2 ? 'me' : 'wxid_lina88',
		senderDisplayName: i % 2 ? '我' : '李娜'
	});
const many = (n: number) => Array.from({ length: n }, (_, i) => msg(i, i % 5 === 0 ? `第${i}条 {"brace"} \\ 👍🏽\n換行` : `message ${i} — naïve`));

const CASES: [string, string][] = [
	...readdirSync(FIXTURES)
		.filter((f) => f.startsWith('weflow') && f.endsWith('.json'))
		.map((f): [string, string] => [f, readFileSync(join(FIXTURES, f), 'utf8')]),
	['many records, pretty-printed', `{\n  ${WEFLOW},\n  ${SESSION},\n  "messages": [\n    ${many(400).join(',\n    ')}\n  ]\n}\n`],
	['records before the weflow member', `{${SESSION.replace('session', 'info')},"messages":[${many(20).join(',')}],${WEFLOW}}`],
	['cut off inside a record', `{${WEFLOW},${SESSION},"messages":[${many(30).join(',')}`.slice(0, -40)],
	['an empty element and a malformed one', `{${WEFLOW},"messages":[${msg(1, 'a')},,{"createTime":},${msg(2, 'b')},"text",${msg(3, 'c')}]}`],
	['a record without a time', `{${WEFLOW},${SESSION},"messages":[{"content":"no time"},${msg(1, 'ok')}]}`],
	['an object that is not WeFlow', `{"name":"x","messages":[${msg(1, 'a')}]}`],
	['a JSON array', `[${msg(1, 'a')}]`]
];

function streamed(path: string, text: string, size: number): ParsedFile {
	const emitted: ParsedMessage[] = [];
	const parser = createWeFlowJsonStream(path, (msgs) => emitted.push(...msgs));
	for (const piece of decodedPieces(fixedChunks(new TextEncoder().encode(text), size))) parser.push(piece);
	const file = parser.end();
	expect(file.messages).toEqual([]);
	expect(parser.messages).toBe(emitted.length);
	return { ...file, messages: emitted };
}

describe.each(CASES)('WeFlow JSON %s read in pieces', (name, text) => {
	const path = `WeFlow/${name.replace(/\W+/g, '_')}.json`;
	const whole = parseWeFlowJson({ path, text });
	it('is read into records or problems at all (the case is not empty)', () => {
		expect(whole.messages.length + whole.unparsed.length).toBeGreaterThan(0);
	});
	it.each([
		['1-byte chunks', 1],
		['7-byte chunks', 7],
		['4093-byte chunks', 4093],
		['64 KB chunks', 1 << 16]
	])('in %s gives what the whole text gives', (_label, size) => {
		expect(streamed(path, text, size)).toEqual(whole);
	});
});
