import type { MessageKind } from '../../model/types';

/** DiscordChatExporter message `type` → kind. Types it does not name are written as numbers. Unlisted → `other`. */
export const TYPE_KIND: Readonly<Record<string, MessageKind>> = {
	Default: 'text',
	Reply: 'text',
	ThreadStarterMessage: 'text',
	ChatInputCommand: 'text',
	ContextMenuCommand: 'text',
	Call: 'call',
	RecipientAdd: 'system',
	RecipientRemove: 'system',
	ChannelNameChange: 'system',
	ChannelIconChange: 'system',
	ChannelPinnedMessage: 'system',
	GuildMemberJoin: 'system',
	ThreadCreated: 'system',
	// Boosts, channel follow, discovery notices, auto-moderation, role subscription, poll result.
	'8': 'system',
	'9': 'system',
	'10': 'system',
	'11': 'system',
	'12': 'system',
	'14': 'system',
	'15': 'system',
	'16': 'system',
	'17': 'system',
	'20': 'text',
	'21': 'text',
	'23': 'text',
	'24': 'system',
	'25': 'system',
	'46': 'system'
};

/**
 * The CSV has no type column; system records show only DiscordChatExporter's fallback text. A user who types
 * exactly one of these sentences is read as a system record: there is no way to tell them apart.
 */
const CSV_SYSTEM = [
	/^Joined the server\.$/,
	/^Pinned a message\.$/,
	/^Started a thread\.$/,
	/^Changed the channel icon\.$/,
	/^Changed the channel name(?:: .*|\.)$/s,
	/^Added .+ to the group\.$/s,
	/^Added a recipient\.$/,
	/^Removed .+ from the group\.$/s,
	/^Removed a recipient\.$/,
	/^Left the group\.$/
];
const CSV_CALL = /^Started a call that lasted [\d,.\u00a0\u202f ]+ minutes?\.$/;

export function csvKind(content: string, hasAttachments: boolean): MessageKind {
	if (CSV_CALL.test(content)) return 'call';
	for (const re of CSV_SYSTEM) if (re.test(content)) return 'system';
	return hasAttachments ? 'media' : 'text';
}

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanName(raw: string): string {
	return raw.replace(BIDI, '').trim();
}
