const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/;

/** A Date from 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM:SSZ' (read as UTC, with or without the Z) or a Date; else null. */
export function parseTime(v: unknown): Date | null {
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
	if (typeof v !== 'string' || !TIME.test(v)) return null;
	const iso = v.length === 10 ? `${v}T00:00:00Z` : v.endsWith('Z') ? v : `${v}Z`;
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? null : d;
}

/** A finite number from a number, bigint or numeric string; else null. */
export function toNumber(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' && v.trim() !== '') {
		const n = Number(v);
		return Number.isFinite(n) ? n : null;
	}
	return null;
}
