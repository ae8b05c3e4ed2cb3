import { normaliseEmail, normaliseHandle, normalisePhone } from './normalise';

/** One row of the participants table, as the merge reads it. */
export interface ParticipantRecord {
	id: number;
	platform: string;
	handle: string;
	display_name: string;
	phone: string | null;
	email: string | null;
}

/**
 * The keys a participant can be matched on, prefixed by kind so a phone never equals a handle.
 *
 * The handle counts only when it differs from the display name: platforms without stable author ids (WhatsApp,
 * Signal, Messenger…) store the name as shown as the handle, and display names alone never merge. A handle that
 * is shaped like a phone number or an e-mail address also gives that key.
 */
export function matchKeys(p: ParticipantRecord): string[] {
	const keys = new Set<string>();
	const phone = normalisePhone(p.phone) ?? normalisePhone(p.handle);
	if (phone) keys.add(`phone:${phone}`);
	const email = normaliseEmail(p.email) ?? normaliseEmail(p.handle);
	if (email) keys.add(`email:${email}`);
	if (p.handle.trim() !== p.display_name.trim()) {
		const handle = normaliseHandle(p.handle);
		if (handle) keys.add(`handle:${handle}`);
	}
	return [...keys];
}

/** A participant's identity across re-imports: ids can change when a workspace is rebuilt, (platform, handle) cannot. */
export function participantKey(p: { platform: string; handle: string }): string {
	return `${p.platform}:${p.handle}`;
}
