import type { NameLookup } from './mrkdwn';
import { profileName } from './message';
import type { ScannedItem } from '../json/records';

/** User and channel names for a workspace: users.json first, then the `user_profile` copies messages carry. */
export class Directory implements NameLookup {
	private readonly users = new Map<string, string>();
	private readonly channels = new Map<string, string>();

	addUser(id: unknown, entry: unknown): void {
		if (typeof id !== 'string' || this.users.has(id)) return;
		const name = profileName(entry);
		if (name) this.users.set(id, name);
	}

	addChannel(id: unknown, name: unknown): void {
		if (typeof id === 'string' && typeof name === 'string' && name !== '') this.channels.set(id, name);
	}

	/** Users named in messages (user_profile), for exports without users.json or users missing from it. */
	addFromMessages(items: readonly ScannedItem[]): void {
		for (const { value } of items) {
			if (typeof value !== 'object' || value === null) continue;
			const m = value as Record<string, unknown>;
			if (m.user_profile !== undefined) this.addUser(m.user, m.user_profile);
		}
	}

	user(id: string): string | undefined {
		return this.users.get(id);
	}

	channel(id: string): string | undefined {
		return this.channels.get(id);
	}
}
