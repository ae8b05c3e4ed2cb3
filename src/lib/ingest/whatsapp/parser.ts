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
	// Authors repeat on almost every line: one string per distinct raw author, and one per cleaned form.
	const authorCache = new Map<string, string>();
	const cleanCache = new Map<string, string>();

	let lineNo = 0;
	let index = 0;
	let dashHeaders = 0;
	let bracketHeaders = 0;
	let sawGroupEvent = false;
	let lastAuthor = '';
	let lastAuthorRaw = '';
	let quoteCheckedAuthor = '';
	let quoteCheckedResult = false;
	let lastAuthorClean = '';

	// The open record.
	let open = false;
	let curLine = 0;
	let curHeader = '';
	let curTs = '';
	let curAuthorRaw = '';
	let curHasAuthor = false;
	let curBodyStart = 0;
	/** All lines of the open record once it has more than one (the header first); null for one-line records. */
	let curLines: string[] | null = null;
	// The open record's span in offsets.source while its lines are LF-separated there; curEnd -1 otherwise.
	let curSource = '';
	let curStart = 0;
	let curEnd = -1;

	function hasQuote(author: string): boolean {
		if (author !== quoteCheckedAuthor) {
			quoteCheckedAuthor = author;
			quoteCheckedResult = QUOTES.test(author);
		}
		return quoteCheckedResult;
	}

	function internAuthor(line: string, start: number, end: number): string {
		if (end - start === curAuthorRaw.length && line.startsWith(curAuthorRaw, start)) return curAuthorRaw;
		const raw = line.slice(start, end);
		const known = authorCache.get(raw);
		if (known !== undefined) return known;
		if (authorCache.size < 10000) authorCache.set(raw, raw);
		return raw;
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
		const colon = line.indexOf(': ', start);
		if (colon >= 0) {
			curAuthorRaw = internAuthor(line, start, colon);
			// `Ana changed the subject to "Q3: plan"` is a system line, not author `Ana changed … "Q3`.
			curHasAuthor = !(hasQuote(curAuthorRaw) && hasSystemPhrase(line.slice(start)));
			curBodyStart = curHasAuthor ? colon + 2 : start;
			if (!curHasAuthor) curAuthorRaw = '';
		} else if (line.length > start + 1 && line.charCodeAt(line.length - 1) === 58) {
			// `Luke:` with the body left empty and the trailing space trimmed.
			curAuthorRaw = line.slice(start, line.length - 1);
			curHasAuthor = true;
			curBodyStart = line.length;
		} else {
			curAuthorRaw = '';
			curHasAuthor = false;
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
		let author = curHasAuthor ? cleanAuthorCached(curAuthorRaw) : '';
		let kind = info.kind;
		if (kind === 'text' && author === title && body.charCodeAt(0) === LRM) kind = 'system';
		if (kind === 'system') {
			author = '';
			if (!sawGroupEvent && isGroupEvent(info.text)) sawGroupEvent = true;
		} else if (author !== lastAuthor && author !== '') {
			authors.add(author);
			lastAuthor = author;
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

	function cleanAuthorCached(raw: string): string {
		if (raw === lastAuthorRaw) return lastAuthorClean;
		let clean = cleanCache.get(raw);
		if (clean === undefined) {
			clean = cleanAuthor(raw);
			if (cleanCache.size < 10000) cleanCache.set(raw, clean);
		}
		lastAuthorRaw = raw;
		lastAuthorClean = clean;
		return clean;
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
