import type { FormatParser, SourceEntry } from '../format';
import type { ConversationInfo, MessageKind, ParsedFile, ParsedMessage } from '../../model/types';
import { cleanName } from './clean';
import { describe } from './describe';
import { scanRoot } from '../json/records';
import { LineCounter } from '../json/scan';
import { kindForLabel } from './kinds';
import { epochToUtc, localToNaive } from './time';
import { isXml, splitSenderPrefix } from './xml';

const ID = 'weflow-json';

function str(v: unknown): string {
	return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function parseSlice(text: string, start: number, end: number): unknown {
	try {
		return JSON.parse(text.slice(start, end));
	} catch {
		return undefined;
	}
}

function conversationFrom(session: unknown, path: string): ConversationInfo {
	const s = session && typeof session === 'object' && !Array.isArray(session) ? (session as Record<string, unknown>) : {};
	const wxid = str(s.wxid);
	const title = str(s.displayName) || str(s.remark) || str(s.nickname) || wxid || (path.split(/[\\/]/).pop() ?? '').replace(/\.json$/i, '');
	const type = str(s.type);
	const info: ConversationInfo = { title, kind: type === '群聊' || wxid.endsWith('@chatroom') ? 'group' : 'direct' };
	if (wxid) info.sourceId = wxid;
	return info;
}

/** Low 32 bits of WeChat 4.x's 64-bit `local_type` are the type, the high bits the sub-type. */
function splitLocalType(v: unknown): { type: number; sub: number } | null {
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return null;
	return { type: v % 2 ** 32, sub: Math.floor(v / 2 ** 32) };
}

export function parseWeFlowJson(entry: SourceEntry): ParsedFile {
	const text = typeof entry?.text === 'string' ? entry.text : '';
	const path = typeof entry?.path === 'string' ? entry.path : '';
	const file: ParsedFile = { platform: 'wechat', format: ID, conversations: [], messages: [], unparsed: [], notes: [] };
	const lines = new LineCounter(text);
	const scan = scanRoot(text, 'messages', lines);
	const sessionSpan = scan.fields.get('session');
	const session = sessionSpan ? parseSlice(text, sessionSpan.start, sessionSpan.end) : undefined;
	const conversation = conversationFrom(session, path);
	file.conversations.push(conversation);

	const shaped = scan.fields.has('weflow') || scan.fields.has('session') || (scan.stop !== null && /"weflow"\s*:/.test(text.slice(0, 4096)));
	if (scan.shape !== 'object' || !shaped || (scan.elements === null && scan.stop === null)) {
		const found =
			scan.shape === 'empty'
				? 'an empty file'
				: scan.shape === 'array'
					? 'a JSON array'
					: scan.shape === 'other'
						? 'not JSON'
						: `an object with keys ${[...scan.fields.keys(), ...(scan.elements ? ['messages'] : [])].slice(0, 10).join(', ') || '(none)'}`;
		file.unparsed.push({
			line: 1,
			text: text.slice(0, 200),
			reason: `not a WeFlow export: expected an object with "weflow", "session" and "messages", found ${found}`
		});
		return file;
	}

	const elements = scan.elements ?? [];
	for (let i = 0; i < elements.length; i++) {
		const { start, end, line } = elements[i];
		const where = `messages[${i}]`;
		const value = parseSlice(text, start, end);
		const raw = text.slice(start, end);
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			file.unparsed.push({ line, text: raw.slice(0, 500), reason: value === undefined ? 'malformed JSON record' : 'record is not an object', path: where });
			continue;
		}
		const m = value as Record<string, unknown>;
		const ts = epochToUtc(m.createTime) ?? localToNaive(m.formattedTime);
		if (ts === null) {
			file.unparsed.push({ line, text: raw.slice(0, 500), reason: 'no valid createTime or formattedTime', path: where });
			continue;
		}
		let content = str(m.content);
		let authorId = str(m.senderUsername);
		let authorRaw = str(m.senderDisplayName) || authorId;
		const split = splitSenderPrefix(content);
		if (split) {
			content = split.body;
			if (!authorId) {
				authorId = split.sender;
				authorRaw = authorRaw || split.sender;
			}
		}
		// Some builds write `type` as the numeric code rather than a Chinese label.
		const numericType = typeof m.type === 'number' ? splitLocalType(m.type) : null;
		const label = numericType ? null : kindForLabel(str(m.type));
		const codes = numericType ?? splitLocalType(m.localType);
		let kind: MessageKind = label ?? (codes ? describe(codes.type, codes.sub, content).kind : 'other');
		let body = content;
		let attachments: string[] = [];
		let replyTo: string | undefined;
		if (isXml(content) || /撤回了一条消息/.test(content)) {
			const d = describe(codes?.type ?? (kind === 'system' ? 10000 : 49), codes?.sub ?? 0, content);
			body = d.text;
			attachments = d.attachments;
			replyTo = d.replyTo;
			if (d.kind === 'system') kind = 'system';
		}
		if (m.isSend === null && kind !== 'call') kind = 'system';
		const system = kind === 'system';
		const message: ParsedMessage = {
			index: file.messages.length,
			conversation: 0,
			path: where,
			author: system ? '' : cleanName(authorRaw),
			authorRaw,
			ts,
			kind,
			text: body,
			attachments,
			edited: false,
			line,
			lineEnd: lines.at(end),
			raw
		};
		// A quote names the quoted message by server id; records with only a localId cannot link to it.
		const serverId = str(m.serverId) || str(m.msgSvrId) || str(m.svrId);
		const id = serverId || str(m.localId);
		if (id) message.sourceId = id;
		if (!system && authorId) message.authorId = authorId;
		if (replyTo && serverId) message.replyTo = replyTo;
		file.messages.push(message);
	}
	if (scan.stop) {
		file.unparsed.push({
			line: scan.stop.line,
			text: text.slice(scan.stop.offset, scan.stop.offset + 200),
			reason: `${scan.stop.reason}; ${elements.length} complete records before it were kept`,
			path: `messages[${elements.length}]`
		});
	}
	file.notes.push('times from createTime (epoch, UTC); formattedTime only where createTime is missing');
	return file;
}

export const weflowJson: FormatParser = {
	id: ID,
	platform: 'wechat',
	label: 'WeFlow JSON (per-chat export)',
	sniff(sample: string): boolean {
		try {
			if (typeof sample !== 'string') return false;
			const head = sample.slice(0, 65536);
			return /^\ufeff?\s*\{/.test(head) && /"weflow"\s*:\s*\{/.test(head) && (/"session"\s*:/.test(head) || /"messages"\s*:/.test(head));
		} catch {
			return false;
		}
	},
	parse: parseWeFlowJson
};
