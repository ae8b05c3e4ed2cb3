import { runs } from './tokenize';

/** UTC period of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as [start, end) epoch ms; null when the value is not such a date. */
export function datePeriod(value: string): [number, number] | null {
	const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
	const month = Number(m[2]) - 1;
	if (month < 0 || month > 11) return null;
	if (m[3] === undefined) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
	const day = Number(m[3]);
	const start = Date.UTC(year, month, day);
	if (day < 1 || new Date(start).getUTCMonth() !== month) return null;
	return [start, Date.UTC(year, month, day + 1)];
}

/** Folded spellings of a name or filter value: the folded words joined by spaces, and the ae/oe/ue spelling. */
export function nameForms(name: string): string[] {
	const rs = runs(name);
	const plain = rs.map((r) => r.text).join(' ');
	const alt = rs.map((r) => r.alt ?? r.text).join(' ');
	return alt === plain ? [plain] : [plain, alt];
}

/**
 * `from:` / `in:` matching: the folded value equals the folded name, or starts one of its words and runs on from
 * there (`ali` and `alice sm` and `smith` match "Alice Smith"; `ice` does not).
 */
export function nameMatches(nameFormsOfName: string[], valueForms: string[]): boolean {
	for (const v of valueForms) {
		if (v.length === 0) continue;
		for (const n of nameFormsOfName) {
			if (n === v || n.startsWith(v)) return true;
			if ((' ' + n).includes(' ' + v)) return true;
		}
	}
	return false;
}

/** `risk:` matching: the exact category, or a dotted prefix (`pii` matches `pii.email`). */
export function riskCategoryMatches(category: string, value: string): boolean {
	const c = category.toLowerCase();
	const v = value.toLowerCase();
	return c === v || c.startsWith(v.endsWith('.') ? v : v + '.');
}

/** Months since 1900-01 (0-based) of an epoch-ms time, 0xffff when unknown or out of range. */
export function monthOrdinal(ts: number): number {
	if (!Number.isFinite(ts)) return 0xffff;
	const d = new Date(ts);
	const ord = (d.getUTCFullYear() - 1900) * 12 + d.getUTCMonth();
	return ord >= 0 && ord < 0xffff ? ord : 0xffff;
}

export function monthKey(ord: number): string {
	const year = 1900 + Math.floor(ord / 12);
	const month = (ord % 12) + 1;
	return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}
