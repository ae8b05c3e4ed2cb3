/**
 * One `messages.html` / `messagesN.html` of Telegram Desktop's HTML export, read into records in file order.
 * The markup is tdesktop's (Telegram/SourceFiles/export/output/export_output_html.cpp): each record is a
 * `div.message` with `id="message<id>"`; `service` records hold only text (and no time of their own); day
 * separators are service records with negative ids; `default` records have a date element whose title carries the
 * time, a `from_name` unless they are `joined` to the record before (same author within 15 minutes), and then an
 * optional forwarded block, a reply link, media, text, signature and reactions.
 */
import type { MessageKind, UnparsedLine } from '../../model/types';
import { childElements, findAll, findElement, hasClass, parseHtml, textOf, type HtmlElement } from '../html/tree';
import { LineCounter } from '../json/scan';
import { parseDateTitle, type TitleTime } from './html-time';

export interface HtmlRecord {
	/** The record's id as in `id="message…"`. */
	id: string;
	type: 'default' | 'service' | 'day';
	joined: boolean;
	/** The author this record names; null when it names none (a joined record repeats its predecessor's). */
	from: string | null;
	via: string | null;
	time: TitleTime | null;
	/** Day separators: the day as written (`23 August 2023`). */
	day: string | null;
	kind: MessageKind;
	text: string;
	attachments: string[];
	replyTo: string | null;
	/** A reply to a message in another chat, which cannot be linked. */
	replyElsewhere: boolean;
	forwarded: boolean;
	/** The original author of a forwarded record, null when it repeats the one before. */
	forwardedFrom: string | null;
	/** Media the export left out ("Not included, change data exporting settings to download."). */
	notIncluded: boolean;
	reactions: number;
	line: number;
	lineEnd: number;
	raw: string;
}

export interface HtmlPart {
	/** The chat's name from the page header. */
	title: string;
	records: HtmlRecord[];
	unparsed: UnparsedLine[];
	/** Where the file was cut off, when it ends inside its markup. */
	cut: { id: string | null; line: number } | null;
}

const NOT_INCLUDED = /^(?:Not included|Exceeds maximum size|Unavailable, please try again later)/;
const UNSUPPORTED = /^This message is not supported by this version of Telegram Desktop/;
const GROUP_CALL = /^(?:.+ started (?:voice|video) chat|(?:Voice|Video) chat)(?: \(\d+ seconds\))?$/;
const LINKED = /^(?:https?:|mailto:|tel:|#|\.?\/?$)/i;

const cls =
	(...names: string[]) =>
	(e: HtmlElement) =>
		hasClass(e, ...names);

/** A link's hidden target, written after its text (as for a `text_link` entity), unless the text already says it. */
function linkSuffix(a: HtmlElement, text: string): string {
	const href = a.attrs.href ?? '';
	if (!/^https?:\/\//i.test(href) || href === text) return '';
	// A mention links to t.me/<name>: the text says as much.
	if (text.startsWith('@') && href.toLowerCase().endsWith('/' + text.slice(1).toLowerCase())) return '';
	return ` (${href})`;
}

function plain(el: HtmlElement | null | undefined, skip?: (e: HtmlElement) => boolean): string {
	return el ? textOf(el, { skip }).replace(/\s+/g, ' ').trim() : '';
}

function fileHref(el: HtmlElement | null | undefined): string | null {
	const href = el?.attrs.href;
	return href && !LINKED.test(href) ? href : null;
}

/** `#go_to_message123`, `messages2.html#go_to_message123` → `123`. */
function messageLink(el: HtmlElement | null): string | null {
	const a = el ? (el.name === 'a' ? el : findElement(el, (e) => e.name === 'a')) : null;
	const m = /go_to_message(-?\d+)/.exec(a?.attrs.href ?? '') ?? /GoToMessage\((-?\d+)\)/.exec(a?.attrs.onclick ?? '');
	return m ? m[1] : null;
}

function authorName(fromName: HtmlElement): { name: string; via: string | null } {
	const full = plain(fromName, cls('date'));
	const m = /^(.*?)\s+via @([A-Za-z0-9_]+)$/.exec(full);
	return m ? { name: m[1], via: m[2] } : { name: full, via: null };
}

interface Media {
	kind: MessageKind;
	text: string;
	attachments: string[];
	notIncluded: boolean;
}

function readMedia(wrap: HtmlElement): Media {
	const media: Media = { kind: 'media', text: '', attachments: [], notIncluded: false };
	const direct = findElement(
		wrap,
		(e) => e.name === 'a' && (hasClass(e, 'photo_wrap') || hasClass(e, 'sticker_wrap') || hasClass(e, 'animated_wrap') || hasClass(e, 'video_file_wrap'))
	);
	if (direct) {
		const href = fileHref(direct);
		if (href) media.attachments.push(href);
		return media;
	}
	const poll = findElement(wrap, cls('media_poll'));
	if (poll) {
		const answers = findAll(poll, cls('answer')).map((a) => '\n' + plain(a, cls('details')));
		return { ...media, kind: 'other', text: `Poll: ${plain(findElement(poll, cls('question')))}${answers.join('')}` };
	}
	const box = findElement(wrap, cls('media'));
	if (!box) return media;
	const title = plain(findElement(box, cls('title')));
	const description = plain(findElement(box, cls('description')));
	const status = plain(findElement(box, cls('status')));
	const href = fileHref(box);
	media.notIncluded = NOT_INCLUDED.test(description);
	if (hasClass(box, 'media_call')) return { ...media, kind: 'call', text: `Phone call${title ? ` with ${title}` : ''}${status ? `: ${status}` : ''}` };
	if (hasClass(box, 'media_location') || hasClass(box, 'media_live_location') || hasClass(box, 'media_venue')) {
		const named = hasClass(box, 'media_venue') ? title : '';
		return { ...media, kind: 'location', text: [named, description, status].filter((p) => p !== '').join(', ') };
	}
	if (hasClass(box, 'media_contact'))
		return {
			...media,
			kind: 'other',
			text: `Contact: ${[title, status.replace(/ - vCard$/, '')].filter((p) => p !== '').join(' ')}`,
			attachments: href ? [href] : []
		};
	if (hasClass(box, 'media_game')) return { ...media, kind: 'other', text: `Game: ${title}` };
	if (hasClass(box, 'media_invoice')) return { ...media, kind: 'other', text: `Invoice: ${title}` };
	if (href) media.attachments.push(href);
	// A sticker without a thumbnail shows its emoji as the status.
	const emoji = status.split(',')[0].trim();
	if (title === 'Sticker' && emoji !== '' && !/\d/.test(emoji)) media.text = emoji;
	return media;
}

function countReactions(reactions: HtmlElement | null): number {
	if (!reactions) return 0;
	let n = 0;
	for (const r of findAll(reactions, cls('reaction'))) {
		const count = Number(plain(findElement(r, cls('count'))));
		n += Number.isFinite(count) && count > 0 ? count : Math.max(1, findAll(r, cls('userpic')).length);
	}
	return n;
}

function record(el: HtmlElement, id: string, type: HtmlRecord['type']): HtmlRecord {
	return {
		id,
		type,
		joined: hasClass(el, 'joined'),
		from: null,
		via: null,
		time: null,
		day: null,
		kind: type === 'default' ? 'text' : 'system',
		text: '',
		attachments: [],
		replyTo: null,
		replyElsewhere: false,
		forwarded: false,
		forwardedFrom: null,
		notIncluded: false,
		reactions: 0,
		line: 0,
		lineEnd: 0,
		raw: ''
	};
}

function readDefault(el: HtmlElement, r: HtmlRecord): string | null {
	const body = childElements(el, cls('body'))[0];
	if (!body) return 'a message without its body';
	const date = childElements(body, cls('date'))[0] ?? findElement(body, (e) => hasClass(e, 'date') && e.attrs.title !== undefined, cls('forwarded'));
	r.time = date ? parseDateTitle(date.attrs.title ?? '') : null;
	if (!r.time) return `a message whose date title is not a time: ${JSON.stringify(date?.attrs.title ?? '(none)')}`;
	const fromName = childElements(body, cls('from_name'))[0];
	if (fromName) {
		const author = authorName(fromName);
		r.from = author.name;
		r.via = author.via;
	}
	const forwarded = childElements(body, cls('forwarded', 'body'))[0];
	const content = forwarded ?? body;
	if (forwarded) {
		r.forwarded = true;
		const original = childElements(forwarded, cls('from_name'))[0];
		r.forwardedFrom = original ? authorName(original).name : null;
	}
	const reply = childElements(content, cls('reply_to'))[0];
	if (reply) {
		r.replyTo = messageLink(reply);
		r.replyElsewhere = r.replyTo === null;
	}
	const wrap = childElements(content, cls('media_wrap'))[0];
	if (wrap) {
		const media = readMedia(wrap);
		r.kind = media.kind;
		r.attachments = media.attachments;
		r.notIncluded = media.notIncluded;
		r.text = media.text;
	}
	const text = childElements(content, cls('text'))[0];
	if (text) {
		const t = textOf(text, { linkSuffix });
		r.text = r.kind === 'text' || r.kind === 'media' || r.text === '' ? t : `${r.text}\n${t}`;
	}
	r.reactions = countReactions(childElements(body, cls('reactions'))[0] ?? null);
	return null;
}

/** Reads one part; what it cannot place is unparsed with its line and `#message…` anchor. */
export function readHtmlPart(text: string, path: string): HtmlPart {
	const doc = parseHtml(text);
	const lines = new LineCounter(text);
	const header = findElement(doc, cls('page_header'));
	const title = plain(header ? findElement(header, cls('text')) : null);
	const history = findElement(doc, cls('history')) ?? doc;
	const part: HtmlPart = { title, records: [], unparsed: [], cut: null };
	// tdesktop closes every tag it opens: a file that ends with tags open was cut off.
	const open = (doc.unclosed ?? []).filter((e) => e.name !== 'p' && e.name !== 'li');
	if (open.length > 0) {
		const inMessage = open.find((e) => hasClass(e, 'message'));
		const id = inMessage ? (/^message(-?\d+)$/.exec(inMessage.attrs.id ?? '')?.[1] ?? null) : null;
		part.cut = { id, line: inMessage ? new LineCounter(text).at(inMessage.start) : new LineCounter(text).at(text.length) };
	}
	for (const el of findAll(history, (e) => e.name === 'div' && hasClass(e, 'message'))) {
		const line = lines.at(el.start);
		const raw = text.slice(el.start, el.end);
		const idAttr = /^message(-?\d+)$/.exec(el.attrs.id ?? '');
		const where = idAttr ? `${path}#message${idAttr[1]}` : path;
		if (!idAttr) {
			part.unparsed.push({
				line,
				path: where,
				text: raw.slice(0, 2000),
				reason: `a message block without a message id (id=${JSON.stringify(el.attrs.id ?? '')})`
			});
			continue;
		}
		const id = idAttr[1];
		const service = hasClass(el, 'service');
		if (!service && !hasClass(el, 'default')) {
			part.unparsed.push({
				line,
				path: where,
				text: raw.slice(0, 2000),
				reason: `a message block that is neither "default" nor "service" (class ${JSON.stringify(el.attrs.class ?? '')})`
			});
			continue;
		}
		const r = record(el, id, service ? (id.startsWith('-') ? 'day' : 'service') : 'default');
		r.line = line;
		r.lineEnd = lines.at(Math.max(el.start, el.end - 1));
		r.raw = raw;
		if (service) {
			const t = plain(childElements(el, cls('body'))[0] ?? el, cls('userpic_wrap'));
			if (r.type === 'day') r.day = t;
			r.text = t;
			if (UNSUPPORTED.test(t)) r.kind = 'other';
			else if (GROUP_CALL.test(t)) r.kind = 'call';
		} else {
			const problem = readDefault(el, r);
			if (problem !== null) {
				part.unparsed.push({ line, path: where, text: raw.slice(0, 2000), reason: problem });
				continue;
			}
		}
		part.records.push(r);
	}
	return part;
}
