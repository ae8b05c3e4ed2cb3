/**
 * Naive wall-clock time → UTC, for exports that write local time without an offset.
 *
 * Disambiguation rule (the same as Temporal's `'compatible'` and java.time's default):
 * - a wall time that happens twice (clocks go back) resolves to the EARLIER instant,
 *   i.e. the offset in force before the transition;
 * - a wall time that never happens (clocks go forward) is read with the offset in force before
 *   the transition, so it lands after the gap by the gap's length (New York 02:30 → 03:30 EDT).
 *
 * Inputs that already end in `Z` (sources with epoch times) are UTC and pass through.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: local day number → how to read wall times on that day. */
const dayRules = new Map<string, Map<number, DayRule>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			era: 'short'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** Offset (local − UTC, ms) of `timeZone` at the instant `utcMs`. */
export function zoneOffsetAt(utcMs: number, timeZone: string): number {
	const t = Math.floor(utcMs / 1000) * 1000;
	let year = 0,
		month = 1,
		day = 1,
		hour = 0,
		minute = 0,
		second = 0,
		bc = false;
	for (const p of formatter(timeZone).formatToParts(t)) {
		switch (p.type) {
			case 'year':
				year = +p.value;
				break;
			case 'month':
				month = +p.value;
				break;
			case 'day':
				day = +p.value;
				break;
			case 'hour':
				hour = +p.value % 24;
				break;
			case 'minute':
				minute = +p.value;
				break;
			case 'second':
				second = +p.value;
				break;
			case 'era':
				bc = p.value.startsWith('B');
				break;
		}
	}
	const d = new Date(0);
	d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
	d.setUTCHours(hour, minute, second, 0);
	return d.getTime() - t;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, n: number): number {
	let v = 0;
	for (let i = from; i < from + n; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return NaN;
		v = v * 10 + c;
	}
	return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
	y -= m <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DDTHH:MM:SS` (optionally with `Z`) read as if it were UTC, in ms; NaN when malformed. */
export function parseNaive(ts: string): number {
	if (ts.length !== 19 && !(ts.length === 20 && ts.charCodeAt(19) === 90)) return NaN;
	if (ts[4] !== '-' || ts[7] !== '-' || ts[10] !== 'T' || ts[13] !== ':' || ts[16] !== ':') return NaN;
	const y = digits(ts, 0, 4),
		mo = digits(ts, 5, 2),
		d = digits(ts, 8, 2);
	const h = digits(ts, 11, 2),
		mi = digits(ts, 14, 2),
		s = digits(ts, 17, 2);
	if (!(mo >= 1 && mo <= 12 && h <= 23 && mi <= 59 && s <= 59 && d >= 1)) return NaN;
	const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	if (d > DAYS_IN_MONTH[mo - 1] + (leap ? 1 : 0)) return NaN;
	return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * 60_000 + s * 1000;
}

/**
 * How to read wall times on one local day: a single offset, a single transition inside the
 * window around it (the usual DST day), or null for the freak case of two transitions within days.
 */
type DayRule = number | { at: number; before: number; after: number } | null;

function dayRule(dayKey: number, timeZone: string): DayRule {
	let days = dayRules.get(timeZone);
	if (!days) {
		formatter(timeZone);
		days = new Map();
		dayRules.set(timeZone, days);
	}
	let rule = days.get(dayKey);
	if (rule === undefined) {
		// Offsets are under a day, so every instant a wall time on this day can name lies in ±2 days.
		const start = dayKey * DAY;
		let lo = start - 2 * DAY,
			hi = start + 2 * DAY;
		const before = zoneOffsetAt(lo, timeZone);
		const after = zoneOffsetAt(hi, timeZone);
		const middle = zoneOffsetAt(start, timeZone);
		if (before === after) rule = middle === before ? before : null;
		else {
			while (hi - lo > 1000) {
				const mid = Math.floor((lo + hi) / 2000) * 1000;
				if (zoneOffsetAt(mid, timeZone) === before) lo = mid;
				else hi = mid;
			}
			rule = { at: hi, before, after };
		}
		days.set(dayKey, rule);
	}
	return rule;
}

/** Slow path for DayRule null: ask the zone around the instant itself. */
function resolveOffset(naive: number, timeZone: string): number {
	const before = zoneOffsetAt(naive - DAY, timeZone);
	const after = zoneOffsetAt(naive + DAY, timeZone);
	if (before === after) return before;
	const beforeValid = zoneOffsetAt(naive - before, timeZone) === before;
	const afterValid = zoneOffsetAt(naive - after, timeZone) === after;
	if (beforeValid && afterValid) return Math.max(before, after);
	return afterValid ? after : before;
}

const last: { zone: string; day: number; rule: DayRule } = { zone: '', day: NaN, rule: null };

/** UTC epoch milliseconds for a wall time in `timeZone`; NaN when `tsLocal` is malformed. Throws RangeError for an unknown zone. */
export function localToUtcMs(tsLocal: string, timeZone: string): number {
	const naive = parseNaive(tsLocal);
	if (Number.isNaN(naive) || tsLocal.length === 20) return naive;
	const day = Math.floor(naive / DAY);
	// Messages come in time order: most calls hit the same zone and day as the one before.
	if (day !== last.day || timeZone !== last.zone) {
		last.rule = dayRule(day, timeZone);
		last.zone = timeZone;
		last.day = day;
	}
	const rule = last.rule;
	if (typeof rule === 'number') return naive - rule;
	if (rule === null) return naive - resolveOffset(naive, timeZone);
	const early = naive - rule.before;
	const late = naive - rule.after;
	const earlyValid = early < rule.at;
	const lateValid = late >= rule.at;
	if (earlyValid && lateValid) return Math.min(early, late); // overlap
	if (lateValid) return late;
	return early; // before the transition, or inside a gap
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();

/** `YYYY-MM-DDTHH:MM:SSZ` for epoch ms (milliseconds appended only when not zero). */
export function formatUtc(ms: number): string {
	if (ms % 1000 !== 0) return new Date(ms).toISOString();
	const day = Math.floor(ms / DAY);
	let prefix = dayPrefixes.get(day);
	if (prefix === undefined) {
		prefix = new Date(day * DAY).toISOString().slice(0, 11);
		if (dayPrefixes.size > 100_000) dayPrefixes.clear();
		dayPrefixes.set(day, prefix);
	}
	const secs = (ms - day * DAY) / 1000;
	return prefix + TWO[Math.floor(secs / 3600)] + ':' + TWO[Math.floor(secs / 60) % 60] + ':' + TWO[secs % 60] + 'Z';
}

/** Wall time `YYYY-MM-DDTHH:MM:SS` in `timeZone` → `YYYY-MM-DDTHH:MM:SSZ`. Throws RangeError when malformed. */
export function localToUtc(tsLocal: string, timeZone: string): string {
	const ms = localToUtcMs(tsLocal, timeZone);
	if (Number.isNaN(ms)) throw new RangeError(`not a wall time YYYY-MM-DDTHH:MM:SS: ${JSON.stringify(tsLocal)}`);
	return formatUtc(ms);
}
