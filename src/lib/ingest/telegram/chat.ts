import type { ConversationInfo, ConversationKind } from '../../model/types';

const KINDS: Record<string, ConversationKind> = {
	personal_chat: 'direct',
	bot_chat: 'direct',
	saved_messages: 'direct',
	private_group: 'group',
	private_supergroup: 'group',
	public_supergroup: 'group',
	private_channel: 'channel',
	public_channel: 'channel',
	replies: 'channel'
};

export const CHAT_TYPES = Object.keys(KINDS);

/** The chat-level fields of a chat object, as read so far. */
export interface ChatFields {
	name?: unknown;
	type?: unknown;
	id?: unknown;
}

export function conversationInfo(f: ChatFields): ConversationInfo {
	const type = typeof f.type === 'string' ? f.type : '';
	const id = typeof f.id === 'number' || typeof f.id === 'string' ? String(f.id) : undefined;
	let title = typeof f.name === 'string' ? f.name : '';
	if (title === '') title = type === 'saved_messages' ? 'Saved Messages' : type === 'replies' ? 'Replies' : `Telegram chat ${id ?? ''}`.trimEnd();
	const info: ConversationInfo = { title, kind: KINDS[type] ?? 'group' };
	if (id !== undefined) info.sourceId = id;
	return info;
}
