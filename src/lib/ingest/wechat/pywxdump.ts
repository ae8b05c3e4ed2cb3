import type { FormatParser, SourceEntry } from '../format';
import type { ConversationInfo, ParsedFile, ParsedMessage } from '../../model/types';
import { cleanName } from './clean';
import { createRowStream, firstLine, headerNames, type CsvRow } from './rows';
import { RecordOutlet, type PieceParser } from '../piece-parser';
import { kindForLabel } from './kinds';
import { epochToUtc, localToNaive } from './time';
import { isXml, stripTags, xmlTag } from './xml';

const ID = 'pywxdump-csv';

/**
 * Both PyWxDump headers: current `id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime`,
 * older `…,room_name,content,CreateTime` with `content` a JSON string `{"src": …, "msg": …}`; and the
 * WeFlow/WeClone variant without `room_name`.
 */
function looksLikeHeader(names: string[]): boolean {
	return (
		names.includes('MsgSvrID') &&
		names.includes('type_name') &&
		names.includes('is_sender') &&
		names.includes('talker') &&
		(names.includes('msg') || names.includes('content'))
	);
}

/** `wxid_abc_0_5000.csv` → `wxid_abc`. */
function titleFromPath(path: string): string {
	const base = path.split(/[\\/]/).pop() ?? '';
	return base.replace(/\.csv$/i, '').replace(/_\d+_\d+$/, '');
}

const SELF = new Set(['我', 'me', 'Me']);
const SYSTEM_TALKERS = new Set(['系统', 'system']);

export function parsePyWxDumpCsv(entry: SourceEntry): ParsedFile {
	const parser = createPyWxDumpCsvStream(typeof entry?.path === 'string' ? entry.path : '');
	parser.push(typeof entry?.text === 'string' ? entry.text : '');
	return parser.end();
}

/** The same parse over text given in pieces, its records handed to `emit` as they are read (piece-parser.ts). */
export function createPyWxDumpCsvStream(path: string, emit?: (msgs: ParsedMessage[]) => void): PieceParser {
	const out = new RecordOutlet(emit);
	const file: ParsedFile = { platform: 'wechat', format: ID, conversations: [], messages: [], unparsed: [], notes: [] };
	let col = new Map<string, number>();
	let width = 0;
	let usable = false;
	let legacy = false;
	let hasRoom = false;
	const readHeader = (row: CsvRow): void => {
		const header = row.fields.map((h) => h.trim());
		col = new Map(header.map((h, i) => [h, i]));
		width = header.length;
		usable = looksLikeHeader(header);
		legacy = !col.has('msg') && col.has('content');
		hasRoom = col.has('room_name');
		if (!usable)
			file.unparsed.push({
				line: row.line,
				text: row.raw.slice(0, 500),
				reason: 'not a PyWxDump CSV header (needs MsgSvrID, type_name, is_sender, talker, msg or content)',
				path: 'row 1'
			});
	};
	const get = (fields: string[], name: string): string => {
		const i = col.get(name);
		return i === undefined ? '' : (fields[i] ?? '');
	};
	const conversations = new Map<string, number>();
	const conversationOf = (room: string): number => {
		let i = conversations.get(room);
		if (i === undefined) {
			i = file.conversations.length;
			conversations.set(room, i);
			const info: ConversationInfo = { title: room || titleFromPath(path), kind: room.endsWith('@chatroom') ? 'group' : 'direct' };
			if (room) info.sourceId = room;
			file.conversations.push(info);
		}
		return i;
	};
	const talkers = new Map<number, Set<string>>();
	let legacyBad = 0;
	let excelTimes = 0;

	const rows = createRowStream((row, r) => {
		if (r === 0) return readHeader(row);
		const where = `row ${r + 1}`;
		if (!usable) {
			file.unparsed.push({ line: row.line, text: row.raw.slice(0, 500), reason: 'no usable header', path: where });
			return;
		}
		const f = row.fields;
		if (f.length !== width) {
			file.unparsed.push({ line: row.line, text: row.raw, reason: `expected ${width} fields, found ${f.length}`, path: where });
			return;
		}
		const created = get(f, 'CreateTime');
		const ts = epochToUtc(created) ?? localToNaive(created);
		if (ts === null) {
			file.unparsed.push({ line: row.line, text: row.raw, reason: `CreateTime is not a time ("${created}")`, path: where });
			return;
		}
		if (/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}$/.test(created.trim())) excelTimes++;
		let text = get(f, 'msg');
		let src = get(f, 'src');
		if (legacy) {
			const content = get(f, 'content');
			try {
				const parsed: unknown = JSON.parse(content);
				if (parsed && typeof parsed === 'object') {
					const o = parsed as Record<string, unknown>;
					text = typeof o.msg === 'string' ? o.msg : '';
					src = typeof o.src === 'string' ? o.src : '';
				} else text = content;
			} catch {
				text = content;
				legacyBad++;
			}
		}
		const label = get(f, 'type_name');
		const talker = get(f, 'talker').trim();
		const isSender = get(f, 'is_sender').trim() === '1';
		let kind = kindForLabel(label) ?? 'other';
		if (SYSTEM_TALKERS.has(talker)) kind = 'system';
		if (isXml(text)) text = xmlTag(text, 'replacemsg') || xmlTag(text, 'revokemsg') || (kind === 'system' ? stripTags(text) : text);
		if (/撤回了一条消息/.test(text) && kind !== 'text') kind = 'system';
		const system = kind === 'system';
		const conversation = conversationOf(hasRoom ? get(f, 'room_name').trim() : '');
		const message: ParsedMessage = {
			index: out.count,
			conversation,
			path: where,
			author: system ? '' : cleanName(talker),
			authorRaw: talker,
			ts,
			kind,
			text,
			attachments: src.trim() ? [src.trim()] : [],
			edited: false,
			line: row.line,
			lineEnd: row.lineEnd,
			raw: row.raw
		};
		const svr = get(f, 'MsgSvrID').trim();
		if (svr) message.sourceId = svr;
		if (!system && talker && !SELF.has(talker)) message.authorId = talker;
		if (!system && !isSender && talker) {
			let set = talkers.get(conversation);
			if (!set) talkers.set(conversation, (set = new Set()));
			set.add(talker);
		}
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
		conversations: () => file.conversations,
		end() {
			rows.end();
			out.flush();
			file.messages = out.kept;
			if (file.conversations.length === 0) conversationOf('');
			// Without a chatroom id, a conversation with more than one other sender is a group.
			for (const [i, set] of talkers) if (set.size > 1) file.conversations[i].kind = 'group';
			if (!usable) return file;
			file.notes.push(
				legacy
					? 'older PyWxDump layout: content column holds {"src","msg"} JSON'
					: hasRoom
						? 'PyWxDump layout with msg and src columns'
						: 'WeFlow/WeClone layout without room_name'
			);
			file.notes.push('CreateTime is local time as written (naive)');
			if (excelTimes > 0) file.notes.push(`${excelTimes} CreateTime values re-saved by a spreadsheet (YYYY/M/D H:MM, seconds lost)`);
			if (legacyBad > 0) file.notes.push(`${legacyBad} content values were not JSON; kept as text`);
			return file;
		}
	};
}

export const pywxdumpCsv: FormatParser = {
	id: ID,
	platform: 'wechat',
	label: 'PyWxDump CSV (msg/src or legacy content columns)',
	sniff(sample: string): boolean {
		try {
			return looksLikeHeader(headerNames(firstLine(sample)));
		} catch {
			return false;
		}
	},
	parse: parsePyWxDumpCsv
};
