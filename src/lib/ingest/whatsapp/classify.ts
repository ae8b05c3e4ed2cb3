import type { MessageKind } from '../../model/types';
import { stringsFor } from './locale-strings';

/** Result of classifyBody, reused between calls by the caller. */
export interface BodyInfo {
	kind: MessageKind;
	text: string;
	attachments: string[];
	edited: boolean;
}

const LRM = '\u200e';
/**
 * Shared by every record without attachments: one empty array per message is a measurable share of the
 * memory of a million-message import. Frozen, so a consumer that tries to add to it fails loudly.
 */
export const NO_ATTACHMENTS: string[] = Object.freeze([]) as unknown as string[];
// One range covering all the marks: a single comparison per character is several times faster than the
// exact class, which then runs only on the texts that have a character in the range (also quotes, dashes).
const BIDI_RANGE = /[\u200e-\u2069]/;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes LRM/RLM, embeddings/overrides and isolates; keeps ZWJ (U+200D) and variation selectors. */
export function stripBidi(s: string): string {
	return BIDI_RANGE.test(s) ? s.replace(BIDI, '') : s;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EXACT = new Map<string, MessageKind>();
for (const s of stringsFor('typeOmitted')) EXACT.set(s, 'media');
for (const s of stringsFor('call')) EXACT.set(s, 'call');
for (const s of stringsFor('liveLocation')) EXACT.set(s, 'location');
for (const s of stringsFor('deleted')) {
	EXACT.set(s, 'deleted');
	EXACT.set(s + '.', 'deleted');
}
const MAX_EXACT = Math.max(...[...EXACT.keys()].map((k) => k.length));

const MEDIA_OMITTED = new Set(stringsFor('mediaOmitted').map((s) => s.toLowerCase()));
const MAX_MEDIA_OMITTED = Math.max(...[...MEDIA_OMITTED].map((k) => k.length));
const TYPE_OMITTED = new Set(stringsFor('typeOmitted'));
const CALLS = new Set(stringsFor('call'));
const EDITED = new Set(stringsFor('edited'));
const FILE_ATTACHED = stringsFor('fileAttached').map((s) => ' ' + s);
const DELETED_PREFIXES = stringsFor('deletedPrefix');
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
 */
export function classifyBody(body: string, hasAuthor: boolean, multiLine: boolean, out: BodyInfo): void {
	let text = stripBidi(body);
	out.attachments = NO_ATTACHMENTS;
	out.edited = false;
	if (text.charCodeAt(text.length - 1) === 62) {
		const lt = text.lastIndexOf('<');
		if (lt >= 0 && EDITED.has(text.slice(lt))) {
			out.edited = true;
			text = text.slice(0, lt).trimEnd();
		}
	}
	out.text = text;
	out.kind = kindOf(body, text, hasAuthor, multiLine, out);
}

/** Every test is gated by a constant-time check first: this runs once per message. */
function kindOf(body: string, text: string, hasAuthor: boolean, multiLine: boolean, out: BodyInfo): MessageKind {
	if (!hasAuthor) return CALLS.has(text) ? 'call' : 'system';
	if (text.length <= MAX_EXACT) {
		const k = EXACT.get(text);
		if (k) return k;
	}
	const first = text.charCodeAt(0);
	if (first === 60 && text.length <= MAX_MEDIA_OMITTED && MEDIA_OMITTED.has(text.toLowerCase())) return 'media';
	const marked = text !== body;
	if (marked) {
		const lrm = body.lastIndexOf(LRM);
		if (lrm > 0 && TYPE_OMITTED.has(body.slice(lrm + 1).trim())) return 'media';
	}

	const nl = multiLine ? text.indexOf('\n') : -1;
	const firstLine = nl < 0 ? text : text.slice(0, nl);
	if (firstLine.charCodeAt(firstLine.length - 1) === 41) {
		for (const suffix of FILE_ATTACHED) {
			if (firstLine.endsWith(suffix)) {
				out.attachments = [firstLine.slice(0, firstLine.length - suffix.length)];
				return 'media';
			}
		}
	}
	const last = text.charCodeAt(text.length - 1);
	// iOS never puts a caption after `<attached: …>`, so the tag ends the body.
	if (last === 62) {
		const m = ATTACHED_TAG.exec(text);
		if (m) {
			out.attachments = [m[1]];
			return 'media';
		}
	}
	// A location is the last line: `location: <url>`, or `Place (address): <maps url ending in coordinates>`.
	const lastLineStart = multiLine ? text.lastIndexOf('\n') + 1 : 0;
	if ((LOCATION_FIRST.has(text.charCodeAt(lastLineStart)) || (last >= 48 && last <= 57)) && LOCATION.test(text.slice(lastLineStart))) {
		return 'location';
	}
	for (const p of DELETED_PREFIXES) if (text.startsWith(p)) return 'deleted';
	if (isEncryptionBanner(text)) return 'system';
	if (body.charCodeAt(0) === 0x200e) {
		// iOS marks generated bodies with a leading LRM: `‎Missed voice call, ‎Tap to call back`, `‎~ Bo left`.
		const comma = text.indexOf(',');
		if (comma > 0 && CALLS.has(text.slice(0, comma))) return 'call';
		if (hasSystemPhrase(text)) return 'system';
	}
	return 'text';
}
