import type { MessageKind } from '../../model/types';

// Generated lines Meta writes as ordinary message content (English, plus the German and Spanish forms seen most).
const SYSTEM_PATTERNS: readonly RegExp[] = [
	/ named the group\b/,
	/ changed the group name to /,
	/ added .+ to the group\.?$/,
	/ removed .+ from the group\.?$/,
	/ left the group\.?$/,
	/ created the group\.?$/,
	/ changed the group photo\.?$/,
	/ set the nickname for /,
	/ set (?:his|her|their|your) own nickname to /,
	/ set your nickname to /,
	/ cleared the nickname for /,
	/ changed the (?:chat )?theme\b/,
	/ set the (?:emoji|quick reaction) to /,
	/ pinned a message\.?$/,
	/ turned (?:on|off) disappearing messages/,
	/ (?:made|removed) .+ (?:an|as) admin/,
	/ sent an attachment\.$/,
	/ created a poll: /,
	/ voted .+ in the poll/,
	/^This poll is no longer available\.?$/,
	/^Liked a message$/,
	/^(?:.+ )?[Rr]eacted .+ to (?:your|a) message\b/,
	/^You are now connected on Messenger\.?$/,
	/^You can now message and call each other/,
	/ hat die Gruppe .+ genannt\.?$/,
	/ hat .+ zur Gruppe hinzugefügt\.?$/,
	/ hat die Gruppe verlassen\.?$/,
	/ hat einen Anhang gesendet\.$/,
	/ llamó al grupo /,
	/ agregó a .+ al grupo\.?$/,
	/ añadió a .+ al grupo\.?$/,
	/ salió del grupo\.?$/,
	/ envió un archivo adjunto\.$/
];

const CALL_PATTERNS: readonly RegExp[] = [
	/ (?:started|joined|ended) (?:a |the )?(?:video|audio) (?:chat|call)\b/,
	/^The (?:video|audio) (?:chat|call) ended\.?$/,
	/missed (?:a |your )?(?:video |audio )?call/i,
	/ called you\.?$/,
	/^You called /
];

// Every system and call pattern contains one of these; most messages are ruled out by this one test.
const SYSTEM_HINT =
	/group|nickname|theme|emoji|quick reaction|pinned|disappearing|admin|attachment|poll|Liked a message|eacted|Messenger|each other|Gruppe|Anhang|grupo|adjunto/;
const CALL_HINT = /call|chat/i;

const LOCATION_TEXT = / sent a location\.?$/;
const MAP_LINK = /^https?:\/\/(?:maps\.google\.|www\.google\.[a-z.]+\/maps|goo\.gl\/maps|maps\.apple\.com|www\.bing\.com\/maps)/;

export function isSystemText(text: string): boolean {
	return SYSTEM_HINT.test(text) && SYSTEM_PATTERNS.some((re) => re.test(text));
}

function isCallText(text: string): boolean {
	return CALL_HINT.test(text) && CALL_PATTERNS.some((re) => re.test(text));
}

/** The canonical fields read from one Messenger/Instagram record, before it is given its place in the output. */
export interface RecordFields {
	authorRaw: string;
	/** Milliseconds since the epoch, or NaN when the record has no usable time. */
	ms: number;
	kind: MessageKind;
	text: string;
	attachments: string[];
}

type Fix = (s: string) => string;

function str(v: unknown, fix: Fix): string {
	return typeof v === 'string' ? fix(v) : '';
}

function uris(v: unknown, fix: Fix, out: string[]): void {
	if (Array.isArray(v)) {
		for (const item of v) uris(item, fix, out);
	} else if (v !== null && typeof v === 'object') {
		const uri = (v as { uri?: unknown }).uri;
		if (typeof uri === 'string' && uri !== '') out.push(fix(uri));
	}
}

function number(v: unknown): number {
	if (typeof v === 'number') return v;
	if (typeof v === 'string' && /^\d+(?:\.\d+)?$/.test(v)) return Number(v);
	return NaN;
}

/**
 * Reads a record of either export: Download Your Information (`sender_name`, `timestamp_ms`, `content`, strings
 * in Meta's Latin-1 mojibake, repaired by `fix`) or the end-to-end-encrypted chat export (`senderName`,
 * `timestamp`, `text`, `media[]`, clean UTF-8).
 */
export function readRecord(rec: Record<string, unknown>, fix: Fix): RecordFields {
	const e2ee = !('sender_name' in rec) && !('timestamp_ms' in rec) && ('senderName' in rec || 'timestamp' in rec);
	const f: Fix = e2ee ? (s) => s : fix;
	const authorRaw = str(e2ee ? rec.senderName : rec.sender_name, f);
	const ms = number(e2ee ? rec.timestamp : rec.timestamp_ms);
	const content = str(e2ee ? rec.text : rec.content, f);
	const attachments: string[] = [];
	for (const key of ['photos', 'videos', 'audio_files', 'files', 'gifs', 'sticker', 'media']) uris(rec[key], f, attachments);
	const share = rec.share !== null && typeof rec.share === 'object' ? (rec.share as Record<string, unknown>) : null;
	const link = share ? str(share.link, f) : '';
	const type = typeof rec.type === 'string' ? rec.type : '';

	let text = content;
	if (link !== '' && !content.includes(link)) text = content === '' ? link : `${content}\n${link}`;

	let kind: MessageKind;
	if (rec.is_unsent === true || rec.isUnsent === true) kind = 'deleted';
	else if (typeof rec.call_duration === 'number' || type === 'Call' || isCallText(content)) kind = 'call';
	else if (type === 'Subscribe' || type === 'Unsubscribe' || isSystemText(content)) kind = 'system';
	else if (LOCATION_TEXT.test(content) || MAP_LINK.test(link)) kind = 'location';
	else if (attachments.length > 0) kind = 'media';
	else if (text !== '') kind = 'text';
	else kind = 'other';
	return { authorRaw, ms, kind, text, attachments };
}
