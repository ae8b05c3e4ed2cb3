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

import { toSimplified } from './traditional';

const MARKS = /\p{M}/gu;

/**
 * Chat spellings of short function words, read as the word they stand for ("le dije q no" = "le dije que no",
 * "text u b4 lunch"): only forms that mean nothing else in the four languages.
 */
const CHAT_SPELLING = new Map<string, string>([
	['q', 'que'],
	['xq', 'porque'],
	['pq', 'porque'],
	['tb', 'tambien'],
	['tmb', 'tambien'],
	['xa', 'para'],
	['u', 'you'],
	['ur', 'your'],
	['b4', 'before'],
	['pls', 'please'],
	['plz', 'please'],
	['thx', 'thanks'],
	['cuz', 'because'],
	['bc', 'because'],
	['msg', 'message'],
	['wa', 'whatsapp'],
	['tg', 'telegram'],
	['wx', 'wechat'],
	['vx', 'wechat']
]);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

export function fold(word: string): string {
	let s = PLAIN_ASCII.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(MARKS, '').toLowerCase();
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

function isApostropheCode(c: number): boolean {
	return c === 0x27 || c === 0x2019;
}

function isAsciiWordCode(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Splits text into words. `extraWordChars` lets the query parser keep its wildcards (`*`, `?`) inside words.
 */
export function tokenize(text: string, extraWordChars = ''): Token[] {
	const tokens: Token[] = [];
	let wordStart = -1;
	const isWordAt = (c: number, i: number, width: number): boolean => {
		if (c < 0x80) return isAsciiWordCode(c) || (extraWordChars !== '' && extraWordChars.includes(text[i]));
		return WORD_CHAR.test(width === 1 ? text[i] : text.slice(i, i + width));
	};
	// a word of ASCII letters and digits only needs lower-casing, not the whole fold
	let wordAscii = true;
	let wordUpper = false;
	const closeWord = (end: number) => {
		if (wordStart < 0) return;
		const word = text.slice(wordStart, end);
		const norm = wordAscii ? (wordUpper ? word.toLowerCase() : word) : fold(word);
		tokens.push({ norm: norm.length <= 3 ? (CHAT_SPELLING.get(norm) ?? norm) : norm, start: wordStart, end, cjk: false });
		wordStart = -1;
	};
	let i = 0;
	const n = text.length;
	while (i < n) {
		let c = text.charCodeAt(i);
		let width = 1;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
			c = text.codePointAt(i)!;
			width = 2;
		}
		if (c >= 0x3040 && isCjk(c)) {
			closeWord(i);
			// unified ideographs fold to their Simplified form; kana and compatibility ideographs decompose
			const ch = text.slice(i, i + width);
			tokens.push({ norm: c >= 0x4e00 && c <= 0x9fff ? toSimplified(ch) : toSimplified(fold(ch)), start: i, end: i + width, cjk: true });
		} else if (isWordAt(c, i, width)) {
			if (wordStart < 0) {
				wordStart = i;
				wordAscii = true;
				wordUpper = false;
			}
			if (c >= 0x80) wordAscii = false;
			else if (c >= 65 && c <= 90) wordUpper = true;
		} else if (isApostropheCode(c) && wordStart >= 0 && i + 1 < n) {
			wordAscii = false;
			const next = text.codePointAt(i + 1)!;
			const nextWidth = next > 0xffff ? 2 : 1;
			if (!(isWordAt(next, i + 1, nextWidth) && !isCjk(next))) closeWord(i);
		} else {
			closeWord(i);
		}
		i += width;
	}
	closeWord(n);
	return tokens;
}
