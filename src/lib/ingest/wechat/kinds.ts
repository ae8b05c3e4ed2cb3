import type { MessageKind } from '../../model/types';

/**
 * WeChat's MSG.Type / SubType codes (formats-and-anchors §B2.2) to our kinds. Link cards, mini-programs,
 * music and Channels shares, transfers, red packets, contact cards and merged-forward records are `other`:
 * they are not typed text, but their text carries the title, description and URL, so search and the risk
 * rules still see them. Recall notices are `system`, not `deleted`: WeChat shows a grey notice in their place.
 */
export function kindForType(type: number, subType: number): MessageKind {
	switch (type) {
		case 1:
			return 'text';
		case 3: // image
		case 34: // voice
		case 43: // video
		case 47: // sticker
			return 'media';
		case 48:
			return 'location';
		case 50:
			return 'call';
		case 10000:
		case 10002:
			return 'system';
		case 49:
			switch (subType) {
				case 1: // text-like app message
				case 57: // quoted reply
					return 'text';
				case 0:
				case 6:
				case 74: // files
				case 8: // uploaded GIF
					return 'media';
				case 17: // live location sharing
					return 'location';
				default:
					return 'other';
			}
		default:
			// 37 friend request, 42 contact card, 65/66 WeCom greetings, 11000 unknown, and codes not yet seen.
			return 'other';
	}
}

const LABELS: [string, MessageKind][] = [
	['文本', 'text'],
	['引用', 'text'],
	['图片', 'media'],
	['语音通话', 'call'],
	['视频通话', 'call'],
	['音视频通话', 'call'],
	['通话', 'call'],
	['语音', 'media'],
	['视频号', 'other'],
	['视频', 'media'],
	['动画表情', 'media'],
	['表情', 'media'],
	['文件', 'media'],
	['实时位置', 'location'],
	['共享实时位置', 'location'],
	['位置', 'location'],
	['系统', 'system'],
	['拍一拍', 'system'],
	['邀请加群', 'system'],
	['消息撤回', 'system'],
	['撤回', 'system']
];

/**
 * The Chinese type labels PyWxDump (`type_name`) and WeFlow (`type`) write: `文本`, `文本消息`, `图片`,
 * `语音消息`, `动画表情`, `位置`, `消息撤回1`… Matched by prefix in table order, so `语音通话` is a call and
 * `语音` media. Anything else (`(分享)卡片式链接`, `合并转发的聊天记录`, `转账`, `名片`, `未知`) is `other`.
 */
export function kindForLabel(label: string): MessageKind | null {
	const l = label.trim().replace(/^\(分享\)/, '');
	if (l === '') return null;
	for (const [prefix, kind] of LABELS) if (l.startsWith(prefix)) return kind;
	return 'other';
}
