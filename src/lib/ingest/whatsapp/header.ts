/**
 * Recognises the timestamp that opens a WhatsApp message line. This runs on every line of files with millions
 * of lines: a sticky regex (no captures, no allocation) validates the shape, then one char-code pass reads the
 * numbers. Measured twice as fast as a hand-written char-code scanner.
 *
 *   Android  `8/21/21, 11:06 PM - Ann: hi`      iOS  `‎[8/15/23, 9:12:33 AM] Ann: hi`
 *   Finnish  `13.6.2018 klo 21.25.15 - Ann: hi`  Croatian `13. 6. 2018. 21:25:15 Ann: hi`
 */

/**
 * `dash`: `date, time - …` (Android); `bracket`: `[date, time] …` (iOS);
 * `bare`: `13. 6. 2018. 21:25:15 …`, accepted only after a trailing-dot date;
 * `colon`: `08/10/13 14:07:41: Name: text` (2012–13 exports) and `13.06.18 21.25.15: Name: text`.
 */
export type HeaderForm = 'dash' | 'bracket' | 'bare' | 'colon';

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
	/** 0 Gregorian; 1 a Buddhist-era year, 2 a Japanese-era year, both already converted to the Gregorian year. */
	era: number;
	/** When scanHeader returns false for a line that has a header's shape: why its numbers are no timestamp. */
	reject: string;
	/** The month was written as a word (`28 Aug 2013`): d1 is the year (0 when none is written), d2 the month, d3 the day. */
	namedMonth: boolean;
}

export function newHeaderScan(): HeaderScan {
	return {
		d1: 0,
		d2: 0,
		d3: 0,
		d1Len: 0,
		d3Len: 0,
		hour: 0,
		minute: 0,
		second: 0,
		meridiem: 0,
		form: 'dash',
		bodyStart: 0,
		era: 0,
		reject: '',
		namedMonth: false
	};
}

// Spaces in timestamps may be NBSP or NNBSP; `a. m.`, `p.m.`, `PM`, `pm` are all meridiems.
const SP = '[ \\u00a0\\u202f]';
const DATE = '(?:\\d{1,2}|\\d{4})([./-]) ?\\d{1,2}\\1 ?(?:\\d{1,2}|\\d{4})';
const TIME = '\\d{1,2}([:.])\\d{2}(?:\\2\\d{2})?';
const MERIDIEM = `(?:${SP}*[aApP]\\.?${SP}*[mM]\\.?(?![A-Za-z]))?`;
const MARK = '[\\u200e\\u200f]?';

const DASH = new RegExp(`${MARK}${DATE}\\.?,?${SP}+(?:klo${SP}+)?${TIME}${MERIDIEM}\\.?${SP}*-(?:${SP}|$)`, 'y');
const BRACKET = new RegExp(`${MARK}\\[${DATE}\\.?,?${SP}+${TIME}${MERIDIEM}\\]${SP}?`, 'y');
const BARE = new RegExp(`${MARK}\\d{1,2}(\\.) ?\\d{1,2}\\. ?(?:\\d{2}|\\d{4})\\.${SP}+${TIME}${MERIDIEM}${SP}+(?=\\S)`, 'y');

import { rangeProblem, scanGeneralHeader } from './header-general';
import { scanMonthNameHeader } from './header-month-name';
import { BUDDHIST_OFFSET } from './time-words';

const LRM = 0x200e;
const RLM = 0x200f;
const OPEN_BRACKET = 91;

function test(re: RegExp, line: string): boolean {
	re.lastIndex = 0;
	return re.test(line);
}

/**
 * Returns true and fills `out` when `line` starts with a WhatsApp message timestamp. When it returns false for a line
 * shaped like a header whose numbers are no timestamp (minute 60, hour 23 with AM…), `out.reject` says why.
 */
export function scanHeader(line: string, out: HeaderScan): boolean {
	out.reject = '';
	out.era = 0;
	out.namedMonth = false;
	let c = line.charCodeAt(0);
	if (c === LRM || c === RLM) c = line.charCodeAt(1);
	let re: RegExp;
	if (c === OPEN_BRACKET) {
		if (!test(BRACKET, line)) return slowPath(line, out);
		re = BRACKET;
		out.form = 'bracket';
	} else if (c >= 48 && c <= 57) {
		if (test(DASH, line)) {
			re = DASH;
			out.form = 'dash';
		} else if (test(BARE, line)) {
			re = BARE;
			out.form = 'bare';
		} else {
			return slowPath(line, out);
		}
	} else {
		return slowPath(line, out);
	}
	const end = re.lastIndex;
	return readNumbers(line, end, out);
}

/** Native digits, marks, time-first and era years; then month names (`28 Aug 2013`, `Mar 5`). */
function slowPath(line: string, out: HeaderScan): boolean {
	if (scanGeneralHeader(line, out)) return true;
	return out.reject === '' && scanMonthNameHeader(line, out);
}

/** Reads the date and time numbers of an already validated header, then checks their ranges. */
function readNumbers(line: string, end: number, out: HeaderScan): boolean {
	let group = 0;
	let value = 0;
	let digits = 0;
	let meridiem = 0;
	let second = 0;
	for (let i = 0; i <= end; i++) {
		const c = i < end ? line.charCodeAt(i) : 0;
		if (c >= 48 && c <= 57) {
			value = value * 10 + (c - 48);
			digits++;
			continue;
		}
		if (digits > 0) {
			if (group === 0) {
				out.d1 = value;
				out.d1Len = digits;
			} else if (group === 1) out.d2 = value;
			else if (group === 2) {
				out.d3 = value;
				out.d3Len = digits;
			} else if (group === 3) out.hour = value;
			else if (group === 4) out.minute = value;
			else second = value;
			group++;
			value = 0;
			digits = 0;
		}
		const lower = c | 0x20;
		if (group >= 5 && (lower === 0x61 || lower === 0x70)) meridiem = lower === 0x61 ? 1 : 2;
	}
	out.second = second;
	out.meridiem = meridiem;
	out.bodyStart = end;
	// A Thai phone on the Buddhist calendar writes the year 2565 for 2022: no export is dated after 2400.
	if (out.d3Len === 4 && out.d3 > 2400 && out.d3 < 2800) {
		out.d3 -= BUDDHIST_OFFSET;
		out.era = 1;
	} else if (out.d1Len === 4 && out.d1 > 2400 && out.d1 < 2800) {
		out.d1 -= BUDDHIST_OFFSET;
		out.era = 1;
	}
	out.reject = rangeProblem(out);
	return out.reject === '';
}
