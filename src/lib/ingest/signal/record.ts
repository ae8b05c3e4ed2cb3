import type { MessageKind, ParsedMessage } from '../../model/types';

type Rec = Record<string, unknown>;

export type Mapped = { ok: true; message: ParsedMessage } | { ok: false; reason: string };

/** Names signal-export writes when it has no sender for a record (group changes, timers, safety numbers…). */
const NO_SENDER = new Set(['', 'No-Sender', 'None']);
/** Call records: signal-export writes the call as the body (`Missed voice call`, `Incoming video call (accepted, 2m 5s)`). */
const CALL_BODY = /^(?:Incoming|Outgoing|Missed) (?:(?:voice|video|group) )?call(?: \([^)]*\))?$/;
/** What signal-export's Markdown writes for a deleted message; merged exports carry it into the body. */
const DELETED_BODY = '(This message was deleted)';
const NAIVE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/;
const OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** signal-export writes naive local time (`datetime.isoformat()`, microseconds when the ms were not 0). */
function timestamp(v: unknown): string | null {
	if (typeof v === 'number' && Number.isFinite(v)) {
		const d = new Date(v > 1e11 ? v : v * 1000);
		return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19) + 'Z';
	}
	if (typeof v !== 'string') return null;
	const m = NAIVE.exec(v);
	if (m) return `${m[1]}T${m[2].length === 5 ? m[2] + ':00' : m[2]}`;
	if (OFFSET.test(v)) {
		const d = new Date(v);
		return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19) + 'Z';
	}
	return null;
}

/** The two spaces signal-export appends to every body for Markdown line breaks. */
function cleanBody(v: unknown): string {
	if (typeof v !== 'string') return '';
	return v.endsWith('  ') ? v.slice(0, -2) : v;
}

function attachmentNames(v: unknown): string[] {
	if (!Array.isArray(v)) return [];
	const out: string[] = [];
	for (const a of v) {
		if (typeof a === 'string') {
			if (a !== '') out.push(a);
			continue;
		}
		if (a === null || typeof a !== 'object') continue;
		const r = a as Rec;
		const name = typeof r.name === 'string' && r.name !== '' ? r.name : typeof r.path === 'string' ? r.path : '';
		if (name !== '') out.push(name);
	}
	return out;
}

/** A sticker is an emoji string (current signal-export) or an object `{id, packId, emoji, …}` (older). */
function stickerEmoji(v: unknown): string | null {
	if (typeof v === 'string') return v === '' ? null : v;
	if (v !== null && typeof v === 'object') {
		const e = (v as Rec).emoji;
		return typeof e === 'string' ? e : '';
	}
	return null;
}

export function mapRecord(record: unknown, index: number, line: number, raw: string): Mapped {
	if (record === null || typeof record !== 'object' || Array.isArray(record)) {
		return {
			ok: false,
			reason: `not a signal-export message: a line must hold a JSON object, found ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`
		};
	}
	const r = record as Rec;
	if (!('date' in r) || !('body' in r || 'sender' in r)) {
		return { ok: false, reason: `not a signal-export message: keys ${Object.keys(r).slice(0, 8).join(', ') || '(none)'}` };
	}
	const ts = timestamp(r.date);
	if (ts === null) return { ok: false, reason: `unreadable date ${JSON.stringify(r.date)?.slice(0, 40)}` };
	const authorRaw = typeof r.sender === 'string' ? r.sender : '';
	const hasSender = !NO_SENDER.has(authorRaw.trim());
	const body = cleanBody(r.body);
	const attachments = attachmentNames(r.attachments);
	const sticker = stickerEmoji(r.sticker);
	let text = body;
	let kind: MessageKind;
	if (r.deleted === true || body === DELETED_BODY) kind = 'deleted';
	else if (r.call === true || r.missed === true || CALL_BODY.test(body)) kind = 'call';
	else if (attachments.length > 0 || sticker !== null) {
		kind = 'media';
		if (text === '' && sticker) text = sticker;
	} else if (body.trim() === '') kind = hasSender ? 'other' : 'system';
	else kind = hasSender ? 'text' : 'system';
	const message: ParsedMessage = {
		index,
		conversation: 0,
		author: hasSender ? authorRaw.replace(BIDI, '').trim() : '',
		authorRaw,
		ts,
		kind,
		text,
		attachments,
		edited: false,
		line,
		lineEnd: line,
		raw
	};
	return { ok: true, message };
}
