import type { ContainerParser, FormatParser } from '../format';
import { SNIFF_CHARS } from '../format';
import { chatsOf, chatTypes, exportFiles, looksLikeTelegramHtml, parseTelegramHtml, partNumber, PART_FILE } from './html-export';
import { CHAT_TYPES } from './chat';
import { parseTelegramJson } from './parser';

export { parseTelegramJson } from './parser';
export { parseTelegramHtml, looksLikeTelegramHtml } from './html-export';

const CHAT_TYPE = new RegExp(`"type"\\s*:\\s*"(?:${CHAT_TYPES.join('|')})"`);
const MESSAGES = /"messages"\s*:\s*\[/;
const ACCOUNT = /"personal_information"\s*:\s*\{/;
const TELEGRAM_MESSAGE = /"date_unixtime"\s*:\s*"\d+"|"from_id"\s*:\s*"(?:user|channel|chat)\d+"|"text_entities"\s*:\s*\[/;
const CHAT_LIST = /"chats"\s*:\s*\{\s*(?:"about"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*)?"list"\s*:\s*\[/;

/**
 * A JSON object with a Telegram chat type and a messages array, the full-account export's `personal_information`,
 * or — for exports trimmed of their chat fields — a messages array or `chats.list` whose records carry fields only
 * Telegram writes (`date_unixtime` as a string, `from_id` like `user123`, `text_entities`).
 */
export function looksLikeTelegram(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const s = sample.length > SNIFF_CHARS ? sample.slice(0, SNIFF_CHARS) : sample;
	let i = 0;
	while (i < s.length && (s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xfeff)) i++;
	if (s.charCodeAt(i) !== 123) return false;
	if (ACCOUNT.test(s) && /"about"\s*:/.test(s)) return true;
	if (CHAT_TYPE.test(s) && (MESSAGES.test(s) || TELEGRAM_MESSAGE.test(s))) return true;
	return (MESSAGES.test(s) || CHAT_LIST.test(s)) && TELEGRAM_MESSAGE.test(s);
}

export const telegramJson: FormatParser = {
	id: 'telegram-json',
	platform: 'telegram',
	label: 'Telegram Desktop JSON export (result.json, one chat or the whole account)',
	sniff: (sample) => {
		try {
			return looksLikeTelegram(sample);
		} catch {
			return false;
		}
	},
	parse: (entry) => parseTelegramJson(entry?.text)
};

/** `messages.html` (or one `messagesN.html`) of Telegram Desktop's HTML export, given on its own. */
export const telegramHtml: FormatParser = {
	id: 'telegram-html',
	platform: 'telegram',
	label: 'Telegram Desktop HTML export (messages.html, messages2.html, …)',
	sniff: (sample) => looksLikeTelegramHtml(sample),
	parse: (entry, hints) => {
		const path = typeof entry?.path === 'string' ? entry.path : '';
		const file = parseTelegramHtml([{ folder: '', parts: [{ path, text: typeof entry?.text === 'string' ? entry.text : '' }] }], { timeZone: hints?.timeZone });
		if (partNumber(path) > 1) file.notes.push(`${path} is one part of a chat: the parts before it (messages.html, …) were not given with it`);
		return file;
	}
};

/** Files of Telegram Desktop's HTML export (a zipped or dropped folder, or several parts): each chat's parts in order. */
export const telegramHtmlParts: ContainerParser = {
	id: 'telegram-html-parts',
	platform: 'telegram',
	label: 'Telegram Desktop HTML export folder (messages.html, messages2.html, … with css/, js/, photos/)',
	sniff: (entries) => {
		try {
			return Array.isArray(entries) && entries.some((e) => PART_FILE.test(String(e?.path ?? '').replace(/\\/g, '/')) && looksLikeTelegramHtml(e.sample));
		} catch {
			return false;
		}
	},
	claims: (paths) => exportFiles(paths),
	parse: (entries, hints) => {
		const files = Array.isArray(entries) ? entries.filter((e) => e && typeof e.path === 'string' && typeof e.text === 'string') : [];
		const chats = chatsOf(files.filter((f) => looksLikeTelegramHtml(f.text)));
		return parseTelegramHtml(chats, { timeZone: hints?.timeZone, types: chatTypes(files) });
	}
};
