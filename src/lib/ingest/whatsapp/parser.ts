import type { ConversationKind, ParsedMessage, UnparsedLine } from '../../model/types';
import { classifyBody, hasSystemPhrase, isGroupEvent, stripBidi, type BodyContext, type BodyInfo } from './classify';
import { RecordColumns, SYSTEM_CODE } from './columns';
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

export interface WhatsAppParseEnd<B = ParsedMessage[]> {
	/** Only the record still open when end() was called (0 or 1); earlier ones came from pushLines. */
	messages: B;
	/** Every line that could not be placed, over the whole parse. */
	unparsed: UnparsedLine[];
	format: string;
	kind: ConversationKind;
	/** What the reader had to interpret (era years, 24:xx clocks…), for the import summary. */
	notes: string[];
}

/**
 * Where a batch of lines sits in a text held in memory (`starts` from createLineSplitter), so that multi-line
 * records can share that text instead of copying their lines into a new string.
 */
export interface LineOffsets {
	source: string;
	starts: number[];
}

/** A batch of records as a parser hands them on: objects, or RecordColumns. */
export type RecordBatch = ParsedMessage[] | RecordColumns;

export interface WhatsAppParser<B extends RecordBatch = ParsedMessage[]> {
	/** The date order timestamps are read with. */
	readonly order: DateOrder;
	/** Returns the records completed by these lines; the last record stays open until the next header or end(). */
	pushLines(lines: string[], offsets?: LineOffsets): B;
	end(): WhatsAppParseEnd<B>;
}

/**
 * Where the parser writes the records it closes: one grammar, two shapes of output. `hold` names the record just
 * written so that `settle` can make it a system record at the end (see AuthorState), while it is still unsent.
 */
interface RecordOutput<B, H> {
	/** A new batch for at most `records` records. */
	batch(records: number): B;
	/** The fields as arguments, not an object: see RecordColumns.push for what each is. */
	write(...args: [batch: B, ...fields: Parameters<RecordColumns['push']>]): void;
	hold(batch: B): H;
	settle(held: H): void;
}

const OBJECTS: RecordOutput<ParsedMessage[], ParsedMessage> = {
	batch: () => [],
	write(batch, index, author, authorRaw, ts, kind, text, attachments, edited, line, lineEnd, raw, rawSource, _serial, rawStart, rawEnd) {
		batch.push({ index, author, authorRaw, ts, kind, text, attachments, edited, line, lineEnd, raw: raw ?? rawSource.slice(rawStart, rawEnd) });
	},
	hold: (batch) => batch[batch.length - 1],
	settle(m) {
		m.kind = 'system';
		m.author = '';
	}
};

const COLUMNS: RecordOutput<RecordColumns, { columns: RecordColumns; row: number }> = {
	batch: (records) => new RecordColumns(records),
	write(batch, index, author, authorRaw, ts, kind, text, attachments, edited, line, lineEnd, raw, rawSource, serial, rawStart, rawEnd, textStart, textEnd) {
		batch.push(index, author, authorRaw, ts, kind, text, attachments, edited, line, lineEnd, raw, rawSource, serial, rawStart, rawEnd, textStart, textEnd);
	},
	hold: (columns) => ({ columns, row: columns.length - 1 }),
	settle({ columns, row }) {
		columns.kind[row] = SYSTEM_CODE;
		columns.author[row] = '';
	}
};

const QUOTES = /["“”„«»「」『』‚‘’‹›]/;
// Authors compared in place before falling back to a map lookup; a cap on distinct authors for garbage input.
const RECENT_AUTHORS = 16;
const MAX_AUTHORS = 100_000;
const LRM = 0x200e;
const RLM = 0x200f;

/** iOS writes an LRM (RLM in Arabic) before the timestamp of media lines: a mark before the first `[` or digit. */
function markedBeforeHeader(line: string): boolean {
	for (let i = 0; i < line.length && i < 6; i++) {
		const c = line.charCodeAt(i);
		if (c === LRM || c === RLM) return true;
		if (c !== 0xfeff) return false;
	}
	return false;
}

/** iOS opens generated bodies with a mark: `‎image omitted`, `‎~ Bo left`, `‎‎Your security code … changed`. */
function isGenerated(body: string): boolean {
	let i = 0;
	while (body.charCodeAt(i) === 0xfeff) i++;
	const c = body.charCodeAt(i);
	return c === LRM || c === RLM || c === 0x061c;
}

/** Where a record's author stands in the stats: unknown yet, a writer, or only a name on generated lines. */
interface AuthorState<H> {
	/** Some record of this author is not a generated (LRM-led) line. */
	wrote: boolean;
	/** LRM-led text records held until the end: if the author never writes, they are the group's own lines. */
	held: H[];
}

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
	return createParser(opts, OBJECTS);
}

/** The same parser, handing its records on as RecordColumns: no object per record. */
export function createWhatsAppColumnParser(opts: WhatsAppParserOptions): WhatsAppParser<RecordColumns> {
	return createParser(opts, COLUMNS);
}

function createParser<B extends RecordBatch, H>(opts: WhatsAppParserOptions, output: RecordOutput<B, H>): WhatsAppParser<B> {
	const stamp = createTimestamper(opts.order);
	const observer = opts.observer;
	const title = opts.conversationTitle;
	const scan = newHeaderScan();
	const info: BodyInfo = { kind: 'text', text: '', attachments: [], edited: false };
	const context: BodyContext = { markedLine: false, author: '' };
	// Where closeRecord writes: the batch of the current pushLines or end() call.
	let out: B = output.batch(0);
	const unparsed: UnparsedLine[] = [];
	const authors = new Set<string>();
	// Distinct raw authors with their cleaned form, found by comparing in place: no string is cut per line.
	const authorRaw: string[] = [];
	const authorClean: string[] = [];
	const authorQuoted: boolean[] = [];
	const authorCounted: boolean[] = [];
	const authorIds = new Map<string, number>();

	const authorStates: AuthorState<H>[] = [];
	let lineNo = 0;
	let index = 0;
	let records = 0;
	/** Line of a header-shaped line that could not be read: its continuation lines are kept apart too. */
	let orphan = 0;
	let eraYears = 0;
	let hour24 = 0;
	let twelveHourZero = 0;
	let redundantPm = 0;
	let dashHeaders = 0;
	let bracketHeaders = 0;
	let sawGroupEvent = false;
	let lastAuthorId = -1;

	// The open record.
	let open = false;
	let curLine = 0;
	let curMarked = false;
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
	// Which pushLines call curSource came from: sources are told apart by this, never by comparing their text.
	let curSourceSerial = -1;
	let sourceSerial = 0;
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

	function countClock(): void {
		if (scan.era !== 0) eraYears++;
		if (scan.meridiem === 0) {
			if (scan.hour === 24) hour24++;
		} else if (scan.hour === 0) twelveHourZero++;
		else if (scan.hour > 12) redundantPm++;
	}

	function openRecord(line: string, ts: string): void {
		open = true;
		curLine = lineNo;
		curHeader = line;
		curTs = ts;
		curMarked = markedBeforeHeader(line);
		countClock();
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

	function closeRecord(): void {
		open = false;
		let body: string;
		// raw as a string when it is one already (a one-line record's line, joined lines), else only as a span.
		let raw: string | null = curHeader;
		let lineEnd = curLine;
		const lines = curLines;
		// Where raw stands: in the decoded text the lines came from when they lie there one after another.
		let rawSource = curHeader;
		let rawStart = 0;
		let rawEnd = curHeader.length;
		if (curEnd >= 0) {
			rawSource = curSource;
			rawStart = curStart;
			rawEnd = curEnd;
		}
		let bodyEnd = rawEnd;
		if (lines === null) {
			body = curHeader.slice(curBodyStart);
		} else {
			raw = null;
			if (curEnd < 0) {
				rawSource = raw = lines.join('\n');
				rawEnd = raw.length;
			}
			lineEnd = curLine + lines.length - 1;
			// Blank lines between two records stay in raw but are not part of the text.
			let blanks = 0;
			while (blanks < lines.length - 1 && lines[lines.length - 1 - blanks].length === 0) blanks++;
			bodyEnd = Math.max(rawStart + curBodyStart, rawEnd - blanks);
			body = rawSource.slice(rawStart + curBodyStart, bodyEnd);
		}
		let author = !curHasAuthor ? '' : curAuthorId >= 0 ? authorClean[curAuthorId] : cleanAuthor(curAuthorRaw);
		context.markedLine = curMarked;
		context.author = author;
		classifyBody(body, curHasAuthor, lines !== null, info, context);
		let kind = info.kind;
		const generated = isGenerated(body);
		// iOS writes the group's own lines with the group's name as author, and opens every export with a generated line.
		if (kind === 'text' && generated && (author === title || records === 0)) kind = 'system';
		records++;
		if (kind === 'system') {
			author = '';
			if (!sawGroupEvent && isGroupEvent(info.text)) sawGroupEvent = true;
		} else if (curAuthorId < 0 ? author !== '' : !authorCounted[curAuthorId]) {
			if (curAuthorId >= 0) authorCounted[curAuthorId] = true;
			if (author !== '') authors.add(author);
		}
		output.write(
			out,
			index++,
			author,
			curAuthorRaw,
			curTs,
			kind,
			info.text,
			info.attachments,
			info.edited,
			curLine,
			lineEnd,
			raw,
			rawSource,
			curEnd >= 0 ? curSourceSerial : -1,
			rawStart,
			rawEnd,
			info.text === body ? rawStart + curBodyStart : -1,
			bodyEnd
		);
		if (curAuthorId >= 0 && kind !== 'system') track(curAuthorId, kind === 'text' && generated);
	}

	/** Keeps LRM-led text records of authors who have written nothing else yet (see AuthorState). */
	function track(id: number, heldBack: boolean): void {
		let state = authorStates[id];
		if (state === undefined) state = authorStates[id] = { wrote: false, held: [] };
		if (state.wrote) return;
		if (heldBack) state.held.push(output.hold(out));
		else {
			state.wrote = true;
			state.held = [];
		}
	}

	/** An author who only ever stood on generated lines is the group itself (iOS): those lines are system records. */
	function settleAuthors(): void {
		for (let id = 0; id < authorStates.length; id++) {
			const state = authorStates[id];
			if (state === undefined || state.wrote || state.held.length === 0) continue;
			for (const m of state.held) output.settle(m);
			authors.delete(authorClean[id]);
		}
	}

	function rejectHeader(line: string, reason: string): void {
		if (open) closeRecord();
		open = false;
		orphan = lineNo;
		unparsed.push({ line: lineNo, text: line, reason: `shaped like a message header, but ${reason}; kept apart, not joined to the message before it` });
	}

	function pushLine(line: string, offsets: LineOffsets | undefined, i: number): void {
		lineNo++;
		const isHeader = scanHeader(line, scan);
		const ts = isHeader ? stamp(scan) : '';
		if (isHeader && ts === '') {
			return rejectHeader(line, scan.reject !== '' ? scan.reject : `${scan.d1}/${scan.d2}/${scan.d3} is no date in either day/month order`);
		}
		if (!isHeader && scan.reject !== '') {
			return rejectHeader(line, scan.reject);
		}
		if (isHeader) {
			orphan = 0;
			if (open) closeRecord();
			openRecord(line, ts);
			if (offsets === undefined) {
				curEnd = -1;
			} else {
				curSource = offsets.source;
				curSourceSerial = sourceSerial;
				curStart = offsets.starts[i];
				// A line that began in an earlier chunk (negative start) is not all in this source.
				curEnd = curStart >= 0 ? curStart + line.length : -1;
			}
		} else if (orphan > 0) {
			if (line.trim().length > 0) unparsed.push({ line: lineNo, text: line, reason: `continues the unreadable header at line ${orphan}` });
		} else if (open) {
			if (curLines === null) curLines = [curHeader, line];
			else curLines.push(line);
			if (curEnd >= 0) {
				const start = offsets === undefined || offsets.source !== curSource ? -1 : offsets.starts[i];
				curEnd = start === curEnd + 1 && curSource.charCodeAt(curEnd) === 10 ? start + line.length : -1;
			}
		} else if (line.trim().length > 0) {
			unparsed.push({ line: lineNo, text: line, reason: 'before the first message' });
		}
	}

	return {
		order: opts.order,
		pushLines(lines: string[], offsets?: LineOffsets): B {
			// Each line closes at most one record.
			out = output.batch(Array.isArray(lines) ? lines.length : 0);
			sourceSerial++;
			if (!Array.isArray(lines)) return out;
			const at = offsets && typeof offsets.source === 'string' && offsets.starts?.length === lines.length ? offsets : undefined;
			for (let i = 0; i < lines.length; i++) {
				const line = lines[i];
				try {
					pushLine(typeof line === 'string' ? line : String(line), at, i);
				} catch (e) {
					open = false;
					unparsed.push({ line: lineNo, text: String(line), reason: `parser error: ${(e as Error)?.message ?? e}` });
				}
			}
			return out;
		},
		end(): WhatsAppParseEnd<B> {
			const messages = (out = output.batch(1));
			if (open) closeRecord();
			settleAuthors();
			const notes: string[] = [];
			if (eraYears > 0) notes.push(`${eraYears} timestamp(s) written in a Buddhist or Japanese era year, converted to the Gregorian year`);
			if (hour24 > 0) notes.push(`${hour24} timestamp(s) with hour 24 (a 1–24 clock) read as hour 0 of the same date`);
			if (twelveHourZero > 0) notes.push(`${twelveHourZero} timestamp(s) with hour 0 on a 12-hour clock (0–11) read as 00–00:59 / 12–12:59`);
			if (stamp.yearsCarried > 0)
				notes.push(`${stamp.yearsCarried} timestamp(s) written without a year, given the year of the line before (the next year after December)`);
			if (redundantPm > 0) notes.push(`${redundantPm} timestamp(s) with a 24-hour hour and PM (e.g. 23:59 PM) read as that hour`);
			// The bare form (no dash, no brackets) is not tied to one platform in the samples seen so far.
			const format = bracketHeaders > dashHeaders ? 'whatsapp-ios-txt' : dashHeaders > 0 ? 'whatsapp-android-txt' : 'whatsapp-txt';
			const kind: ConversationKind = authors.size > 2 || sawGroupEvent ? 'group' : 'direct';
			return { messages, unparsed, format, kind, notes };
		}
	};
}
