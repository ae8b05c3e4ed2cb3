// The small regex readers for WeChat's XML bodies and the group sender prefix.
import { describe, expect, it } from 'vitest';
import { describe as describeBody } from '../../../src/lib/ingest/wechat/describe';
import { decodeEntities, splitSenderPrefix, stripTags, xmlAttr, xmlTag } from '../../../src/lib/ingest/wechat/xml';

describe('splitSenderPrefix', () => {
	it.each<[string, { sender: string; body: string } | null]>([
		['wxid_abc123:\n你好', { sender: 'wxid_abc123', body: '你好' }],
		['wxid_abc123:\r\n你好', { sender: 'wxid_abc123', body: '你好' }],
		['zhang_san88:\nhello', { sender: 'zhang_san88', body: 'hello' }],
		['lisi-2020:\n<msg/>', { sender: 'lisi-2020', body: '<msg/>' }],
		['Reminder:\nbring ID', null],
		['Note:\nx', null],
		['wxid_abc123: 你好', null],
		['hello wxid_abc123:\nx', null],
		['', null]
	])('%j', (content, want) => {
		expect(splitSenderPrefix(content)).toEqual(want);
	});
});

describe('XML readers', () => {
	it('xmlTag unwraps CDATA, decodes entities and takes the first tag', () => {
		expect(xmlTag('<a><title><![CDATA[A & B]]></title><title>2</title></a>', 'title')).toBe('A & B');
		expect(xmlTag('<title type="x">Q&amp;A &lt;1&gt; &#20320;&#x597D;</title>', 'title')).toBe('Q&A <1> 你好');
		expect(xmlTag('<msg/>', 'title')).toBe('');
	});

	it('xmlAttr reads double- or single-quoted attributes', () => {
		expect(xmlAttr('<location x="31.2" label=\'上海 &amp; 周边\' />', 'location', 'label')).toBe('上海 & 周边');
		expect(xmlAttr('<location x="31.2" />', 'location', 'poiname')).toBe('');
	});

	it('decodeEntities leaves unknown entities alone', () => {
		expect(decodeEntities('&nbsp;&amp;&#0;')).toBe('&nbsp;&&#0;');
	});

	it('stripTags keeps a system notice’s text', () => {
		expect(stripTags('你邀请<_wc_custom_link_ href="x">"周浩"</_wc_custom_link_>加入了群聊')).toBe('你邀请"周浩"加入了群聊');
	});
});

describe('describe (XML bodies)', () => {
	it.each([
		['typed text mentioning a recall stays text', 1, 0, '他撤回了一条消息吗？', 'text', '他撤回了一条消息吗？'],
		['revokemsg in a type-1 row is system', 1, 0, '<revokemsg>你撤回了一条消息</revokemsg>', 'system', '你撤回了一条消息'],
		[
			'10002 sysmsg revoke',
			10002,
			0,
			'<sysmsg type="revokemsg"><revokemsg><replacemsg><![CDATA[你撤回了一条消息]]></replacemsg></revokemsg></sysmsg>',
			'system',
			'你撤回了一条消息'
		],
		['voice without a transcription', 34, 0, '<msg><voicemsg voicelength="1500" /></msg>', 'media', '[voice 2s]'],
		['uploaded GIF 49/8', 49, 8, '<msg><appmsg><title>dance.gif</title><type>8</type></appmsg></msg>', 'media', 'dance.gif'],
		[
			'merged-forward record 49/19',
			49,
			19,
			'<msg><appmsg><title>群聊的聊天记录</title><des>A: hi\nB: yo</des><type>19</type></appmsg></msg>',
			'other',
			'群聊的聊天记录\nA: hi\nB: yo'
		],
		['red packet 49/2001 without a title', 49, 2001, '<msg><appmsg><type>2001</type></appmsg></msg>', 'other', '[red packet]'],
		[
			'quote of a quoted XML message',
			49,
			57,
			'<msg><appmsg><title>ok</title><refermsg><displayname>A</displayname><content>&lt;msg&gt;&lt;appmsg&gt;&lt;title&gt;doc.pdf&lt;/title&gt;&lt;/appmsg&gt;&lt;/msg&gt;</content></refermsg></appmsg></msg>',
			'text',
			'ok\n> A: doc.pdf'
		]
	])('%s', (_name, type, sub, content, kind, text) => {
		const body = describeBody(type as number, sub as number, content as string);
		expect([body.kind, body.text]).toEqual([kind, text]);
	});
});
