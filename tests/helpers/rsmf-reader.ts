// An RSMF reader written for the tests, independent of the writer: RFC 5322 headers (unfolded, RFC 2047 words
// decoded), MIME multipart, base64, the zip (fflate) and rsmf_manifest.json, with the checks RSMF 2.0 asks for.
import { unzipSync } from 'fflate';

export interface MimePart {
	headers: Map<string, string>;
	body: string;
}

export interface RsmfRead {
	headers: Map<string, string>;
	parts: MimePart[];
	zip: Record<string, Uint8Array>;
	manifest: Manifest;
}

export interface Manifest {
	version: string;
	participants: { id: string; display?: string; email?: string; account_id?: string; custom?: { name: string; value: string }[] }[];
	conversations: { id: string; platform: string; type?: string; display?: string; participants: string[]; custom?: { name: string; value: string }[] }[];
	events: {
		id?: string;
		type: string;
		parent?: string;
		body?: string;
		participant?: string;
		conversation?: string;
		timestamp?: string;
		deleted?: boolean;
		attachments?: { id: string; display?: string; size?: number }[];
		custom?: { name: string; value: string }[];
	}[];
	eventcollectionid?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function fromBase64(text: string): Uint8Array {
	const clean = text.replace(/[\r\n]/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('not base64');
	return Uint8Array.from(atob(clean), (c) => c.charCodeAt(0));
}

function decodeWords(value: string): string {
	// Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
	return value.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) => utf8.decode(fromBase64(b64)));
}

/** Header section → map of lower-case names (a repeated name throws: none of ours may repeat). */
function parseHeaders(section: string): Map<string, string> {
	const headers = new Map<string, string>();
	const lines = section.split('\r\n');
	const logical: string[] = [];
	for (const line of lines) {
		if (line.length > 998) throw new Error('a header line is longer than 998 characters');
		if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1] += line;
		else if (line !== '') logical.push(line);
	}
	for (const l of logical) {
		const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(l);
		if (!m) throw new Error(`not a header field: ${JSON.stringify(l)}`);
		const name = m[1].toLowerCase();
		if (headers.has(name)) throw new Error(`header ${name} repeats`);
		headers.set(name, decodeWords(m[2]));
	}
	return headers;
}

export function readRsmf(bytes: Uint8Array): RsmfRead {
	const text = new TextDecoder('ascii').decode(bytes);
	if (/[^\x00-\x7f]/.test(text)) throw new Error('an RFC 5322 message must be 7-bit');
	if (/[^\r]\n/.test(text)) throw new Error('bare LF: lines must end in CRLF');
	const split = text.indexOf('\r\n\r\n');
	const headers = parseHeaders(text.slice(0, split));
	const type = headers.get('content-type') ?? '';
	const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
	if (!/^multipart\/mixed;/.test(type) || !boundary) throw new Error(`not multipart/mixed: ${type}`);
	const body = text.slice(split + 4);
	const sections = body.split(`--${boundary}`);
	if (!sections.at(-1)!.startsWith('--')) throw new Error('no closing boundary');
	const parts = sections.slice(1, -1).map((s): MimePart => {
		const inner = s.replace(/^\r\n/, '');
		const at = inner.indexOf('\r\n\r\n');
		return { headers: parseHeaders(inner.slice(0, at)), body: inner.slice(at + 4).replace(/\r\n$/, '') };
	});
	const attachments = parts.filter((p) => /^attachment/.test(p.headers.get('content-disposition') ?? ''));
	if (attachments.length !== 1) throw new Error(`RSMF has exactly one attachment, found ${attachments.length}`);
	const att = attachments[0];
	if (att.headers.get('content-transfer-encoding') !== 'base64') throw new Error('rsmf.zip must be base64');
	if (!/filename="rsmf\.zip"/.test(att.headers.get('content-disposition')!)) throw new Error('the attachment must be named rsmf.zip');
	for (const line of att.body.split('\r\n')) if (line.length > 76) throw new Error('base64 line over 76 characters');
	const zip = unzipSync(fromBase64(att.body));
	const raw = zip['rsmf_manifest.json'];
	if (!raw) throw new Error('rsmf.zip has no rsmf_manifest.json');
	return { headers, parts, zip, manifest: JSON.parse(utf8.decode(raw)) as Manifest };
}

const EVENT_TYPES = new Set(['message', 'disclaimer', 'join', 'leave', 'history', 'unknown']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Every problem of a manifest against RSMF 2.0.0's schema and its cross-references; [] when none. */
export function manifestProblems(m: Manifest, zip: Record<string, Uint8Array>): string[] {
	const problems: string[] = [];
	const need = (ok: unknown, what: string) => (ok ? undefined : problems.push(what));
	need(m.version === '2.0.0', `version ${m.version}`);
	for (const k of ['participants', 'conversations', 'events'] as const) need(Array.isArray(m[k]), `${k} is not an array`);
	const people = new Set<string>();
	for (const p of m.participants) {
		need(typeof p.id === 'string' && p.id.length > 0, 'participant without id');
		need(!people.has(p.id), `participant ${p.id} twice`);
		people.add(p.id);
	}
	const conversations = new Set<string>();
	for (const c of m.conversations) {
		need(
			typeof c.id === 'string' && c.id.length > 0 && typeof c.platform === 'string' && c.platform.length > 0 && Array.isArray(c.participants),
			`conversation ${c.id} lacks id, platform or participants`
		);
		need(c.type === undefined || c.type === 'direct' || c.type === 'channel', `conversation type ${c.type}`);
		for (const p of c.participants) need(people.has(p), `conversation ${c.id} names unknown participant ${p}`);
		conversations.add(c.id);
	}
	const events = new Map<string, string | undefined>();
	for (const e of m.events) if (e.id) events.set(e.id, e.conversation);
	for (const e of m.events) {
		need(EVENT_TYPES.has(e.type), `event type ${e.type}`);
		if (e.participant !== undefined) need(people.has(e.participant), `event ${e.id} names unknown participant ${e.participant}`);
		if (e.conversation !== undefined) need(conversations.has(e.conversation), `event ${e.id} names unknown conversation ${e.conversation}`);
		if (e.parent !== undefined)
			need(events.has(e.parent) && events.get(e.parent) === e.conversation, `event ${e.id}'s parent ${e.parent} is not an event of its conversation`);
		if (e.timestamp !== undefined) need(ISO.test(e.timestamp), `event ${e.id} timestamp ${e.timestamp}`);
		for (const a of e.attachments ?? []) {
			need(zip[a.id] !== undefined, `attachment ${a.id} of event ${e.id} is not in rsmf.zip`);
			if (zip[a.id] && a.size !== undefined) need(zip[a.id].byteLength === a.size, `attachment ${a.id} size ${a.size} ≠ ${zip[a.id].byteLength}`);
		}
		for (const c of [...(e.custom ?? [])]) need(c.name.length > 0 && typeof c.value === 'string' && c.value.length > 0, `event ${e.id} custom ${c.name} empty`);
	}
	return problems;
}

/** A custom field's value. */
export function customValue(item: { custom?: { name: string; value: string }[] }, name: string): string | undefined {
	return item.custom?.find((c) => c.name === name)?.value;
}
