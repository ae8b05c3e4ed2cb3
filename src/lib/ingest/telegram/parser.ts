import type { ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { parseJson, type Parsed } from '../json/records';
import { newRepairCounts, repairJsonSlice, repairNotes } from '../json/repair';
import { CUT, isStop, LineCounter, skipWs, stopAt, valueEnd, walkArray, walkObject, type Visited } from '../json/scan';
import { conversationInfo, type ChatFields } from './chat';
import { mapRecord, type RecordContext } from './message';

const SNIPPET = 64 * 1024;

/**
 * Telegram Desktop `result.json`, a single chat or a whole account. Walks the JSON structure record by record
 * (each message is parsed on its own, after tdesktop's invalid escapes are repaired in it), so a damaged record
 * costs only itself and a cut-off export keeps every message before the cut.
 */
export function parseTelegramJson(input: string): ParsedFile {
	const text = typeof input === 'string' ? input : '';
	const len = text.length;
	const lines = new LineCounter(text);
	const repairs = newRepairCounts();
	const messages: ParsedMessage[] = [];
	const unparsed: UnparsedLine[] = [];
	const notes: string[] = [];
	const chats: ChatFields[] = [];
	const counts: RecordContext['counts'] = { notIncluded: 0, forwarded: 0, deletedAuthors: 0, localDates: 0, reacted: 0, reactions: 0, rich: 0 };
	let shape = '';
	// The innermost value being read, named in the report when the walk stops there.
	let current = '';
	let cutRecorded = false;
	const stopNotes: string[] = [];

	const snippet = (start: number, end: number) => (end - start > SNIPPET ? text.slice(start, start + SNIPPET) + '…' : text.slice(start, end));
	const parse = (start: number, end: number): Parsed => parseJson(repairJsonSlice(text.slice(start, end), repairs));

	/** A scalar or small value of a chat (name, type, id). */
	function field(at: number, path: string, set: (v: unknown) => void): Visited {
		current = path;
		const end = valueEnd(text, at);
		if (end < 0) return undefined;
		const parsed = parse(at, end);
		if (parsed.ok) set(parsed.value);
		else unparsed.push({ line: lines.at(at), path, text: snippet(at, end), reason: `invalid JSON: ${parsed.error}` });
		return end;
	}

	function message(conversation: number, at: number, path: string): Visited {
		current = path;
		const end = valueEnd(text, at);
		const line = lines.at(at);
		if (end === CUT) {
			unparsed.push({ line, path, text: snippet(at, len), reason: 'file ends inside this message (truncated export)' });
			cutRecorded = true;
			return stopAt(at, `file ends inside ${path}`, true);
		}
		if (end < 0) return undefined;
		const parsed = parse(at, end);
		if (!parsed.ok) {
			unparsed.push({ line, path, text: snippet(at, end), reason: `invalid JSON: ${parsed.error}` });
			return end;
		}
		const mapped = mapRecord(parsed.value, { index: messages.length, conversation, line, path, counts });
		if (mapped.ok) {
			mapped.message.lineEnd = lines.at(end - 1);
			messages.push(mapped.message);
		} else {
			unparsed.push({ line, path, text: snippet(at, end), reason: mapped.reason });
		}
		return end;
	}

	function messageList(conversation: number, at: number, path: string): Visited {
		if (text.charCodeAt(at) !== 91) {
			const end = valueEnd(text, at);
			unparsed.push({ line: lines.at(at), path, text: snippet(at, Math.min(end < 0 ? len : end, at + 200)), reason: `${path} is not an array` });
			return undefined;
		}
		return walkArray(
			text,
			at,
			(n, el) => message(conversation, el, `${path}[${n}]`),
			(i) => `${path}[${i}]`
		);
	}

	/** A chat object: its name/type/id are kept, its messages mapped one by one, everything else skipped. */
	function chat(at: number, path: string): Visited {
		current = path;
		if (text.charCodeAt(at) !== 123) {
			unparsed.push({ line: lines.at(at), path, text: snippet(at, Math.min(len, at + 200)), reason: 'a chat must be a JSON object' });
			return undefined;
		}
		const conversation = chats.length;
		const fields: ChatFields = {};
		chats.push(fields);
		return walkObject(
			text,
			at,
			(key, pos) => {
				const p = `${path}.${key}`;
				if (key === 'messages') return messageList(conversation, pos, p);
				if (key === 'name' || key === 'type' || key === 'id') return field(pos, p, (v) => (fields[key] = v));
				return undefined;
			},
			path
		);
	}

	function chatList(at: number, path: string): Visited {
		if (text.charCodeAt(at) !== 123) return undefined;
		return walkObject(
			text,
			at,
			(key, pos) =>
				key === 'list' && text.charCodeAt(pos) === 91
					? walkArray(
							text,
							pos,
							(n, el) => chat(el, `${path}.list[${n}]`),
							(i) => `${path}.list[${i}]`
						)
					: undefined,
			path
		);
	}

	const start = skipWs(text, 0);
	if (start >= len) {
		unparsed.push({ line: 1, path: '', text: '', reason: 'empty file' });
	} else if (text.charCodeAt(start) !== 123) {
		const found = text.charCodeAt(start) === 91 ? 'a JSON array' : 'no JSON object';
		unparsed.push({
			line: lines.at(start),
			path: '',
			text: snippet(start, Math.min(len, start + 200)),
			reason: `not a Telegram export: ${found} at the top level`
		});
	} else {
		const root: ChatFields = {};
		const keys: string[] = [];
		let rootIndex = -1;
		const walked = walkObject(text, start, (key, pos) => {
			keys.push(key);
			current = key;
			if (key === 'messages') {
				if (rootIndex < 0) {
					rootIndex = chats.length;
					chats.push(root);
					if (shape === '') shape = 'single';
				}
				return messageList(rootIndex, pos, 'messages');
			}
			if (key === 'chats' || key === 'left_chats') {
				shape = 'full';
				return chatList(pos, key);
			}
			if (key === 'name' || key === 'type' || key === 'id') return field(pos, key, (v) => (root[key] = v));
			return undefined;
		});
		if (isStop(walked)) {
			const line = lines.at(Math.min(walked.offset, len));
			if (!cutRecorded) unparsed.push({ line, path: current, text: snippet(walked.offset, Math.min(len, walked.offset + 200)), reason: walked.reason });
			stopNotes.push(
				walked.cut
					? `truncated export: ${walked.reason} (line ${line}); ${messages.length} complete messages before the cut were kept`
					: `stopped reading: ${walked.reason} (line ${line}); ${messages.length} messages before it were kept`
			);
		} else {
			if (shape === '')
				unparsed.push({
					line: lines.at(start),
					path: '',
					text: `{ ${keys.join(', ')} }`,
					reason: 'a JSON object but not a Telegram export: no messages and no chats.list'
				});
			const rest = skipWs(text, walked);
			if (rest < len) unparsed.push({ line: lines.at(rest), path: '', text: snippet(rest, len), reason: 'text after the end of the JSON' });
		}
	}

	notes.push(...repairNotes(repairs), ...stopNotes);
	if (shape === 'single') notes.unshift('single-chat export');
	else if (shape === 'full') notes.unshift(`full-account export: ${chats.length} chats`);
	if (counts.localDates > 0) notes.push(`${counts.localDates} messages without date_unixtime: local time of the exporting machine used`);
	if (counts.notIncluded > 0) notes.push(`${counts.notIncluded} media files were not included in the export`);
	if (counts.forwarded > 0) notes.push(`${counts.forwarded} forwarded messages (forwarded_from kept in raw)`);
	if (counts.deletedAuthors > 0) notes.push(`${counts.deletedAuthors} messages from deleted accounts (author "Deleted Account")`);
	if (counts.reacted > 0) notes.push(`${counts.reactions} reactions on ${counts.reacted} messages (who reacted, and when, kept in each message's raw record)`);
	if (counts.rich > 0) notes.push(`${counts.rich} rich messages (rich_message): their text read from the rich blocks`);
	return { platform: 'telegram', format: 'telegram-json', conversations: chats.map(conversationInfo), messages, unparsed, notes };
}
