import type { PairRow } from './types';

/**
 * What counts as a mention of person B in a message by person A (A ≠ B), both having posted in the conversation:
 * - B's display name there (at least 2 characters), compared case-insensitively, not inside a longer word: where the
 *   name begins or ends with a letter, digit or `_` of a script written with spaces, the character next to it in the
 *   text must not be one too ("Eve" is not in "Steve"; "Frank" is in "好的Frank"). Names in scripts written without
 *   spaces (Chinese, Japanese, Thai) need no boundary ("李明" is in "李明你好").
 *   `@Name` is covered by this rule too, since `@` is not a word character.
 * - or `@` followed by B's platform handle, not followed by such a letter, digit or `_`.
 * One message mentions a person at most once, however often the name appears.
 * The SQL pre-filters candidates by plain containment; these functions decide.
 */
export interface MentionCandidate {
	message_id: number;
	source: string;
	target: string;
	name: string;
	handle: string;
	text: string;
	risk_hits: number;
}

const WORD = /[\p{L}\p{N}_]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function needsBoundary(ch: string): boolean {
	return WORD.test(ch) && !UNSPACED.test(ch);
}

function charBefore(s: string, i: number): string {
	if (i <= 0) return '';
	const cp = s.codePointAt(i - 1)!;
	// The low half of a surrogate pair: step back over the whole code point.
	if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) return String.fromCodePoint(s.codePointAt(i - 2)!);
	return String.fromCodePoint(cp);
}

function charAt(s: string, i: number): string {
	return i < s.length ? String.fromCodePoint(s.codePointAt(i)!) : '';
}

export function mentionsName(text: string, name: string): boolean {
	const n = name.trim().toLowerCase();
	if ([...n].length < 2) return false;
	const t = text.toLowerCase();
	const first = charAt(n, 0);
	const last = [...n].at(-1)!;
	for (let i = t.indexOf(n); i !== -1; i = t.indexOf(n, i + 1)) {
		const okStart = !needsBoundary(first) || !needsBoundary(charBefore(t, i));
		const okEnd = !needsBoundary(last) || !needsBoundary(charAt(t, i + n.length));
		if (okStart && okEnd) return true;
	}
	return false;
}

export function mentionsHandle(text: string, handle: string): boolean {
	const h = handle.trim().toLowerCase().replace(/^@/, '');
	if (h.length === 0) return false;
	const t = text.toLowerCase();
	const needle = `@${h}`;
	for (let i = t.indexOf(needle); i !== -1; i = t.indexOf(needle, i + 1)) {
		if (!needsBoundary(charAt(t, i + needle.length))) return true;
	}
	return false;
}

export function isMention(c: Pick<MentionCandidate, 'text' | 'name' | 'handle'>): boolean {
	return mentionsName(c.text, c.name) || mentionsHandle(c.text, c.handle);
}

/** Mention candidates → one pair row per unordered pair: count = mentioning messages (each once per person mentioned). */
export function mentionPairs(candidates: MentionCandidate[]): PairRow[] {
	const seen = new Set<string>();
	const pairs = new Map<string, PairRow>();
	for (const c of candidates) {
		if (c.source === c.target) continue;
		const once = `${c.message_id}|${c.target}`;
		if (seen.has(once) || !isMention(c)) continue;
		seen.add(once);
		const [a, b] = c.source < c.target ? [c.source, c.target] : [c.target, c.source];
		const key = `${a}|${b}`;
		const row = pairs.get(key) ?? { a, b, count: 0, messages: 0, risk_hits: 0 };
		row.count++;
		row.messages++;
		row.risk_hits += c.risk_hits;
		pairs.set(key, row);
	}
	return [...pairs.values()];
}
