/** Display helpers; archive text is never passed through here as HTML. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatCount(n: number): string {
	return n.toLocaleString('en-US');
}

/** Nouns whose plural is not the singular plus "s". */
const IRREGULAR: Record<string, string> = { person: 'people', reply: 'replies', match: 'matches', entry: 'entries', query: 'queries', category: 'categories' };

/** A count and its noun in the right number: `1 person`, `2 people`, `1,234 messages`, `0 hits`. */
export function countOf(n: number, singular: string, plural?: string): string {
	const noun = n === 1 ? singular : (plural ?? IRREGULAR[singular] ?? `${singular}s`);
	return `${formatCount(n)} ${noun}`;
}

/** What a shown time without a zone means: the phone's wall clock, as the export wrote it. */
export const LOCAL_TIME_NOTE = 'local, no zone in export';

/**
 * Every shown time says its zone the same way: a UTC time (epoch sources, `…Z`) `2024-03-20 07:00 UTC`, a wall-clock
 * time the export wrote without a zone `2024-01-02 09:05 local` (LOCAL_TIME_NOTE says what that means).
 */
export function formatTs(ts: string | null | undefined): string {
	if (!ts) return '—';
	return ts.slice(0, 16).replace('T', ' ') + (ts.endsWith('Z') ? ' UTC' : ' local');
}

/** The explanation of formatTs's marker, for a `title`. */
export function tsZoneNote(ts: string | null | undefined): string {
	if (!ts) return '';
	return ts.endsWith('Z') ? 'UTC, as the export states it' : `Wall-clock time (${LOCAL_TIME_NOTE})`;
}

export function formatDateRange(first: string | null, last: string | null): string {
	if (!first || !last) return 'no dated messages';
	const a = first.slice(0, 10);
	const b = last.slice(0, 10);
	return a === b ? a : `${a} – ${b}`;
}
