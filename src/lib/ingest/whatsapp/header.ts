/**
 * Recognises the timestamp that opens a WhatsApp message line, by char codes and without allocating:
 * this runs on every line of files with millions of lines.
 *
 *   Android  `8/21/21, 11:06 PM - Ann: hi`      iOS  `‎[8/15/23, 9:12:33 AM] Ann: hi`
 *   Finnish  `13.6.2018 klo 21.25.15 - Ann: hi`  Croatian `13. 6. 2018. 21:25:15 Ann: hi`
 */

/**
 * `dash`: `date, time - …` (Android); `bracket`: `[date, time] …` (iOS);
 * `bare`: `13. 6. 2018. 21:25:15 …`, accepted only after a trailing-dot date.
 */
export type HeaderForm = 'dash' | 'bracket' | 'bare';

/** Fields of a recognised header, written in place by scanHeader. */
export interface HeaderScan {
	/** The three date numbers in written order, and the digit count of the first and last. */
	d1: number;
	d2: number;
	d3: number;
	d1Len: number;
	d3Len: number;
	hour: number;
	minute: number;
	second: number;
	/** 0 none, 1 AM, 2 PM. */
	meridiem: number;
	form: HeaderForm;
	/** Index of the first character after the header (where author or system text begins). */
	bodyStart: number;
}

export function newHeaderScan(): HeaderScan {
	return { d1: 0, d2: 0, d3: 0, d1Len: 0, d3Len: 0, hour: 0, minute: 0, second: 0, meridiem: 0, form: 'dash', bodyStart: 0 };
}

const SPACE = 32;
const NBSP = 0xa0;
const NNBSP = 0x202f;
const LRM = 0x200e;
const RLM = 0x200f;

function isSpace(c: number): boolean {
	return c === SPACE || c === NBSP || c === NNBSP;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

// Scratch result of readNumber, to avoid returning a tuple.
let numValue = 0;

/** Reads 1..maxLen digits at pos; returns the end index or -1. Sets numValue. */
function readNumber(s: string, pos: number, maxLen: number): number {
	let v = 0;
	let i = pos;
	const stop = Math.min(s.length, pos + maxLen);
	while (i < stop) {
		const c = s.charCodeAt(i);
		if (!isDigit(c)) break;
		v = v * 10 + (c - 48);
		i++;
	}
	if (i === pos || (i < s.length && isDigit(s.charCodeAt(i)))) return -1;
	numValue = v;
	return i;
}

function skipSpaces(s: string, pos: number): number {
	while (pos < s.length && isSpace(s.charCodeAt(pos))) pos++;
	return pos;
}

/** Reads `AM`, `pm`, `a. m.`, `p.m.` (spaces may be NBSP/NNBSP) at pos; returns end index or -1. Sets numValue 1|2. */
function readMeridiem(s: string, pos: number): number {
	const c = s.charCodeAt(pos) | 0x20;
	if (c !== 0x61 && c !== 0x70) return -1;
	let i = pos + 1;
	if (s.charCodeAt(i) === 46) i++;
	i = skipSpaces(s, i);
	if ((s.charCodeAt(i) | 0x20) !== 0x6d) return -1;
	i++;
	if (s.charCodeAt(i) === 46) i++;
	// `Amy: hi` after a bare timestamp is an author, not a meridiem.
	const next = s.charCodeAt(i);
	if (i < s.length && !isSpace(next) && next !== 93 && next !== 45) return -1;
	numValue = c === 0x61 ? 1 : 2;
	return i;
}

/** Returns true and fills `out` when `line` starts with a WhatsApp message timestamp. */
export function scanHeader(line: string, out: HeaderScan): boolean {
	const len = line.length;
	let i = 0;
	let c = line.charCodeAt(0);
	if (c === LRM || c === RLM) c = line.charCodeAt(++i);
	const bracket = c === 91; // [
	if (bracket) i++;
	if (!isDigit(line.charCodeAt(i))) return false;

	// date: n sep n sep n, separators / . - (the same twice), optional space after each ("13. 6. 2018.")
	let j = readNumber(line, i, 4);
	if (j < 0) return false;
	out.d1 = numValue;
	out.d1Len = j - i;
	const sep = line.charCodeAt(j);
	if (sep !== 47 && sep !== 46 && sep !== 45) return false;
	i = j + 1;
	if (line.charCodeAt(i) === SPACE) i++;
	j = readNumber(line, i, 2);
	if (j < 0 || line.charCodeAt(j) !== sep) return false;
	out.d2 = numValue;
	i = j + 1;
	if (line.charCodeAt(i) === SPACE) i++;
	j = readNumber(line, i, 4);
	if (j < 0) return false;
	out.d3 = numValue;
	out.d3Len = j - i;
	if (out.d2 === 0 || (out.d1Len > 2 && out.d3Len > 2) || out.d1Len === 3 || out.d3Len === 3) return false;
	i = j;
	let trailingDot = false;
	if (sep === 46 && line.charCodeAt(i) === 46) {
		trailingDot = true;
		i++;
	}

	// date/time separator: ", " | " " | " klo "
	if (line.charCodeAt(i) === 44) i++;
	j = skipSpaces(line, i);
	if (j === i) return false;
	i = j;
	if (line.charCodeAt(i) === 107 && line.startsWith('klo', i)) {
		j = skipSpaces(line, i + 3);
		if (j === i + 3) return false;
		i = j;
	}

	// time: h[:.]mm([:.]ss)? with optional meridiem
	j = readNumber(line, i, 2);
	if (j < 0 || numValue > 24) return false;
	out.hour = numValue;
	const tsep = line.charCodeAt(j);
	if (tsep !== 58 && tsep !== 46) return false;
	i = j + 1;
	j = readNumber(line, i, 2);
	if (j !== i + 2 || numValue > 59) return false;
	out.minute = numValue;
	i = j;
	out.second = 0;
	if (line.charCodeAt(i) === tsep && isDigit(line.charCodeAt(i + 1))) {
		j = readNumber(line, i + 1, 2);
		if (j !== i + 3 || numValue > 59) return false;
		out.second = numValue;
		i = j;
	}
	out.meridiem = 0;
	j = readMeridiem(line, skipSpaces(line, i));
	if (j > 0) {
		if (out.hour === 0 || out.hour > 12) return false;
		out.meridiem = numValue;
		i = j;
	} else if (line.charCodeAt(i) === 46 && !bracket) {
		i++; // `2022/12/24, 13:01. - Ann: hi`
	}

	// terminator
	if (bracket) {
		if (line.charCodeAt(i) !== 93) return false; // ]
		i++;
		if (i < len && isSpace(line.charCodeAt(i))) i++;
		out.form = 'bracket';
	} else {
		j = skipSpaces(line, i);
		if (line.charCodeAt(j) === 45 && (j + 1 === len || isSpace(line.charCodeAt(j + 1)))) {
			i = j + 1 < len ? j + 2 : j + 1;
			out.form = 'dash';
		} else if (trailingDot && j > i && j < len) {
			i = j;
			out.form = 'bare';
		} else {
			return false;
		}
	}
	out.bodyStart = i;
	return true;
}
