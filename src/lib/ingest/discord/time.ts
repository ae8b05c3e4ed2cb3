const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Old DiscordChatExporter default date format, e.g. `15-Mar-20 09:27 PM`.
const LEGACY = /^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])?$/;

const p2 = (n: number) => (n < 10 ? '0' + n : String(n));

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60 && y >= 1970 && y <= 9999;
}

/**
 * DiscordChatExporter's dates: ISO 8601 with an offset → UTC `…Z`; ISO or the legacy `dd-MMM-yy hh:mm tt`
 * without one → naive wall-clock time as written. Fractions of a second are dropped. Null when not a date.
 */
export function discordTs(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const s = value.trim();
	const m = ISO.exec(s);
	if (m) {
		const [y, mo, d, h, mi] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
		const sec = m[6] === undefined ? 0 : +m[6];
		if (!valid(y, mo, d, h, mi, sec)) return null;
		const naive = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${p2(sec)}`;
		const zone = m[7];
		if (zone === undefined) return naive;
		let offsetMin = 0;
		if (zone !== 'Z') {
			const digits = zone.slice(1).replace(':', '');
			offsetMin = (+digits.slice(0, 2) * 60 + (digits.length > 2 ? +digits.slice(2, 4) : 0)) * (zone[0] === '-' ? -1 : 1);
		}
		const t = Date.UTC(y, mo - 1, d, h, mi, sec) - offsetMin * 60_000;
		return new Date(t).toISOString().slice(0, 19) + 'Z';
	}
	const l = LEGACY.exec(s);
	if (l) {
		const mo = MONTHS.indexOf(l[2].toLowerCase()) + 1;
		const y = l[3].length === 2 ? 2000 + +l[3] : +l[3];
		let h = +l[4];
		const ampm = l[7]?.toLowerCase();
		if (ampm !== undefined) {
			if (h < 1 || h > 12) return null;
			h = (h % 12) + (ampm === 'pm' ? 12 : 0);
		}
		const mi = +l[5];
		const sec = l[6] === undefined ? 0 : +l[6];
		if (!valid(y, mo, +l[1], h, mi, sec)) return null;
		return `${y}-${p2(mo)}-${p2(+l[1])}T${p2(h)}:${p2(mi)}:${p2(sec)}`;
	}
	return null;
}
