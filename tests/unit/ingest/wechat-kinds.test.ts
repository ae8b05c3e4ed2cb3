// The WeChat Type/SubType table (formats-and-anchors §B2.2) and the exporters' Chinese labels, one case per entry.
import { describe, expect, it } from 'vitest';
import { kindForLabel, kindForType } from '../../../src/lib/ingest/wechat/index';
import type { MessageKind } from '../../../src/lib/model/types';

describe('kindForType', () => {
	it.each<[number, number, MessageKind, string]>([
		[1, 0, 'text', 'text'],
		[3, 0, 'media', 'image'],
		[34, 0, 'media', 'voice'],
		[37, 0, 'other', 'friend request'],
		[42, 0, 'other', 'contact card'],
		[43, 0, 'media', 'video'],
		[47, 0, 'media', 'sticker'],
		[48, 0, 'location', 'location'],
		[49, 0, 'media', 'file (variant)'],
		[49, 1, 'text', 'text-like app message'],
		[49, 3, 'other', 'music share'],
		[49, 4, 'other', 'video share'],
		[49, 5, 'other', 'link card'],
		[49, 6, 'media', 'file'],
		[49, 8, 'media', 'uploaded GIF'],
		[49, 17, 'location', 'live location sharing'],
		[49, 19, 'other', 'merged-forward chat record'],
		[49, 24, 'other', 'note'],
		[49, 33, 'other', 'mini-program'],
		[49, 36, 'other', 'mini-program'],
		[49, 51, 'other', 'Channels video'],
		[49, 53, 'other', 'group sign-up list'],
		[49, 57, 'text', 'quoted reply'],
		[49, 63, 'other', 'Channels live'],
		[49, 74, 'media', 'file (variant)'],
		[49, 76, 'other', 'music share'],
		[49, 87, 'other', 'group announcement'],
		[49, 88, 'other', 'Channels live'],
		[49, 2000, 'other', 'transfer'],
		[49, 2001, 'other', 'red packet'],
		[49, 2003, 'other', 'red-packet cover'],
		[50, 0, 'call', 'voice/video call'],
		[65, 0, 'other', 'WeCom greeting'],
		[66, 0, 'other', 'WeCom add friend'],
		[10000, 0, 'system', 'system notice'],
		[10000, 4, 'system', 'pat'],
		[10000, 57, 'system', 'recall variant'],
		[10000, 8000, 'system', 'group invite'],
		[10002, 0, 'system', 'revoke/sysmsg XML'],
		[11000, 0, 'other', 'unknown'],
		[99999, 0, 'other', 'never seen']
	])('%i/%i → %s (%s)', (type, sub, kind) => {
		expect(kindForType(type, sub)).toBe(kind);
	});
});

describe('kindForLabel', () => {
	it.each<[string, MessageKind | null]>([
		['文本', 'text'],
		['文本消息', 'text'],
		['引用回复', 'text'],
		['引用消息', 'text'],
		['图片', 'media'],
		['图片消息', 'media'],
		['语音', 'media'],
		['语音消息', 'media'],
		['视频', 'media'],
		['视频消息', 'media'],
		['动画表情', 'media'],
		['文件', 'media'],
		['文件消息', 'media'],
		['位置', 'location'],
		['位置消息', 'location'],
		['共享实时位置', 'location'],
		['语音通话', 'call'],
		['视频通话', 'call'],
		['系统通知', 'system'],
		['系统消息', 'system'],
		['拍一拍', 'system'],
		['邀请加群', 'system'],
		['消息撤回1', 'system'],
		['(分享)卡片式链接', 'other'],
		['卡片式链接', 'other'],
		['图文消息', 'other'],
		['合并转发的聊天记录', 'other'],
		['转账', 'other'],
		['名片消息', 'other'],
		['视频号', 'other'],
		['未知', 'other'],
		['', null]
	])('%s → %s', (label, kind) => {
		expect(kindForLabel(label)).toBe(kind);
	});
});
