import type { ConversationInfo, ConversationKind, MessageKind, UnparsedLine } from '../../model/types';
import { readRecord } from './classify';
import { scanRoot, type Span } from '../json/records';
import { repairMojibake } from './mojibake';

/** One record of a thread file, read but not yet numbered. */
export interface ThreadRecord {
	/** Position in the file's `messages` array. */
	element: number;
	line: number;
	lineEnd: number;
	ms: number;
	/** UTC, `YYYY-MM-DDTHH:MM:SSZ`. */
	ts: string;
	author: string;
	authorRaw: string;
	kind: MessageKind;
	text: string;
	attachments: string[];
	raw: string;
}

/** One `message_N.json` (or a renamed single export) read into records in chronological order. */
export interface ThreadFile {
	conversation: ConversationInfo;
	/** Oldest first: the file's `messages` order reversed when the file runs newest first, as Meta writes it. */
	records: ThreadRecord[];
	/** Reasons with `path` relative to the file (`messages[12]`); the caller prefixes the entry when it merges. */
	unparsed: UnparsedLine[];
	notes: string[];
	/** `participants[]` names, repaired. */
	participants: string[];
}

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_UNPARSED_TEXT = 2000;

function clip(s: string): string {
	return s.length > MAX_UNPARSED_TEXT ? s.slice(0, MAX_UNPARSED_TEXT) + '…' : s;
}

// Chats put many records in the same minute: its `YYYY-MM-DDTHH:MM:` is formatted once.
let cachedMinute = NaN;
let cachedPrefix = '';

/** `YYYY-MM-DDTHH:MM:SSZ`, or '' when the time is out of Date's range. */
function isoSeconds(ms: number): string {
	const sec = Math.floor(ms / 1000);
	const minute = Math.floor(sec / 60);
	if (minute !== cachedMinute) {
		const d = new Date(minute * 60_000);
		if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999 || d.getUTCFullYear() < 0) return '';
		cachedPrefix = d.toISOString().slice(0, 17);
		cachedMinute = minute;
	}
	const s = sec - minute * 60;
	return cachedPrefix + (s < 10 ? '0' : '') + s + 'Z';
}

function lineCount(text: string, start: number, end: number): number {
	let n = 0;
	for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) n++;
	return n;
}

function parseSpan(text: string, span: Span | undefined): unknown {
	if (!span) return undefined;
	try {
		return JSON.parse(text.slice(span.start, span.end));
	} catch {
		return undefined;
	}
}

function names(v: unknown): string[] {
	if (!Array.isArray(v)) return [];
	const out: string[] = [];
	for (const p of v) {
		if (typeof p === 'string') out.push(p);
		else if (p !== null && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string') out.push(repairMojibake((p as { name: string }).name));
	}
	return out;
}

/** The thread folder (`inbox/<thread>_<id>`) of an entry path, '' when the file is not in one. */
export function threadFolder(path: string): string {
	const parts = path.replace(/\\/g, '/').split('/');
	return parts.length >= 2 ? parts[parts.length - 2] : '';
}

function fileTitle(path: string): string {
	return (path.split(/[\\/]/).pop() ?? '').replace(/\.json$/i, '') || 'Messenger chat';
}

function describeShape(shape: string): string {
	if (shape === 'empty') return 'the file is empty';
	if (shape === 'array') return 'found a JSON array, not a Messenger/Instagram thread object with "participants" and "messages"';
	return 'not JSON: a Messenger/Instagram thread is a JSON object with "participants" and "messages"';
}

export function readThreadFile(text: string, path: string): ThreadFile {
	const source = typeof text === 'string' ? text : '';
	const scan = scanRoot(source, 'messages');
	const unparsed: UnparsedLine[] = [];
	const notes: string[] = [];
	const records: ThreadRecord[] = [];

	if (scan.shape !== 'object') {
		unparsed.push({ line: 1, text: clip(source.slice(0, 200)), reason: describeShape(scan.shape), path: '' });
	} else if (scan.elements === null && !scan.stop) {
		const keys = [...scan.fields.keys()].slice(0, 12).join(', ');
		const reason = scan.fields.has('messages') ? '"messages" is not an array' : `JSON object without a "messages" array (keys: ${keys || 'none'})`;
		unparsed.push({ line: 1, text: clip(source.slice(0, 200)), reason, path: '' });
	}

	const participants = names(parseSpan(source, scan.fields.get('participants')));
	const rawTitle = parseSpan(source, scan.fields.get('title'));
	const threadName = parseSpan(source, scan.fields.get('threadName'));
	const threadPath = parseSpan(source, scan.fields.get('thread_path'));
	const threadType = parseSpan(source, scan.fields.get('thread_type'));

	const spans = scan.elements ?? [];
	const authorsSeen = new Set<string>();
	for (let i = 0; i < spans.length; i++) {
		const span = spans[i];
		const rawText = source.slice(span.start, span.end);
		const at = `messages[${i}]`;
		let rec: unknown;
		try {
			rec = JSON.parse(rawText);
		} catch (e) {
			unparsed.push({ line: span.line, text: clip(rawText), reason: `invalid JSON: ${(e as Error).message}`, path: at });
			continue;
		}
		if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
			unparsed.push({ line: span.line, text: clip(rawText), reason: 'a message must be a JSON object', path: at });
			continue;
		}
		const f = readRecord(rec as Record<string, unknown>, repairMojibake);
		if (!Number.isFinite(f.ms)) {
			unparsed.push({ line: span.line, text: clip(rawText), reason: 'no timestamp_ms (or timestamp) in the record', path: at });
			continue;
		}
		const ts = isoSeconds(f.ms);
		if (ts === '') {
			unparsed.push({ line: span.line, text: clip(rawText), reason: `timestamp out of range: ${f.ms}`, path: at });
			continue;
		}
		const author = f.kind === 'system' ? '' : f.authorRaw.replace(BIDI, '').trim();
		if (author !== '') authorsSeen.add(author);
		records.push({
			element: i,
			line: span.line,
			lineEnd: span.line + lineCount(source, span.start, span.end),
			ms: f.ms,
			ts,
			author,
			authorRaw: f.authorRaw,
			kind: f.kind,
			text: f.text,
			attachments: f.attachments,
			// The record object as JSON (the house form for JSON sources); Meta's strings stay as they are in the file.
			raw: JSON.stringify(rec)
		});
	}
	if (scan.stop) {
		const at = `messages[${spans.length}]`;
		const inMessages = scan.stop.reason.includes('messages');
		unparsed.push({
			line: scan.stop.line,
			text: clip(source.slice(scan.stop.offset, scan.stop.offset + 200)),
			reason: `${scan.stop.reason} (offset ${scan.stop.offset}); ${spans.length} complete records before it were kept`,
			path: inMessages ? at : ''
		});
	}

	if (records.length > 1 && records[0].ms > records[records.length - 1].ms) {
		records.reverse();
		notes.push('messages are newest first in the file; emitted oldest first (index follows time, path keeps the file position)');
	}

	const title =
		typeof rawTitle === 'string' && rawTitle !== ''
			? repairMojibake(rawTitle)
			: typeof threadName === 'string' && threadName !== ''
				? threadName
				: typeof threadPath === 'string' && threadPath !== ''
					? threadPath
					: threadFolder(path) || participants.join(', ') || fileTitle(path);
	const people = participants.length > 0 ? participants.length : authorsSeen.size;
	const kind: ConversationKind = people > 2 || threadType === 'RegularGroup' ? 'group' : 'direct';
	const conversation: ConversationInfo = { title, kind };
	if (typeof threadPath === 'string' && threadPath !== '') conversation.sourceId = threadPath;
	else if (typeof threadName === 'string' && threadName !== '') conversation.sourceId = threadName;

	return { conversation, records, unparsed, notes, participants };
}
