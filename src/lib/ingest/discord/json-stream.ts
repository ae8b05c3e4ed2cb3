import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import type { PieceParser } from '../piece-parser';
import { describeShape } from '../slack/day';
import { excerpt, parseJson } from '../json/records';
import { CUT, stopAt, type Stop } from '../json/scan';
import { drive, skipWs, TextWindow, valueEnd, walkArray, walkObject, type StreamVisited, type Walk } from '../json/stream-scan';
import { discordConversation, discordMessage } from './json';

type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const HEAD = 200;

/**
 * A DiscordChatExporter JSON read as it arrives (a channel export of any size is never one string): each message
 * is parsed on its own and handed to `emit` once read, and only the record being read is held. Records, problems,
 * lines, paths and notes are those parseDiscordJson gives on the whole text. Messages are handed on once the
 * export has said it is one (its `guild` or `channel` come first, as the exporter writes them); before that they wait.
 */
export function createDiscordJsonStream(path: string, emit?: (msgs: ParsedMessage[]) => void): PieceParser & { readonly held: number } {
	const w = new TextWindow();
	// Problems of the walk (guild, channel, the messages array) and of the records, in the order the whole parse lists them.
	const walkProblems: UnparsedLine[] = [];
	const recordProblems: UnparsedLine[] = [];
	const parts: { guild?: Rec; channel?: Rec } = {};
	const keys: string[] = [];
	const kept: ParsedMessage[] = [];
	let waiting: ParsedMessage[] = [];
	let count = 0;
	let sawMessages = false;
	let messagesCut = false;
	let refused: UnparsedLine | null = null;
	let stop: Stop | null = null;
	let stopLine = 0;
	// One message id is one message: the first place and a hash of each id's record (not the record itself, so the
	// memory per message is a map entry and two numbers).
	const slotById = new Map<string, number>();
	const firstIndex: number[] = [];
	const firstHash: number[] = [];
	const duplicates: string[] = [];
	let inside = -1;

	const vouched = () => keys.includes('guild') || keys.includes('channel');

	function keep(m: ParsedMessage): void {
		count++;
		if (emit) waiting.push(m);
		else kept.push(m);
	}

	function record(value: unknown, index: number, line: number, lineEnd: number): void {
		const at = `messages[${index}]`;
		const m = discordMessage(value, { index: count, path: at, line, lineEnd });
		if (typeof m === 'string') {
			recordProblems.push({ line, path: at, text: JSON.stringify(value)?.slice(0, 200) ?? '', reason: m });
			return;
		}
		const slot = m.sourceId === undefined ? undefined : slotById.get(m.sourceId);
		if (slot !== undefined) {
			const firstPath = `messages[${firstIndex[slot]}]`;
			duplicates.push(`${m.sourceId} (${at}, first at ${firstPath})`);
			if (firstHash[slot] !== rawHash(m.raw))
				recordProblems.push({
					line,
					path: at,
					text: m.raw.slice(0, 2000),
					reason: `a second, different record with message id ${m.sourceId} (first at ${firstPath}); the first is kept`
				});
			else
				recordProblems.push({
					line,
					path: at,
					text: m.raw.slice(0, 200),
					reason: `duplicate of message id ${m.sourceId} (first at ${firstPath}), identical, kept once`
				});
			return;
		}
		if (m.sourceId !== undefined) {
			slotById.set(m.sourceId, firstIndex.length);
			firstIndex.push(index);
			firstHash.push(rawHash(m.raw));
		}
		keep(m);
	}

	function* element(index: number, at: number): Walk<StreamVisited> {
		const end = yield* valueEnd(w, at);
		if (end === CUT) {
			inside = index;
			return stopAt(at, `the file ends inside element ${index} (cut off?)`, true);
		}
		const stopsAt = end < 0 ? at : end;
		const line = w.lineAt(at);
		const slice = w.slice(at, stopsAt);
		const parsed = parseJson(slice);
		if (parsed.ok) record(parsed.value, index, line, w.lineAt(end - 1));
		else walkProblems.push({ line, path: `messages[${index}]`, text: excerpt(slice, 0), reason: `element ${index} is not valid JSON: ${parsed.error}` });
		return stopsAt;
	}

	function* messages(at: number): Walk<StreamVisited> {
		sawMessages = true;
		const walked = yield* walkArray(w, at, element, (i) => `element ${i}`);
		if (typeof walked === 'number') return walked;
		yield* w.until(walked.offset + HEAD);
		walkProblems.push({
			line: w.lineAt(walked.offset),
			path: inside >= 0 ? `messages[${inside}]` : 'messages',
			text: w.slice(walked.offset, walked.offset + HEAD),
			reason: walked.reason
		});
		messagesCut = true;
		return stopAt(at, 'messages cut', true);
	}

	function* part(key: 'guild' | 'channel', at: number): Walk<StreamVisited> {
		const end = yield* valueEnd(w, at);
		if (end < 0) return undefined;
		const parsed = parseJson(w.slice(at, end));
		if (!parsed.ok) {
			yield* w.until(at + HEAD);
			walkProblems.push({ line: w.lineAt(at), path: key, text: w.slice(at, at + HEAD), reason: `"${key}" is not valid JSON: ${parsed.error}` });
		} else if (isRecord(parsed.value)) parts[key] = parsed.value;
		return end;
	}

	function* root(): Walk<void> {
		// A refusal quotes the first characters: taken before the walk lets them go.
		yield* w.until(HEAD);
		const opening = w.slice(0, HEAD);
		const start = yield* skipWs(w, 0);
		if (start >= w.length || w.code(start) !== 123) {
			yield* w.until(Math.max(HEAD, start + 2000));
			const head = w.slice(0, w.length);
			refused = { line: 1, path, text: head.slice(0, HEAD), reason: `expected a DiscordChatExporter JSON object, found ${describeShape(head)}` };
			return;
		}
		const walked = yield* walkObject(w, start, function* (key, at) {
			keys.push(key);
			if (key === 'guild' || key === 'channel') return yield* part(key, at);
			if (key !== 'messages' || w.code(at) !== 91) return undefined;
			return yield* messages(at);
		});
		if (typeof walked === 'object') {
			stop = walked;
			stopLine = w.lineAt(walked.offset);
		}
		if (!vouched() && (keys.length > 0 || !stop)) {
			refused = {
				line: 1,
				path,
				text: opening,
				reason: `not a DiscordChatExporter export: an object with keys ${keys.slice(0, 8).join(', ') || '(none)'}, without guild and channel`
			};
		}
	}

	const walk = drive(w, root());
	const flush = () => {
		if (!emit || waiting.length === 0 || !vouched()) return;
		const out = waiting;
		waiting = [];
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
		/** Characters of text held now (the record being read and the piece after it). */
		get held() {
			return w.held;
		},
		conversations: () => [discordConversation(parts.guild, parts.channel)] as ConversationInfo[],
		end(): ParsedFile {
			walk.end();
			const file: ParsedFile = { platform: 'discord', format: 'discord-json', conversations: [], messages: [], unparsed: [], notes: [] };
			if (refused) {
				waiting = [];
				count = 0;
				file.unparsed.push(refused);
				return file;
			}
			flush();
			file.unparsed.push(...walkProblems);
			if (stop && !messagesCut) file.unparsed.push({ line: stopLine, path, text: '', reason: stop.reason });
			if (!sawMessages && !stop) file.unparsed.push({ line: 1, path, text: '', reason: 'no "messages" array in the export' });
			file.unparsed.push(...recordProblems);
			file.conversations.push(discordConversation(parts.guild, parts.channel));
			const guildName = parts.guild?.name;
			if (typeof guildName === 'string' && guildName) file.notes.push(`guild ${guildName}`);
			if (duplicates.length > 0) {
				const shown = duplicates.slice(0, 10).join(', ');
				file.notes.push(
					`${duplicates.length} duplicate message id${duplicates.length === 1 ? '' : 's'} kept once: ${shown}${duplicates.length > 10 ? ', …' : ''}`
				);
			}
			file.messages = kept;
			return file;
		}
	};
}

/** cyrb53, a 53-bit hash of a record, to tell an identical repeat from a different one without keeping it. */
function rawHash(s: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
