/**
 * Name comparison for suggested merges. Names alone never link people automatically; these rules only propose a
 * pair for a person to decide, and only within one platform (see suggestions.ts).
 */

/** Lowercased, accents and punctuation removed, split on spaces: "José  Álvarez-Ruiz" → ["jose", "alvarez", "ruiz"]. */
export function nameTokens(name: string): string[] {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.split(/\s+/)
		.filter((t) => t !== '');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
export function damerauDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[x.length][y.length];
}

export type NameRule = 'same-name' | 'initial' | 'typo';

/** Shortest name part a one-letter slip is believed in: "Weiss"/"Wiess" yes, "Dan"/"Dana" no (they are different names). */
export const TYPO_MIN_LENGTH = 5;

/**
 * Whether two display names plausibly name one person, and by which rule:
 * - `same-name`: equal once case, accents, punctuation and spacing are ignored ("Dana Weiss" / "dana  weiss");
 * - `initial`: same number of parts (at least two), equal where both are written out, and at least one part is an
 *   initial of the other's ("Dana Weiss" / "Dana W.", "D. Weiss"); at least one part must be written out in both;
 * - `typo`: same number of parts (at least two), all equal but one, which differs by one letter and is at least
 *   TYPO_MIN_LENGTH long in both ("Dana Weiss" / "Dana Wiess"; not "Dana Weiss" / "Dan Weiss").
 * A lone first name never matches anything but itself written differently ("Dana" / "Dana Weiss" is no match).
 */
export function nameMatch(a: string, b: string): NameRule | null {
	const x = nameTokens(a);
	const y = nameTokens(b);
	if (x.length === 0 || y.length === 0) return null;
	if (x.join(' ') === y.join(' ')) return a.trim() === b.trim() ? null : 'same-name';
	if (x.length !== y.length || x.length < 2) return null;
	let initials = 0;
	let full = 0;
	let typos = 0;
	for (let i = 0; i < x.length; i++) {
		const [p, q] = [x[i], y[i]];
		if (p === q) {
			if (p.length > 1) full++;
		} else if ((p.length === 1 && q.startsWith(p)) || (q.length === 1 && p.startsWith(q))) initials++;
		else if (Math.min(p.length, q.length) >= TYPO_MIN_LENGTH && damerauDistance(p, q) === 1) typos++;
		else return null;
	}
	if (initials > 0 && typos === 0 && full > 0) return 'initial';
	if (typos === 1 && initials === 0) return 'typo';
	return null;
}
