// Hand-written expectations for the WeChatMsg / MemoTrace CSV fixtures (bytes: tests/fixtures/wechat/make-fixtures.mjs).
import { describe, expect, it } from 'vitest';
import { wechatMsgCsv } from '../../../src/lib/ingest/wechat/index';
import { expectRecords, parseFixture } from '../../fixtures/wechat/expect';

const me = { author: 'Me', authorId: 'wxid_me01' };
const lina = { author: '李娜', authorId: 'wxid_lina88' };

describe('WeChatMsg / MemoTrace CSV', () => {
	it('memotrace_direct_all_types: BOM, CRLF, a quoted multi-line field, one row per Type code, epoch → UTC', () => {
		const file = parseFixture(wechatMsgCsv, 'memotrace_direct_all_types.csv', 'data/聊天记录/李娜/李娜_utf8.csv');
		expect(file.platform).toBe('wechat');
		expect(file.format).toBe('wechatmsg-csv');
		expect(file.conversations).toEqual([{ title: '李娜', kind: 'direct', sourceId: 'wxid_lina88' }]);
		expect(file.unparsed).toEqual([]);
		expectRecords(file, [
			{ line: 2, ...lina, ts: '2024-01-01T08:00:00Z', kind: 'text', text: '你好！明天的会议改到下午三点，可以吗？😊', sourceId: '101', path: 'row 2' },
			{
				line: 3,
				lineEnd: 4,
				...me,
				ts: '2024-01-01T08:01:00Z',
				kind: 'text',
				text: 'Sure — see you at 3pm, room "Berlin".\nBring the Q1 deck.',
				sourceId: '102',
				path: 'row 3'
			},
			{ line: 5, ...lina, ts: '2024-01-01T08:02:00Z', kind: 'media', text: '[image]', sourceId: '103', path: 'row 4' },
			{ line: 6, ...lina, ts: '2024-01-01T08:03:00Z', kind: 'media', text: '[voice 4s]\n我到楼下了', sourceId: '104', path: 'row 5' },
			{ line: 7, ...me, ts: '2024-01-01T08:04:00Z', kind: 'media', text: '[video]', sourceId: '105', path: 'row 6' },
			{ line: 8, ...me, ts: '2024-01-01T08:05:00Z', kind: 'media', text: '[sticker]', sourceId: '106', path: 'row 7' },
			{
				line: 9,
				...lina,
				ts: '2024-01-01T08:06:00Z',
				kind: 'location',
				text: '人民广场\n上海市黄浦区人民大道200号\n31.230416,121.473701',
				sourceId: '107',
				path: 'row 8'
			},
			{
				line: 10,
				...me,
				ts: '2024-01-01T08:07:00Z',
				kind: 'other',
				text: 'Q1 pricing update\nNew list prices from April\nhttps://example.com/pricing?a=1&b=2',
				sourceId: '108',
				path: 'row 9'
			},
			{
				line: 11,
				...lina,
				ts: '2024-01-01T08:08:00Z',
				kind: 'media',
				text: '合同草案_v2.pdf',
				attachments: ['合同草案_v2.pdf'],
				sourceId: '109',
				path: 'row 10'
			},
			{ line: 12, ...lina, ts: '2024-01-01T08:09:00Z', kind: 'text', text: '好的，没问题\n> Me: 明天下午三点开会', sourceId: '110', path: 'row 11' },
			{ line: 13, ...me, ts: '2024-01-01T08:10:00Z', kind: 'text', text: '', sourceId: '111', path: 'row 12' },
			{ line: 14, ...me, ts: '2024-01-01T08:11:00Z', kind: 'call', text: '通话时长 01:23', sourceId: '112', path: 'row 13' },
			{
				line: 15,
				author: '',
				authorRaw: '李娜',
				ts: '2024-01-01T08:12:00Z',
				kind: 'system',
				text: '你已添加了李娜，现在可以开始聊天了。',
				sourceId: '113',
				path: 'row 14'
			},
			{ line: 16, author: '', authorRaw: '李娜', ts: '2024-01-01T08:13:00Z', kind: 'system', text: '"李娜" 撤回了一条消息', sourceId: '114', path: 'row 15' },
			{ line: 17, ...me, ts: '2024-01-01T08:14:00Z', kind: 'other', text: '微信转账\n￥200.00\n午餐AA', sourceId: '115', path: 'row 16' },
			{ line: 18, ...lina, ts: '2024-01-01T08:15:00Z', kind: 'other', text: '[contact card] 陈伟', sourceId: '116', path: 'row 17' },
			{ line: 19, ...me, ts: '2024-01-01T08:16:00Z', kind: 'text', text: 'Danke! ¿Nos vemos mañana a las 10?', sourceId: '117', path: 'row 18' }
		]);
		expect(file.messages[1].raw).toBe(
			'102,5,1,0,1,1704096060,2,"Sure — see you at 3pm, room ""Berlin"".\nBring the Q1 deck.",2024-01-01 16:01:00,Me,Me,wxid_me01'
		);
	});

	it('memotrace_group_prefix_ms: wxid prefixes stripped into authorId, ms epoch, StrTime fallback, bad rows kept as unparsed', () => {
		const file = parseFixture(wechatMsgCsv, 'memotrace_group_prefix_ms.csv', 'data/聊天记录/报销群/报销群_utf8.csv');
		expect(file.conversations).toEqual([{ title: '报销群', kind: 'group' }]);
		expectRecords(file, [
			{
				line: 2,
				lineEnd: 3,
				author: 'wxid_zhao01',
				authorId: 'wxid_zhao01',
				ts: '2024-03-01T08:00:00Z',
				kind: 'text',
				text: '大家好，周五前请提交报销单。',
				sourceId: '201'
			},
			{ line: 4, lineEnd: 5, author: '钱多多', authorId: 'wxid_qian_02', ts: '2024-03-01T08:01:00Z', kind: 'text', text: 'OK 👍', sourceId: '202' },
			{ line: 6, ...me, ts: '2024-03-01T08:02:00Z', kind: 'text', text: '收到，谢谢！', sourceId: '203' },
			{ line: 7, lineEnd: 8, author: '孙丽', authorId: 'wxid_sun03', ts: '2024-03-01T16:03:00', kind: 'text', text: 'Reminder:\nbring ID', sourceId: '204' },
			{ line: 11, author: '', ts: '2024-03-01T08:05:00Z', kind: 'system', text: '"钱多多" 撤回了一条消息', sourceId: '207' },
			{
				line: 12,
				lineEnd: 13,
				author: '赵强',
				authorId: 'wxid_zhao01',
				ts: '2024-03-01T08:06:00Z',
				kind: 'text',
				text: 'Yes, by Friday 18:00\n> 钱多多: 截止时间是几点？',
				sourceId: '208'
			}
		]);
		expect(file.unparsed.map((u) => [u.line, u.path])).toEqual([
			[9, 'row 6'],
			[10, 'row 7']
		]);
		expect(file.unparsed[0].reason).toContain('expected 12 fields, found 10');
		expect(file.unparsed[1].reason).toContain('notatime');
	});

	it('memotrace_truncated_open_quote: keeps the complete row, reports the cut one', () => {
		const file = parseFixture(wechatMsgCsv, 'memotrace_truncated_open_quote.csv');
		expect(file.messages.map((m) => m.text)).toEqual(['你好']);
		expect(file.unparsed).toHaveLength(1);
		expect(file.unparsed[0]).toMatchObject({ line: 3, reason: expect.stringContaining('never closed') });
		expect(file.conversations[0].title).toBe('memotrace_truncated_open_quote');
	});

	it('reports a CSV whose header is not MemoTrace’s instead of guessing', () => {
		const file = wechatMsgCsv.parse({ path: 'x.csv', text: 'a,b,c\n1,2,3\n' });
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => u.line)).toEqual([1, 2]);
		expect(file.unparsed[0].reason).toContain('not a WeChatMsg/MemoTrace CSV header');
	});
});

describe('WeChatMsg / MemoTrace CSV, odd rows', () => {
	const HEADER = 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender';

	it('reports an empty or non-numeric Type', () => {
		const file = wechatMsgCsv.parse({ path: 'a_utf8.csv', text: `${HEADER}\n1,5,,0,0,1704096000,,x,,A,A,wxid_a\n2,5,text,0,0,1704096000,,y,,A,A,wxid_a\n` });
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => [u.line, u.reason])).toEqual([
			[2, 'Type is not a number ("")'],
			[3, 'Type is not a number ("text")']
		]);
	});

	it('reads columns by name, whatever their order, and a custom WeChat id as Sender', () => {
		const file = wechatMsgCsv.parse({
			path: 'a_utf8.csv',
			text: 'Sender,NickName,Remark,StrTime,StrContent,Status,CreateTime,IsSender,SubType,Type,TalkerId,localId\nqq123456,Old Friend,,2021-08-13 22:11:18,旧朋友你好,,1628863878,0,0,1,217,9\n'
		});
		expect(file.messages.map((m) => [m.author, m.authorId, m.ts, m.text, m.sourceId])).toEqual([
			['Old Friend', 'qq123456', '2021-08-13T14:11:18Z', '旧朋友你好', '9']
		]);
	});
});

describe('WeChatMsg / MemoTrace CSV with a MsgSvrID column', () => {
	it('uses server ids as sourceId, so a quoted reply links to the quoted message', () => {
		const quote =
			'<msg><appmsg><title>是的</title><type>57</type><refermsg><svrid>900001</svrid><displayname>A</displayname><content>周五？</content></refermsg></appmsg></msg>';
		const text = [
			'localId,MsgSvrID,Type,SubType,IsSender,CreateTime,StrContent,StrTime,Remark,NickName,Sender',
			'1,900001,1,0,0,1704096000,周五？,,A,A,wxid_a',
			`2,900002,49,57,1,1704096060,"${quote.replace(/"/g, '""')}",,Me,Me,wxid_me`
		].join('\n');
		const file = wechatMsgCsv.parse({ path: 'A_utf8.csv', text });
		expect(file.messages.map((m) => [m.sourceId, m.replyTo, m.text])).toEqual([
			['900001', undefined, '周五？'],
			['900002', '900001', '是的\n> A: 周五？']
		]);
		expect(file.notes.join(' ')).not.toContain('no MsgSvrID column');
	});

	it('memotrace_three_talkers_merged: each TalkerId is its own conversation, titled from its members', () => {
		const file = parseFixture(wechatMsgCsv, 'memotrace_three_talkers_merged.csv');
		expect(file.conversations).toEqual([
			{ title: '王芳', kind: 'direct', sourceId: 'wxid_wangfang01' },
			{ title: 'Jonas Weber', kind: 'direct', sourceId: 'wxid_jweber' },
			{ title: '赵强, 钱多多', kind: 'group' }
		]);
		expect(file.messages.map((m) => [m.sourceId, m.conversation, m.author, m.kind])).toEqual([
			['401', 0, '王芳', 'text'],
			['402', 0, 'Me', 'text'],
			['403', 1, 'Jonas Weber', 'text'],
			['404', 0, '王芳', 'text'],
			['405', 1, 'Me', 'text'],
			['406', 2, '赵强', 'text'],
			['407', 2, '钱多多', 'text'],
			['408', 2, '', 'system'],
			['409', 2, 'Me', 'text']
		]);
		expect(file.messages[0].ts).toBe('2024-04-01T09:00:00Z');
		expect(file.notes).toContain('3 conversations (TalkerId 12, 15, 20), titled from their members');
		expect(file.unparsed).toEqual([]);
	});
});
