import type { MessageSourceRow } from '$lib/db/queries/exports';
import { messageTimes } from '$lib/export/provenance';
import type { Redactor } from '$lib/redact/redactor';
import type { Slice } from './slice';

/**
 * The rsmf_manifest.json of one slice, RSMF 2.0.0 (Relativity's JSON schema, draft-07): participants,
 * conversations, events with `parent` links for replies, attachments by their name inside rsmf.zip, and what Parley
 * knows about each event's source in `custom` name/value pairs.
 */

export interface RsmfCustom {
	name: string;
	value: string;
}
export interface RsmfParticipant {
	id: string;
	display?: string;
	email?: string;
	account_id?: string;
	custom?: RsmfCustom[];
}
export interface RsmfConversation {
	id: string;
	display?: string;
	platform: string;
	type: 'direct' | 'channel';
	participants: string[];
	custom?: RsmfCustom[];
}
export interface RsmfAttachment {
	id: string;
	display?: string;
	size?: number;
}
export interface RsmfEvent {
	id: string;
	type: 'message' | 'disclaimer' | 'join' | 'leave' | 'history' | 'unknown';
	parent?: string;
	body?: string;
	participant?: string;
	conversation: string;
	timestamp?: string;
	deleted?: boolean;
	importance?: 'normal' | 'high';
	attachments?: RsmfAttachment[];
	custom?: RsmfCustom[];
}
export interface RsmfManifest {
	version: '2.0.0';
	participants: RsmfParticipant[];
	conversations: RsmfConversation[];
	events: RsmfEvent[];
	eventcollectionid: string;
}

/** A participant as the workspace knows it (participants table). */
export interface ParticipantInfo {
	id: number;
	handle: string;
	display_name: string;
	email: string | null;
	platform: string;
}

/** An attachment file that goes into rsmf.zip, under `id`. */
export interface PackedAttachment {
	id: string;
	bytes: Uint8Array;
}

export interface SliceManifest {
	manifest: RsmfManifest;
	attachments: PackedAttachment[];
}

export const participantId = (id: number) => `P${id}`;
export const conversationId = (id: number) => `C${id}`;
export const eventId = (id: number) => `M${id}`;

function custom(pairs: Record<string, string | number | boolean | null | undefined>): RsmfCustom[] {
	return Object.entries(pairs).flatMap(([name, v]) => (v === null || v === undefined || v === '' ? [] : [{ name, value: String(v) }]));
}

/** A name inside rsmf.zip: the message id and position keep names unique, the original name stays readable. */
export function attachmentEntry(messageId: number, position: number, fileName: string): string {
	const base =
		fileName
			.replace(/^.*[\\/]/, '')
			.replace(/[^\p{L}\p{N}._-]+/gu, '_')
			.slice(-120) || 'file';
	return `M${messageId}_${position}_${base}`;
}

/** Attachment bytes by the name messages use, or null when the archive did not carry the file. */
export type AttachmentSource = (fileName: string) => Promise<Uint8Array | null>;

function eventType(kind: string): RsmfEvent['type'] {
	return kind === 'system' ? 'unknown' : 'message';
}

export interface ManifestInput {
	slice: Slice<MessageSourceRow>;
	/** Every participant the slice's messages name. */
	participants: Map<number, ParticipantInfo>;
	/** Participants of each conversation across the whole export (a direct conversation lists both sides in every slice). */
	members: Map<number, number[]>;
	redactor: Redactor;
	attachments: AttachmentSource;
}

/**
 * Builds the manifest and collects the attachment files. While redacting, attachment files are withheld (their
 * content cannot be checked for what redaction hides) and each event names them in `custom` instead.
 */
export async function sliceManifest({ slice, participants, members, redactor: r, attachments }: ManifestInput): Promise<SliceManifest> {
	const first = slice.messages[0];
	const inFile = new Set(slice.messages.map((m) => m.message_id));
	const people = new Set<number>(members.get(slice.conversationId) ?? []);
	for (const m of slice.messages) if (m.participant_id !== null) people.add(m.participant_id);
	const packed: PackedAttachment[] = [];
	const events: RsmfEvent[] = [];
	for (const m of slice.messages) {
		const times = messageTimes(m.ts_local, m.tz, m.ts_utc);
		const files: RsmfAttachment[] = [];
		const missing: string[] = [];
		const withheld: string[] = [];
		for (const [position, name] of m.attachments.entries()) {
			if (r.enabled) {
				withheld.push(r.shown(name));
				continue;
			}
			const bytes = await attachments(name);
			if (!bytes) {
				missing.push(name);
				continue;
			}
			const id = attachmentEntry(m.message_id, position, name);
			packed.push({ id, bytes });
			files.push({ id, display: name, size: bytes.byteLength });
		}
		const replyInFile = m.reply_to !== null && inFile.has(m.reply_to);
		events.push({
			id: eventId(m.message_id),
			type: eventType(m.kind),
			...(replyInFile ? { parent: eventId(m.reply_to!) } : {}),
			body: r.shown(m.text),
			...(m.participant_id !== null ? { participant: participantId(m.participant_id) } : {}),
			conversation: conversationId(m.conversation_id),
			...(times.ts_utc ? { timestamp: times.ts_utc } : {}),
			deleted: m.deleted,
			importance: 'normal',
			...(files.length > 0 ? { attachments: files } : {}),
			custom: custom({
				'Parley message id': m.message_id,
				Kind: m.kind,
				Edited: m.edited ? 'true' : null,
				'Reply to (in another file)': m.reply_to !== null && !replyInFile ? eventId(m.reply_to) : null,
				'Local time as written': times.ts_local,
				'Time zone assumed': times.tz,
				'UTC offset': times.utc_offset,
				'Source file': r.shown(m.source_file),
				'Source line': m.line === null ? null : m.line_end !== null && m.line_end !== m.line ? `${m.line}-${m.line_end}` : m.line,
				'Source path': m.source_path,
				'Archive SHA-256': m.archive_sha256,
				'Attachments not in the archive': missing.length > 0 ? missing.join('; ') : null,
				'Attachments withheld (redacted export)': withheld.length > 0 ? withheld.join('; ') : null
			})
		});
	}
	const participantList = [...people]
		.sort((a, b) => a - b)
		.map((id): RsmfParticipant => {
			const p = participants.get(id);
			const email = p?.email && !r.enabled ? p.email : undefined;
			return {
				id: participantId(id),
				display: r.shown(p?.display_name ?? `participant ${id}`),
				...(email ? { email } : {}),
				...(p ? { account_id: r.shown(p.handle) } : {}),
				custom: custom({ Platform: p?.platform })
			};
		});
	return {
		manifest: {
			version: '2.0.0',
			participants: participantList,
			conversations: [
				{
					id: conversationId(slice.conversationId),
					display: r.shown(first.conversation),
					platform: first.platform,
					type: first.conversation_kind === 'direct' ? 'direct' : 'channel',
					participants: participantList.map((p) => p.id),
					custom: custom({
						'Parley conversation id': slice.conversationId,
						Kind: first.conversation_kind,
						'Window start (UTC)': slice.start,
						'Window end (UTC)': slice.end
					})
				}
			],
			events,
			eventcollectionid: `parley-${first.archive_sha256.slice(0, 16)}-C${slice.conversationId}`
		},
		attachments: packed
	};
}
