/**
 * A review queue as pure data: the messages in the source's order, which of them are decided, where the reviewer is,
 * and what the keys do. The page holds one of these; the database holds the queue and its decisions.
 */

export const DEFAULT_TAGS = ['responsive', 'privileged', 'escalate', 'false positive'] as const;

/** At most nine tags get a number key. */
export const KEYED_TAGS = 9;

export interface Progress {
	reviewed: number;
	total: number;
	done: boolean;
}

/** "n of N reviewed": decisions on messages of this queue (a decision on a message not in it does not count). */
export function progressOf(ids: readonly number[], decided: ReadonlySet<number>): Progress {
	const unique = new Set(ids);
	let reviewed = 0;
	for (const id of unique) if (decided.has(id)) reviewed++;
	return { reviewed, total: unique.size, done: unique.size > 0 && reviewed === unique.size };
}

/** Where a queue resumes: the first message in queue order without a decision, or the last one when all are decided. */
export function resumeAt(ids: readonly number[], decided: ReadonlySet<number>): number {
	const i = ids.findIndex((id) => !decided.has(id));
	return i >= 0 ? i : Math.max(0, ids.length - 1);
}

/** The position after moving by `delta`, kept inside the queue. */
export function step(position: number, delta: number, length: number): number {
	if (length === 0) return 0;
	return Math.min(length - 1, Math.max(0, position + delta));
}

/** The tags the number keys 1–9 toggle: the default tags first, then the reviewer's own in alphabetical order. */
export function keyedTags(inUse: readonly string[]): string[] {
	const own = [...new Set(inUse)].filter((t) => !(DEFAULT_TAGS as readonly string[]).includes(t)).sort((a, b) => a.localeCompare(b));
	return [...DEFAULT_TAGS, ...own].slice(0, KEYED_TAGS);
}

/** A tag name as stored: trimmed, inner whitespace single, lower case; null when empty or too long. */
export function normaliseTag(text: string): string | null {
	const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
	return t.length === 0 || t.length > 60 ? null : t;
}

export type QueueKey =
	{ action: 'next' } | { action: 'previous' } | { action: 'toggle'; tag: string } | { action: 'note' } | { action: 'undo' } | { action: 'help' };

/** What a key press does in the queue (null: not a queue key). Modifier keys leave the browser's own shortcuts alone. */
export function keyAction(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }, tags: readonly string[]): QueueKey | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	switch (e.key) {
		case 'j':
			return { action: 'next' };
		case 'k':
			return { action: 'previous' };
		case 'n':
			return { action: 'note' };
		case 'u':
			return { action: 'undo' };
		case '?':
			return { action: 'help' };
	}
	if (/^[1-9]$/.test(e.key)) {
		const tag = tags[Number(e.key) - 1];
		return tag === undefined ? null : { action: 'toggle', tag };
	}
	return null;
}

/** One step the reviewer can take back with u. */
export type UndoStep =
	| { kind: 'tag'; messageId: number; tag: string; added: boolean }
	| { kind: 'decision'; messageId: number; previous: { decision: string; tags: string[]; reviewer: string; decided_at: string } | null; position: number };

/** Undo steps, newest last; bounded so a long session does not hold every step. */
export function pushUndo(stack: readonly UndoStep[], s: UndoStep, limit = 200): UndoStep[] {
	const next = [...stack, s];
	return next.length > limit ? next.slice(next.length - limit) : next;
}
