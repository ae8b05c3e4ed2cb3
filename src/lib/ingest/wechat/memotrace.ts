import type { FormatParser, SourceEntry } from '../format';
import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { cleanName } from './clean';
import { firstLine, forEachCsvRow, headerNames, type CsvRow } from './csv';
import { describe } from './describe';
import { epochToUtc, localToNaive } from './time';
import { splitSenderPrefix } from './xml';

const ID = 'wechatmsg-csv';
const REQUIRED = ['Type', 'IsSender', 'StrContent'];

function looksLikeHeader(names: string[]): boolean {
	return names.includes('localId') && names.includes('StrContent') && names.includes('IsSender') && (names.includes('CreateTime') || names.includes('StrTime'));
}

/** `data/聊天记录/张三/张三_utf8.csv` → `张三`. */
function titleFromPath(path: string): string {
	const base = path.split(/[\\/]/).pop() ?? '';
	return base.replace(/\.csv$/i, '').replace(/_utf8$/i, '');
}

export function parseWeChatMsgCsv(entry: SourceEntry): ParsedFile {
	const path = typeof entry?.path === 'string' ? entry.path : '';
	const file: ParsedFile = { platform: 'wechat', format: ID, conversations: [], messages: [], unparsed: [], notes: [] };
	const unparsed: UnparsedLine[] = file.unparsed;
	let col = new Map<string, number>();
	let width = 0;
	let usable = false;
	const get = (fields: string[], name: string): string => {
		const i = col.get(name);
		return i === undefined ? '' : (fields[i] ?? '');
	};
	const readHeader = (row: CsvRow): void => {
		const header = row.fields.map((h) => h.trim());
		col = new Map(header.map((h, i) => [h, i]));
		width = header.length;
		const missing = REQUIRED.filter((r) => !col.has(r));
		if (!col.has('CreateTime') && !col.has('StrTime')) missing.push('CreateTime');
		usable = missing.length === 0;
		if (!usable) unparsed.push({ line: row.line, text: row.raw.slice(0, 500), reason: `not a WeChatMsg/MemoTrace CSV header (missing ${missing.join(', ')})`, path: 'row 1' });
	};

	const contacts = new Map<string, string>();
	let prefixed = false;
	const unterminated = forEachCsvRow(typeof entry?.text === 'string' ? entry.text : '', (row, r) => {
		if (r === 0) return readHeader(row);
		const where = `row ${r + 1}`;
		if (!usable) {
			unparsed.push({ line: row.line, text: row.raw.slice(0, 500), reason: 'no usable header', path: where });
			return;
		}
		const f = row.fields;
		if (f.length !== width) {
			unparsed.push({ line: row.line, text: row.raw, reason: `expected ${width} fields, found ${f.length}`, path: where });
			return;
		}
		const ts = epochToUtc(get(f, 'CreateTime')) ?? localToNaive(get(f, 'StrTime'));
		if (ts === null) {
			unparsed.push({ line: row.line, text: row.raw, reason: `no valid CreateTime or StrTime ("${get(f, 'CreateTime')}", "${get(f, 'StrTime')}")`, path: where });
			return;
		}
		const typeText = get(f, 'Type').trim();
		const type = Number(typeText);
		const subType = Number(get(f, 'SubType') || '0');
		if (!/^\d+$/.test(typeText)) {
			unparsed.push({ line: row.line, text: row.raw, reason: `Type is not a number ("${get(f, 'Type')}")`, path: where });
			return;
		}
		const isSender = get(f, 'IsSender').trim() === '1';
		let content = get(f, 'StrContent');
		let authorId = get(f, 'Sender').trim();
		const nameRaw = get(f, 'Remark') || get(f, 'NickName');
		let authorRaw = nameRaw || authorId;
		const split = isSender ? null : splitSenderPrefix(content);
		if (split) {
			prefixed = true;
			content = split.body;
			// Older exports put the chatroom (or nothing) in Sender; the body's prefix names the member.
			if (!authorId || authorId.endsWith('@chatroom')) {
				authorId = split.sender;
				authorRaw = split.sender;
			}
		}
		if (authorId.endsWith('@chatroom')) prefixed = true;
		const body = describe(type, Number.isInteger(subType) ? subType : 0, content);
		const system = body.kind === 'system';
		if (!isSender && !system && authorId) contacts.set(authorId, cleanName(authorRaw));
		const message: ParsedMessage = {
			index: file.messages.length,
			conversation: 0,
			path: where,
			author: system ? '' : cleanName(authorRaw),
			authorRaw,
			ts,
			kind: body.kind,
			text: body.text,
			attachments: body.attachments,
			edited: false,
			line: row.line,
			lineEnd: row.lineEnd,
			raw: row.raw
		};
		// A quote names the quoted message by server id; only where the rows carry server ids can it link.
		const serverId = get(f, 'MsgSvrID').trim();
		const localId = get(f, 'localId').trim();
		if (serverId || localId) message.sourceId = serverId || localId;
		if (authorId && !system) message.authorId = authorId;
		if (body.replyTo && serverId) message.replyTo = body.replyTo;
		file.messages.push(message);
	});
	if (unterminated) unparsed.push({ line: unterminated.line, text: unterminated.raw.slice(0, 500), reason: 'quoted field never closed (file cut off?)' });

	const group = prefixed || contacts.size > 1;
	const conversation: ConversationInfo = { title: titleFromPath(path) || (contacts.size === 1 ? [...contacts.values()][0] : ''), kind: group ? 'group' : 'direct' };
	if (!group && contacts.size === 1) conversation.sourceId = [...contacts.keys()][0];
	file.conversations.push(conversation);
	file.notes.push('times from CreateTime (epoch, UTC); StrTime (exporting machine local time) only where CreateTime is missing');
	if (!col.has('MsgSvrID')) file.notes.push('no MsgSvrID column: quoted replies keep the quoted text but cannot link to the quoted message');
	return file;
}

export const wechatMsgCsv: FormatParser = {
	id: ID,
	platform: 'wechat',
	label: 'WeChatMsg / MemoTrace CSV (…_utf8.csv)',
	sniff(sample: string): boolean {
		try {
			return looksLikeHeader(headerNames(firstLine(sample)));
		} catch {
			return false;
		}
	},
	parse: parseWeChatMsgCsv
};
