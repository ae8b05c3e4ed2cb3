import type { ConversationInfo, ConversationKind, MessageKind, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import type { SourceEntry } from '../format';
import { describeShape } from '../slack/day';
import { parseJson, scanArray, type ScannedItem } from '../json/records';
import { isStop, LineCounter, skipWs, stopAt, valueEnd, walkObject } from '../json/scan';
import { cleanName, TYPE_KIND } from './kinds';
import { discordTs } from './time';

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : undefined;
}

function urlName(url: string): string {
	const clean = url.replace(/[?#].*$/, '');
	return decodeURIComponentSafe(clean.slice(clean.lastIndexOf('/') + 1));
}

function decodeURIComponentSafe(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Bot posts often have empty `content` and everything in embeds: their titles and descriptions are the text. */
function embedText(embeds: unknown): string {
	if (!Array.isArray(embeds)) return '';
	const parts: string[] = [];
	for (const e of embeds) {
		if (!isRecord(e)) continue;
		for (const t of [str(e.title), str(e.description)]) if (t) parts.push(t);
	}
	return parts.join('\n');
}

const CHANNEL_KIND: Readonly<Record<string, ConversationKind>> = { DirectTextChat: 'direct', DirectGroupTextChat: 'group' };

export function discordConversation(guild: Rec | undefined, channel: Rec | undefined): ConversationInfo {
	const type = str(channel?.type) ?? '';
	const kind = CHANNEL_KIND[type] ?? 'channel';
	const name = str(channel?.name) ?? '';
	const guildName = str(guild?.name);
	const title = kind === 'channel' && guildName ? `${guildName} / ${name}` : name;
	const id = str(channel?.id);
	return id ? { title, kind, sourceId: id } : { title, kind };
}

/** One DiscordChatExporter message object as a canonical message, or the reason it cannot be one. */
export function discordMessage(value: unknown, at: { index: number; path: string; line: number; lineEnd: number }): ParsedMessage | string {
	if (!isRecord(value)) return `expected a message object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}`;
	const ts = discordTs(value.timestamp);
	if (ts === null) return `message without a valid "timestamp" (found ${JSON.stringify(value.timestamp) ?? 'nothing'})`;
	const type = value.type === undefined ? 'Default' : String(value.type);
	let kind: MessageKind = TYPE_KIND[type] ?? 'other';
	const attachments: string[] = [];
	if (Array.isArray(value.attachments))
		for (const a of value.attachments) {
			if (!isRecord(a)) continue;
			const name = str(a.fileName) || (str(a.url) ? urlName(a.url as string) : '');
			if (name) attachments.push(name);
		}
	const stickers = Array.isArray(value.stickers) ? value.stickers.filter(isRecord) : [];
	for (const s of stickers) attachments.push(str(s.sourceUrl) ? urlName(s.sourceUrl as string) : (str(s.name) ?? 'sticker'));
	if (attachments.length > 0 && (kind === 'text' || kind === 'other')) kind = 'media';

	const author = isRecord(value.author) ? value.author : {};
	const authorRaw = str(author.nickname) || str(author.name) || '';
	const msg: ParsedMessage = {
		index: at.index,
		conversation: 0,
		path: at.path,
		author: cleanName(authorRaw),
		authorRaw,
		ts,
		kind,
		text: str(value.content) || embedText(value.embeds),
		attachments,
		edited: typeof value.timestampEdited === 'string' && value.timestampEdited !== '',
		line: at.line,
		lineEnd: at.lineEnd,
		raw: JSON.stringify(value)
	};
	const id = value.id;
	if (typeof id === 'string' || typeof id === 'number') msg.sourceId = String(id);
	const authorId = author.id;
	if (typeof authorId === 'string' || typeof authorId === 'number') msg.authorId = String(authorId);
	const ref = isRecord(value.reference) ? value.reference.messageId : undefined;
	if (kind !== 'system' && (typeof ref === 'string' || typeof ref === 'number')) msg.replyTo = String(ref);
	return msg;
}

/** A DiscordChatExporter JSON export; a cut-off file keeps every message before the cut. */
export function parseDiscordJson(entry: SourceEntry): ParsedFile {
	const text = typeof entry?.text === 'string' ? entry.text : '';
	const path = typeof entry?.path === 'string' ? entry.path : '';
	const file: ParsedFile = { platform: 'discord', format: 'discord-json', conversations: [], messages: [], unparsed: [], notes: [] };
	const unparsed: UnparsedLine[] = file.unparsed;
	const start = skipWs(text, 0);
	if (text.charCodeAt(start) !== 123) {
		unparsed.push({ line: 1, path, text: text.slice(0, 200), reason: `expected a DiscordChatExporter JSON object, found ${describeShape(text)}` });
		return file;
	}
	const lines = new LineCounter(text);
	const parts: { guild?: Rec; channel?: Rec } = {};
	let items: ScannedItem[] | null = null;
	let messagesCut = false;
	const keys: string[] = [];
	const walked = walkObject(text, start, (key, at) => {
		keys.push(key);
		if (key === 'guild' || key === 'channel') {
			const end = valueEnd(text, at);
			if (end < 0) return undefined;
			const parsed = parseJson(text.slice(at, end));
			if (!parsed.ok) unparsed.push({ line: lines.at(at), path: key, text: text.slice(at, at + 200), reason: `"${key}" is not valid JSON: ${parsed.error}` });
			else if (isRecord(parsed.value)) parts[key] = parsed.value;
			return end;
		}
		if (key !== 'messages' || text.charCodeAt(at) !== 91) return undefined;
		const arr = scanArray(text, at, lines);
		items = arr.items;
		for (const p of arr.problems) unparsed.push({ line: p.line, path: p.index >= 0 ? `messages[${p.index}]` : 'messages', text: p.text, reason: p.message });
		messagesCut = arr.end < 0;
		return messagesCut ? stopAt(at, 'messages cut', true) : arr.end;
	});
	const stop = isStop(walked) ? walked : null;
	if (!keys.includes('guild') && !keys.includes('channel') && (keys.length > 0 || !stop)) {
		unparsed.length = 0;
		unparsed.push({
			line: 1,
			path,
			text: text.slice(0, 200),
			reason: `not a DiscordChatExporter export: an object with keys ${keys.slice(0, 8).join(', ') || '(none)'}, without guild and channel`
		});
		return file;
	}
	if (stop && !messagesCut) unparsed.push({ line: lines.at(stop.offset), path, text: '', reason: stop.reason });
	if (items === null && !stop) unparsed.push({ line: 1, path, text: '', reason: 'no "messages" array in the export' });
	file.conversations.push(discordConversation(parts.guild, parts.channel));
	if (parts.guild && str(parts.guild.name)) file.notes.push(`guild ${str(parts.guild.name)}`);
	const kept = new Map<string, { path: string; raw: string }>();
	const duplicates: string[] = [];
	for (const item of (items ?? []) as ScannedItem[]) {
		const at = `messages[${item.index}]`;
		const m = discordMessage(item.value, { index: file.messages.length, path: at, line: item.line, lineEnd: item.lineEnd });
		if (typeof m === 'string') {
			unparsed.push({ line: item.line, path: at, text: JSON.stringify(item.value)?.slice(0, 200) ?? '', reason: m });
			continue;
		}
		const first = m.sourceId === undefined ? undefined : kept.get(m.sourceId);
		if (first) {
			// Overlapping exports and partitions repeat messages: one id is one message. A copy that differs is kept as unparsed.
			duplicates.push(`${m.sourceId} (${at}, first at ${first.path})`);
			if (first.raw !== m.raw)
				unparsed.push({
					line: item.line,
					path: at,
					text: m.raw.slice(0, 2000),
					reason: `a second, different record with message id ${m.sourceId} (first at ${first.path}); the first is kept`
				});
			// The identical copy is not imported twice, but it is listed where it stands, so nothing leaves in silence.
			else
				unparsed.push({
					line: item.line,
					path: at,
					text: m.raw.slice(0, 200),
					reason: `duplicate of message id ${m.sourceId} (first at ${first.path}), identical, kept once`
				});
			continue;
		}
		if (m.sourceId !== undefined) kept.set(m.sourceId, { path: at, raw: m.raw });
		file.messages.push(m);
	}
	if (duplicates.length > 0) {
		const shown = duplicates.slice(0, 10).join(', ');
		file.notes.push(`${duplicates.length} duplicate message id${duplicates.length === 1 ? '' : 's'} kept once: ${shown}${duplicates.length > 10 ? ', …' : ''}`);
	}
	return file;
}
