// Hand-written expectations for the WeFlow JSON fixtures (bytes: tests/fixtures/wechat/make-fixtures.mjs).
import { describe, expect, it } from 'vitest';
import { weflowJson } from '../../../src/lib/ingest/wechat/index';
import { expectRecords, parseFixture } from '../../fixtures/wechat/expect';

const lina = { author: '李娜', authorId: 'wxid_lina88' };
const me = { author: '我', authorId: 'wxid_me01' };

describe('WeFlow JSON', () => {
	it('weflow_private_chat: labels to kinds, seconds and milliseconds, an XML quote, a system record with isSend null', () => {
		const file = parseFixture(weflowJson, 'weflow_private_chat.json');
		expect(file.format).toBe('weflow-json');
		expect(file.conversations).toEqual([{ title: '李娜', kind: 'direct', sourceId: 'wxid_lina88' }]);
		expect(file.unparsed).toEqual([]);
		expectRecords(file, [
			{ line: 5, ...lina, ts: '2024-05-29T16:26:40Z', kind: 'text', text: '周末一起去爬山吗？⛰️', sourceId: '1', path: 'messages[0]' },
			{ line: 6, ...me, ts: '2024-05-29T16:27:40Z', kind: 'text', text: '好啊！Sunday 9:00, Treffpunkt am Bahnhof.', sourceId: '2', path: 'messages[1]' },
			{ line: 7, ...lina, ts: '2024-05-29T16:28:40Z', kind: 'media', text: '[图片]', sourceId: '3', path: 'messages[2]' },
			{
				line: 8,
				...lina,
				ts: '2024-05-29T16:29:40Z',
				kind: 'text',
				text: '收到👌\n> 我: 好啊！Sunday 9:00, Treffpunkt am Bahnhof.',
				sourceId: '4',
				path: 'messages[3]'
			},
			{ line: 9, author: '', ts: '2024-05-29T16:30:40Z', kind: 'system', text: '"李娜" 撤回了一条消息', sourceId: '5', path: 'messages[4]' },
			{
				line: 10,
				...me,
				ts: '2024-05-29T16:31:40Z',
				kind: 'other',
				text: 'Trail map\nRoute B, 12 km\nhttps://example.com/trail',
				sourceId: '6',
				path: 'messages[5]'
			},
			{ line: 11, ...lina, ts: '2024-05-29T16:32:40Z', kind: 'call', text: '通话时长 00:35', sourceId: '7', path: 'messages[6]' },
			{ line: 12, ...me, ts: '2024-05-29T16:33:40Z', kind: 'location', text: '[位置]人民广场', sourceId: '8', path: 'messages[7]' }
		]);
		expect(JSON.parse(file.messages[0].raw)).toMatchObject({ localId: 1, senderDisplayName: '李娜' });
	});

	it('weflow_group_sender_prefix: pretty-printed records; the body’s wxid prefix gives authorId when senderUsername is missing', () => {
		const file = parseFixture(weflowJson, 'weflow_group_sender_prefix.json');
		expect(file.conversations).toEqual([{ title: '徒步小组', kind: 'group', sourceId: '4455@chatroom' }]);
		expectRecords(file, [
			{ line: 17, lineEnd: 26, author: '赵强', authorId: 'wxid_zhao01', ts: '2024-05-29T16:26:40Z', kind: 'text', text: '明早7点集合', sourceId: '11' },
			{ line: 27, lineEnd: 37, author: '钱多多', authorId: 'wxid_qian_02', ts: '2024-05-29T16:27:40Z', kind: 'text', text: '收到', sourceId: '12' },
			{ line: 38, lineEnd: 46, author: 'wxid_sun03', authorId: 'wxid_sun03', ts: '2024-05-29T16:28:40Z', kind: 'media', text: '[sticker]', sourceId: '13' }
		]);
	});

	it('weflow_truncated_mid_message: complete records before the cut survive; the cut is reported', () => {
		const file = parseFixture(weflowJson, 'weflow_truncated_mid_message.json');
		expect(file.messages.map((m) => m.text)).toEqual(['第一条', 'second']);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0]).toMatchObject({ line: 7, path: 'messages[2]', reason: expect.stringContaining('file ends inside messages[2]') });
	});

	it('weflow_invalid_escape: a malformed record is unparsed at its path, its neighbours kept', () => {
		const file = parseFixture(weflowJson, 'weflow_invalid_escape.json');
		expect(file.messages.map((m) => [m.index, m.sourceId, m.path])).toEqual([
			[0, '1', 'messages[0]'],
			[1, '3', 'messages[2]']
		]);
		expect(file.unparsed).toEqual([expect.objectContaining({ line: 6, path: 'messages[1]', reason: 'malformed JSON record' })]);
	});

	it('weflow_wrong_shape_telegram: another platform’s JSON is reported by shape, not read', () => {
		const file = parseFixture(weflowJson, 'weflow_wrong_shape_telegram.json');
		expect(file.messages).toEqual([]);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0].reason).toBe(
			'not a WeFlow export: expected an object with "weflow", "session" and "messages", found an object with keys name, type, id, messages'
		);
	});

	it('reports a JSON array root and non-JSON text by shape', () => {
		expect(weflowJson.parse({ path: 'a.json', text: '[1,2]' }).unparsed[0].reason).toContain('found a JSON array');
		expect(weflowJson.parse({ path: 'a.json', text: 'hello' }).unparsed[0].reason).toContain('found not JSON');
		expect(weflowJson.parse({ path: 'a.json', text: '' }).unparsed[0].reason).toContain('found an empty file');
	});
});

describe('WeFlow JSON, record shapes', () => {
	const wrap = (messages: unknown[]) => JSON.stringify({ weflow: { version: '1' }, session: { wxid: 'wxid_a', displayName: 'A', type: '私聊' }, messages });

	it.each([
		[
			'a numeric type code',
			{ createTime: 1717000000, type: 3, content: '<msg><img length="1"/></msg>', isSend: 0, senderUsername: 'wxid_a' },
			'media',
			'[image]'
		],
		[
			'no label, 64-bit localType of a file',
			{
				createTime: 1717000000,
				localType: 25769803825,
				content: '<msg><appmsg><title>a.pdf</title><type>6</type></appmsg></msg>',
				isSend: 0,
				senderUsername: 'wxid_a'
			},
			'media',
			'a.pdf'
		],
		['formattedTime only', { formattedTime: '2024-05-30 00:26:40', type: '文本消息', content: 'hi', isSend: 0, senderUsername: 'wxid_a' }, 'text', 'hi']
	])('%s', (_name, record, kind, text) => {
		const file = weflowJson.parse({ path: 'a.json', text: wrap([record]) });
		expect(file.messages.map((m) => [m.kind, m.text])).toEqual([[kind, text]]);
	});

	it('gives naive local time when only formattedTime exists', () => {
		const file = weflowJson.parse({ path: 'a.json', text: wrap([{ formattedTime: '2024-05-30 00:26:40', type: '文本消息', content: 'hi' }]) });
		expect(file.messages[0].ts).toBe('2024-05-30T00:26:40');
	});

	it('reports a record without any time, and one that is not an object', () => {
		const file = weflowJson.parse({ path: 'a.json', text: wrap([{ type: '文本消息', content: 'x' }, 42]) });
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => [u.path, u.reason])).toEqual([
			['messages[0]', 'no valid createTime or formattedTime'],
			['messages[1]', 'record is not an object']
		]);
	});
});

describe('WeFlow JSON with server ids', () => {
	it('uses serverId as sourceId and links a quote to it', () => {
		const quote =
			'<msg><appmsg><title>好</title><type>57</type><refermsg><svrid>777</svrid><displayname>A</displayname><content>走吗</content></refermsg></appmsg></msg>';
		const text = JSON.stringify({
			weflow: { version: '1' },
			session: { wxid: 'wxid_a', displayName: 'A', type: '私聊' },
			messages: [
				{ localId: 1, serverId: '777', createTime: 1717000000, type: '文本消息', content: '走吗', isSend: 0, senderUsername: 'wxid_a' },
				{ localId: 2, serverId: '778', createTime: 1717000060, type: '引用消息', content: quote, isSend: 1, senderUsername: 'wxid_me' }
			]
		});
		const file = weflowJson.parse({ path: 'a.json', text });
		expect(file.messages.map((m) => [m.sourceId, m.replyTo])).toEqual([
			['777', undefined],
			['778', '777']
		]);
	});
});

describe('WeFlow JSON cut before its messages', () => {
	it('reports the cut inside the session block and keeps the file name as title', () => {
		const text = '{\n  "weflow": {"version": "1.2.0"},\n  "session": {"displayName": "李娜", "avatar": "data:image/png;base64,AAAA';
		const file = weflowJson.parse({ path: 'exports/李娜.json', text });
		expect(file.messages).toEqual([]);
		expect(file.conversations).toEqual([{ title: '李娜', kind: 'direct' }]);
		expect(file.unparsed).toEqual([
			expect.objectContaining({
				line: 3,
				path: 'messages[0]',
				reason: 'the file ends inside the value of "session" (cut off?); 0 complete records before it were kept'
			})
		]);
	});
});
