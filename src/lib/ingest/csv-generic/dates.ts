/**
 * Date shapes a generic CSV may use, named by the order of their fields:
 * - `ymd`: ISO 8601 and other year-first forms: `2024-03-05T14:07:09`, `2024-03-05 14:07`, `2024-03-05T14:07:09.123Z`,
 *   `2024-03-05T14:07:09+01:00` (also `+0100`), `2024/03/05 14:07`, `2024.03.05`, `2024年3月5日 14:07`;
 * - `dmy`: `05/03/2024 14:07`, `5.3.2024 14:07:09`, `05-03-24`, `05/03/2024, 2:07 PM`;
 * - `mdy`: `03/05/2024 2:07 PM`, `3/5/24 14:07`;
 * - `epoch-s`: Unix seconds (9–10 digits, decimals allowed); `epoch-ms`: Unix milliseconds (12–13 digits).
 * The time may be missing (midnight), have seconds and fractions, or a 12-hour `AM`/`PM`; a trailing `Z` or
 * `±HH:MM` offset is allowed on every written form.
 */
export type CsvDateFormat = 'ymd' | 'dmy' | 'mdy' | 'epoch-s' | 'epoch-ms';

export const CSV_DATE_FORMATS: readonly CsvDateFormat[] = ['ymd', 'dmy', 'mdy', 'epoch-s', 'epoch-ms'];

const TIME = String.raw`(?:(?:[T ]|,\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?\s?[Mm]\.?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?` + TIME + '$');
const XYY = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\.?` + TIME + '$');
const EPOCH_S = /^\d{9,10}(?:\.\d+)?$/;
const EPOCH_MS = /^\d{12,13}$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function fromEpoch(ms: number): string | null {
	const d = new Date(Math.floor(ms / 1000) * 1000);
	return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19) + 'Z';
}

function build(y: number, mo: number, d: number, m: RegExpExecArray, at: number): string | null {
	let h = m[at] ? Number(m[at]) : 0;
	const mi = m[at + 1] ? Number(m[at + 1]) : 0;
	const s = m[at + 2] ? Number(m[at + 2]) : 0;
	const ampm = m[at + 3];
	const zone = m[at + 4];
	if (ampm) {
		if (h < 1 || h > 12) return null;
		const pm = ampm[0] === 'p' || ampm[0] === 'P';
		h = (h % 12) + (pm ? 12 : 0);
	}
	if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
	const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	if (d > days) return null;
	if (!zone) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
	let offset = 0;
	if (zone !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
	}
	return fromEpoch(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000);
}

/**
 * `YYYY-MM-DDTHH:MM:SS` (naive, as written) or `…Z` (UTC, when the value is an epoch or carries an offset);
 * null when the value does not read as a date in that format.
 */
export function parseCsvDate(value: string, format: CsvDateFormat): string | null {
	const v = typeof value === 'string' ? value.trim() : '';
	if (v === '' || v.length > 64) return null;
	if (format === 'epoch-s') return EPOCH_S.test(v) ? fromEpoch(Number(v) * 1000) : null;
	if (format === 'epoch-ms') return EPOCH_MS.test(v) ? fromEpoch(Number(v)) : null;
	if (format === 'ymd') {
		const m = YMD.exec(v);
		return m ? build(Number(m[1]), Number(m[2]), Number(m[3]), m, 4) : null;
	}
	const m = XYY.exec(v);
	if (!m) return null;
	const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
	const a = Number(m[1]);
	const b = Number(m[2]);
	return format === 'dmy' ? build(y, b, a, m, 4) : build(y, a, b, m, 4);
}

/** The formats under which a value reads as a date. */
export function dateFormatsOf(value: string): CsvDateFormat[] {
	return CSV_DATE_FORMATS.filter((f) => parseCsvDate(value, f) !== null);
}

/** `HH:MM[:SS]` with an optional AM/PM: a time-of-day column beside a date-only one. */
export const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?$/;
