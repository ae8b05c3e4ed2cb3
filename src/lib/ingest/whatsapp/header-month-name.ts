/**
 * Old Android exports (2013–2015) wrote the month as a word and left the year out for dates of the current year:
 *
 *   `19:23, 28 Aug 2013 - Ann: hi`   `00:01, 1 Jan - Ann: hi`   `Mar 5, 8:11 PM - Ann: hi`   `1 Oct 07:56 - Ann: hi`
 *
 * (shapes seen in real exports in public repositories). The date is read with its month's name, so no date order is
 * involved; a missing year is left 0 for the timestamper, which takes it from the lines before (see timestamp.ts).
 * Month words: CLDR abbreviated and wide month names of the languages below; English is what the exports seen use.
 */
import type { HeaderScan } from './header';
import { rangeProblem } from './header-general';

const MONTHS: Readonly<Record<string, readonly string[]>> = {
	en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
	enWide: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
	de: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
	es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
	pt: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
	fr: ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
	it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	id: ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des']
};

/** Lower-case month word (no final dot) → month 1–12; `sep` and `sept` both September. */
const MONTH_OF = new Map<string, number>();
for (const names of Object.values(MONTHS)) names.forEach((name, i) => MONTH_OF.set(name, i + 1));
MONTH_OF.set('sep', 9);
MONTH_OF.set('sept', 9);

const SP = '[ \\u00a0\\u202f]';
const CLOCK = `(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:${SP}?([AaPp])\\.?${SP}?[Mm]\\.?)?`;
const WORD = '(\\p{L}{3,9})\\.?';
const DASH = `${SP}-(?:${SP}|$)`;
/** `19:23, 28 Aug 2013 - `, `00:01, 1 Jan - ` */
const TIME_DAY_MONTH = new RegExp(`^${CLOCK},${SP}(\\d{1,2})\\.?${SP}${WORD}(?:${SP}(\\d{4}))?${DASH}`, 'u');
/** `1 Oct 07:56 - `, `28 Aug 2013, 19:23 - ` */
const DAY_MONTH_TIME = new RegExp(`^(\\d{1,2})\\.?${SP}${WORD}(?:${SP}(\\d{4}))?,?${SP}${CLOCK}${DASH}`, 'u');
/** `Mar 5, 8:11 PM - `, `Aug 28, 2013, 7:23 PM - ` */
const MONTH_DAY_TIME = new RegExp(`^${WORD}${SP}(\\d{1,2}),(?:${SP}(\\d{4}),)?${SP}${CLOCK}${DASH}`, 'u');

/** Cheap test before the regexes: a digit, or a letter followed within ten characters by a space and a digit. */
function mayOpen(line: string, i: number): boolean {
	const c = line.charCodeAt(i);
	if (c >= 48 && c <= 57) return true;
	const space = line.indexOf(' ', i);
	return space > i + 2 && space < i + 11 && line.charCodeAt(space + 1) >= 48 && line.charCodeAt(space + 1) <= 57;
}

function fill(out: HeaderScan, year: string | undefined, month: number, day: string, clock: (string | undefined)[]): void {
	out.d1 = year === undefined ? 0 : Number(year);
	out.d1Len = 4;
	out.d2 = month;
	out.d3 = Number(day);
	out.d3Len = 2;
	out.hour = Number(clock[0]);
	out.minute = Number(clock[1]);
	out.second = clock[2] === undefined ? 0 : Number(clock[2]);
	out.meridiem = clock[3] === undefined ? 0 : /[Aa]/.test(clock[3]) ? 1 : 2;
	out.form = 'dash';
	out.era = 0;
	out.namedMonth = true;
}

/**
 * Reads a header whose month is a word. Returns true with `out` filled (`out.d1` 0 when no year is written); false
 * with `out.reject` set when its numbers are no time; false with `out.reject` '' when the line is no such header
 * (`13 July - 17 July, Pulau Tekong` has no time; a word that is no month name is no date).
 */
export function scanMonthNameHeader(line: string, out: HeaderScan): boolean {
	out.reject = '';
	let start = 0;
	while (start < 3 && (line.charCodeAt(start) === 0x200e || line.charCodeAt(start) === 0x200f || line.charCodeAt(start) === 0xfeff)) start++;
	if (!mayOpen(line, start)) return false;
	const text = start === 0 ? line : line.slice(start);
	let m: RegExpExecArray | null;
	let month: number | undefined;
	if ((m = TIME_DAY_MONTH.exec(text)) && (month = MONTH_OF.get(m[6].toLowerCase())) !== undefined) {
		fill(out, m[7], month, m[5], [m[1], m[2], m[3], m[4]]);
	} else if ((m = DAY_MONTH_TIME.exec(text)) && (month = MONTH_OF.get(m[2].toLowerCase())) !== undefined) {
		fill(out, m[3], month, m[1], [m[4], m[5], m[6], m[7]]);
	} else if ((m = MONTH_DAY_TIME.exec(text)) && (month = MONTH_OF.get(m[1].toLowerCase())) !== undefined) {
		fill(out, m[3], month, m[2], [m[4], m[5], m[6], m[7]]);
	} else return false;
	out.bodyStart = start + m[0].length;
	out.reject = out.d3 < 1 || out.d3 > 31 ? `day ${out.d3}` : rangeProblem(out);
	return out.reject === '';
}
