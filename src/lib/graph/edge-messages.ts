import type { EdgeMessageReason, EdgeMessageRow } from '$lib/db/queries/graph';
import { isMention } from './mentions';

export interface EdgeMessage {
	id: number;
	conversationId: number;
	conversationTitle: string;
	platform: string;
	tsUtc: string | null;
	author: string;
	text: string;
	/** Why the message is on the edge, in the order direct, reply, mention. */
	reasons: EdgeMessageReason[];
}

const ORDER: EdgeMessageReason[] = ['direct', 'reply', 'mention'];

/** Query rows (one per message and reason, mention candidates unchecked) → one entry per message, in time order. */
export function edgeMessageList(rows: EdgeMessageRow[]): EdgeMessage[] {
	const byId = new Map<number, EdgeMessage>();
	for (const r of rows) {
		if (r.reason === 'mention' && !isMention({ text: r.text, name: r.name ?? '', handle: r.handle ?? '' })) continue;
		let m = byId.get(r.id);
		if (!m) {
			m = {
				id: r.id,
				conversationId: r.conversation_id,
				conversationTitle: r.conversation_title,
				platform: r.platform,
				tsUtc: r.ts_utc,
				author: r.author,
				text: r.text,
				reasons: []
			};
			byId.set(r.id, m);
		}
		if (!m.reasons.includes(r.reason)) m.reasons.push(r.reason);
	}
	const list = [...byId.values()];
	for (const m of list) m.reasons.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
	return list.sort((a, b) => cmp(a.tsUtc ?? '~', b.tsUtc ?? '~') || a.id - b.id);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
