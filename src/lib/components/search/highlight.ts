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
