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

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const NARROW = /[il.,:;'|!jtfrI()[\] ]/;
const BROAD = /[A-HJ-Zmw@%]/;

/**
 * Width of a text in a sans-serif font, estimated per character and rounded up a little (no canvas in Node, and the
 * file is drawn where fonts differ): CJK and emoji a full em, capitals and m/w three quarters, i/l/./space a third.
 */
export function textWidth(text: string, fontSize = 12): number {
	let ems = 0;
	for (const ch of text) {
		if (EMOJI.test(ch)) ems += 1.25;
		else if (WIDE.test(ch)) ems += 1;
		else if (/\p{M}|\u200d|\ufe0f/u.test(ch)) ems += 0;
		else if (NARROW.test(ch)) ems += 0.32;
		else if (BROAD.test(ch)) ems += 0.75;
		else ems += 0.58;
	}
	return Math.ceil(ems * fontSize);
}

/** A left margin wide enough for the longest (clipped) label at 12px, measured so wide scripts are not cut at the left. */
export function marginForLabels(labels: string[], min = 40, max = 220): number {
	const longest = labels.reduce((m, s) => Math.max(m, 10 + [...s].length * 7, 16 + textWidth(s)), 0);
	return Math.min(max, Math.max(min, longest));
}

/** Integer ticks 0…max when counts are small (Plot would otherwise label 0.5 messages); undefined lets Plot choose. */
export function countTicks(max: number): number[] | undefined {
	return max < 10 ? Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i) : undefined;
}
