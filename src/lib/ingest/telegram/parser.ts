import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { parseJson, type Parsed } from '../json/records';
import { newRepairCounts, repairJsonSlice, repairNotes } from '../json/repair';
import { CUT, stopAt, valueEnd as wholeValueEnd } from '../json/scan';
import { drive, skipWs, TextWindow, valueEnd, walkArray, walkObject, type StreamVisited, type Walk } from '../json/stream-scan';
import { conversationInfo, type ChatFields } from './chat';
import { mapRecord, type RecordContext } from './message';

const SNIPPET = 64 * 1024;
const PEEK = 200;

/** A Telegram `result.json` read as it arrives: messages go to `emit` as each completes (else they are kept). */
export interface TelegramJsonStream {
	push(text: string): void;
	/** The file; its messages are empty when they were emitted. */
	end(): ParsedFile;
	/** The chats met so far (titles final once their name, type and id are read: tdesktop writes them first). */
	conversations(): ConversationInfo[];
	readonly messages: number;
	/** Characters of text held now (the record being read and the piece after it). */
	readonly held: number;
}

/**
 * Telegram Desktop `result.json`, a single chat or a whole account. Walks the JSON structure record by record
 * (each message is parsed on its own, after tdesktop's invalid escapes are repaired in it), so a damaged record
 * costs only itself and a cut-off export keeps every message before the cut.
 */
export function parseTelegramJson(input: string): ParsedFile {
	const stream = createTelegramJsonStream();
	stream.push(typeof input === 'string' ? input : '');
	return stream.end();
}

/**
 * The same parse over text given in pieces (a file of any size): it holds only the record being read. Every
 * record, problem, line and path is the one parseTelegramJson gives on the whole text.
 */
export function createTelegramJsonStream(emit?: (msgs: ParsedMessage[]) => void): TelegramJsonStream {
	const w = new TextWindow();
	const repairs = newRepairCounts();
	const kept: ParsedMessage[] = [];
	let pending: ParsedMessage[] = [];
	let count = 0;
	const unparsed: UnparsedLine[] = [];
	const notes: string[] = [];
	const chats: ChatFields[] = [];
	const counts: RecordContext['counts'] = { notIncluded: 0, forwarded: 0, deletedAuthors: 0, localDates: 0, reacted: 0, reactions: 0, rich: 0 };
	let shape = '';
	// The innermost value being read, named in the report when the walk stops there.
	let current = '';
	let cutRecorded = false;
	const stopNotes: string[] = [];

	const snippet = (start: number, end: number) => (end - start > SNIPPET ? w.slice(start, start + SNIPPET) + '…' : w.slice(start, end));
	const parse = (start: number, end: number): Parsed => parseJson(repairJsonSlice(w.slice(start, end), repairs));
	/** The text from `at` up to PEEK characters on (fewer at the end of the file). */
	function* peek(at: number): Walk<string> {
		yield* w.until(at + PEEK);
		return w.slice(at, Math.min(w.length, at + PEEK));
	}

	/** A scalar or small value of a chat (name, type, id). */
	function* field(at: number, path: string, set: (v: unknown) => void): Walk<StreamVisited> {
		current = path;
		const end = yield* valueEnd(w, at);
		if (end < 0) return undefined;
		const parsed = parse(at, end);
		if (parsed.ok) set(parsed.value);
		else unparsed.push({ line: w.lineAt(at), path, text: snippet(at, end), reason: `invalid JSON: ${parsed.error}` });
		return end;
	}

	function* message(conversation: number, at: number, path: string): Walk<StreamVisited> {
		current = path;
		const end = yield* valueEnd(w, at);
		const line = w.lineAt(at);
		if (end === CUT) {
			unparsed.push({ line, path, text: snippet(at, w.length), reason: 'file ends inside this message (truncated export)' });
			cutRecorded = true;
			return stopAt(at, `file ends inside ${path}`, true);
		}
		if (end < 0) return undefined;
		const parsed = parse(at, end);
		if (!parsed.ok) {
			unparsed.push({ line, path, text: snippet(at, end), reason: `invalid JSON: ${parsed.error}` });
			return end;
		}
		const mapped = mapRecord(parsed.value, { index: count, conversation, line, path, counts });
		if (mapped.ok) {
			mapped.message.lineEnd = w.lineAt(end - 1);
			count++;
			(emit ? pending : kept).push(mapped.message);
		} else {
			unparsed.push({ line, path, text: snippet(at, end), reason: mapped.reason });
		}
		return end;
	}

	function* messageList(conversation: number, at: number, path: string): Walk<StreamVisited> {
		if (w.code(at) !== 91) {
			// As far as the value goes within the first PEEK characters.
			const head = yield* peek(at);
			const end = wholeValueEnd(head, 0);
			unparsed.push({ line: w.lineAt(at), path, text: end > 0 ? head.slice(0, end) : head, reason: `${path} is not an array` });
			return undefined;
		}
		return yield* walkArray(
			w,
			at,
			(n, el) => message(conversation, el, `${path}[${n}]`),
			(i) => `${path}[${i}]`
		);
	}

	/** A chat object: its name/type/id are kept, its messages mapped one by one, everything else skipped. */
	function* chat(at: number, path: string): Walk<StreamVisited> {
		current = path;
		if (w.code(at) !== 123) {
			unparsed.push({ line: w.lineAt(at), path, text: yield* peek(at), reason: 'a chat must be a JSON object' });
			return undefined;
		}
		const conversation = chats.length;
		const fields: ChatFields = {};
		chats.push(fields);
		return yield* walkObject(
			w,
			at,
			function* (key, pos) {
				const p = `${path}.${key}`;
				if (key === 'messages') return yield* messageList(conversation, pos, p);
				if (key === 'name' || key === 'type' || key === 'id') return yield* field(pos, p, (v) => (fields[key] = v));
				return undefined;
			},
			path
		);
	}

	function* chatList(at: number, path: string): Walk<StreamVisited> {
		if (w.code(at) !== 123) return undefined;
		return yield* walkObject(
			w,
			at,
			function* (key, pos) {
				if (key !== 'list' || w.code(pos) !== 91) return undefined;
				return yield* walkArray(
					w,
					pos,
					(n, el) => chat(el, `${path}.list[${n}]`),
					(i) => `${path}.list[${i}]`
				);
			},
			path
		);
	}

	function* root(): Walk<void> {
		const start = yield* skipWs(w, 0);
		if (start >= w.length) {
			unparsed.push({ line: 1, path: '', text: '', reason: 'empty file' });
			return;
		}
		if (w.code(start) !== 123) {
			const found = w.code(start) === 91 ? 'a JSON array' : 'no JSON object';
			unparsed.push({ line: w.lineAt(start), path: '', text: yield* peek(start), reason: `not a Telegram export: ${found} at the top level` });
			return;
		}
		const startLine = w.lineAt(start);
		const rootFields: ChatFields = {};
		const keys: string[] = [];
		let rootIndex = -1;
		const walked = yield* walkObject(w, start, function* (key, pos) {
			keys.push(key);
			current = key;
			if (key === 'messages') {
				if (rootIndex < 0) {
					rootIndex = chats.length;
					chats.push(rootFields);
					if (shape === '') shape = 'single';
				}
				return yield* messageList(rootIndex, pos, 'messages');
			}
			if (key === 'chats' || key === 'left_chats') {
				shape = 'full';
				return yield* chatList(pos, key);
			}
			if (key === 'name' || key === 'type' || key === 'id') return yield* field(pos, key, (v) => (rootFields[key] = v));
			return undefined;
		});
		if (typeof walked === 'object') {
			const line = w.lineAt(Math.min(walked.offset, w.length));
			if (!cutRecorded) unparsed.push({ line, path: current, text: yield* peek(walked.offset), reason: walked.reason });
			stopNotes.push(
				walked.cut
					? `truncated export: ${walked.reason} (line ${line}); ${count} complete messages before the cut were kept`
					: `stopped reading: ${walked.reason} (line ${line}); ${count} messages before it were kept`
			);
			return;
		}
		if (shape === '')
			unparsed.push({
				line: startLine,
				path: '',
				text: `{ ${keys.join(', ')} }`,
				reason: 'a JSON object but not a Telegram export: no messages and no chats.list'
			});
		const rest = yield* skipWs(w, walked);
		if (rest < w.length) {
			w.release(rest);
			yield* w.until(rest + SNIPPET + 1);
			unparsed.push({ line: w.lineAt(rest), path: '', text: snippet(rest, w.length), reason: 'text after the end of the JSON' });
		}
	}

	const walk = drive(w, root());
	const flush = () => {
		if (pending.length === 0 || !emit) return;
		const out = pending;
		pending = [];
		emit(out);
	};

	return {
		push(text) {
			walk.push(text);
			flush();
		},
		get messages() {
			return count;
		},
		get held() {
			return w.held;
		},
		conversations: () => chats.map(conversationInfo),
		end() {
			walk.end();
			flush();
			notes.push(...repairNotes(repairs), ...stopNotes);
			if (shape === 'single') notes.unshift('single-chat export');
			else if (shape === 'full') notes.unshift(`full-account export: ${chats.length} chats`);
			if (counts.localDates > 0) notes.push(`${counts.localDates} messages without date_unixtime: local time of the exporting machine used`);
			if (counts.notIncluded > 0) notes.push(`${counts.notIncluded} media files were not included in the export`);
			if (counts.forwarded > 0) notes.push(`${counts.forwarded} forwarded messages (forwarded_from kept in raw)`);
			if (counts.deletedAuthors > 0) notes.push(`${counts.deletedAuthors} messages from deleted accounts (author "Deleted Account")`);
			if (counts.reacted > 0)
				notes.push(`${counts.reactions} reactions on ${counts.reacted} messages (who reacted, and when, kept in each message's raw record)`);
			if (counts.rich > 0) notes.push(`${counts.rich} rich messages (rich_message): their text read from the rich blocks`);
			return { platform: 'telegram', format: 'telegram-json', conversations: chats.map(conversationInfo), messages: kept, unparsed, notes };
		}
	};
}
