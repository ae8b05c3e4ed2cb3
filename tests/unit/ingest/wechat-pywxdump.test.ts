// Hand-written expectations for the PyWxDump CSV fixtures (bytes: tests/fixtures/wechat/make-fixtures.mjs).
import { describe, expect, it } from 'vitest';
import { pywxdumpCsv } from '../../../src/lib/ingest/wechat/index';
import { expectRecords, parseFixture } from '../../fixtures/wechat/expect';

const zhao = { author: 'wxid_zhao01', authorId: 'wxid_zhao01' };
const qian = { author: 'wxid_qian_02', authorId: 'wxid_qian_02' };
const wo = { author: '我' };

describe('PyWxDump CSV', () => {
	it('pywxdump_group_msg_src: Chinese type labels, src paths, Excel time, ids beyond 2^53, two chatrooms', () => {
		const file = parseFixture(pywxdumpCsv, 'pywxdump_group_msg_src.csv');
		expect(file.format).toBe('pywxdump-csv');
		expect(file.conversations).toEqual([
			{ title: '12345678901@chatroom', kind: 'group', sourceId: '12345678901@chatroom' },
			{ title: '98765@chatroom', kind: 'group', sourceId: '98765@chatroom' }
		]);
		expectRecords(file, [
			{ line: 2, ...zhao, ts: '2024-10-04T11:42:05', kind: 'text', text: '周五下午开会，地点：3楼会议室。', sourceId: '7437267147299592543', path: 'row 2' },
			{
				line: 3,
				...wo,
				ts: '2024-10-04T11:43:00',
				kind: 'media',
				text: '图片',
				attachments: ['File\\dd0e12\\Image\\2024-10\\01c1aa.dat'],
				sourceId: '4073926741244663531',
				path: 'row 3'
			},
			{
				line: 4,
				lineEnd: 5,
				...qian,
				ts: '2024-10-04T11:44:00',
				kind: 'media',
				text: '语音时长：3.21秒\n翻译结果：我马上到',
				sourceId: '1244017411047763227',
				path: 'row 4'
			},
			{
				line: 6,
				lineEnd: 7,
				...zhao,
				ts: '2024-10-04T11:45:00',
				kind: 'location',
				text: '纬度:【31.230416】 经度:【121.473701】\n位置：人民广场',
				sourceId: '7646558619446387721',
				path: 'row 5'
			},
			{
				line: 8,
				lineEnd: 11,
				...qian,
				ts: '2024-10-04T11:46:00',
				kind: 'other',
				text: 'Q3 report\nSummary of Q3\n\n<a href="https://example.com/q3">点击查看详情</a>',
				sourceId: '5000000000000000001',
				path: 'row 6'
			},
			{
				line: 12,
				lineEnd: 14,
				...wo,
				ts: '2024-10-04T11:47:00',
				kind: 'text',
				text: '（我们两个人骑）\n\n[引用](2024-10-04 11:42:05)wxid_zhao01:周五下午开会，地点：3楼会议室。',
				sourceId: '5000000000000000002',
				path: 'row 7'
			},
			{
				line: 15,
				author: '',
				authorRaw: '我',
				ts: '2024-10-04T11:48:00',
				kind: 'system',
				text: '你撤回了一条消息',
				sourceId: '5000000000000000003',
				path: 'row 8'
			},
			{ line: 16, ...qian, ts: '2024-10-04T11:49:00', kind: 'call', text: '语音通话[通话时长 00:42]', sourceId: '5000000000000000004', path: 'row 9' },
			{
				line: 17,
				author: '',
				authorRaw: '系统',
				ts: '2024-10-04T11:49:30',
				kind: 'system',
				text: '"钱多多" 拍了拍 "赵强"',
				sourceId: '5000000000000000005',
				path: 'row 10'
			},
			{
				line: 18,
				lineEnd: 20,
				...zhao,
				ts: '2024-10-04T11:50:00',
				kind: 'other',
				text: '转账：￥88.00\n转账说明：奶茶\n转账时间：2024-10-04 11:50:00',
				sourceId: '5000000000000000006',
				path: 'row 11'
			},
			{
				line: 21,
				author: 'wxid_sun03',
				authorId: 'wxid_sun03',
				ts: '2024-10-04T12:00:00',
				kind: 'text',
				text: '¿Vienes mañana? Wir treffen uns um 10 Uhr.',
				sourceId: '5000000000000000007',
				conversation: 1,
				path: 'row 12'
			},
			{
				line: 22,
				...zhao,
				ts: '2024-10-04T12:01:00',
				kind: 'media',
				text: '合同.pdf',
				attachments: ['FileStorage\\File\\2024-10\\合同.pdf'],
				sourceId: '5000000000000000008',
				path: 'row 13'
			}
		]);
		expect(file.unparsed.map((u) => [u.line, u.path])).toEqual([
			[23, 'row 14'],
			[24, 'row 15']
		]);
		expect(file.unparsed[0].reason).toContain('expected 9 fields, found 4');
		expect(file.unparsed[1].reason).toContain('not-a-date');
		expect(file.notes.join(' ')).toContain('1 CreateTime values re-saved by a spreadsheet');
	});

	it('pywxdump_legacy_content_json: the older layout’s {"src","msg"} content; non-JSON content kept as text', () => {
		const file = parseFixture(pywxdumpCsv, 'pywxdump_legacy_content_json.csv');
		expect(file.conversations).toEqual([{ title: 'wxid_lina88', kind: 'direct', sourceId: 'wxid_lina88' }]);
		expectRecords(file, [
			{ line: 2, author: 'wxid_lina88', authorId: 'wxid_lina88', ts: '2024-05-06T08:00:00', kind: 'text', text: '早上好 ☀️', sourceId: '111' },
			{
				line: 3,
				author: 'wxid_me01',
				authorId: 'wxid_me01',
				ts: '2024-05-06T08:01:00',
				kind: 'media',
				text: '图片',
				attachments: ['FileStorage\\MsgAttach\\abc\\Image\\2024-05\\x.dat'],
				sourceId: '112'
			},
			{ line: 4, author: 'wxid_lina88', authorId: 'wxid_lina88', ts: '2024-05-06T08:02:00', kind: 'text', text: 'not json at all', sourceId: '113' }
		]);
		expect(file.unparsed).toEqual([]);
		expect(file.notes.join(' ')).toContain('1 content values were not JSON');
	});

	it('pywxdump_weclone_no_room: no room_name column; the title comes from the page file name', () => {
		const file = parseFixture(pywxdumpCsv, 'pywxdump_weclone_no_room.csv', 'export/wxid_lina88_0_5000.csv');
		expect(file.conversations).toEqual([{ title: 'wxid_lina88', kind: 'direct' }]);
		expectRecords(file, [
			{ line: 2, author: 'wxid_lina88', authorId: 'wxid_lina88', ts: '2024-06-01T20:00:00', kind: 'text', text: '明天见！', sourceId: '201' },
			{ line: 3, ...wo, ts: '2024-06-01T20:01:00', kind: 'text', text: '好的, see you', sourceId: '202' },
			{ line: 4, author: 'wxid_lina88', authorId: 'wxid_lina88', ts: '2024-06-01T20:02:00', kind: 'media', text: '动画表情', sourceId: '203' }
		]);
	});
});
