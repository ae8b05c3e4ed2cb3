/**
 * signal-export's Markdown chat (`<Chat name>/chat.md`), one message per `[date] Sender: body` line:
 *   current  `[2024-09-02 19:00:03] Jonas Keller: text`      (Message.to_md, strftime `%Y-%m-%d %H:%M:%S`)
 *   older    `[2019-12-24, 12:23] Jane Doe: Hello John!`     (chat-miner's Signal fixture; merge.py still reads it)
 * Bodies continue on the following lines; reactions are appended as `(- Aya: 👍, Jim: ❤️ -)`, attachments as
 * `![name](./path)` / `[name](./path)`, missing ones as `(image not exported)`, stickers as `(( 😀 ))`, deletions as
 * `(This message was deleted)`. Local time of the exporting machine, no ids.
 */
import type { MessageKind, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import type { FormatParser } from '../format';
import { SNIFF_CHARS } from '../format';
import { createLineSplitter } from '../lines';

const HEADER = /^\[(\d{4})-(\d{2})-(\d{2})(,?) (\d{2}):(\d{2})(?::(\d{2}))?\] /;
const AUTHOR_END = ': ';
const NO_SENDER = new Set(['', 'No-Sender', 'None']);
const CALL_BODY = /^(?:Incoming|Outgoing|Missed) (?:(?:voice|video|group) )?call(?: \([^)]*\))?$/;
const DELETED_BODY = '(This message was deleted)';
const ATTACHMENT = /!?\[([^\]\n]*)\]\(\.{1,2}\/[^)\n]*\)/g;
const NOT_EXPORTED = /\((?:[\w-]+) not exported\)/;
const STICKER = /^\(\( .* \)\)$/;
const REACTIONS = /^\(- .*: .* -\)$/;
const MARKERS = /\]\(\.{1,2}\/|\(This message was deleted\)|\n\(- [^\n]*: [^\n]* -\)|\n\(\( [^\n]* \)\)|\([\w-]+ not exported\)/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `Name/chat.md` → `Name`; any other file is its own title. */
export function titleFromMarkdownPath(path: string): string {
	const parts = (typeof path === 'string' ? path : '').split(/[\\/]/).filter((p) => p !== '');
	const file = parts.pop() ?? '';
	if (/^chat\.md$/i.test(file)) return parts.pop() ?? 'Signal chat';
	const stem = file.replace(/\.(?:md|txt)$/i, '');
	return stem === '' ? 'Signal chat' : stem;
}

/**
 * Signal's Markdown and a Swedish iPhone's WhatsApp export both write `[2019-12-24 12:23:01] Name: text`. Signal
 * is chosen when every bracketed line has signal-export's zero-padded ISO date and one of its marks is there: its
 * older `[2019-12-24, 12:23]` (comma, no seconds: WhatsApp's iPhone export always writes seconds, and Android no
 * brackets), a `.md` name, or its attachment, reaction, sticker or deletion notation; and no WhatsApp mark (U+200E,
 * which WhatsApp writes on iPhones) is.
 */
export function looksLikeSignalMarkdown(sample: string, path = ''): boolean {
	if (typeof sample !== 'string') return false;
	const s = sample.length > SNIFF_CHARS ? sample.slice(0, SNIFF_CHARS) : sample;
	const lines = s.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, 400);
	let headers = 0;
	let commaWithoutSeconds = 0;
	let seen = 0;
	for (const line of lines) {
		if (line.trim() === '') continue;
		const m = HEADER.exec(line.replace(/^\ufeff+/, ''));
		if (m) {
			headers++;
			if (m[7] === undefined && m[4] === ',') commaWithoutSeconds++;
		} else if (/^[\u200e\u200f]?\[\d/.test(line)) return false;
		if (++seen >= 200) break;
	}
	if (headers === 0 || s.includes('\u200e')) return false;
	return commaWithoutSeconds > 0 || /\.md$/i.test(path) || MARKERS.test(s);
}

function realTime(m: RegExpExecArray): boolean {
	const mo = Number(m[2]);
	const d = Number(m[3]);
	if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo]) return false;
	if (mo === 2 && d === 29) {
		const y = Number(m[1]);
		if (!(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return false;
	}
	return Number(m[5]) <= 23 && Number(m[6]) <= 59 && (m[7] === undefined || Number(m[7]) <= 59);
}

interface Open {
	line: number;
	lines: string[];
	ts: string;
	authorRaw: string;
	bodyStart: number;
}

function classify(body: string): { kind: MessageKind; text: string; attachments: string[] } {
	const lines = body.split('\n');
	while (lines.length > 0 && REACTIONS.test(lines[lines.length - 1].trim())) lines.pop();
	const text = lines
		.map((l) => l.replace(/ {2}$/, ''))
		.join('\n')
		.trimEnd();
	if (text === DELETED_BODY) return { kind: 'deleted', text, attachments: [] };
	if (CALL_BODY.test(text)) return { kind: 'call', text, attachments: [] };
	const attachments: string[] = [];
	for (const m of text.matchAll(ATTACHMENT)) attachments.push(m[1]);
	const last = lines.length > 0 ? lines[lines.length - 1].trim() : '';
	const kind: MessageKind = attachments.length > 0 || NOT_EXPORTED.test(text) || STICKER.test(last) ? 'media' : 'text';
	return { kind, text, attachments };
}

/** Parses a signal-export `chat.md`. Never throws; a header-shaped line that is no timestamp is kept as unparsed. */
export function parseSignalMarkdown(input: string, path = ''): ParsedFile {
	const text = typeof input === 'string' ? input : '';
	const messages: ParsedMessage[] = [];
	const unparsed: UnparsedLine[] = [];
	const senders = new Set<string>();
	const splitter = createLineSplitter();
	const lines = splitter.push(text);
	lines.push(...splitter.end());
	let open: Open | null = null;
	let orphan = 0;

	const close = () => {
		if (open === null) return;
		const raw = open.lines.join('\n');
		let blanks = 0;
		while (blanks < open.lines.length - 1 && open.lines[open.lines.length - 1 - blanks] === '') blanks++;
		const body = open.lines
			.slice(0, open.lines.length - blanks)
			.join('\n')
			.slice(open.bodyStart);
		const author = open.authorRaw.trim();
		const system = NO_SENDER.has(author);
		const c = classify(body);
		if (!system && author !== 'Me') senders.add(author);
		messages.push({
			index: messages.length,
			author: system ? '' : author,
			authorRaw: open.authorRaw,
			ts: open.ts,
			kind: system ? 'system' : c.kind,
			text: c.text,
			attachments: c.attachments,
			edited: false,
			line: open.line,
			lineEnd: open.line + open.lines.length - 1 - blanks,
			raw
		});
		open = null;
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		// A BOM at a line start mid-file (files joined by hand) does not hide a header.
		let lead = 0;
		while (line.charCodeAt(lead) === 0xfeff) lead++;
		const m = HEADER.exec(lead > 0 ? line.slice(lead) : line);
		if (m) {
			close();
			if (!realTime(m)) {
				orphan = i + 1;
				unparsed.push({
					line: i + 1,
					text: line,
					reason: 'shaped like a message header, but its date or time does not exist; kept apart, not joined to the message before it'
				});
				continue;
			}
			orphan = 0;
			const rest = line.slice(lead + m[0].length);
			const cut = rest.indexOf(AUTHOR_END);
			const authorRaw = cut < 0 ? rest.replace(/:$/, '') : rest.slice(0, cut);
			const bodyStart = cut < 0 ? line.length : lead + m[0].length + cut + AUTHOR_END.length;
			const ts = `${m[1]}-${m[2]}-${m[3]}T${m[5]}:${m[6]}:${m[7] ?? '00'}`;
			open = { line: i + 1, lines: [line], ts, authorRaw, bodyStart };
		} else if (orphan > 0) {
			if (line.trim() !== '') unparsed.push({ line: i + 1, text: line, reason: `continues the unreadable header at line ${orphan}` });
		} else if (open !== null) {
			open.lines.push(line);
		} else if (line.trim() !== '') {
			unparsed.push({ line: i + 1, text: line, reason: 'before the first message' });
		}
	}
	close();
	const kind = senders.size > 1 ? 'group' : 'direct';
	return {
		platform: 'signal',
		format: 'signal-markdown',
		conversations: [{ title: titleFromMarkdownPath(path), kind }],
		messages,
		unparsed,
		notes: [
			`conversation kind ${kind}: ${senders.size} sender${senders.size === 1 ? '' : 's'} besides "Me"`,
			'signal-export writes local time of the exporting machine and no message ids'
		]
	};
}

export const signalMarkdown: FormatParser = {
	id: 'signal-markdown',
	platform: 'signal',
	label: 'Signal chat exported by signal-export (chat.md, Markdown)',
	sniff: (sample, path) => {
		try {
			return looksLikeSignalMarkdown(sample, path);
		} catch {
			return false;
		}
	},
	parse: (entry) => parseSignalMarkdown(entry?.text, entry?.path)
};
