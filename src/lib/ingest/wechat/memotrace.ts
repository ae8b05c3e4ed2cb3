import type { FormatParser, SourceEntry } from '../format';
import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { cleanName } from './clean';
import { createRowStream, firstLine, headerNames, type CsvRow } from './rows';
import { RecordOutlet, type PieceParser } from '../piece-parser';
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

/** One TalkerId's conversation: who wrote in it, and whether it is a group (a chatroom, or bodies prefixed with their sender). */
interface Talk {
	index: number;
	id: string;
	contacts: Map<string, string>;
	group: boolean;
	room: string;
}

/**
 * The conversations of one file, by TalkerId (the conversation's row in WeChat's database). A file usually holds
 * one; a merged export holds several, each titled from its members, since rows carry no conversation name.
 */
class Talks {
	private readonly byId = new Map<string, Talk>();

	of(id: string): Talk {
		let t = this.byId.get(id);
		if (!t) this.byId.set(id, (t = { index: this.byId.size, id, contacts: new Map(), group: false, room: '' }));
		return t;
	}

	ids(): string[] {
		return [...this.byId.keys()];
	}

	conversations(fileTitle: string): ConversationInfo[] {
		const talks = [...this.byId.values()];
		if (talks.length === 0) talks.push(this.of(''));
		return talks.map((t) => {
			const group = t.group || t.contacts.size > 1;
			const names = [...t.contacts.values()];
			const members = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
			const fromData = group ? t.room || members : (names[0] ?? '');
			const title = talks.length === 1 ? fileTitle || fromData : fromData || `WeChat chat ${t.id}`;
			const info: ConversationInfo = { title, kind: group ? 'group' : 'direct' };
			if (group && t.room) info.sourceId = t.room;
			else if (!group && t.contacts.size === 1) info.sourceId = [...t.contacts.keys()][0];
			return info;
		});
	}
}

export function parseWeChatMsgCsv(entry: SourceEntry): ParsedFile {
	const parser = createWeChatMsgCsvStream(typeof entry?.path === 'string' ? entry.path : '');
	parser.push(typeof entry?.text === 'string' ? entry.text : '');
	return parser.end();
}

/** The same parse over text given in pieces, its records handed to `emit` as they are read (piece-parser.ts). */
export function createWeChatMsgCsvStream(path: string, emit?: (msgs: ParsedMessage[]) => void): PieceParser {
	const out = new RecordOutlet(emit);
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
		if (!usable)
			unparsed.push({
				line: row.line,
				text: row.raw.slice(0, 500),
				reason: `not a WeChatMsg/MemoTrace CSV header (missing ${missing.join(', ')})`,
				path: 'row 1'
			});
	};

	const talks = new Talks();
	const rows = createRowStream((row, r) => {
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
			unparsed.push({
				line: row.line,
				text: row.raw,
				reason: `no valid CreateTime or StrTime ("${get(f, 'CreateTime')}", "${get(f, 'StrTime')}")`,
				path: where
			});
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
		const talk = talks.of(get(f, 'TalkerId').trim());
		let content = get(f, 'StrContent');
		let authorId = get(f, 'Sender').trim();
		const nameRaw = get(f, 'Remark') || get(f, 'NickName');
		let authorRaw = nameRaw || authorId;
		const split = isSender ? null : splitSenderPrefix(content);
		if (split) {
			talk.group = true;
			content = split.body;
			// Older exports put the chatroom (or nothing) in Sender; the body's prefix names the member.
			if (!authorId || authorId.endsWith('@chatroom')) {
				authorId = split.sender;
				authorRaw = split.sender;
			}
		}
		if (authorId.endsWith('@chatroom')) {
			talk.group = true;
			talk.room ||= authorId;
		}
		const body = describe(type, Number.isInteger(subType) ? subType : 0, content);
		const system = body.kind === 'system';
		if (!isSender && !system && authorId && !authorId.endsWith('@chatroom')) talk.contacts.set(authorId, cleanName(authorRaw));
		const message: ParsedMessage = {
			index: out.count,
			conversation: talk.index,
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
		out.add(message);
	}, file.unparsed);
	return {
		push(text) {
			rows.push(text);
			out.flush();
		},
		get messages() {
			return out.count;
		},
		conversations: () => talks.conversations(titleFromPath(path)),
		end() {
			rows.end();
			out.flush();
			file.messages = out.kept;
			file.conversations.push(...talks.conversations(titleFromPath(path)));
			if (file.conversations.length > 1)
				file.notes.push(`${file.conversations.length} conversations (TalkerId ${talks.ids().join(', ')}), titled from their members`);
			file.notes.push('times from CreateTime (epoch, UTC); StrTime (exporting machine local time) only where CreateTime is missing');
			if (!col.has('MsgSvrID')) file.notes.push('no MsgSvrID column: quoted replies keep the quoted text but cannot link to the quoted message');
			return file;
		}
	};
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
