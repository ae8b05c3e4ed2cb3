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

/** `2024-01-02T09:05:00` → `2024-01-02 09:05`; a UTC time (epoch sources) says so: `… 09:05 UTC`. */
export function formatTs(ts: string | null | undefined): string {
	if (!ts) return '—';
	return ts.slice(0, 16).replace('T', ' ') + (ts.endsWith('Z') ? ' UTC' : '');
}

export function formatDateRange(first: string | null, last: string | null): string {
	if (!first || !last) return 'no dated messages';
	const a = first.slice(0, 10);
	const b = last.slice(0, 10);
	return a === b ? a : `${a} – ${b}`;
}
