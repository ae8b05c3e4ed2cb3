/**
 * Review units for RSMF: each conversation is cut into windows of 24 hours (12 or 8 for busy conversations),
 * aligned to 00:00 UTC, as e-discovery platforms expect one file per conversation-day. Messages whose time could
 * not be read go to one window of their own per conversation.
 */

export type SliceHours = 24 | 12 | 8;
export const SLICE_HOURS: readonly SliceHours[] = [24, 12, 8];

export interface Slice<T> {
	conversationId: number;
	/** UTC start and end (exclusive) of the window, 'YYYY-MM-DDTHH:MM:SSZ'; null for the undated window. */
	start: string | null;
	end: string | null;
	messages: T[];
}

const HOUR = 3_600_000;

function iso(ms: number): string {
	return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Slices in conversation order (first seen), windows in time order; messages keep their order within a window. */
export function sliceMessages<T extends { conversation_id: number; ts_utc: string | null }>(messages: readonly T[], hours: SliceHours): Slice<T>[] {
	const width = hours * HOUR;
	const byConversation = new Map<number, Map<number | null, T[]>>();
	for (const m of messages) {
		let windows = byConversation.get(m.conversation_id);
		if (!windows) byConversation.set(m.conversation_id, (windows = new Map()));
		const t = m.ts_utc ? Date.parse(m.ts_utc) : NaN;
		const key = Number.isNaN(t) ? null : Math.floor(t / width) * width;
		const list = windows.get(key);
		if (list) list.push(m);
		else windows.set(key, [m]);
	}
	const out: Slice<T>[] = [];
	for (const [conversationId, windows] of byConversation) {
		const keys = [...windows.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
		for (const k of keys) {
			out.push({ conversationId, start: k === null ? null : iso(k), end: k === null ? null : iso(k + width), messages: windows.get(k)! });
		}
	}
	return out;
}
