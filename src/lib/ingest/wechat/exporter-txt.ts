import type { FormatParser, SourceEntry } from '../format';
import type { MessageKind, ParsedFile, ParsedMessage } from '../../model/types';
import { createLineSplitter } from '../lines';
import { cleanName } from './clean';

const ID = 'wechatexporter-txt';

/** `{DisplayName} - 微信聊天记录` (Chinese build) or `- WeChat Chat History` (English). */
const TITLE = /^(.*) - (微信聊天记录|WeChat Chat History)\s*$/;
/** `{Name} ({YYYY-MM-DD HH:MM:SS}):{message}`; the first such stamp on the line ends the name. */
const MESSAGE = /^(.*?) \((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\):/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** No impossible timestamp is written: 2024-02-30 or 25:61 are refused. */
function realStamp(m: RegExpExecArray): boolean {
	const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number);
	if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo] || h > 23 || mi > 59 || s > 59) return false;
	return mo !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** System notices carry neither name nor time. */
const SYSTEM = /^(?:系统消息|System Message)[：:] ?/;

/** Placeholders the exporter writes for non-text messages, English and Chinese builds. */
const PLACEHOLDERS: [RegExp, MessageKind][] = [
	[/^\[(?:Photo|Picture|图片)\]$/, 'media'],
	[/^\[(?:Video|视频)\]$|^\((?:Video Missed|视频丢失)\)$/, 'media'],
	[/^\[(?:Emoji|表情)\]$/, 'media'],
	[/^\[(?:Audio|语音|音频)(?: [^\]]*)?\]$/, 'media'],
	[/^\[(?:File|文件)(?:[:：] ?[^\]]*)?\]$/, 'media'],
	[/^\[(?:Video\/Audio Call|视频\/语音通话)\]/, 'call'],
	[/^\[(?:Real-time Location|实时位置共享)\]/, 'location'],
	[/^\[(?:Location|位置)(?: [^\]]*)?\]/, 'location'],
	[/^\[(?:Red Packet|红包|Transfer|转账|Link|链接|Contact Card|名片)\]|^(?:Weixin Transfer|微信转账)\b/, 'other']
];

function classify(body: string): MessageKind {
	const first = body.split('\n', 1)[0].trim();
	for (const [re, kind] of PLACEHOLDERS) if (re.test(first)) return kind;
	return 'text';
}

function fileName(body: string): string[] {
	const m = /^\[(?:File|文件)[:：] ?([^\]]+)\]$/.exec(body.trim());
	return m ? [m[1].trim()] : [];
}

export function parseWechatExporterTxt(entry: SourceEntry): ParsedFile {
	const text = typeof entry?.text === 'string' ? entry.text : '';
	const path = typeof entry?.path === 'string' ? entry.path : '';
	const file: ParsedFile = { platform: 'wechat', format: ID, conversations: [], messages: [], unparsed: [], notes: [] };
	const splitter = createLineSplitter();
	const lines = splitter.push(text);
	for (const l of splitter.end()) lines.push(l);

	let title = '';
	let current: { m: ParsedMessage; lines: string[]; bodyStart: number } | null = null;
	let blanks = 0;
	let lastTs: string | null = null;
	let undatedSystem: ParsedMessage[] = [];
	let inheritedTs = 0;
	const authors = new Set<string>();
	/** Line of a header-shaped line whose date or time does not exist: its continuation lines stay apart too. */
	let orphan = 0;

	const finish = () => {
		if (!current) return;
		const m = current.m;
		m.raw = current.lines.join('\n');
		let body = m.raw.slice(current.bodyStart);
		if (m.kind === 'system') body = body.replace(SYSTEM, '');
		m.text = body;
		m.lineEnd = m.line + current.lines.length - 1;
		if (m.kind !== 'system') {
			m.kind = classify(body);
			m.attachments = fileName(body);
		}
		current = null;
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const n = i + 1;
		if (line.trim() === '') {
			if (current) blanks++;
			continue;
		}
		const head = MESSAGE.exec(line);
		if (head && !realStamp(head)) {
			finish();
			blanks = 0;
			orphan = n;
			file.unparsed.push({
				line: n,
				text: line,
				reason: 'shaped like a message header, but its date or time does not exist; kept apart, not joined to the message before it'
			});
			continue;
		}
		const sys = head ? null : SYSTEM.exec(line);
		if (head || sys) {
			orphan = 0;
			finish();
			blanks = 0;
			const message: ParsedMessage = {
				index: file.messages.length,
				conversation: 0,
				author: '',
				authorRaw: '',
				ts: '',
				kind: 'text',
				text: '',
				attachments: [],
				edited: false,
				line: n,
				lineEnd: n,
				raw: ''
			};
			if (head) {
				const [, name, y, mo, d, h, mi, s] = head;
				message.ts = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
				message.authorRaw = name;
				message.author = cleanName(name);
				if (SYSTEM.test(line.slice(head[0].length))) {
					message.kind = 'system';
					message.author = '';
				} else authors.add(message.author);
				lastTs = message.ts;
				for (const u of undatedSystem) u.ts = message.ts;
				undatedSystem = [];
			} else {
				message.kind = 'system';
				inheritedTs++;
				if (lastTs !== null) message.ts = lastTs;
				else undatedSystem.push(message);
			}
			file.messages.push(message);
			current = { m: message, lines: [line], bodyStart: head ? head[0].length : 0 };
			continue;
		}
		if (orphan > 0) {
			file.unparsed.push({ line: n, text: line, reason: `continues the unreadable header at line ${orphan}` });
			continue;
		}
		if (current) {
			for (; blanks > 0; blanks--) current.lines.push('');
			current.lines.push(line);
			continue;
		}
		const t = file.messages.length === 0 && title === '' ? TITLE.exec(line) : null;
		if (t) {
			title = t[1].trim();
			continue;
		}
		file.unparsed.push({ line: n, text: line, reason: 'before the first message' });
	}
	finish();
	if (undatedSystem.length > 0) {
		const drop = new Set(undatedSystem);
		for (const m of undatedSystem) file.unparsed.push({ line: m.line, text: m.raw, reason: 'system message without time, and no dated message in the file' });
		file.messages = file.messages.filter((m) => !drop.has(m));
		file.messages.forEach((m, i) => (m.index = i));
	}
	if (title === '') title = (path.split(/[\\/]/).pop() ?? '').replace(/\.txt$/i, '');
	// The text names no chat type: more than two speakers (the exporter and one contact) means a group.
	file.conversations.push({ title, kind: authors.size > 2 ? 'group' : 'direct' });
	file.notes.push("times are the exporting machine's local time, as written");
	if (inheritedTs > 0) file.notes.push(`${inheritedTs} system messages carry no time; they take the time of the message before them (or after, at the start)`);
	return file;
}

function sniff(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	let seen = 0;
	let hits = 0;
	let pos = sample.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (pos < sample.length && seen < 20) {
		let end = sample.indexOf('\n', pos);
		if (end === -1) end = sample.length;
		const line = sample.slice(pos, Math.min(end, pos + 4096)).replace(/\r$/, '');
		pos = end + 1;
		if (line.trim() === '') continue;
		if (seen === 0 && TITLE.test(line)) return true;
		seen++;
		if (MESSAGE.test(line)) hits++;
	}
	return hits >= 2 || (hits === 1 && seen === 1);
}

export const wechatExporterTxt: FormatParser = {
	id: ID,
	platform: 'wechat',
	label: 'WechatExporter text (BlueMatthew, iOS backups)',
	sniff(sample: string): boolean {
		try {
			return sniff(sample);
		} catch {
			return false;
		}
	},
	parse: parseWechatExporterTxt
};
