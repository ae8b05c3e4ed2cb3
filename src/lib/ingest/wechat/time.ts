/** Timestamps as WeChat exporters write them. */

const MIN_SECONDS = 946684800; // 2000-01-01, before WeChat existed
const MAX_SECONDS = 4102444800; // 2100-01-01

/**
 * Epoch seconds or milliseconds (told apart by magnitude) as UTC `YYYY-MM-DDTHH:MM:SSZ`;
 * null for anything that is not a plausible WeChat time.
 */
export function epochToUtc(value: unknown): string | null {
	const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
	if (!Number.isFinite(n) || n <= 0) return null;
	const seconds = n >= MIN_SECONDS * 100 ? n / 1000 : n;
	if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) return null;
	return new Date(Math.floor(seconds) * 1000).toISOString().slice(0, 19) + 'Z';
}

const LOCAL = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

const pad = (s: string) => (s.length === 1 ? '0' + s : s);

/**
 * A formatted local time (`2024-10-04 21:25:04`, or Excel's re-save `2024/10/4 11:42`) as naive
 * `YYYY-MM-DDTHH:MM:SS`; null when it is not one.
 */
export function localToNaive(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const m = LOCAL.exec(value);
	if (!m) return null;
	const [, y, mo, d, h, mi, s] = m;
	if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || (s !== undefined && +s > 59)) return null;
	return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${mi}:${s ?? '00'}`;
}
