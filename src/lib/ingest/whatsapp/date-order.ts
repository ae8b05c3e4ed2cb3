import { newHeaderScan, scanHeader, type HeaderScan } from './header';

/** Order of the date components as written: D/M/Y, M/D/Y, Y/M/D or Y/D/M. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD' | 'YDM';

export interface DateOrderGuess {
	order: DateOrder;
	evidence: string;
}

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1 || d > DAYS[m]) return false;
	return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/**
 * Year position decided per line by digit count (a 4-digit component is the year); day/month by the order.
 * Returns false when neither day/month reading is a real date (30/02, 31/04): no impossible timestamp is written.
 */
export function resolveYmd(scan: HeaderScan, order: DateOrder, out: { y: number; m: number; d: number }): boolean {
	if (scan.namedMonth) {
		out.y = scan.d1;
		out.m = scan.d2;
		out.d = scan.d3;
		return isRealDate(out.y, out.m, out.d);
	}
	const yearFirst = scan.d1Len === 4 || (scan.d3Len !== 4 && (order === 'YMD' || order === 'YDM'));
	let y: number, a: number, b: number;
	if (yearFirst) {
		y = scan.d1;
		a = scan.d2;
		b = scan.d3;
	} else {
		a = scan.d1;
		b = scan.d2;
		y = scan.d3;
	}
	const dayFirst = yearFirst ? order === 'YDM' : order !== 'MDY';
	let d = dayFirst ? a : b;
	let m = dayFirst ? b : a;
	y = y < 100 ? 2000 + y : y;
	// A header that contradicts the chosen order (month 13, 31 April) is read the other way round rather than dropped.
	if (!isRealDate(y, m, d) && isRealDate(y, d, m)) {
		const t = m;
		m = d;
		d = t;
	}
	out.y = y;
	out.m = m;
	out.d = d;
	return isRealDate(y, m, d);
}

interface Candidate {
	prev: number;
	decreases: number;
}

function step(c: Candidate, key: number): void {
	if (key < c.prev) c.decreases++;
	c.prev = key;
}

export interface DateOrderInference {
	add(line: string): void;
	/** The same as add() for a line the caller has already scanned. */
	addScan(scan: HeaderScan, lineNo: number): void;
	result(): DateOrderGuess;
}

/** Incremental form of inferDateOrder, for callers that see the lines in batches. */
export function createDateOrderInference(): DateOrderInference {
	const scan = newHeaderScan();
	let lineNo = 0;
	let headers = 0;
	let named = 0;
	let yearFirst = 0;
	// Timestamps that fit only one order (a day above 12), and the first line of each.
	let dmy = 0,
		mdy = 0,
		ydm = 0,
		ymd = 0;
	let dmyLine = 0,
		mdyLine = 0,
		ydmLine = 0,
		ymdLine = 0;
	const asDM: Candidate = { prev: 0, decreases: 0 };
	const asMD: Candidate = { prev: 0, decreases: 0 };

	function add(line: string): void {
		lineNo++;
		if (typeof line === 'string' && scanHeader(line, scan)) addScan(scan, lineNo);
	}

	function addScan(h: HeaderScan, at: number): void {
		// A month written as a word says which number is the day: no evidence about the order of numeric dates.
		if (h.namedMonth) {
			named++;
			return;
		}
		headers++;
		if (h.d1Len === 4) {
			yearFirst++;
			const y = h.d1,
				a = h.d2,
				b = h.d3;
			if (a > 12 && b <= 12) {
				if (ydm++ === 0) ydmLine = at;
			} else if (b > 12 && a <= 12) {
				if (ymd++ === 0) ymdLine = at;
			}
			step(asMD, y * 10000 + a * 100 + b);
			step(asDM, y * 10000 + b * 100 + a);
		} else {
			const a = h.d1,
				b = h.d2,
				y = h.d3;
			if (a > 12 && b <= 12) {
				if (dmy++ === 0) dmyLine = at;
			} else if (b > 12 && a <= 12) {
				if (mdy++ === 0) mdyLine = at;
			}
			step(asMD, y * 10000 + a * 100 + b);
			step(asDM, y * 10000 + b * 100 + a);
		}
	}

	function result(): DateOrderGuess {
		if (headers === 0)
			return { order: 'DMY', evidence: named > 0 ? `${named} timestamp(s) name their month; no numeric date to order` : 'no timestamped lines; default DMY' };
		const isYearFirst = yearFirst * 2 > headers;
		const [dayFirst, monthFirst, dayLine, monthLine] = isYearFirst ? [ydm, ymd, ydmLine, ymdLine] : [dmy, mdy, dmyLine, mdyLine];
		const dayOrder: DateOrder = isYearFirst ? 'YDM' : 'DMY';
		const monthOrder: DateOrder = isYearFirst ? 'YMD' : 'MDY';
		if (dayFirst > monthFirst) {
			return { order: dayOrder, evidence: `${dayFirst} timestamp(s) fit only ${dayOrder} (first at line ${dayLine}), ${monthFirst} only ${monthOrder}` };
		}
		if (monthFirst > dayFirst) {
			return { order: monthOrder, evidence: `${monthFirst} timestamp(s) fit only ${monthOrder} (first at line ${monthLine}), ${dayFirst} only ${dayOrder}` };
		}
		// YMD is the only year-first order seen in practice, so it is the year-first default.
		const defaultOrder: DateOrder = isYearFirst ? 'YMD' : 'DMY';
		const otherOrder: DateOrder = isYearFirst ? 'YDM' : 'MDY';
		const dDefault = isYearFirst ? asMD.decreases : asDM.decreases;
		const dOther = isYearFirst ? asDM.decreases : asMD.decreases;
		const why = dayFirst === 0 ? 'no day above 12' : `as many timestamps (${dayFirst}) fit only ${dayOrder} as only ${monthOrder}`;
		if (dOther < dDefault) {
			return { order: otherOrder, evidence: `${why}; dates decrease ${dOther} time(s) as ${otherOrder} vs ${dDefault} as ${defaultOrder}` };
		}
		if (dDefault < dOther) {
			return { order: defaultOrder, evidence: `${why}; dates decrease ${dDefault} time(s) as ${defaultOrder} vs ${dOther} as ${otherOrder}` };
		}
		return { order: defaultOrder, evidence: `${why} and no ordering evidence in ${headers} timestamp(s); default ${defaultOrder}` };
	}

	return { add, addScan, result };
}

/**
 * Decides the file's date order in one pass over all lines. A component above 12 settles day vs month;
 * with none, the order under which consecutive dates decrease least often wins; ties fall back to DMY (YMD).
 */
export function inferDateOrder(lines: Iterable<string>): DateOrderGuess {
	const inference = createDateOrderInference();
	try {
		for (const line of lines) inference.add(line);
	} catch {
		// A throwing iterable still yields a guess from what was read.
	}
	return inference.result();
}
