import type { MessageKind, ParsedMessage } from '../../model/types';
import { slackText, type NameLookup } from './mrkdwn';
import { slackTsToUtc } from './time';

/** Slack `subtype` → kind. No subtype is text; text with files becomes media; anything unlisted is `other`. */
export const SUBTYPE_KIND: Readonly<Record<string, MessageKind>> = {
	thread_broadcast: 'text',
	reply_broadcast: 'text',
	me_message: 'text',
	bot_message: 'text',
	slackbot_response: 'text',
	file_comment: 'text',
	file_mention: 'text',
	file_share: 'media',
	channel_join: 'system',
	channel_leave: 'system',
	channel_topic: 'system',
	channel_purpose: 'system',
	channel_name: 'system',
	channel_archive: 'system',
	channel_unarchive: 'system',
	channel_convert_to_private: 'system',
	channel_convert_to_public: 'system',
	channel_posting_permissions: 'system',
	group_join: 'system',
	group_leave: 'system',
	group_topic: 'system',
	group_purpose: 'system',
	group_name: 'system',
	group_archive: 'system',
	group_unarchive: 'system',
	pinned_item: 'system',
	unpinned_item: 'system',
	bot_add: 'system',
	bot_remove: 'system',
	bot_enable: 'system',
	bot_disable: 'system',
	reminder_add: 'system',
	reminder_delete: 'system',
	app_conversation_join: 'system',
	app_conversation_leave: 'system',
	tombstone: 'deleted',
	message_deleted: 'deleted',
	huddle_thread: 'call',
	sh_room_created: 'call'
};

const SLACKBOT = 'USLACKBOT';

export interface MessagePlace {
	index: number;
	conversation: number;
	path: string;
	line: number;
	lineEnd: number;
}

type Rec = Record<string, unknown>;

function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : undefined;
}

function isRecord(v: unknown): v is Rec {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fileNames(rec: Rec): string[] | null {
	const list = Array.isArray(rec.files) ? rec.files : isRecord(rec.file) ? [rec.file] : null;
	if (list === null || list.length === 0) return null;
	const names: string[] = [];
	for (const f of list) {
		if (!isRecord(f)) continue;
		// Deleted files and files hidden by a plan limit carry no name.
		const name = str(f.name) || str(f.title);
		if (name) names.push(name);
	}
	return names;
}

/** Bots often post with empty `text` and the content in legacy `attachments[]`; their fallback is the readable form. */
function attachmentText(rec: Rec): string {
	if (!Array.isArray(rec.attachments)) return '';
	const parts: string[] = [];
	for (const a of rec.attachments) {
		if (!isRecord(a)) continue;
		const t = str(a.fallback) || str(a.text) || str(a.title);
		if (t) parts.push(t);
	}
	return parts.join('\n');
}

/** Display name from a users.json entry or a message's `user_profile`. */
export function profileName(u: unknown): string | undefined {
	if (!isRecord(u)) return undefined;
	const p = isRecord(u.profile) ? u.profile : u;
	return str(p.display_name)?.trim() || str(p.real_name)?.trim() || str(u.real_name)?.trim() || str(u.name)?.trim() || undefined;
}

/** One Slack message record as a canonical message, or the reason it cannot be one. */
export function slackMessage(value: unknown, names: NameLookup, at: MessagePlace): ParsedMessage | string {
	if (!isRecord(value)) return `expected a message object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)?.slice(0, 40)}`;
	const ts = slackTsToUtc(value.ts);
	if (ts === null) return `message without a valid "ts" (found ${JSON.stringify(value.ts) ?? 'nothing'})`;
	const subtype = str(value.subtype);
	const files = fileNames(value);
	let kind: MessageKind = subtype === undefined ? 'text' : (SUBTYPE_KIND[subtype] ?? 'other');
	if (files !== null && (kind === 'text' || kind === 'other')) kind = 'media';

	const user = str(value.user);
	const bot = str(value.bot_id);
	const authorId = user ?? bot;
	const authorRaw = user ?? str(value.username) ?? bot ?? '';
	let author: string;
	if (kind === 'deleted' && user === SLACKBOT) author = '';
	else if (subtype === 'bot_message' || user === undefined)
		author = str(value.username) ?? profileName(value.bot_profile) ?? (bot ? (names.user(bot) ?? bot) : '');
	else author = names.user(user) ?? (user === SLACKBOT ? 'Slackbot' : user);

	const msg: ParsedMessage = {
		index: at.index,
		conversation: at.conversation,
		sourceId: String(value.ts),
		path: at.path,
		author,
		authorRaw,
		ts,
		kind,
		text: slackText(str(value.text) || attachmentText(value), names),
		attachments: files ?? [],
		edited: isRecord(value.edited),
		line: at.line,
		lineEnd: at.lineEnd,
		raw: JSON.stringify(value)
	};
	if (authorId !== undefined) msg.authorId = authorId;
	const thread = str(value.thread_ts);
	if (thread !== undefined && thread !== msg.sourceId) msg.replyTo = thread;
	return msg;
}
