/** Short human durations for axes: 45 s, 5 min, 2 h, 3 d (rounded; one unit). */
export function formatSeconds(s: number): string {
	if (!Number.isFinite(s)) return '';
	if (s < 60) return `${round(s)} s`;
	if (s < 3600) return `${round(s / 60)} min`;
	if (s < 86_400) return `${round(s / 3600)} h`;
	return `${round(s / 86_400)} d`;
}

function round(v: number): string {
	return v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
}

/** 1234 → '1.2k', 1234567 → '1.2M'. */
export function formatCount(n: number): string {
	if (n < 1000) return String(n);
	if (n < 1_000_000) return `${round(n / 1000)}k`;
	return `${round(n / 1_000_000)}M`;
}

/** Labels longer than `max` characters are cut with an ellipsis, so axes stay readable. */
export function clip(label: string, max = 28): string {
	const chars = [...label];
	return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

/** A left margin wide enough for the longest (clipped) label at 12px. */
export function marginForLabels(labels: string[], min = 40, max = 220): number {
	const longest = labels.reduce((m, s) => Math.max(m, [...s].length), 0);
	return Math.min(max, Math.max(min, 10 + longest * 7));
}

/** Integer ticks 0…max when counts are small (Plot would otherwise label 0.5 messages); undefined lets Plot choose. */
export function countTicks(max: number): number[] | undefined {
	return max < 10 ? Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i) : undefined;
}
