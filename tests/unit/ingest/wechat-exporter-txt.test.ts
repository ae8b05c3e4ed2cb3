// Hand-written expectations for the BlueMatthew/WechatExporter text fixtures.
import { describe, expect, it } from 'vitest';
import { wechatExporterTxt } from '../../../src/lib/ingest/wechat/index';
import { expectRecords, parseFixture } from '../../fixtures/wechat/expect';

describe('WechatExporter TXT', () => {
	it('wechatexporter_zh_direct: Chinese build, placeholders, quote block, untimed system line, blank line inside a message', () => {
		const file = parseFixture(wechatExporterTxt, 'wechatexporter_zh_direct.txt');
		expect(file.format).toBe('wechatexporter-txt');
		expect(file.conversations).toEqual([{ title: '李娜', kind: 'direct' }]);
		expect(file.unparsed).toEqual([]);
		expectRecords(file, [
			{ line: 3, author: '李娜', ts: '2024-02-10T09:00:00', kind: 'text', text: '新年快乐！🧧 恭喜发财～' },
			{ line: 4, author: '我', ts: '2024-02-10T09:01:00', kind: 'text', text: '同乐同乐！' },
			{ line: 5, author: '我', ts: '2024-02-10T09:02:00', kind: 'media', text: '[图片]' },
			{ line: 6, author: '李娜', ts: '2024-02-10T09:03:00', kind: 'media', text: '[语音 3秒]' },
			{ line: 7, lineEnd: 9, author: '李娜', ts: '2024-02-10T09:04:00', kind: 'text', text: '「我：同乐同乐！」\n- - - - - - - - - - - - - - -\n哈哈，明天见' },
			{ line: 10, author: '', ts: '2024-02-10T09:04:00', kind: 'system', text: '你撤回了一条消息' },
			{ line: 11, author: '我', ts: '2024-02-10T09:06:00', kind: 'call', text: '[视频/语音通话]' },
			{ line: 12, author: '我', ts: '2024-02-10T09:07:00', kind: 'location', text: '[位置 (31.23,121.47]) 人民广场]' },
			{ line: 13, author: '李娜', ts: '2024-02-10T09:08:00', kind: 'media', text: '[文件: 报价单.xlsx]', attachments: ['报价单.xlsx'] },
			{ line: 14, lineEnd: 16, author: '李娜', ts: '2024-02-10T09:09:00', kind: 'text', text: '第一行\n\n第三行，中间有空行' },
			{ line: 18, author: '我', ts: '2024-02-10T09:10:00', kind: 'other', text: '[转账]' },
			{ line: 19, author: '我', ts: '2024-02-10T09:11:00', kind: 'text', text: 'Q1 report - 腾讯文档' }
		]);
		expect(file.messages[4].raw).toBe('李娜 (2024-02-10 09:04:00):「我：同乐同乐！」\n- - - - - - - - - - - - - - -\n哈哈，明天见');
	});

	it('wechatexporter_en_group: English build, CRLF, a system line before any time, a stamp-like text inside a body', () => {
		const file = parseFixture(wechatExporterTxt, 'wechatexporter_en_group.txt');
		expect(file.conversations).toEqual([{ title: 'Project Falcon', kind: 'group' }]);
		expectRecords(file, [
			{ line: 3, author: '', ts: '2024-04-02T10:00:00', kind: 'system', text: 'Anna Schmidt invited Wei Zhang and Carlos Ruiz to the group chat' },
			{ line: 4, author: 'Anna Schmidt', ts: '2024-04-02T10:00:00', kind: 'text', text: 'Kick-off at 11, agenda attached.' },
			{ line: 5, author: 'Anna Schmidt', ts: '2024-04-02T10:00:30', kind: 'media', text: '[File: agenda_v3.pdf]', attachments: ['agenda_v3.pdf'] },
			{ line: 6, author: 'Wei Zhang', ts: '2024-04-02T10:01:00', kind: 'media', text: '[Photo]' },
			{ line: 7, author: 'Carlos Ruiz', ts: '2024-04-02T10:02:00', kind: 'text', text: 'Perfecto, ¡allí estaré!' },
			{ line: 8, author: 'Wei Zhang', ts: '2024-04-02T10:03:00', kind: 'other', text: 'Weixin Transfer ¥50.00' },
			{ line: 9, author: 'Anna Schmidt', ts: '2024-04-02T10:04:00', kind: 'call', text: '[Video/Audio Call]' },
			{ line: 10, author: 'Carlos Ruiz', ts: '2024-04-02T10:05:00', kind: 'location', text: '[Real-time Location]' },
			{ line: 11, author: 'Wei Zhang', ts: '2024-04-02T10:06:00', kind: 'text', text: 'Design review (v2) - Tencent Docs' },
			{ line: 12, author: '', ts: '2024-04-02T10:06:00', kind: 'system', text: 'Carlos Ruiz recalled a message' },
			{ line: 13, author: 'Anna Schmidt', ts: '2024-04-02T10:07:00', kind: 'text', text: 'Is the 3 (2024-04-02 10:00:00): thing a problem?' }
		]);
		expect(file.notes.join(' ')).toContain('2 system messages carry no time');
	});

	it('wechatexporter_no_header_leading_junk: junk before the first message is unparsed; title from the file name', () => {
		const file = parseFixture(wechatExporterTxt, 'wechatexporter_no_header_leading_junk.txt', 'chats/Ana.txt');
		expect(file.conversations).toEqual([{ title: 'Ana', kind: 'direct' }]);
		expect(file.unparsed).toEqual([{ line: 1, text: '--- copied from backup ---', reason: 'before the first message' }]);
		expectRecords(file, [
			{ line: 2, author: 'Ana', ts: '2024-01-01T10:00:00', kind: 'text', text: 'hi' },
			{ line: 3, author: 'Bo', ts: '2024-01-01T10:01:00', kind: 'text', text: 'hey' }
		]);
	});

	it('a file of only untimed system lines reports them instead of inventing a time', () => {
		const file = wechatExporterTxt.parse({ path: 'x.txt', text: 'X - WeChat Chat History\n\nSystem Message: a\nSystem Message: b\n' });
		expect(file.messages).toEqual([]);
		expect(file.unparsed.map((u) => u.line)).toEqual([3, 4]);
	});
});
