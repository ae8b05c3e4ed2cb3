import type { FormatParser, SourceEntry } from '../format';
import type { ConversationInfo, MessageKind, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { cleanName } from './clean';
import { describe } from './describe';
import { CUT, isStop, stopAt, type Stop } from '../json/scan';
import { drive, skipWs, TextWindow, valueEnd, walkArray, walkObject, type StreamVisited, type Walk } from '../json/stream-scan';
import { RecordOutlet, type PieceParser } from '../piece-parser';
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
	const parser = createWeFlowJsonStream(typeof entry?.path === 'string' ? entry.path : '');
	parser.push(typeof entry?.text === 'string' ? entry.text : '');
	return parser.end();
}

/** One element of `messages`, as a record or as the problem it is. */
function weflowRecord(raw: string, index: number, where: string, line: number, lineEnd: number): ParsedMessage | UnparsedLine {
	const value = parseSlice(raw, 0, raw.length);
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		return { line, text: raw.slice(0, 500), reason: value === undefined ? 'malformed JSON record' : 'record is not an object', path: where };
	}
	const m = value as Record<string, unknown>;
	const ts = epochToUtc(m.createTime) ?? localToNaive(m.formattedTime);
	if (ts === null) return { line, text: raw.slice(0, 500), reason: 'no valid createTime or formattedTime', path: where };
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
		index,
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
		lineEnd,
		raw
	};
	// A quote names the quoted message by server id; records with only a localId cannot link to it.
	const serverId = str(m.serverId) || str(m.msgSvrId) || str(m.svrId);
	const id = serverId || str(m.localId);
	if (id) message.sourceId = id;
	if (!system && authorId) message.authorId = authorId;
	if (replyTo && serverId) message.replyTo = replyTo;
	return message;
}

const OPENING = 200;
const SHAPE_HEAD = 4096;

/**
 * The same parse over text given in pieces (an export of any size is never one string): each element of
 * `messages` is parsed on its own and handed to `emit` once read; only the element being read is held. Records
 * wait until the export has said it is one (its `weflow` or `session` member, which WeFlow writes first).
 */
export function createWeFlowJsonStream(path: string, emit?: (msgs: ParsedMessage[]) => void): PieceParser {
	const w = new TextWindow();
	const out = new RecordOutlet(emit);
	const problems: UnparsedLine[] = [];
	// Members whose value was read whole, in first-seen order (the first `messages` array is walked, not kept).
	const fields = new Set<string>();
	let session: unknown = undefined;
	let shape: 'empty' | 'object' | 'array' | 'other' = 'empty';
	let elements: number | null = null;
	let stop: (Stop & { line: number; text: string }) | null = null;
	let opening = '';
	let namedInHead = false;
	let waiting: ParsedMessage[] = [];
	let made = 0;
	const vouched = () => fields.has('weflow') || fields.has('session');

	function* element(n: number, el: number): Walk<StreamVisited> {
		const end = yield* valueEnd(w, el);
		if (end === CUT) return stopAt(el, `the file ends inside messages[${n}] (cut off?)`, true);
		// An empty element (`,,`) keeps its place, so the records after it keep their index.
		const to = end < 0 ? el : end;
		elements = n + 1;
		const line = w.lineAt(el);
		const got = weflowRecord(w.slice(el, to), made, `messages[${n}]`, line, w.lineAt(to));
		if ('index' in got) {
			made++;
			if (vouched()) out.add(got);
			else waiting.push(got);
		} else problems.push(got);
		return to;
	}

	function* root(): Walk<void> {
		yield* w.until(SHAPE_HEAD);
		opening = w.slice(0, OPENING);
		namedInHead = /"weflow"\s*:/.test(w.slice(0, SHAPE_HEAD));
		const start = yield* skipWs(w, 0);
		if (start >= w.length) return;
		const first = w.code(start);
		shape = first === 123 ? 'object' : first === 91 ? 'array' : 'other';
		if (shape !== 'object') return;
		const walked = yield* walkObject(w, start, function* (key, at) {
			if (key === 'messages' && w.code(at) === 91 && elements === null) {
				elements = 0;
				return yield* walkArray(w, at, element, (i) => `messages[${i}]`);
			}
			const end = yield* valueEnd(w, at);
			if (end < 0) return undefined;
			fields.add(key);
			if (key === 'session') session = parseSlice(w.slice(at, end), 0, end - at);
			if (vouched()) release();
			return end;
		});
		if (isStop(walked)) {
			yield* w.until(walked.offset + OPENING);
			stop = { ...walked, line: w.lineAt(walked.offset), text: w.slice(walked.offset, walked.offset + OPENING) };
		}
	}

	/** Records read before the export said it is one go on now, in order. */
	function release(): void {
		for (const m of waiting) out.add(m);
		waiting = [];
	}

	const walk = drive(w, root());
	return {
		push(text) {
			walk.push(text);
			out.flush();
		},
		get messages() {
			return out.count;
		},
		conversations: () => [conversationFrom(session, path)],
		end(): ParsedFile {
			walk.end();
			const file: ParsedFile = { platform: 'wechat', format: ID, conversations: [conversationFrom(session, path)], messages: [], unparsed: [], notes: [] };
			const shaped = vouched() || (stop !== null && namedInHead);
			if (shape !== 'object' || !shaped || (elements === null && stop === null)) {
				const found =
					shape === 'empty'
						? 'an empty file'
						: shape === 'array'
							? 'a JSON array'
							: shape === 'other'
								? 'not JSON'
								: `an object with keys ${[...fields, ...(elements !== null ? ['messages'] : [])].slice(0, 10).join(', ') || '(none)'}`;
				file.unparsed.push({
					line: 1,
					text: opening,
					reason: `not a WeFlow export: expected an object with "weflow", "session" and "messages", found ${found}`
				});
				return file;
			}
			release();
			out.flush();
			file.messages = out.kept;
			file.unparsed.push(...problems);
			const s = stop as (Stop & { line: number; text: string }) | null;
			if (s) {
				file.unparsed.push({
					line: s.line,
					text: s.text,
					reason: `${s.reason}; ${elements ?? 0} complete records before it were kept`,
					path: `messages[${elements ?? 0}]`
				});
			}
			file.notes.push('times from createTime (epoch, UTC); formattedTime only where createTime is missing');
			return file;
		}
	};
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
