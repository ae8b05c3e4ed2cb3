import type { MessageKind } from '../../model/types';
import { stringsFor } from './locale-strings';

/** Result of classifyBody, reused between calls by the caller. */
export interface BodyInfo {
	kind: MessageKind;
	text: string;
	attachments: string[];
	edited: boolean;
}

/** What the line's structure says, besides the body: read by the parser from the header and author. */
export interface BodyContext {
	/** The line starts with an LRM/RLM before the timestamp: iOS writes it only before media lines. */
	markedLine: boolean;
	/** The author as cleaned (no `~ `, no marks), '' for authorless lines. */
	author: string;
}

const NO_CONTEXT: BodyContext = { markedLine: false, author: '' };

const LRM = '\u200e';
/**
 * Shared by every record without attachments: one empty array per message is a measurable share of the
 * memory of a million-message import. Frozen, so a consumer that tries to add to it fails loudly.
 */
export const NO_ATTACHMENTS: string[] = Object.freeze([]) as unknown as string[];
// One range covering all the marks: a single comparison per character is several times faster than the
// exact class, which then runs only on the texts that have a character in the range (also quotes, dashes).
const BIDI_RANGE = /[\u061c\u200e-\u2069\ufeff]/;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Removes LRM/RLM/ALM, embeddings/overrides, isolates and stray BOMs; keeps ZWJ (U+200D) and variation selectors. */
export function stripBidi(s: string): string {
	return BIDI_RANGE.test(s) ? s.replace(BIDI, '') : s;
}

function isMark(c: number): boolean {
	return c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Leading LRM/RLM/ALM characters of a body (BOMs and spaces before them skipped). */
function leadingMarks(body: string): number {
	let i = 0;
	while (i < body.length && (body.charCodeAt(i) === 0xfeff || body.charCodeAt(i) === 32)) i++;
	let n = 0;
	while (i < body.length && isMark(body.charCodeAt(i))) {
		n++;
		i++;
	}
	return n;
}

/** Trailing full stops are not part of a phrase: `Diese Nachricht wurde gelöscht.` */
function withoutFinalStop(s: string): string {
	const t = s.trimEnd();
	const last = t.charCodeAt(t.length - 1);
	return last === 46 || last === 0x3002 ? t.slice(0, -1) : t;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Whole-body phrases, compared without a final full stop and case-insensitively (`Video omitido`, `video omitido`).
const EXACT = new Map<string, MessageKind>();
for (const s of stringsFor('typeOmitted')) EXACT.set(s.toLowerCase(), 'media');
for (const s of stringsFor('call')) EXACT.set(s.toLowerCase(), 'call');
for (const s of stringsFor('liveLocation')) EXACT.set(withoutFinalStop(s).toLowerCase(), 'location');
for (const s of stringsFor('deleted')) EXACT.set(withoutFinalStop(s).toLowerCase(), 'deleted');
const MAX_EXACT = Math.max(...[...EXACT.keys()].map((k) => k.length)) + 1;
/** First characters of the EXACT keys: a body opening with another ASCII character is none of them (no lowercasing). */
const EXACT_FIRST = new Set([...EXACT.keys()].map((k) => k.charCodeAt(0)));

const MEDIA_OMITTED = new Set(stringsFor('mediaOmitted').map(normalizeOmitted));
const MAX_MEDIA_OMITTED = Math.max(...[...MEDIA_OMITTED].map((k) => k.length)) + 4;
const TYPE_OMITTED = new Set(stringsFor('typeOmitted').map((s) => s.toLowerCase()));
const CALLS = new Set(stringsFor('call').map((s) => s.toLowerCase()));
const EDITED = new Set(stringsFor('edited').map(withoutInnerStop));
const FILE_ATTACHED = stringsFor('fileAttached').map((s) => ' ' + s);

/** `<Diese Nachricht wurde bearbeitet.>` and `<Diese Nachricht wurde bearbeitet>`: one key. */
function withoutInnerStop(marker: string): string {
	return marker.charCodeAt(marker.length - 2) === 46 ? marker.slice(0, -2) + '>' : marker;
}

/** `‹Média vynechány>`, `< Média vynechána >`, `<media omitted>`: one key. */
function normalizeOmitted(s: string): string {
	return s
		.replace(/^[<‹]\s*/, '<')
		.replace(/\s*[>›]$/, '>')
		.toLowerCase();
}

/** File names WhatsApp gives media, in any language: Android `IMG-20240101-WA0001.jpg`, iOS `00000004-PHOTO-….jpg`. */
const MEDIA_FILE =
	/^(?:(?:IMG|VID|AUD|PTT|STK|DOC)-\d{8}-WA\d{4}(?:\.\w{1,5}|\.)?|\d{8}-\S.*\.\w{1,5}|\d{4}-\d{2}-\d{2}-(?:PHOTO|VIDEO|AUDIO)-\d+\.\w{1,5}|[^\n]*\.vcf)$/;
/** Android's `name.ext (words)`: a file name, then a bracketed note of one to four words. */
const FILE_WITH_NOTE = /^(\S(?:[^\n]*?\S)?\.\w{1,5}|(?:IMG|VID|AUD|PTT|STK|DOC)-\d{8}-WA\d{4}\.?) \(([^()\n]{2,40})\)$/u;
/** iOS `<word: file name>` at the end of a body, in any language. */
const ANY_ATTACHED_TAG = /<\s?[^<>:：\n]{1,30}[:：]\s?([^<>\n]+?\.\w{1,5})\s?>$/u;
/** A mark after the end of a sentence: `changed. ‎Tap to learn more.`, `変更されました。 ‎タップ…`. */
const NOTICE_TAIL = /[.。!]\s?[\u200e\u200f\u061c]\S/;
/** Android's poll: `POLL:`, the question, then one `OPTION: text (N votes)` line per answer (as in real exports [RW]). */
const POLL = /^POLL:\n[^\n]*(?:\n[^\n]*)*?\nOPTION: /;
/** `Ana changed the subject to “Q3”`, `… from “Q2” to “Q3”`: the whole body, in WhatsApp's curly quotes. */
const SUBJECT_CHANGED = /^[^\n“”]{1,80} changed the subject (?:from “[^\n”]*” )?to “[^\n”]*”$/;
/** A Foursquare venue as WhatsApp shares it: `Place (Address): https://foursquare.com/v/…`. */
const VENUE = /^[^\n]+ \([^\n)]*\): https:\/\/foursquare\.com\/v\/\S+$/;
const VENUE_LITERAL = '): https://foursquare.com/v/';
const DELETED_PREFIXES = stringsFor('deletedPrefix');
const DELETED_FIRST = new Set(DELETED_PREFIXES.map((p) => p.charCodeAt(0)));
const ENCRYPTION_BY_FIRST = new Map<number, string[]>();
for (const s of stringsFor('encryption')) {
	const list = ENCRYPTION_BY_FIRST.get(s.charCodeAt(0)) ?? [];
	list.push(s);
	ENCRYPTION_BY_FIRST.set(s.charCodeAt(0), list);
}
const SYSTEM_PHRASES = stringsFor('systemPhrase');
const GROUP_EVENTS = stringsFor('groupEvent');

const ATTACHED_TAG = new RegExp(`<\\s?(?:${stringsFor('attachedTag').map(escapeRe).join('|')})\\s?[:：]\\s?([^>]+?)\\s?>`, 'i');
const LOCATION_FIRST = new Set(stringsFor('locationPrefix').map((s) => s.charCodeAt(0)));
const LOCATION = new RegExp(
	`^(?:(?:${stringsFor('locationPrefix').map(escapeRe).join('|')})https?://|.*: https://maps\\.google\\.com/\\?q=-?[\\d.]+,-?[\\d.]+$)`
);

export function isEncryptionBanner(text: string): boolean {
	const candidates = ENCRYPTION_BY_FIRST.get(text.charCodeAt(0));
	if (candidates === undefined) return false;
	for (const p of candidates) if (text.startsWith(p)) return true;
	return false;
}

export function hasSystemPhrase(text: string): boolean {
	for (const p of SYSTEM_PHRASES) if (text.includes(p)) return true;
	return false;
}

export function isGroupEvent(text: string): boolean {
	for (const p of GROUP_EVENTS) if (text.includes(p)) return true;
	return false;
}

/**
 * Classifies a message body (everything after `Author: `, continuation lines included) and cleans its text.
 * `hasAuthor` false means a header line without author: a system record, or an authorless call notice.
 * `multiLine` false promises the body has no line break, which spares a scan.
 * Structure decides first (marks, file-name shapes, the actor in the author's place), phrases after.
 */
export function classifyBody(body: string, hasAuthor: boolean, multiLine: boolean, out: BodyInfo, ctx: BodyContext = NO_CONTEXT): void {
	let text = stripBidi(body);
	out.attachments = NO_ATTACHMENTS;
	out.edited = false;
	if (text.charCodeAt(text.length - 1) === 62) {
		const lt = text.lastIndexOf('<');
		if (lt >= 0 && EDITED.has(withoutInnerStop(text.slice(lt)))) {
			out.edited = true;
			text = text.slice(0, lt).trimEnd();
		}
	}
	out.text = text;
	out.kind = kindOf(body, text, hasAuthor, multiLine, out, ctx);
}

function attachedTag(text: string, out: BodyInfo): boolean {
	if (text.charCodeAt(text.length - 1) !== 62) return false;
	const m = ATTACHED_TAG.exec(text) ?? ANY_ATTACHED_TAG.exec(text);
	if (!m) return false;
	out.attachments = [m[1]];
	return true;
}

/** Every test is gated by a constant-time check first: this runs once per message. */
function kindOf(body: string, text: string, hasAuthor: boolean, multiLine: boolean, out: BodyInfo, ctx: BodyContext): MessageKind {
	if (!hasAuthor) return CALLS.has(withoutFinalStop(text).toLowerCase()) || opensWithCall(text) ? 'call' : 'system';
	const marks = leadingMarks(body);
	// iOS writes an LRM (RLM in Arabic) before the timestamp of media lines only, in every language.
	if (ctx.markedLine && body !== text && text.length > 0) {
		attachedTag(text, out);
		return 'media';
	}
	if (text.length <= MAX_EXACT && mayBeExact(text.charCodeAt(0))) {
		const k = EXACT.get(withoutFinalStop(text).toLowerCase());
		if (k) return k;
	}
	const nl = multiLine ? text.indexOf('\n') : -1;
	const firstLine = nl < 0 ? text : text.slice(0, nl);
	const first = firstLine.charCodeAt(0);
	// Android writes the placeholder on the first line and a caption, if any, on the lines after it.
	if ((first === 60 || first === 0x2039) && firstLine.length <= MAX_MEDIA_OMITTED && MEDIA_OMITTED.has(normalizeOmitted(firstLine.trim()))) return 'media';
	if (body !== text) {
		const lrm = Math.max(body.lastIndexOf(LRM), body.lastIndexOf('\u200f'));
		if (
			lrm > 0 &&
			TYPE_OMITTED.has(
				body
					.slice(lrm + 1)
					.trim()
					.toLowerCase()
			)
		)
			return 'media';
	}

	if (firstLine.charCodeAt(firstLine.length - 1) === 41) {
		for (const suffix of FILE_ATTACHED) {
			if (firstLine.endsWith(suffix)) {
				out.attachments = [firstLine.slice(0, firstLine.length - suffix.length)];
				return 'media';
			}
		}
		// `‎Alex.vcf (soubor byl přiložen)`: Android marks attachment lines with an LRM; WhatsApp's own media names need none.
		const m = FILE_WITH_NOTE.exec(firstLine);
		if (m && (marks > 0 || MEDIA_FILE.test(m[1]))) {
			out.attachments = [m[1]];
			return 'media';
		}
	}
	const last = text.charCodeAt(text.length - 1);
	// iOS never puts a caption after `<attached: …>`, so the tag ends the body.
	if (last === 62 && attachedTag(text, out)) {
		if (out.attachments[0] && (marks > 0 || MEDIA_FILE.test(out.attachments[0]) || ATTACHED_TAG.test(text))) return 'media';
		out.attachments = NO_ATTACHMENTS;
	}
	if (first === 80 && POLL.test(text)) return 'other';
	// Android writes `null` for a view-once photo or video (whats_json's real Android exports: `null`, then the sender's
	// `Viewed once only image`): a media record whose file no export carries.
	if (text === 'null' && !multiLine) return 'media';
	// the regex backtracks over the whole body; the literal it needs is found by a plain search first
	if (text.includes(VENUE_LITERAL) && VENUE.test(text)) return 'location';
	// A location is the last line: `location: <url>`, or `Place (address): <maps url ending in coordinates>`.
	const lastLineStart = multiLine ? text.lastIndexOf('\n') + 1 : 0;
	if ((LOCATION_FIRST.has(text.charCodeAt(lastLineStart)) || (last >= 48 && last <= 57)) && LOCATION.test(text.slice(lastLineStart))) {
		return 'location';
	}
	if (DELETED_FIRST.has(text.charCodeAt(0))) for (const p of DELETED_PREFIXES) if (text.startsWith(p)) return 'deleted';
	if (isEncryptionBanner(text)) return 'system';
	// Old Android wrote some group events after an author's name (`Tanay: Viresh changed the subject to “NITGians”`);
	// only WhatsApp's own wording with its curly quotes is taken, a person's sentence could say the rest.
	if (last === 0x201d && !multiLine && SUBJECT_CHANGED.test(text)) return 'system';
	if (marks > 0) {
		// iOS marks generated bodies with a leading LRM: `‎Missed voice call, ‎Tap to call back`, `‎~ Bo left`.
		if (opensWithCall(text)) return 'call';
		// `‎‎Your security code with Elon changed. ‎Tap to learn more.`: iOS notices open with two marks and mark their
		// second sentence (the call to tap) with a third, in every language.
		if (marks >= 2 && NOTICE_TAIL.test(body)) return 'system';
		// `~ Maija: ‎~ Maija changed this group's icon`: the actor stands where the author stands.
		if (ctx.author !== '' && startsWithName(stripTilde(text), ctx.author)) return 'system';
		if (hasSystemPhrase(text)) return 'system';
	}
	return 'text';
}

/** False only when the lowercased body cannot open like an EXACT key; non-ASCII openings are always looked up. */
function mayBeExact(first: number): boolean {
	if (first >= 128) return true;
	return EXACT_FIRST.has(first >= 65 && first <= 90 ? first | 0x20 : first);
}

/** `Missed voice call, Tap to call back`, `Nieodebrane poł. głosowe, Stuknij…`: the call phrase before a comma or stop. */
function opensWithCall(text: string): boolean {
	const comma = text.indexOf(',');
	if (comma > 0 && CALLS.has(text.slice(0, comma).trim().toLowerCase())) return true;
	const stop = text.indexOf('.');
	return stop > 0 && CALLS.has(text.slice(0, stop).trim().toLowerCase());
}

function stripTilde(s: string): string {
	const c = s.charCodeAt(1);
	return s.charCodeAt(0) === 126 && (c === 0x202f || c === 32 || c === 0xa0) ? s.slice(2) : s;
}

/** `Ana added Bo` starts with `Ana`; `Anabel said` does not (a Latin letter or digit continues the name). */
function startsWithName(text: string, name: string): boolean {
	if (!text.startsWith(name)) return false;
	const next = text.charAt(name.length);
	return next === '' || !/[A-Za-z0-9\u00c0-\u024f]/.test(next);
}
