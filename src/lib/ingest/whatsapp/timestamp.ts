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
export function createTimestamper(order: DateOrder): (scan: HeaderScan) => string {
	const ymd = { y: 0, m: 0, d: 0 };
	// Indexed by second of the day: preallocated so it stays a fast array, not a dictionary.
	const timeCache: (string | undefined)[] = new Array(24 * 3600);
	let dateKey = -1;
	let datePart = '';
	let timeKey = -1;
	let last = '';
	let d1 = -1, d2 = -1, d3 = -1, len1 = -1, len3 = -1;
	let real = true;
	return (scan) => {
		if (scan.d1 !== d1 || scan.d2 !== d2 || scan.d3 !== d3 || scan.d1Len !== len1 || scan.d3Len !== len3) {
			d1 = scan.d1;
			d2 = scan.d2;
			d3 = scan.d3;
			len1 = scan.d1Len;
			len3 = scan.d3Len;
			real = resolveYmd(scan, order, ymd);
		}
		if (!real) return '';
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
