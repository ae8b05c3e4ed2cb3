/**
 * Words with offsets, the unit the lexicon language matches on.
 *
 * - A word is a run of letters, digits and marks; an apostrophe between two letters stays inside it and is then
 *   dropped from the folded form ("can't", "can’t" and "cant" are the same word).
 * - Every Chinese/Japanese character (Han, Hiragana, Katakana) is a word of its own. Chinese has no spaces, so a CJK
 *   term of several characters matches as a run of consecutive character-words (a substring), and proximity `w/N`
 *   between CJK terms counts characters.
 * - Folding: Unicode compatibility decomposition (full-width Ａ → A), accents removed, lower case, ß → ss.
 */

export interface Token {
	/** The folded form compared against query terms. */
	norm: string;
	/** UTF-16 offsets into the original text, end exclusive. */
	start: number;
	end: number;
	/** One CJK character. */
	cjk: boolean;
}

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function fold(word: string): string {
	let s = word.normalize('NFKD').replace(MARKS, '').toLowerCase();
	if (s.includes('ß')) s = s.replace(/ß/g, 'ss');
	if (s.includes("'") || s.includes('’')) s = s.replace(/['’]/g, '');
	return s;
}

export function isCjk(cp: number): boolean {
	return (
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x3040 && cp <= 0x30ff) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0x20000 && cp <= 0x2fa1f)
	);
}

function isApostrophe(ch: string): boolean {
	return ch === "'" || ch === '’';
}

/**
 * Splits text into words. `extraWordChars` lets the query parser keep its wildcards (`*`, `?`) inside words.
 */
export function tokenize(text: string, extraWordChars = ''): Token[] {
	const tokens: Token[] = [];
	let wordStart = -1;
	const isWord = (ch: string) => WORD_CHAR.test(ch) || (extraWordChars !== '' && extraWordChars.includes(ch));
	const closeWord = (end: number) => {
		if (wordStart < 0) return;
		tokens.push({ norm: fold(text.slice(wordStart, end)), start: wordStart, end, cjk: false });
		wordStart = -1;
	};
	let i = 0;
	while (i < text.length) {
		const cp = text.codePointAt(i)!;
		const ch = String.fromCodePoint(cp);
		const width = ch.length;
		if (isCjk(cp)) {
			closeWord(i);
			tokens.push({ norm: fold(ch), start: i, end: i + width, cjk: true });
		} else if (isWord(ch)) {
			if (wordStart < 0) wordStart = i;
		} else if (isApostrophe(ch) && wordStart >= 0 && i + 1 < text.length) {
			const nextCp = text.codePointAt(i + 1)!;
			const next = String.fromCodePoint(nextCp);
			if (!(isWord(next) && !isCjk(nextCp))) closeWord(i);
		} else {
			closeWord(i);
		}
		i += width;
	}
	closeWord(text.length);
	return tokens;
}
