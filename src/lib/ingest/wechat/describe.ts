import type { MessageKind } from '../../model/types';
import { kindForType } from './kinds';
import { decodeEntities, isXml, stripTags, xmlAttr, xmlTag } from './xml';

export interface Body {
	kind: MessageKind;
	text: string;
	attachments: string[];
	replyTo?: string;
}

const RECALL = /撤回了一条消息|recalled a message/;

function joinLines(...parts: string[]): string {
	return parts.filter((p) => p !== '').join('\n');
}

/** A quoted reply: the reply, then the quoted message on a `> name: text` line. */
function quoted(xml: string): Body {
	const refer = /<refermsg>([\s\S]*?)<\/refermsg>/.exec(xml)?.[1] ?? '';
	const title = xmlTag(xml.replace(/<refermsg>[\s\S]*?<\/refermsg>/, ''), 'title');
	const who = xmlTag(refer, 'displayname');
	let what = xmlTag(refer, 'content');
	if (isXml(what)) what = xmlTag(what, 'title') || '[…]';
	const svrid = xmlTag(refer, 'svrid');
	const body: Body = { kind: 'text', text: joinLines(title, refer ? `> ${who}: ${what}` : ''), attachments: [] };
	if (/^\d+$/.test(svrid)) body.replyTo = svrid;
	return body;
}

function appMessage(sub: number, xml: string): Body {
	const kind = kindForType(49, sub);
	if (sub === 57 || /<refermsg>/.test(xml)) return quoted(xml);
	const title = xmlTag(xml, 'title');
	if (kind === 'media') return { kind, text: title, attachments: title ? [title] : [] };
	if (sub === 2000 || sub === 2001) {
		const amount = xmlTag(xml, 'feedesc');
		const memo = xmlTag(xml, 'pay_memo');
		return { kind, text: joinLines(title || (sub === 2000 ? '[transfer]' : '[red packet]'), amount, memo), attachments: [] };
	}
	return { kind, text: joinLines(title, xmlTag(xml, 'des'), xmlTag(xml, 'url')), attachments: [] };
}

/**
 * Kind and readable text of a database-shaped message (Type, SubType, content as stored): typed text
 * as is; XML bodies reduced to their human part; recall notices of any type as system records.
 */
export function describe(type: number, subType: number, content: string): Body {
	const xml = isXml(content);
	if (type === 10000 || type === 10002 || (RECALL.test(content) && (xml || type !== 1))) {
		const notice = xmlTag(content, 'replacemsg') || xmlTag(content, 'revokemsg') || content;
		return { kind: 'system', text: /<[a-z_!]/i.test(notice) ? stripTags(notice) : notice, attachments: [] };
	}
	const kind = kindForType(type, subType);
	if (!xml) return { kind, text: content, attachments: [] };
	switch (type) {
		case 3:
			return { kind, text: '[image]', attachments: [] };
		case 34: {
			const ms = Number(xmlAttr(content, 'voicemsg', 'voicelength'));
			const trans = xmlAttr(content, 'voicetrans', 'transtext') || xmlTag(content, 'voicetrans');
			return { kind, text: joinLines(Number.isFinite(ms) && ms > 0 ? `[voice ${Math.round(ms / 1000)}s]` : '[voice]', trans), attachments: [] };
		}
		case 43:
			return { kind, text: '[video]', attachments: [] };
		case 47:
			return { kind, text: '[sticker]', attachments: [] };
		case 48: {
			const poi = xmlAttr(content, 'location', 'poiname');
			const label = xmlAttr(content, 'location', 'label');
			const x = xmlAttr(content, 'location', 'x');
			const y = xmlAttr(content, 'location', 'y');
			return { kind, text: joinLines(poi, label, x && y ? `${x},${y}` : ''), attachments: [] };
		}
		case 42: {
			const name = xmlAttr(content, 'msg', 'nickname');
			return { kind, text: name ? `[contact card] ${name}` : '[contact card]', attachments: [] };
		}
		case 50:
			return { kind, text: xmlTag(content, 'msg') || stripTags(content), attachments: [] };
		case 49:
			return appMessage(subType, content);
		default:
			return { kind, text: xmlTag(content, 'title') || decodeEntities(content), attachments: [] };
	}
}
