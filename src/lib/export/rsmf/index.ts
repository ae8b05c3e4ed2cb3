import { strToU8, zipSync } from 'fflate';
import type { MessageSourceRow } from '$lib/db/queries/exports';
import { toCsv } from '$lib/export/csv';
import type { Redactor } from '$lib/redact/redactor';
import { sliceManifest, type AttachmentSource, type ParticipantInfo, type RsmfManifest } from './manifest';
import { rfc5322Date, rsmfMime } from './mime';
import { sliceMessages, type SliceHours } from './slice';

/**
 * RSMF 2.0 export: messages → one `.rsmf` file per conversation and window. Each file is an RFC 5322 message with
 * the X-RSMF headers and one base64 `rsmf.zip` holding rsmf_manifest.json and the attachment files.
 */

export const GENERATOR = 'Parley 0.1.0';

const APPLICATIONS: Record<string, string> = {
	whatsapp: 'WhatsApp',
	wechat: 'WeChat',
	telegram: 'Telegram',
	slack: 'Slack',
	discord: 'Discord',
	messenger: 'Facebook Messenger',
	instagram: 'Instagram',
	signal: 'Signal',
	csv: 'CSV import'
};

export interface RsmfFile {
	name: string;
	bytes: Uint8Array;
	sha256: string;
	conversationId: number;
	start: string | null;
	end: string | null;
	events: number;
	attachments: number;
	manifest: RsmfManifest;
}

export interface RsmfOptions {
	hours: SliceHours;
	participants: Map<number, ParticipantInfo>;
	redactor: Redactor;
	attachments: AttachmentSource;
	/** The export's time (the Date header); tests pass a fixed one. */
	now?: Date;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fileStem(title: string, start: string | null, hours: SliceHours): string {
	const safe =
		title
			.replace(/[^\p{L}\p{N} ._-]+/gu, '_')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 60) || 'conversation';
	if (!start) return `${safe} undated`;
	return hours === 24 ? `${safe} ${start.slice(0, 10)}` : `${safe} ${start.slice(0, 10)} ${start.slice(11, 13)}h`;
}

function summary(manifest: RsmfManifest, start: string | null, end: string | null, redacted: boolean, sources: Map<string, string>): string {
	const c = manifest.conversations[0];
	return [
		`Conversation: ${c.display ?? c.id} (${c.platform}, ${c.type})`,
		start ? `Window: ${start} to ${end} (UTC)` : 'Window: messages whose time could not be read',
		`Events: ${manifest.events.length}`,
		`Participants: ${manifest.participants.map((p) => p.display ?? p.id).join(', ')}`,
		`Redacted: ${redacted ? 'yes: names that are phone numbers or e-mail addresses, detected PII and secrets are masked; attachment files are withheld' : 'no'}`,
		'Sources:',
		...[...sources].map(([file, sha]) => `  ${file}  SHA-256 ${sha}`),
		`Written by ${GENERATOR}; the manifest's custom fields give each event's source file, line or JSON path, local time and zone.`,
		''
	].join('\r\n');
}

/** Builds the files of an export (messages in conversation order, then time order within one). */
export async function buildRsmf(messages: readonly MessageSourceRow[], opts: RsmfOptions): Promise<RsmfFile[]> {
	const members = new Map<number, number[]>();
	for (const m of messages) {
		if (m.participant_id === null) continue;
		const list = members.get(m.conversation_id) ?? [];
		if (!list.includes(m.participant_id)) list.push(m.participant_id);
		members.set(m.conversation_id, list);
	}
	const r = opts.redactor;
	const now = opts.now ?? new Date();
	const files: RsmfFile[] = [];
	const names = new Map<string, number>();
	for (const slice of sliceMessages(messages, opts.hours)) {
		const { manifest, attachments } = await sliceManifest({ slice, participants: opts.participants, members, redactor: r, attachments: opts.attachments });
		const zipEntries: Record<string, Uint8Array> = { 'rsmf_manifest.json': strToU8(JSON.stringify(manifest, null, 2)) };
		for (const a of attachments) zipEntries[a.id] = a.bytes;
		const zip = zipSync(zipEntries, { level: 6 });
		const times = slice.messages
			.map((m) => m.ts_utc)
			.filter((t): t is string => t !== null)
			.sort();
		const first = slice.messages[0];
		const sources = new Map(slice.messages.map((m) => [r.shown(m.source_file), m.archive_sha256]));
		const conversation = manifest.conversations[0];
		const headers: [string, string][] = [
			['From', 'Parley export <parley-export@localhost>'],
			['Date', rfc5322Date(now)],
			['Subject', `${conversation.display ?? conversation.id}${slice.start ? `, ${slice.start} to ${slice.end}` : ', undated messages'}`],
			['X-RSMF-Version', '2.0.0'],
			['X-RSMF-Generator', GENERATOR],
			...(times.length > 0
				? ([
						['X-RSMF-BeginDate', times[0]],
						['X-RSMF-EndDate', times[times.length - 1]]
					] as [string, string][])
				: []),
			['X-RSMF-EventCount', String(manifest.events.length)],
			['X-RSMF-Application', APPLICATIONS[first.platform] ?? first.platform],
			['X-RSMF-Participants', manifest.participants.map((p) => p.display ?? p.id).join(', ')],
			['X-RSMF-AttachmentCount', String(attachments.length)],
			['X-RSMF-EventCollectionID', manifest.eventcollectionid],
			['X-Parley-Redacted', r.enabled ? 'true' : 'false']
		];
		const bytes = rsmfMime({ headers, text: summary(manifest, slice.start, slice.end, r.enabled, sources), zip });
		let stem = fileStem(conversation.display ?? conversation.id, slice.start, opts.hours);
		const seen = (names.get(stem) ?? 0) + 1;
		names.set(stem, seen);
		if (seen > 1) stem = `${stem} (${seen})`;
		files.push({
			name: `${stem}.rsmf`,
			bytes,
			sha256: await sha256Hex(bytes),
			conversationId: slice.conversationId,
			start: slice.start,
			end: slice.end,
			events: manifest.events.length,
			attachments: attachments.length,
			manifest
		});
	}
	return files;
}

/** What is downloaded: the one `.rsmf` file, or a zip of them with an index (file, window, counts, SHA-256 of each). */
export function packRsmf(files: readonly RsmfFile[], redacted: boolean): { name: string; bytes: Uint8Array; type: string } {
	if (files.length === 1) return { name: files[0].name, bytes: files[0].bytes, type: 'message/rfc822' };
	const index = toCsv(
		['file', 'conversation_id', 'window_start_utc', 'window_end_utc', 'events', 'attachments', 'sha256', 'redacted'],
		files.map((f) => [f.name, f.conversationId, f.start, f.end, f.events, f.attachments, f.sha256, redacted])
	);
	const entries: Record<string, Uint8Array> = { 'rsmf-index.csv': strToU8(index) };
	for (const f of files) entries[f.name] = f.bytes;
	return { name: 'parley-rsmf.zip', bytes: zipSync(entries, { level: 0 }), type: 'application/zip' };
}
