import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instagramJson, messengerJson, messengerThreadParts } from '../../../src/lib/ingest/messenger/index';
import { countStringWork } from '../../helpers/string-work';

const FIXTURES = join(import.meta.dirname, '../../fixtures/messenger');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

// Other platforms' shapes, as their files begin.
const OTHERS: [string, string][] = [
	['WhatsApp Android txt', '1/2/24, 9:07 AM - Ana Silva: Shipment delayed\n1/2/24, 9:08 AM - Bo Li: ok\n'],
	['WhatsApp iOS txt', '[02/01/2024, 09:05:11] Ops Team: Messages and calls are end-to-end encrypted.\n'],
	[
		'Telegram result.json',
		'{\n "name": "Ana",\n "type": "personal_chat",\n "id": 1,\n "messages": [\n  {"id": 1, "type": "message", "date": "2024-01-02T09:00:00", "date_unixtime": "1704186000", "from": "Ana", "from_id": "user1", "text": "hi"}\n ]\n}'
	],
	['Slack day file', '[{"type": "message", "user": "U0BMYT2FL", "text": "hello", "ts": "1452845865.000008"}]'],
	[
		'Discord (DCE) JSON',
		'{"guild": {"id": "1", "name": "G"}, "channel": {"id": "2", "type": "GuildTextChat", "name": "general"}, "messages": [{"id": "3", "type": "Default", "timestamp": "2024-01-02T09:00:00+01:00", "content": "hi", "author": {"id": "4", "name": "ana"}}]}'
	],
	['Discord CSV', 'AuthorID,Author,Date,Content,Attachments,Reactions\n"1","ana","2024-01-02T09:00:00.000+01:00","hi","",""\n'],
	['Signal JSONL', '{"id":"a","conversationId":"c","type":"incoming","body":"hi","sent_at":1704186000000}\n'],
	[
		'WeChat CSV',
		'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n1,1,1,0,1,1704186000,2,你好,2024-01-02 09:00:00,,,wxid_a\n'
	],
	['generic CSV', 'timestamp,author,text\n2024-01-02 09:00,Ana,hi\n'],
	['garbage bytes', '\u0000\u0001\u0002\ufffd\ufffd PK\u0003\u0004'],
	['empty', ''],
	['HTML DYI variant', '<html><head><title>Bo Li</title></head><body><div class="_a6-g">Bo Li</div></body></html>']
];

describe('Messenger/Instagram sniffing', () => {
	it.each([
		['direct_newest_first_every_kind_mojibake.json'],
		['group_system_lines.json'],
		['clean_utf8_not_repaired.json'],
		['truncated_mid_message.json'],
		['e2ee_export_oldest_first.json']
	])('claims %s as Messenger', (name) => {
		expect(messengerJson.sniff(read(name), name)).toBe(true);
		expect(instagramJson.sniff(read(name), name)).toBe(false);
	});

	it('claims the minimal DYI shape with only messages (no participants)', () => {
		const text =
			'{\n  "messages": [\n    {\n      "sender_name": "John Doe",\n      "timestamp_ms": 1579294140000,\n      "content": "Hello Jane!"\n    }\n  ]\n}';
		expect(messengerJson.sniff(text, 'test_export.json')).toBe(true);
	});

	it('claims a BOM-prefixed file', () => {
		expect(messengerJson.sniff('\ufeff' + read('group_system_lines.json'), 'x.json')).toBe(true);
	});

	it.each(OTHERS)('does not claim %s', (_name, text) => {
		expect(messengerJson.sniff(text, 'message_1.json')).toBe(false);
		expect(instagramJson.sniff(text, 'your_instagram_activity/messages/inbox/a_1/message_1.json')).toBe(false);
	});

	it('does not throw on non-strings', () => {
		expect(messengerJson.sniff(undefined as never, undefined as never)).toBe(false);
		expect(instagramJson.sniff(42 as never, '')).toBe(false);
	});
});

describe('Messenger parse never throws', () => {
	const full = read('direct_newest_first_every_kind_mojibake.json');

	it('on every prefix of a real file, keeping only complete records', () => {
		for (let n = 0; n <= full.length; n += 7) {
			const file = messengerJson.parse({ path: 'cut.json', text: full.slice(0, n) });
			expect(file.messages.length).toBeLessThanOrEqual(15);
			if (n < full.length - 300) expect(file.unparsed.length).toBeGreaterThan(0);
		}
		expect(messengerJson.parse({ path: 'x', text: full }).messages).toHaveLength(15);
	});

	it.each<[string, string]>([
		['random bytes', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
		['a 5 MB single line', 'x'.repeat(5_000_000)],
		['a 5 MB JSON string value', '{"messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "' + 'y'.repeat(5_000_000) + '"}]}'],
		['deep nesting', '{"messages": [' + '['.repeat(100_000) + ']'.repeat(100_000) + ']}'],
		['messages not an array', '{"participants": [], "messages": {"a": 1}, "thread_path": "inbox/x"}'],
		['records of the wrong types', '{"messages": [1, "two", null, [], {"sender_name": 5, "timestamp_ms": "soon"}]}'],
		['a huge timestamp', '{"messages": [{"sender_name": "A", "timestamp_ms": 1e300, "content": "far"}]}'],
		['only an opening brace', '{'],
		['unterminated key', '{"partic']
	])('on %s', (_name, text) => {
		expect(() => messengerJson.parse({ path: 'x.json', text })).not.toThrow();
		expect(() => instagramJson.parse({ path: 'x.json', text })).not.toThrow();
		expect(() => messengerThreadParts.parse([{ path: 'a/message_1.json', text }])).not.toThrow();
	});

	it('reports each bad record with its path', () => {
		const file = messengerJson.parse({
			path: 'x.json',
			text: '{"messages": [1, {"sender_name": "A", "timestamp_ms": 1e300, "content": "far"}, {"sender_name": "A", "timestamp_ms": 0, "content": "epoch"}]}'
		});
		expect(file.messages.map((m) => [m.path, m.ts])).toEqual([['messages[2]', '1970-01-01T00:00:00Z']]);
		expect(file.unparsed.map((u) => u.path)).toEqual(['messages[0]', 'messages[1]']);
	});

	// Cost is counted, not timed (tests/helpers/string-work.ts): characters scanned, read and copied at two sizes stay
	// a small multiple of the text, where a rescan per record or per line lookup would grow with the square of it.
	const messengerText = (n: number, sep: string) =>
		`{"participants": [{"name": "A"}, {"name": "B"}], "messages": [${sep}${Array.from({ length: n }, (_, i) => `{"sender_name": "A", "timestamp_ms": ${1704186000000 - i * 1000}, "content": "m${i}"}`).join(',' + sep)}${sep}], "title": "A"}`;
	it.each([
		['one record a line', '\n'],
		['minified on one line', '']
	])('parses a file %s with work linear in its length: counted at two sizes', (_, sep) => {
		const [small, large] = [messengerText(10_000, sep), messengerText(20_000, sep)];
		const one = countStringWork(() => messengerJson.parse({ path: 'big.json', text: small }));
		const two = countStringWork(() => messengerJson.parse({ path: 'big.json', text: large }));
		expect([one.result.messages.length, two.result.messages.length]).toEqual([10_000, 20_000]);
		expect(one.work).toBeLessThanOrEqual(32 * small.length);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('parses a large file whole', { timeout: 60_000 }, () => {
		const records = Array.from({ length: 100_000 }, (_, i) => `{"sender_name": "A", "timestamp_ms": ${1704186000000 - i * 1000}, "content": "m${i}"}`);
		const text = `{"participants": [{"name": "A"}, {"name": "B"}], "messages": [\n${records.join(',\n')}\n], "title": "A"}`;
		const file = messengerJson.parse({ path: 'big.json', text });
		expect(file.messages).toHaveLength(100_000);
		expect(file.messages[0].text).toBe('m99999');
	});

	it('parses a large minified (single-line) file whole', { timeout: 60_000 }, () => {
		const records = Array.from({ length: 100_000 }, (_, i) => `{"sender_name":"A","timestamp_ms":${1704186000000 - i * 1000},"content":"m${i}"}`);
		const text = `{"participants":[{"name":"A"},{"name":"B"}],"messages":[${records.join(',')}],"title":"A"}`;
		const file = messengerJson.parse({ path: 'big.json', text });
		expect(file.messages).toHaveLength(100_000);
		expect(file.messages.every((m) => m.line === 1 && m.lineEnd === 1)).toBe(true);
	});
});
