/** Text split into plain and marked pieces, rendered as text nodes and <mark> elements (never as HTML). */
export interface Segment {
	text: string;
	mark: boolean;
}

/** Ranges (UTF-16, end exclusive) may overlap, touch, be unsorted or run past the text; they are clamped and merged. */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
	const sorted = ranges
		.map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as [number, number])
		.filter(([s, e]) => e > s)
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const r of sorted) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	const out: Segment[] = [];
	let at = 0;
	for (const [s, e] of merged) {
		if (s > at) out.push({ text: text.slice(at, s), mark: false });
		out.push({ text: text.slice(s, e), mark: true });
		at = e;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
	return out;
}

export interface Snippet {
	text: string;
	ranges: [number, number][];
	/** Text was cut before / after the snippet. */
	before: boolean;
	after: boolean;
}

/**
 * At most `max` characters of a long text, placed so the first match shows with some context before it; ranges are
 * moved to the snippet's offsets and those outside it dropped. Cuts never split a surrogate pair.
 */
export function snippetAround(text: string, ranges: readonly (readonly [number, number])[], max: number, context = Math.floor(max / 4)): Snippet {
	if (text.length <= max) return { text, ranges: ranges.map(([s, e]) => [s, e]), before: false, after: false };
	const first = ranges.reduce((m, [s]) => Math.min(m, s), Infinity);
	let start = Number.isFinite(first) && first + 1 > max - context ? Math.min(first - context, text.length - max) : 0;
	start = Math.max(0, start);
	if (isLowSurrogate(text, start)) start--;
	let end = Math.min(text.length, start + max);
	if (isLowSurrogate(text, end)) end--;
	const shifted = ranges.map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as [number, number]).filter(([s, e]) => e > s);
	return { text: text.slice(start, end), ranges: shifted, before: start > 0, after: end < text.length };
}

function isLowSurrogate(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff;
}
