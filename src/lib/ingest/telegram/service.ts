/** Text for Telegram service messages (`type: "service"`), whose own `text` is usually empty. */

type Rec = Record<string, unknown>;

function str(v: unknown): string {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function names(v: unknown): string {
	return Array.isArray(v) ? v.map((m) => (typeof m === 'string' ? m : 'Deleted Account')).join(', ') : '';
}

export const CALL_ACTIONS = new Set(['phone_call', 'group_call']);

/** `Phone call (56 s, hangup)`, `Group call (3600 s)`. */
export function describeCall(r: Rec): string {
	const details: string[] = [];
	if (typeof r.duration_seconds === 'number') details.push(`${r.duration_seconds} s`);
	else if (typeof r.duration === 'number') details.push(`${r.duration} s`);
	const reason = str(r.discard_reason);
	if (reason !== '') details.push(reason);
	const label = r.action === 'group_call' ? 'Group call' : 'Phone call';
	return details.length > 0 ? `${label} (${details.join(', ')})` : label;
}

const PHRASES: Record<string, (r: Rec) => string> = {
	create_group: (r) => `created group “${str(r.title)}”`,
	create_channel: (r) => `created channel “${str(r.title)}”`,
	edit_group_title: (r) => `changed the title to “${str(r.title)}”`,
	edit_group_photo: () => 'changed the group photo',
	delete_group_photo: () => 'removed the group photo',
	invite_members: (r) => `added ${names(r.members)}`,
	remove_members: (r) => `removed ${names(r.members)}`,
	join_group_by_link: (r) => (str(r.inviter) ? `joined by a link from ${str(r.inviter)}` : 'joined by an invite link'),
	join_group_by_request: () => 'joined after a request was approved',
	migrate_to_supergroup: () => 'converted the group to a supergroup',
	migrate_from_group: (r) => `migrated from group “${str(r.title)}”`,
	pin_message: (r) => `pinned message ${str(r.message_id)}`.trimEnd(),
	clear_history: () => 'cleared the history',
	joined_telegram: () => 'joined Telegram',
	take_screenshot: () => 'took a screenshot',
	set_messages_ttl: (r) => `set messages to auto-delete after ${str(r.period ?? r.period_seconds)} s`,
	invite_to_group_call: (r) => `invited ${names(r.members)} to the group call`
};

/** `Alice pinned message 3650`; unknown actions are written as their name with spaces. */
export function describeService(r: Rec, actor: string): string {
	const action = str(r.action);
	const phrase = PHRASES[action]?.(r) ?? (action === '' ? 'service message' : action.replace(/_/g, ' '));
	return actor !== '' ? `${actor} ${phrase}` : phrase;
}
