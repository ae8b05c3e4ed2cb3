import type { ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { conversationInfo, type ChatFields } from './chat';
import { mapRecord, type RecordContext } from './message';
import { repairJsonText } from './repair';
import { CUT, createLineCounter, skipWs, valueEnd } from './scan';

const SNIPPET = 64 * 1024;

/** Stops the walk: the text ends early or stops looking like JSON. `recorded` when the unparsed entry is already written. */
class Halt {
	constructor(
		readonly pos: number,
		readonly path: string,
		readonly reason: string,
		readonly cut: boolean,
		readonly recorded = false
	) {}
}

function snippet(text: string, start: number, end: number): string {
	return end - start > SNIPPET ? text.slice(start, start + SNIPPET) + '…' : text.slice(start, end);
}

function join(path: string, key: string): string {
	return path === '' ? key : `${path}.${key}`;
}

/**
 * Telegram Desktop `result.json`, a single chat or a whole account. Walks the JSON structure record by record
 * (each message is JSON.parse'd on its own), so a damaged record costs only itself and a cut-off export keeps
 * every message before the cut.
 */
export function parseTelegramJson(input: string): ParsedFile {
	const repaired = repairJsonText(typeof input === 'string' ? input : '');
	const text = repaired.text;
	const len = text.length;
	const lineAt = createLineCounter(text);
	const messages: ParsedMessage[] = [];
	const unparsed: UnparsedLine[] = [];
	const notes: string[] = [...repaired.notes];
	const chats: ChatFields[] = [];
	const counts: RecordContext['counts'] = { notIncluded: 0, forwarded: 0, deletedAuthors: 0, localDates: 0 };
	let shape = '';

	function halt(pos: number, path: string, reason: string, cut: boolean): never {
		throw new Halt(pos, path, reason, cut);
	}

	function skip(pos: number, path: string): number {
		const end = valueEnd(text, pos);
		if (end === CUT) halt(pos, path, `file ends inside ${path}`, true);
		if (end < 0) halt(pos, path, `no JSON value at ${path}`, false);
		return end;
	}

	function read(pos: number, path: string): { value: unknown; end: number } {
		const end = skip(pos, path);
		try {
			return { value: JSON.parse(text.slice(pos, end)), end };
		} catch (e) {
			unparsed.push({ line: lineAt(pos), path, text: snippet(text, pos, end), reason: `invalid JSON: ${(e as Error).message}` });
			return { value: undefined, end };
		}
	}

	/** Visits each member of the object at `pos` ('{'); `visit` returns where its value ends. Returns the end of the object. */
	function members(pos: number, path: string, visit: (key: string, at: number, path: string) => number): number {
		let i = skipWs(text, pos + 1);
		if (text.charCodeAt(i) === 125) return i + 1;
		for (;;) {
			if (i >= len) halt(i, path, `file ends inside ${path || 'the top-level object'}`, true);
			if (text.charCodeAt(i) !== 34) halt(i, path, `expected a key in ${path || 'the top-level object'}`, false);
			const { value: key, end } = read(i, path);
			if (typeof key !== 'string') halt(i, path, `unreadable key in ${path || 'the top-level object'}`, false);
			i = skipWs(text, end);
			if (i >= len) halt(i, path, `file ends inside ${path || 'the top-level object'}`, true);
			if (text.charCodeAt(i) !== 58) halt(i, path, `expected ':' after key "${key}"`, false);
			i = skipWs(text, i + 1);
			const memberPath = join(path, key);
			if (i >= len) halt(i, memberPath, `file ends at ${memberPath}`, true);
			i = skipWs(text, visit(key, i, memberPath));
			const c = text.charCodeAt(i);
			if (c === 44) i = skipWs(text, i + 1);
			else if (c === 125) return i + 1;
			else if (i >= len) halt(i, memberPath, `file ends after ${memberPath}`, true);
			else halt(i, memberPath, `expected ',' or '}' after ${memberPath}`, false);
		}
	}

	function elements(pos: number, path: string, visit: (n: number, at: number, path: string) => number): number {
		if (text.charCodeAt(pos) !== 91) {
			const end = skip(pos, path);
			unparsed.push({ line: lineAt(pos), path, text: snippet(text, pos, Math.min(end, pos + 200)), reason: `${path} is not an array` });
			return end;
		}
		let i = skipWs(text, pos + 1);
		if (text.charCodeAt(i) === 93) return i + 1;
		for (let n = 0; ; n++) {
			const elPath = `${path}[${n}]`;
			if (i >= len) halt(i, elPath, `file ends before ${elPath}`, true);
			i = skipWs(text, visit(n, i, elPath));
			const c = text.charCodeAt(i);
			if (c === 44) i = skipWs(text, i + 1);
			else if (c === 93) return i + 1;
			else if (i >= len) halt(i, elPath, `file ends after ${elPath}`, true);
			else halt(i, elPath, `expected ',' or ']' after ${elPath}`, false);
		}
	}

	function message(conversation: number, at: number, path: string): number {
		const end = valueEnd(text, at);
		const line = lineAt(at);
		if (end === CUT) {
			unparsed.push({ line, path, text: snippet(text, at, len), reason: 'file ends inside this message (truncated export)' });
			throw new Halt(at, path, `file ends inside ${path}`, true, true);
		}
		if (end < 0) halt(at, path, `no JSON value at ${path}`, false);
		let record: unknown;
		try {
			record = JSON.parse(text.slice(at, end));
		} catch (e) {
			unparsed.push({ line, path, text: snippet(text, at, end), reason: `invalid JSON: ${(e as Error).message}` });
			return end;
		}
		const mapped = mapRecord(record, { index: messages.length, conversation, line, path, counts });
		if (mapped.ok) {
			mapped.message.lineEnd = lineAt(end - 1);
			messages.push(mapped.message);
		} else {
			unparsed.push({ line, path, text: snippet(text, at, end), reason: mapped.reason });
		}
		return end;
	}

	/** A chat object: its name/type/id are kept, its messages mapped one by one, everything else skipped. */
	function chat(at: number, path: string, fields: ChatFields): number {
		if (text.charCodeAt(at) !== 123) {
			unparsed.push({ line: lineAt(at), path, text: snippet(text, at, Math.min(len, at + 200)), reason: 'a chat must be a JSON object' });
			return skip(at, path);
		}
		const conversation = chats.length;
		chats.push(fields);
		return members(at, path, (key, pos, p) => {
			if (key === 'messages') return elements(pos, p, (_n, el, elPath) => message(conversation, el, elPath));
			if (key === 'name' || key === 'type' || key === 'id') {
				const { value, end } = read(pos, p);
				fields[key] = value;
				return end;
			}
			return skip(pos, p);
		});
	}

	function chatList(at: number, path: string): number {
		if (text.charCodeAt(at) !== 123) return skip(at, path);
		return members(at, path, (key, pos, p) =>
			key === 'list' ? elements(pos, p, (_n, el, elPath) => chat(el, elPath, {})) : skip(pos, p)
		);
	}

	const start = skipWs(text, 0);
	try {
		if (start >= len) {
			unparsed.push({ line: 1, path: '', text: '', reason: 'empty file' });
		} else if (text.charCodeAt(start) !== 123) {
			const found = text.charCodeAt(start) === 91 ? 'a JSON array' : 'no JSON object';
			unparsed.push({ line: lineAt(start), path: '', text: snippet(text, start, Math.min(len, start + 200)), reason: `not a Telegram export: ${found} at the top level` });
		} else {
			const root: ChatFields = {};
			const keys: string[] = [];
			let rootIsChat = false;
			let rootIndex = 0;
			const end = members(start, '', (key, pos, p) => {
				keys.push(key);
				if (key === 'messages') {
					if (!rootIsChat) {
						rootIsChat = true;
						rootIndex = chats.length;
						chats.push(root);
						if (shape === '') shape = 'single';
					}
					return elements(pos, p, (_n, el, elPath) => message(rootIndex, el, elPath));
				}
				if (key === 'chats' || key === 'left_chats') {
					shape = 'full';
					return chatList(pos, p);
				}
				if (key === 'name' || key === 'type' || key === 'id') {
					const { value, end: e } = read(pos, p);
					root[key] = value;
					return e;
				}
				return skip(pos, p);
			});
			if (shape === '') {
				unparsed.push({ line: lineAt(start), path: '', text: `{ ${keys.join(', ')} }`, reason: 'a JSON object but not a Telegram export: no messages and no chats.list' });
			}
			const rest = skipWs(text, end);
			if (rest < len) {
				unparsed.push({ line: lineAt(rest), path: '', text: snippet(text, rest, len), reason: 'text after the end of the JSON' });
			}
		}
	} catch (e) {
		if (!(e instanceof Halt)) {
			// A bug or a pathological input (stack, memory): keep what was parsed and say so.
			unparsed.push({ line: 0, path: '', text: '', reason: `parse stopped: ${(e as Error)?.message ?? String(e)}` });
		} else {
			if (!e.recorded) {
				unparsed.push({ line: lineAt(Math.min(e.pos, len)), path: e.path, text: snippet(text, e.pos, Math.min(len, e.pos + 200)), reason: e.reason });
			}
			notes.push(
				e.cut
					? `truncated export: ${e.reason} (line ${lineAt(Math.min(e.pos, len))}); ${messages.length} complete messages before the cut were kept`
					: `stopped reading: ${e.reason} (line ${lineAt(Math.min(e.pos, len))}); ${messages.length} messages before it were kept`
			);
		}
	}

	if (shape === 'single') notes.unshift('single-chat export');
	else if (shape === 'full') notes.unshift(`full-account export: ${chats.length} chats`);
	if (counts.localDates > 0) notes.push(`${counts.localDates} messages without date_unixtime: local time of the exporting machine used`);
	if (counts.notIncluded > 0) notes.push(`${counts.notIncluded} media files were not included in the export`);
	if (counts.forwarded > 0) notes.push(`${counts.forwarded} forwarded messages (forwarded_from kept in raw)`);
	if (counts.deletedAuthors > 0) notes.push(`${counts.deletedAuthors} messages from deleted accounts (author "Deleted Account")`);
	return { platform: 'telegram', format: 'telegram-json', conversations: chats.map(conversationInfo), messages, unparsed, notes };
}
