/**
 * The slow, general reader of WhatsApp timestamps, for the lines the fast regex of header.ts does not take:
 * native digits (Arabic-Indic, Persian, Devanagari, Thai…), bidi marks and BOMs inside the header, localized AM/PM
 * words before or after the time, time before date, era years (`2565 BE`, `R4`), year-first dates with trailing dots
 * (`2022. 3. 18. 오후 2:56`), and the 2012–13 colon form `08/10/13 14:07:41: Name: text`.
 *
 * It also tells a line that has the shape of a header but cannot be a timestamp (minute 60, hour 23 with AM…):
 * such a line is reported, never glued onto the previous message.
 */
import type { HeaderScan } from './header';
import { BUDDHIST_OFFSET, DIGIT_ZEROS, JAPANESE_ERAS, MERIDIEM_WORDS } from './time-words';

const PREFIX = 96;
const LATIN_MERIDIEM = /([aApP])\.?[ ]?([mM])\.?(?![\p{L}\p{N}])/uy;
const LATIN_WORD_MERIDIEM = /(vorm|nachm|vm|nm|öö|ös)\.?(?![\p{L}\p{N}])/iuy;
const LATIN_WORD_AM = new Set(['vorm', 'vm', 'öö']);
const OTHER_MERIDIEM = MERIDIEM_WORDS.filter(([w]) => !/^[a-zöäü]+$/.test(w));

/** Marks that may stand anywhere in a header: BOM, LRM, RLM, ALM, embeddings, isolates. */
export function isHeaderMark(c: number): boolean {
	return c === 0xfeff || c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** The ASCII digit a character stands for, or -1. */
export function digitValue(c: number): number {
	if (c >= 48 && c <= 57) return c - 48;
	if (c < 0x0660) return -1;
	for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
	return -1;
}

interface Normalized {
	text: string;
	/** Index in the original line of each character of `text`, plus one past the end. */
	at: number[];
}

/** The line's start with marks dropped, digits in ASCII, no-break spaces as spaces and the Arabic comma as a comma. */
function normalize(line: string): Normalized {
	let text = '';
	const at: number[] = [];
	const end = Math.min(line.length, PREFIX);
	for (let i = 0; i < end; i++) {
		const c = line.charCodeAt(i);
		if (isHeaderMark(c)) continue;
		const d = digitValue(c);
		let ch: string;
		if (d >= 0) ch = String.fromCharCode(48 + d);
		else if (c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007) ch = ' ';
		else if (c === 0x060c) ch = ',';
		else ch = line[i];
		text += ch;
		at.push(i);
	}
	at.push(end);
	return { text, at };
}

/** A candidate for the slow reader: after marks, a `[` or a digit of any script. */
export function mayStartHeader(line: string): boolean {
	for (let i = 0; i < line.length && i < 8; i++) {
		const c = line.charCodeAt(i);
		if (isHeaderMark(c) || c === 32) continue;
		return c === 91 || digitValue(c) >= 0;
	}
	return false;
}

class Cursor {
	pos = 0;
	constructor(readonly s: string) {}
	peek(): string {
		return this.s[this.pos] ?? '';
	}
	eat(ch: string): boolean {
		if (this.s[this.pos] !== ch) return false;
		this.pos++;
		return true;
	}
	spaces(): number {
		const start = this.pos;
		while (this.s[this.pos] === ' ') this.pos++;
		return this.pos - start;
	}
	/** 1–4 digits; returns [value, count] or null. */
	number(max = 4): [number, number] | null {
		let v = 0;
		let n = 0;
		while (n < max) {
			const c = this.s.charCodeAt(this.pos);
			if (c < 48 || c > 57) break;
			v = v * 10 + (c - 48);
			n++;
			this.pos++;
		}
		if (n === 0) return null;
		const next = this.s.charCodeAt(this.pos);
		if (next >= 48 && next <= 57) return null;
		return [v, n];
	}
}

interface DatePart {
	parts: [number, number, number];
	lens: [number, number, number];
	era: number;
	trailingDot: boolean;
}

/** A year component: digits, `2565 BE`, or a Japanese era `R4`. */
function yearLike(cur: Cursor): [number, number, number] | null {
	const ch = cur.peek();
	if (ch in JAPANESE_ERAS) {
		const save = cur.pos;
		cur.pos++;
		const n = cur.number(2);
		if (n && n[0] > 0) return [JAPANESE_ERAS[ch] + n[0], 4, 2];
		cur.pos = save;
		return null;
	}
	const n = cur.number();
	if (!n) return null;
	const save = cur.pos;
	if (cur.eat(' ') && cur.s.startsWith('BE', cur.pos) && !/[\p{L}]/u.test(cur.s[cur.pos + 2] ?? '')) {
		cur.pos += 2;
		return [n[0] - BUDDHIST_OFFSET, 4, 1];
	}
	cur.pos = save;
	return [n[0], n[1], 0];
}

function readDate(cur: Cursor): DatePart | null {
	const a = yearLike(cur);
	if (!a) return null;
	const sep = cur.peek();
	if (sep !== '/' && sep !== '.' && sep !== '-') return null;
	cur.pos++;
	cur.eat(' ');
	const b = cur.number(2);
	if (!b) return null;
	if (!cur.eat(sep)) return null;
	cur.eat(' ');
	const c = yearLike(cur);
	if (!c) return null;
	const trailingDot = sep === '.' && cur.eat('.');
	let era = a[2] || c[2];
	const parts: [number, number, number] = [a[0], b[0], c[0]];
	const lens: [number, number, number] = [a[1], b[1], c[1]];
	// A Thai phone on the Buddhist calendar writes the year without `BE`: no export is dated after 2400.
	for (const k of [0, 2] as const) {
		if (lens[k] === 4 && parts[k] > 2400 && parts[k] < 2800) {
			parts[k] -= BUDDHIST_OFFSET;
			era = 1;
		}
	}
	if (lens[0] === 3 || lens[2] === 3) return null;
	return { parts, lens, era, trailingDot };
}

/** A meridiem word at the cursor: 1 AM, 2 PM, 0 none (cursor unchanged). */
function meridiem(cur: Cursor): number {
	LATIN_MERIDIEM.lastIndex = cur.pos;
	let m = LATIN_MERIDIEM.exec(cur.s);
	if (m) {
		cur.pos = LATIN_MERIDIEM.lastIndex;
		return m[1].toLowerCase() === 'a' ? 1 : 2;
	}
	LATIN_WORD_MERIDIEM.lastIndex = cur.pos;
	m = LATIN_WORD_MERIDIEM.exec(cur.s);
	if (m) {
		cur.pos = LATIN_WORD_MERIDIEM.lastIndex;
		return LATIN_WORD_AM.has(m[1].toLowerCase()) ? 1 : 2;
	}
	for (const [word, value] of OTHER_MERIDIEM) {
		if (cur.s.startsWith(word, cur.pos)) {
			cur.pos += word.length;
			return value;
		}
	}
	return 0;
}

interface TimePart {
	hour: number;
	minute: number;
	second: number;
	meridiem: number;
}

function readTime(cur: Cursor): TimePart | null {
	const save = cur.pos;
	let mer = meridiem(cur);
	if (mer) cur.spaces();
	const h = cur.number(2);
	if (!h) {
		cur.pos = save;
		return null;
	}
	const sep = cur.peek();
	if (sep !== ':' && sep !== '.') {
		cur.pos = save;
		return null;
	}
	cur.pos++;
	const m = cur.number(2);
	if (!m || m[1] !== 2) {
		cur.pos = save;
		return null;
	}
	let second = 0;
	const afterMinute = cur.pos;
	if (cur.eat(sep)) {
		const s = cur.number(2);
		if (s && s[1] === 2) second = s[0];
		else cur.pos = afterMinute;
	}
	if (!mer) {
		const beforeWord = cur.pos;
		cur.spaces();
		mer = meridiem(cur);
		if (!mer) cur.pos = beforeWord;
	}
	return { hour: h[0], minute: m[0], second, meridiem: mer };
}

/** Up to one short word between date and time (`klo`, `kl.`, `um`, `à`, `lúc`), then the time. */
function timeAfterDate(cur: Cursor): TimePart | null {
	const start = cur.pos;
	const t = readTime(cur);
	if (t) return t;
	const word = /[\p{L}]{1,4}\.?[ ]/uy;
	word.lastIndex = start;
	if (word.exec(cur.s)) {
		cur.pos = word.lastIndex;
		cur.spaces();
		const t2 = readTime(cur);
		if (t2) return t2;
	}
	cur.pos = start;
	return null;
}

/** Why a header-shaped line is not a timestamp, or '' when its numbers can be one. */
export function rangeProblem(scan: HeaderScan): string {
	if (scan.minute > 59) return `minute ${scan.minute}`;
	if (scan.second > 59) return `second ${scan.second}`;
	if (scan.d2 === 0) return 'day or month 0';
	if (scan.d1Len === 4 && scan.d3Len === 4) return 'two four-digit years';
	// 24:40 on a 1–24 clock is 00:40 of the same date; 00:08 a. m. on a 0–11 clock is 00:08.
	if (scan.meridiem === 0) return scan.hour > 24 ? `hour ${scan.hour}` : '';
	if (scan.hour > 23) return `hour ${scan.hour} with ${scan.meridiem === 1 ? 'AM' : 'PM'}`;
	if (scan.hour > 12 && scan.meridiem === 1) return `hour ${scan.hour} with AM`;
	return '';
}

/**
 * Reads a header the fast path could not. Returns true with `out` filled; false with `out.reject` set when the line
 * has the shape of a header but its numbers cannot be a timestamp; false with `out.reject` '' otherwise.
 */
export function scanGeneralHeader(line: string, out: HeaderScan): boolean {
	out.reject = '';
	if (!mayStartHeader(line)) return false;
	const norm = normalize(line);
	const cur = new Cursor(norm.text);
	cur.spaces();
	const bracket = cur.eat('[');
	cur.spaces();
	let date: DatePart | null;
	let time: TimePart | null;
	const start = cur.pos;
	date = readDate(cur);
	if (date) {
		cur.eat(',');
		if (!cur.spaces() && cur.s[cur.pos - 1] !== ',' && !date.trailingDot) return false;
		time = timeAfterDate(cur);
		if (!time) return false;
	} else {
		cur.pos = start;
		time = readTime(cur);
		if (!time) return false;
		cur.eat(',');
		cur.spaces();
		date = readDate(cur);
		if (!date) return false;
	}
	cur.eat('.');
	let form: HeaderScan['form'];
	if (bracket) {
		cur.spaces();
		if (!cur.eat(']')) return false;
		form = 'bracket';
		cur.eat(' ');
	} else {
		const beforeSep = cur.pos;
		cur.spaces();
		if ((cur.peek() === '-' || cur.peek() === '–') && (cur.s[cur.pos + 1] === ' ' || cur.pos + 1 >= cur.s.length)) {
			cur.pos++;
			cur.eat(' ');
			form = 'dash';
		} else {
			cur.pos = beforeSep;
			if (cur.eat(':') && cur.eat(' ')) form = 'colon';
			else if (date.trailingDot && cur.spaces() > 0 && cur.pos < cur.s.length) form = 'bare';
			else return false;
		}
	}
	out.d1 = date.parts[0];
	out.d2 = date.parts[1];
	out.d3 = date.parts[2];
	out.d1Len = date.lens[0];
	out.d3Len = date.lens[2];
	out.hour = time.hour;
	out.minute = time.minute;
	out.second = time.second;
	out.meridiem = time.meridiem;
	out.form = form;
	out.era = date.era;
	// Marks right after the header belong to the body (iOS writes an LRM before generated bodies).
	out.bodyStart = cur.pos > 0 ? norm.at[cur.pos - 1] + 1 : 0;
	const problem = rangeProblem(out);
	if (problem) {
		out.reject = problem;
		return false;
	}
	return true;
}
