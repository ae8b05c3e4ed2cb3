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

const WORD = 1;
const CJK = 2;
// Flags of a WORD span: every character ASCII (no apostrophe), and some of them upper case.
const ASCII = 4;
const UPPER = 8;

/**
 * The word spans of a text as [start, end, flags] triples, in a buffer reused between calls (read it before the
 * next call). `extraWordChars` lets the query parser keep its wildcards (`*`, `?`) inside words.
 */
const spans: number[] = [];

function isWordAt(text: string, c: number, i: number, width: number, extraWordChars: string): boolean {
	if (c < 0x80) return isAsciiWordCode(c) || (extraWordChars !== '' && extraWordChars.includes(text[i]));
	return WORD_CHAR.test(width === 1 ? text[i] : text.slice(i, i + width));
}

/** Fills `spans` with the text's words and CJK characters; returns how many numbers it wrote. */
function splitWords(text: string, extraWordChars: string): number {
	let len = 0;
	let wordStart = -1;
	// a word of ASCII letters and digits only needs lower-casing, not the whole fold
	let wordFlags = 0;
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
			if (wordStart >= 0) {
				spans[len++] = wordStart;
				spans[len++] = i;
				spans[len++] = wordFlags;
				wordStart = -1;
			}
			spans[len++] = i;
			spans[len++] = i + width;
			spans[len++] = CJK;
		} else if (isWordAt(text, c, i, width, extraWordChars)) {
			if (wordStart < 0) {
				wordStart = i;
				wordFlags = WORD | ASCII;
			}
			if (c >= 0x80) wordFlags &= ~ASCII;
			else if (c >= 65 && c <= 90) wordFlags |= UPPER;
		} else if (isApostropheCode(c) && wordStart >= 0 && i + 1 < n) {
			wordFlags &= ~ASCII;
			const next = text.codePointAt(i + 1)!;
			const nextWidth = next > 0xffff ? 2 : 1;
			if (!(isWordAt(text, next, i + 1, nextWidth, extraWordChars) && !isCjk(next))) {
				spans[len++] = wordStart;
				spans[len++] = i;
				spans[len++] = wordFlags;
				wordStart = -1;
			}
		} else if (wordStart >= 0) {
			spans[len++] = wordStart;
			spans[len++] = i;
			spans[len++] = wordFlags;
			wordStart = -1;
		}
		i += width;
	}
	if (wordStart >= 0) {
		spans[len++] = wordStart;
		spans[len++] = n;
		spans[len++] = wordFlags;
	}
	return len;
}

/** The folded form of the span text[start, end) with these flags. */
function normOf(text: string, start: number, end: number, flags: number): string {
	const word = text.slice(start, end);
	if (flags === CJK) {
		// unified ideographs fold to their Simplified form; kana and compatibility ideographs decompose
		const c = text.codePointAt(start)!;
		return c >= 0x4e00 && c <= 0x9fff ? toSimplified(word) : toSimplified(fold(word));
	}
	const norm = flags & ASCII ? (flags & UPPER ? word.toLowerCase() : word) : fold(word);
	return norm.length <= 3 ? (CHAT_SPELLING.get(norm) ?? norm) : norm;
}

/**
 * Splits text into words. `extraWordChars` lets the query parser keep its wildcards (`*`, `?`) inside words.
 */
export function tokenize(text: string, extraWordChars = ''): Token[] {
	const len = splitWords(text, extraWordChars);
	const tokens: Token[] = [];
	for (let k = 0; k < len; k += 3) {
		const start = spans[k];
		const end = spans[k + 1];
		const flags = spans[k + 2];
		tokens.push({ norm: normOf(text, start, end, flags), start, end, cjk: flags === CJK });
	}
	return tokens;
}

export const KEY_BITS = 15;
export const KEY_SPACE = 1 << KEY_BITS;
const KEY_MULTIPLIER = 0x9e3779b1;

/** A 15-bit key from a word's first `n` letters and how many there are (so `ab` and `abc` differ). */
export function letterKey(word: string, n: number): number {
	const m = Math.min(n, word.length);
	let h = m;
	for (let i = 0; i < m; i++) h = Math.imul(h ^ word.charCodeAt(i), KEY_MULTIPLIER);
	return (h >>> 17) & (KEY_SPACE - 1);
}

/** The three-letter and two-letter keys of a word in one number. */
export function wordKeys(word: string): number {
	return (letterKey(word, 3) << KEY_BITS) | letterKey(word, 2);
}

// Chat spellings by the code of their (at most three) lower-case ASCII letters, for wordKeysOf; a bit per
// `shortCodeBit` of those codes answers most short words ("the", "and", "to") without a map look-up.
const CHAT_SPELLING_BY_CODE = new Map<number, string>();
const CHAT_SPELLING_BITS = new Uint32Array(4096 / 32);
for (const [from, to] of CHAT_SPELLING) {
	const code = shortCode(from, 0, from.length);
	CHAT_SPELLING_BY_CODE.set(code, to);
	const bit = shortCodeBit(code);
	CHAT_SPELLING_BITS[bit >>> 5] |= 1 << (bit & 31);
}

function shortCodeBit(code: number): number {
	return Math.imul(code, KEY_MULTIPLIER) >>> 20;
}

function chatSpellingOf(text: string, start: number, end: number): string | undefined {
	const code = shortCode(text, start, end);
	const bit = shortCodeBit(code);
	return CHAT_SPELLING_BITS[bit >>> 5] & (1 << (bit & 31)) ? CHAT_SPELLING_BY_CODE.get(code) : undefined;
}

function lowerAscii(c: number): number {
	return c >= 65 && c <= 90 ? c | 0x20 : c;
}

/** The lower-cased letters of an ASCII word of at most three letters, and its length, as one number. */
function shortCode(text: string, start: number, end: number): number {
	let code = end - start;
	for (let i = start; i < end; i++) code = (code << 7) | lowerAscii(text.charCodeAt(i));
	return code;
}

/** Bits of a word's whole-word hash (`wordHash`), for a set of exact words as a bitset. */
export const HASH_BITS = 18;

/** A hash of a whole folded word, HASH_BITS wide. */
export function wordHash(word: string): number {
	let h = word.length;
	for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), KEY_MULTIPLIER);
	return h >>> (32 - HASH_BITS);
}

/** Per word of a text, as `tokenize` would make it: its `wordKeys`, its `wordHash` and where it is. */
export interface WordKeys {
	text: string;
	keys: number[];
	hashes: number[];
	/** [start, end, flags] per word, for `normAt`. */
	spans: number[];
}

/** The folded form of word `i` of `words`, as tokenize gives it. */
export function normAt(words: WordKeys, i: number): string {
	const s = words.spans;
	return normOf(words.text, s[3 * i], s[3 * i + 1], s[3 * i + 2]);
}

/**
 * `wordKeys(norm)` and `wordHash(norm)` of every token `tokenize(text)` gives, in order, without making the tokens:
 * a word of ASCII letters and digits is keyed from its characters as they stand (most words of most messages), the
 * rest through their folded form. `into`, when given, is refilled and returned (no new arrays per message).
 */
export function wordKeysOf(text: string, into?: WordKeys): WordKeys {
	const len = splitWords(text, '');
	const out = into ?? { text, keys: [], hashes: [], spans: [] };
	out.text = text;
	const { keys, hashes, spans: at } = out;
	for (let k = 0; k < len; k++) at[k] = spans[k];
	if (at.length !== len) at.length = len;
	let count = 0;
	for (let k = 0; k < len; k += 3, count++) {
		const start = spans[k];
		const end = spans[k + 1];
		const flags = spans[k + 2];
		let norm: string | undefined;
		if ((flags & ASCII) === 0) norm = normOf(text, start, end, flags);
		else if (end - start <= 3) norm = chatSpellingOf(text, start, end);
		if (norm !== undefined) {
			keys[count] = wordKeys(norm);
			hashes[count] = wordHash(norm);
			continue;
		}
		const n = end - start;
		let h3 = Math.min(3, n);
		let h2 = Math.min(2, n);
		let h = n;
		for (let i = 0; i < n; i++) {
			const c = lowerAscii(text.charCodeAt(start + i));
			h = Math.imul(h ^ c, KEY_MULTIPLIER);
			if (i < 3) h3 = Math.imul(h3 ^ c, KEY_MULTIPLIER);
			if (i < 2) h2 = Math.imul(h2 ^ c, KEY_MULTIPLIER);
		}
		keys[count] = (((h3 >>> 17) & (KEY_SPACE - 1)) << KEY_BITS) | ((h2 >>> 17) & (KEY_SPACE - 1));
		hashes[count] = h >>> (32 - HASH_BITS);
	}
	if (keys.length !== count) {
		keys.length = count;
		hashes.length = count;
	}
	return out;
}
