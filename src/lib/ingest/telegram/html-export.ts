/**
 * Telegram Desktop's HTML export (what tdesktop offers by default): one folder per chat with `messages.html`,
 * `messages2.html`, … of at most 1,000 records each, plus `css/`, `js/`, `images/` and the media folders; a whole
 * account export adds `export_results.html`, `lists/chats.html` and `chats/chat_NN/` folders. The parts of a chat
 * are merged in order into one conversation.
 */
import type { ConversationInfo, ConversationKind, ParsedFile, ParsedMessage } from '../../model/types';
import { findAll, findElement, hasClass, parseHtml, textOf } from '../html/tree';
import { chooseReading, formatOffset, readTime, type TimeReading } from './html-time';
import { readHtmlPart, type HtmlPart, type HtmlRecord } from './html-part';

export const PART_FILE = /(?:^|\/)messages(\d*)\.html$/i;

/** One chat's parts, any order; `number` 1 is `messages.html`. */
export interface HtmlChat {
	folder: string;
	parts: { path: string; text: string }[];
}

export function partNumber(path: string): number {
	const m = PART_FILE.exec(path.replace(/\\/g, '/'));
	return m ? (m[1] === '' ? 1 : Number(m[1])) : Number.MAX_SAFE_INTEGER;
}

function folderOf(path: string): string {
	const p = path.replace(/\\/g, '/');
	const i = p.lastIndexOf('/');
	return i < 0 ? '' : p.slice(0, i + 1);
}

/** The chats among export files: every folder holding `messagesN.html`, its parts in order. */
export function chatsOf(files: readonly { path: string; text: string }[]): HtmlChat[] {
	const byFolder = new Map<string, { path: string; text: string }[]>();
	for (const f of files) {
		if (!PART_FILE.test(f.path.replace(/\\/g, '/'))) continue;
		const folder = folderOf(f.path);
		const list = byFolder.get(folder);
		if (list) list.push(f);
		else byFolder.set(folder, [f]);
	}
	const natural = new Intl.Collator('en', { numeric: true });
	return [...byFolder.entries()]
		.sort(([a], [b]) => natural.compare(a, b))
		.map(([folder, parts]) => ({ folder, parts: parts.sort((a, b) => partNumber(a.path) - partNumber(b.path)) }));
}

const KIND: Record<string, ConversationKind> = { private: 'direct', bot: 'direct', group: 'group', channel: 'channel' };

/** `lists/chats.html` of a whole-account export: each chat folder's type (`private`, `bot`, `group`, `channel`). */
export function chatTypes(files: readonly { path: string; text: string }[]): Map<string, ConversationKind> {
	const types = new Map<string, ConversationKind>();
	for (const f of files) {
		const path = f.path.replace(/\\/g, '/');
		if (!/(?:^|\/)lists\/chats\.html$/i.test(path)) continue;
		const base = folderOf(folderOf(path).slice(0, -1));
		for (const entry of findAll(parseHtml(f.text), (e) => e.name === 'a' && hasClass(e, 'entry'))) {
			const href = (entry.attrs.href ?? '').replace(/#.*$/, '');
			const info = findElement(entry, (e) => hasClass(e, 'info'));
			const kind = KIND[info ? textOf(info).trim() : ''];
			if (!kind || !PART_FILE.test(href)) continue;
			types.set(resolve(base, folderOf(href.replace(/^(\.\.\/)+/, ''))), kind);
		}
	}
	return types;
}

function resolve(base: string, rel: string): string {
	return (base + rel).replace(/^\.\//, '');
}

const GROUP_SERVICE = /\b(?:created group|invited|removed|joined group|converted (?:this|a basic) group|changed group (?:title|photo))\b/;
const CHANNEL_SERVICE = /^(?:Channel «.*» created|Channel title changed|Channel photo (?:changed|removed))/;

/** Without lists/chats.html the HTML does not say the chat's type: channel posts are by the channel itself, groups have members' events or more than two authors. */
function guessKind(title: string, records: readonly HtmlRecord[], authors: ReadonlySet<string>): ConversationKind {
	if (records.some((r) => r.type === 'service' && CHANNEL_SERVICE.test(r.text))) return 'channel';
	if (records.some((r) => r.type === 'service' && GROUP_SERVICE.test(r.text)) || authors.size > 2) return 'group';
	if (authors.size === 1 && authors.has(title) && records.some((r) => r.type === 'default')) return 'channel';
	return 'direct';
}

export interface HtmlExportOptions {
	/** The zone chosen for the import; used when its standard offset is the one the export states. */
	timeZone?: string;
	types?: Map<string, ConversationKind>;
	now?: number;
}

interface Counts {
	untimed: number;
	orphans: number;
	notIncluded: number;
	forwarded: number;
	reactions: number;
	reacted: number;
	elsewhere: number;
}

/** Every chat of the export, each merged from its parts into one conversation. */
export function parseTelegramHtml(chats: readonly HtmlChat[], opts: HtmlExportOptions = {}): ParsedFile {
	const file: ParsedFile = { platform: 'telegram', format: 'telegram-html', conversations: [], messages: [], unparsed: [], notes: [] };
	const counts: Counts = { untimed: 0, orphans: 0, notIncluded: 0, forwarded: 0, reactions: 0, reacted: 0, elsewhere: 0 };
	const readings: string[] = [];
	for (const chat of chats) {
		const parts = chat.parts.map((p) => ({ path: p.path, number: partNumber(p.path), part: readHtmlPart(p.text, p.path) }));
		const missing = missingParts(parts.map((p) => p.number));
		if (missing.length > 0)
			file.notes.push(
				`${chat.folder || 'the chat'}: ${missing.map((n) => (n === 1 ? 'messages.html' : `messages${n}.html`)).join(', ')} not among the files: the messages in them are missing`
			);
		for (const p of parts) {
			file.unparsed.push(...p.part.unparsed);
			const cut = p.part.cut;
			if (cut)
				file.notes.push(
					cut.id !== null
						? `${p.path} is cut off inside message ${cut.id} (line ${cut.line}): that record may be incomplete, and what came after it is missing`
						: `${p.path} is cut off (it ends at line ${cut.line} with its markup open): what came after is missing`
				);
		}
		const title = parts.find((p) => p.part.title !== '')?.part.title ?? (chat.folder.replace(/\/$/, '').split('/').pop() || 'Telegram chat');
		const conversation = file.conversations.length;
		const reading = chooseReading(new Set(parts.flatMap((p) => p.part.records.filter((r) => r.time).map((r) => r.time!.offset))), opts.timeZone, opts.now);
		readings.push(
			describeReading(
				reading,
				parts.map((p) => p.part)
			)
		);
		const authors = new Set<string>();
		const emitted = assemble(parts, conversation, reading, file.messages, counts, authors);
		const info: ConversationInfo = { title, kind: opts.types?.get(chat.folder) ?? guessKind(title, emitted, authors) };
		file.conversations.push(info);
	}
	file.notes.push(...new Set(readings));
	const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
	if (chats.length > 1) file.notes.push(`${chats.length} chats`);
	if (counts.untimed > 0)
		file.notes.push(
			`${n(counts.untimed, 'service record has', 'service records have')} no time in the HTML export: each takes the time of the message before it (or after it)`
		);
	if (counts.orphans > 0)
		file.notes.push(`${n(counts.orphans, 'message repeats', 'messages repeat')} no author and follow none (the part before is missing): author left empty`);
	if (counts.notIncluded > 0) file.notes.push(`${n(counts.notIncluded, 'media file was', 'media files were')} not included in the export`);
	if (counts.forwarded > 0) file.notes.push(`${n(counts.forwarded, 'forwarded message', 'forwarded messages')} (the original author kept in raw)`);
	if (counts.elsewhere > 0) file.notes.push(`${n(counts.elsewhere, 'reply', 'replies')} to messages in other chats (not linkable)`);
	if (counts.reacted > 0) file.notes.push(`${counts.reactions} reactions on ${counts.reacted} messages (kept in each message's raw HTML)`);
	return file;
}

function missingParts(numbers: number[]): number[] {
	const have = new Set(numbers);
	const top = Math.max(0, ...numbers.filter((n) => n < Number.MAX_SAFE_INTEGER));
	const out: number[] = [];
	for (let i = 1; i < top; i++) if (!have.has(i)) out.push(i);
	return out;
}

function describeReading(reading: TimeReading, parts: HtmlPart[]): string {
	const offset = parts.flatMap((p) => p.records).find((r) => r.time?.offset !== null && r.time?.offset !== undefined)?.time?.offset;
	const stated = offset === undefined || offset === null ? '' : formatOffset(offset);
	if (reading.kind === 'zone')
		return `times: the export states ${stated}, the standard offset of the exporting computer's zone; read in ${reading.zone} (the import's time zone, same standard offset), daylight saving time included`;
	if (reading.kind === 'offset')
		return `times: read with the offset the export states (${stated}); Telegram Desktop writes the standard offset even in summer, so times in daylight saving time come out one hour late unless the import's time zone is the exporting computer's`;
	return 'times: the export states no offset: wall-clock time of the exporting computer, read in the import’s time zone';
}

function assemble(
	parts: { path: string; part: HtmlPart }[],
	conversation: number,
	reading: TimeReading,
	out: ParsedMessage[],
	counts: Counts,
	authors: Set<string>
): HtmlRecord[] {
	const start = out.length;
	const records: HtmlRecord[] = [];
	let author = '';
	let lastDay: string | null = null;
	const untimed: { at: number; day: string | null }[] = [];
	for (const { path, part } of parts) {
		for (const r of part.records) {
			if (r.type === 'day') {
				lastDay = r.day;
				continue;
			}
			records.push(r);
			if (r.type === 'default') {
				if (r.from !== null) author = r.from;
				else if (author === '') counts.orphans++;
				authors.add(author);
				if (r.notIncluded) counts.notIncluded++;
				if (r.forwarded) counts.forwarded++;
				if (r.replyElsewhere) counts.elsewhere++;
				if (r.reactions > 0) {
					counts.reacted++;
					counts.reactions += r.reactions;
				}
			}
			const message: ParsedMessage = {
				index: out.length,
				conversation,
				sourceId: r.id,
				path: `${path}#message${r.id}`,
				author: r.type === 'default' ? author : '',
				authorRaw: r.type === 'default' ? (r.from ?? author) : '',
				ts: r.time ? readTime(r.time, reading) : '',
				kind: r.kind,
				text: r.text,
				attachments: r.attachments,
				edited: false,
				line: r.line,
				lineEnd: r.lineEnd,
				raw: r.raw
			};
			if (r.replyTo !== null) message.replyTo = r.replyTo;
			if (!r.time) untimed.push({ at: out.length, day: lastDay });
			out.push(message);
		}
	}
	// Service records carry no time in the HTML: they take their neighbour's, so they stay where they happened.
	counts.untimed += untimed.length;
	for (const { at, day } of untimed) {
		let ts = '';
		for (let j = at - 1; j >= start && ts === ''; j--) ts = out[j].ts;
		for (let j = at + 1; j < out.length && ts === ''; j++) ts = out[j].ts;
		out[at].ts = ts !== '' ? ts : dayStart(day);
	}
	return records;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `23 August 2023` → `2023-08-23T00:00:00` (wall-clock), for a chat with no timed message at all. */
function dayStart(day: string | null): string {
	const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(day ?? '');
	const month = m ? MONTHS.indexOf(m[2]) + 1 : 0;
	if (!m || month === 0) return '1970-01-01T00:00:00';
	return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}T00:00:00`;
}

const MARKERS = [/class\s*=\s*["']?page_wrap\b/, /class\s*=\s*["']?message (?:default|service)\b/];

/** Telegram Desktop's export page with message blocks (by content: the file name is not asked). */
export function looksLikeTelegramHtml(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const head = sample.slice(0, 65536);
	return /<html[\s>]/i.test(head) && MARKERS.every((re) => re.test(head));
}

const EXPORT_PATH =
	/^(?:messages\d*\.html|export_results\.html|(?:css|js|images|photos|files|video_files|voice_messages|round_video_messages|stickers|contacts|lists|chats|profile_pictures|stories|userpics)\/)/i;

/**
 * The paths that belong to Telegram HTML exports among `paths`: under each chat folder (a folder holding
 * `messagesN.html`), or under the account export's root for `chats/<chat>/` folders, the files tdesktop writes.
 * Anything else (another chat export zipped alongside) is left to the other parsers.
 */
export function exportFiles(paths: readonly string[]): Set<string> {
	const roots = new Set<string>();
	for (const p of paths) {
		const path = p.replace(/\\/g, '/');
		if (!PART_FILE.test(path)) continue;
		const folder = folderOf(path);
		const account = /^(.*\/)?chats\/[^/]+\/$/.exec(folder);
		roots.add(account ? (account[1] ?? '') : folder);
	}
	const claimed = new Set<string>();
	for (const p of paths) {
		const path = p.replace(/\\/g, '/');
		for (const root of roots) {
			if (path.startsWith(root) && EXPORT_PATH.test(path.slice(root.length))) {
				claimed.add(p);
				break;
			}
		}
	}
	return claimed;
}
