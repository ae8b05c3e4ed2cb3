import type { ParsedMessage } from '../../model/types';
import { resolveYmd, type DateOrder } from './date-order';
import { newHeaderScan, scanHeader, type HeaderScan } from './header';

const PAD: string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** The hour of the day (0–23) of a scanned header: 12-hour clocks 1–12 or 0–11, 24-hour clocks 0–23 or 1–24. */
export function hourOfDay(hour: number, meridiem: number): number {
	if (meridiem === 1) return hour === 12 ? 0 : hour;
	if (meridiem === 2) return hour < 12 ? hour + 12 : hour;
	return hour === 24 ? 0 : hour;
}

/**
 * Formats scanned headers as `YYYY-MM-DDTHH:MM:SS`, or '' for a date that does not exist. Date and time parts are
 * cached and a repeated timestamp returns the same string: on million-message files the strings are a large share
 * of the memory.
 */
export interface Timestamper {
	(scan: HeaderScan): string;
	/** Timestamps written without a year (`00:01, 1 Jan - `) that took it from the lines before. */
	readonly yearsCarried: number;
}

/** Why a header without a year gets no timestamp: nothing before it says which year it is. */
export const NO_YEAR = 'no year is written and no line before it has one';

export function createTimestamper(order: DateOrder): Timestamper {
	const ymd = { y: 0, m: 0, d: 0 };
	// The date of the last timestamp: old Android exports leave the year out for dates of the export's own year.
	let lastYear = 0;
	let lastMonth = 0;
	let yearsCarried = 0;
	// Indexed by second of the day: preallocated so it stays a fast array, not a dictionary.
	const timeCache: (string | undefined)[] = new Array(24 * 3600);
	let dateKey = -1;
	let datePart = '';
	let timeKey = -1;
	let last = '';
	let d1 = -1,
		d2 = -1,
		d3 = -1,
		len1 = -1,
		len3 = -1;
	let real = true;
	const stamp = (scan: HeaderScan): string => {
		if (scan.namedMonth && scan.d1 === 0) {
			if (lastYear === 0) {
				scan.reject = NO_YEAR;
				return '';
			}
			// `31 Dec` then `1 Jan`: the year turned.
			scan.d1 = scan.d2 < lastMonth ? lastYear + 1 : lastYear;
			yearsCarried++;
		}
		if (scan.d1 !== d1 || scan.d2 !== d2 || scan.d3 !== d3 || scan.d1Len !== len1 || scan.d3Len !== len3) {
			d1 = scan.d1;
			d2 = scan.d2;
			d3 = scan.d3;
			len1 = scan.d1Len;
			len3 = scan.d3Len;
			real = resolveYmd(scan, order, ymd);
		}
		if (!real) return '';
		lastYear = ymd.y;
		lastMonth = ymd.m;
		const key = ymd.y * 10000 + ymd.m * 100 + ymd.d;
		const sameDate = key === dateKey;
		if (!sameDate) {
			dateKey = key;
			datePart = `${ymd.y}-${PAD[ymd.m] ?? ymd.m}-${PAD[ymd.d] ?? ymd.d}`;
		}
		const h = hourOfDay(scan.hour, scan.meridiem);
		const t = h * 3600 + scan.minute * 60 + scan.second;
		if (sameDate && t === timeKey) return last;
		let time = timeCache[t];
		if (time === undefined) time = timeCache[t] = `T${PAD[h]}:${PAD[scan.minute]}:${PAD[scan.second]}`;
		timeKey = t;
		last = datePart + time;
		return last;
	};
	return Object.defineProperty(stamp, 'yearsCarried', { get: () => yearsCarried }) as Timestamper;
}

/** Recomputes `ts` of parsed messages under another date order, from the header at the start of `raw`. */
export function restamp(messages: ParsedMessage[], order: DateOrder): void {
	const stamp = createTimestamper(order);
	const scan = newHeaderScan();
	for (const m of messages) {
		if (!scanHeader(m.raw, scan)) continue;
		const ts = stamp(scan);
		if (ts !== '') m.ts = ts;
	}
}
