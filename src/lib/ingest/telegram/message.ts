import type { MessageKind, ParsedMessage } from '../../model/types';
import { richMessageText } from './rich';
import { CALL_ACTIONS, describeCall, describeService } from './service';
import { renderText, stripBidi } from './text';

type Rec = Record<string, unknown>;

/** Where a record sits, and counters the parse notes report. */
export interface RecordContext {
	index: number;
	conversation: number;
	line: number;
	path: string;
	counts: { notIncluded: number; forwarded: number; deletedAuthors: number; localDates: number; reacted: number; reactions: number; rich: number };
}

export type Mapped = { ok: true; message: ParsedMessage } | { ok: false; reason: string };

// `date` as tdesktop writes it (local wall-clock time), or with fractions and a zone as other tools write it.
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `date_unixtime` (UTC, preferred), else `date`: UTC when it carries a zone, else the exporting machine's local time. */
function timestamp(r: Rec, ctx: RecordContext): string | null {
	const u = r.date_unixtime;
	const secs = typeof u === 'number' ? u : typeof u === 'string' && /^-?\d+$/.test(u) ? Number(u) : NaN;
	if (Number.isFinite(secs)) {
		const d = new Date(secs * 1000);
		if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 19) + 'Z';
	}
	const m = typeof r.date === 'string' ? ISO_DATE.exec(r.date) : null;
	if (m === null) return null;
	if (m[3] === undefined) {
		ctx.counts.localDates++;
		return `${m[1]}T${m[2]}`;
	}
	const d = new Date(`${m[1]}T${m[2]}${m[3] === 'Z' ? 'Z' : m[3].length === 5 ? m[3].slice(0, 3) + ':' + m[3].slice(3) : m[3]}`);
	return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19) + 'Z';
}

/** Reactions stay in the record's raw JSON; here they are only counted for the parse notes. */
function countReactions(r: Rec, ctx: RecordContext): void {
	if (!Array.isArray(r.reactions) || r.reactions.length === 0) return;
	ctx.counts.reacted++;
	for (const x of r.reactions) {
		const n = x !== null && typeof x === 'object' ? (x as Rec).count : undefined;
		ctx.counts.reactions += typeof n === 'number' && n > 0 ? n : 1;
	}
}

/** `photo`/`file` hold a path relative to the export folder, or a `(File not included…)` note instead. */
function fileRef(v: unknown, ctx: RecordContext): string | null {
	if (typeof v !== 'string' || v === '') return null;
	if (v.startsWith('(') && v.endsWith(')')) {
		ctx.counts.notIncluded++;
		return null;
	}
	return v;
}

function str(v: unknown): string {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function locationText(r: Rec): string {
	const loc = r.location_information as Rec;
	const parts = [str(r.place_name), str(r.address)].filter((p) => p !== '');
	if (typeof loc?.latitude === 'number' && typeof loc?.longitude === 'number') parts.push(`${loc.latitude}, ${loc.longitude}`);
	return parts.join(', ');
}

function otherText(r: Rec): string {
	const poll = r.poll as Rec | undefined;
	if (poll && typeof poll === 'object') {
		const answers = Array.isArray(poll.answers) ? poll.answers.map((a) => `\n- ${str((a as Rec)?.text)}`) : [];
		return `Poll: ${str(poll.question)}${answers.join('')}`;
	}
	const c = r.contact_information as Rec | undefined;
	if (c && typeof c === 'object') {
		return `Contact: ${[str(c.first_name), str(c.last_name), str(c.phone_number)].filter((p) => p !== '').join(' ')}`;
	}
	if (typeof r.game_title === 'string') return `Game: ${r.game_title}`;
	const inv = r.invoice_information as Rec | undefined;
	if (inv && typeof inv === 'object') return `Invoice: ${str(inv.title)}`;
	return '';
}

function kindOf(r: Rec): MessageKind {
	if (r.type === 'unsupported') return 'other';
	if (r.location_information && typeof r.location_information === 'object') return 'location';
	if (r.poll || r.contact_information || r.game_title !== undefined || r.invoice_information) return 'other';
	if (r.photo !== undefined || r.file !== undefined || r.media_type !== undefined) return 'media';
	return 'text';
}

export function mapRecord(record: unknown, ctx: RecordContext): Mapped {
	if (record === null || typeof record !== 'object' || Array.isArray(record)) {
		return { ok: false, reason: `a message must be a JSON object, found ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}` };
	}
	const r = record as Rec;
	const ts = timestamp(r, ctx);
	if (ts === null) return { ok: false, reason: 'message without a usable date or date_unixtime' };
	const service = r.type === 'service';
	const attachments: string[] = [];
	let text = renderText(r.text, r.text_entities);
	if (text === '' && r.rich_message !== undefined && r.rich_message !== null) {
		text = richMessageText(r.rich_message);
		ctx.counts.rich++;
	}
	countReactions(r, ctx);
	let kind: MessageKind;
	let authorRaw: string;
	let author: string;
	let authorId: string | undefined;

	if (service) {
		authorRaw = str(r.actor);
		author = stripBidi(authorRaw).trim();
		authorId = str(r.actor_id) || undefined;
		kind = CALL_ACTIONS.has(str(r.action)) ? 'call' : 'system';
		if (text === '') text = kind === 'call' ? describeCall(r) : describeService(r, author);
	} else {
		authorRaw = str(r.from);
		authorId = str(r.from_id) || undefined;
		author = stripBidi(authorRaw).trim();
		if (r.from === null && authorId !== undefined) {
			author = 'Deleted Account';
			ctx.counts.deletedAuthors++;
		}
		kind = kindOf(r);
		for (const key of ['photo', 'file', 'contact_vcard']) {
			const ref = fileRef(r[key], ctx);
			if (ref !== null) attachments.push(ref);
		}
		if (text === '') {
			if (kind === 'location') text = locationText(r);
			else if (kind === 'other') text = otherText(r);
			else if (kind === 'media' && typeof r.sticker_emoji === 'string') text = r.sticker_emoji;
		}
		if (r.forwarded_from !== undefined) ctx.counts.forwarded++;
	}

	const message: ParsedMessage = {
		index: ctx.index,
		conversation: ctx.conversation,
		path: ctx.path,
		author,
		authorRaw,
		ts,
		kind,
		text,
		attachments,
		edited: r.edited !== undefined || r.edited_unixtime !== undefined,
		line: ctx.line,
		lineEnd: ctx.line,
		raw: JSON.stringify(r)
	};
	const id = str(r.id);
	if (id !== '') message.sourceId = id;
	if (authorId !== undefined) message.authorId = authorId;
	// Ids are per chat: a reply into another chat (reply_to_peer_id) cannot be linked here; raw keeps it.
	const reply = str(r.reply_to_message_id);
	if (reply !== '' && r.reply_to_peer_id === undefined) message.replyTo = reply;
	return { ok: true, message };
}
