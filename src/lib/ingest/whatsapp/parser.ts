import type { ConversationKind, ParsedMessage, UnparsedLine } from '../../model/types';
import { classifyBody, hasSystemPhrase, isGroupEvent, stripBidi, type BodyInfo } from './classify';
import type { DateOrder, DateOrderInference } from './date-order';
import { newHeaderScan, scanHeader } from './header';
import { createTimestamper } from './timestamp';

export interface WhatsAppParserOptions {
	order: DateOrder;
	/** The chat's name; on iOS the group itself is the author of generated lines. */
	conversationTitle: string;
	/** Sees every header as it is parsed, so a caller can infer the date order in the same pass. */
	observer?: DateOrderInference;
}

export interface WhatsAppParseEnd {
	/** Only the record still open when end() was called (0 or 1); earlier ones came from pushLines. */
	messages: ParsedMessage[];
	/** Every line that could not be placed, over the whole parse. */
	unparsed: UnparsedLine[];
	format: string;
	kind: ConversationKind;
}

/**
 * Where a batch of lines sits in a text held in memory (`starts` from createLineSplitter), so that multi-line
 * records can share that text instead of copying their lines into a new string.
 */
export interface LineOffsets {
	source: string;
	starts: number[];
}

export interface WhatsAppParser {
	/** The date order timestamps are read with. */
	readonly order: DateOrder;
	/** Returns the records completed by these lines; the last record stays open until the next header or end(). */
	pushLines(lines: string[], offsets?: LineOffsets): ParsedMessage[];
	end(): WhatsAppParseEnd;
}

const QUOTES = /["“”„«»「]/;
// Authors compared in place before falling back to a map lookup; a cap on distinct authors for garbage input.
const RECENT_AUTHORS = 16;
const MAX_AUTHORS = 100_000;
const LRM = 0x200e;

/** `~ Ana` (WhatsApp's mark for a member not in contacts) and bidi marks removed. */
function cleanAuthor(raw: string): string {
	let a = stripBidi(raw);
	if (a.charCodeAt(0) === 126) {
		const c = a.charCodeAt(1);
		if (c === 0x202f || c === 32 || c === 0xa0) a = a.slice(2);
	}
	return a.trim();
}

/**
 * Streaming WhatsApp .txt parser. A line opening with a timestamp starts a record; any other line
 * continues the open record, or, before the first record, is kept in `unparsed`.
 * System records (no author, encryption banner, iOS generated lines) get author ''; authorRaw keeps the source.
 */
export function createWhatsAppParser(opts: WhatsAppParserOptions): WhatsAppParser {
	const stamp = createTimestamper(opts.order);
	const observer = opts.observer;
	const title = opts.conversationTitle;
	const scan = newHeaderScan();
	const info: BodyInfo = { kind: 'text', text: '', attachments: [], edited: false };
	const unparsed: UnparsedLine[] = [];
	const authors = new Set<string>();
	// Distinct raw authors with their cleaned form, found by comparing in place: no string is cut per line.
	const authorRaw: string[] = [];
	const authorClean: string[] = [];
	const authorQuoted: boolean[] = [];
	const authorCounted: boolean[] = [];
	const authorIds = new Map<string, number>();

	let lineNo = 0;
	let index = 0;
	let dashHeaders = 0;
	let bracketHeaders = 0;
	let sawGroupEvent = false;
	let lastAuthorId = -1;

	// The open record.
	let open = false;
	let curLine = 0;
	let curHeader = '';
	let curTs = '';
	let curAuthorRaw = '';
	let curAuthorId = -1;
	let curHasAuthor = false;
	let curBodyStart = 0;
	/** All lines of the open record once it has more than one (the header first); null for one-line records. */
	let curLines: string[] | null = null;
	// The open record's span in offsets.source while its lines are LF-separated there; curEnd -1 otherwise.
	let curSource = '';
	let curStart = 0;
	let curEnd = -1;

	/** Id of the author written at line[start, end); -1 once a pathological file has too many distinct ones. */
	function authorId(line: string, start: number, end: number): number {
		const len = end - start;
		const last = lastAuthorId >= 0 ? authorRaw[lastAuthorId] : '';
		if (last.length === len && line.startsWith(last, start)) return lastAuthorId;
		const recent = Math.min(authorRaw.length, RECENT_AUTHORS);
		for (let id = 0; id < recent; id++) {
			const a = authorRaw[id];
			if (a.length === len && line.startsWith(a, start)) return (lastAuthorId = id);
		}
		const raw = line.slice(start, end);
		let id = authorIds.get(raw);
		if (id === undefined) {
			if (authorRaw.length >= MAX_AUTHORS) return -1;
			id = authorRaw.length;
			authorRaw.push(raw);
			authorClean.push(cleanAuthor(raw));
			authorQuoted.push(QUOTES.test(raw));
			authorCounted.push(false);
			authorIds.set(raw, id);
		}
		return (lastAuthorId = id);
	}

	function openRecord(line: string): void {
		open = true;
		curLine = lineNo;
		curHeader = line;
		curTs = stamp(scan);
		observer?.addScan(scan, lineNo);
		curLines = null;
		if (scan.form === 'dash') dashHeaders++;
		else if (scan.form === 'bracket') bracketHeaders++;
		const start = scan.bodyStart;
		let end = line.indexOf(': ', start);
		curBodyStart = end + 2;
		// `Luke:` with the body left empty and the trailing space trimmed.
		if (end < 0 && line.length > start + 1 && line.charCodeAt(line.length - 1) === 58) {
			end = line.length - 1;
			curBodyStart = line.length;
		}
		if (end < 0) {
			curAuthorId = -1;
			curAuthorRaw = '';
			curHasAuthor = false;
			curBodyStart = start;
			return;
		}
		curAuthorId = authorId(line, start, end);
		curAuthorRaw = curAuthorId >= 0 ? authorRaw[curAuthorId] : line.slice(start, end);
		const quoted = curAuthorId >= 0 ? authorQuoted[curAuthorId] : QUOTES.test(curAuthorRaw);
		// `Ana changed the subject to "Q3: plan"` is a system line, not author `Ana changed … "Q3`.
		curHasAuthor = !(quoted && hasSystemPhrase(line.slice(start)));
		if (!curHasAuthor) {
			curAuthorId = -1;
			curAuthorRaw = '';
			curBodyStart = start;
		}
	}

	function closeRecord(): ParsedMessage {
		open = false;
		let body: string;
		let raw = curHeader;
		let lineEnd = curLine;
		const lines = curLines;
		if (lines === null) {
			body = curHeader.slice(curBodyStart);
		} else {
			raw = curEnd >= 0 ? curSource.slice(curStart, curEnd) : lines.join('\n');
			lineEnd = curLine + lines.length - 1;
			// Blank lines between two records stay in raw but are not part of the text.
			let blanks = 0;
			while (blanks < lines.length - 1 && lines[lines.length - 1 - blanks].length === 0) blanks++;
			body = raw.slice(curBodyStart, raw.length - blanks);
		}
		classifyBody(body, curHasAuthor, lines !== null, info);
		let author = !curHasAuthor ? '' : curAuthorId >= 0 ? authorClean[curAuthorId] : cleanAuthor(curAuthorRaw);
		let kind = info.kind;
		if (kind === 'text' && author === title && body.charCodeAt(0) === LRM) kind = 'system';
		if (kind === 'system') {
			author = '';
			if (!sawGroupEvent && isGroupEvent(info.text)) sawGroupEvent = true;
		} else if (curAuthorId < 0 ? author !== '' : !authorCounted[curAuthorId]) {
			if (curAuthorId >= 0) authorCounted[curAuthorId] = true;
			if (author !== '') authors.add(author);
		}
		return {
			index: index++,
			author,
			authorRaw: curAuthorRaw,
			ts: curTs,
			kind,
			text: info.text,
			attachments: info.attachments,
			edited: info.edited,
			line: curLine,
			lineEnd,
			raw
		};
	}

	function pushLine(line: string, out: ParsedMessage[], offsets: LineOffsets | undefined, i: number): void {
		lineNo++;
		if (scanHeader(line, scan)) {
			if (open) out.push(closeRecord());
			openRecord(line);
			if (offsets === undefined) {
				curEnd = -1;
			} else {
				curSource = offsets.source;
				curStart = offsets.starts[i];
				curEnd = curStart + line.length;
			}
		} else if (open) {
			if (curLines === null) curLines = [curHeader, line];
			else curLines.push(line);
			if (curEnd >= 0) {
				const start = offsets === undefined ? -1 : offsets.starts[i];
				curEnd = start === curEnd + 1 && curSource.charCodeAt(curEnd) === 10 ? start + line.length : -1;
			}
		} else if (line.trim().length > 0) {
			unparsed.push({ line: lineNo, text: line, reason: 'before the first message' });
		}
	}

	return {
		order: opts.order,
		pushLines(lines: string[], offsets?: LineOffsets): ParsedMessage[] {
			const out: ParsedMessage[] = [];
			if (!Array.isArray(lines)) return out;
			const at = offsets && typeof offsets.source === 'string' && offsets.starts?.length === lines.length ? offsets : undefined;
			for (let i = 0; i < lines.length; i++) {
				const line = lines[i];
				try {
					pushLine(typeof line === 'string' ? line : String(line), out, at, i);
				} catch (e) {
					open = false;
					unparsed.push({ line: lineNo, text: String(line), reason: `parser error: ${(e as Error)?.message ?? e}` });
				}
			}
			return out;
		},
		end(): WhatsAppParseEnd {
			const messages: ParsedMessage[] = [];
			if (open) messages.push(closeRecord());
			// The bare form (no dash, no brackets) is not tied to one platform in the samples seen so far.
			const format = bracketHeaders > dashHeaders ? 'whatsapp-ios-txt' : dashHeaders > 0 ? 'whatsapp-android-txt' : 'whatsapp-txt';
			const kind: ConversationKind = authors.size > 2 || sawGroupEvent ? 'group' : 'direct';
			return { messages, unparsed, format, kind };
		}
	};
}
