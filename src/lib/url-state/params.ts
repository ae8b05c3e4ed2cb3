/**
 * Readers of single URL parameters. Each returns its fallback for anything it does not recognise: a hostile or
 * garbled link opens the default view, never a guess.
 */

export const MAX_TEXT = 100_000;

export function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T {
	return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** A non-negative safe integer written in plain digits (no sign, no exponent, no leading zeros but 0 itself). */
export function count(raw: string | null): number | null {
	if (raw === null || !/^(0|[1-9]\d{0,15})$/.test(raw)) return null;
	const n = Number(raw);
	return Number.isSafeInteger(n) ? n : null;
}

/** Comma-separated counts; the whole list falls back to [] when any item is not one. */
export function countList(raw: string | null): number[] {
	if (!raw) return [];
	const items = raw.split(',').map(count);
	return items.every((n): n is number => n !== null) ? [...new Set(items)] : [];
}

/** A decimal number in [min, max] ('1', '0.5', '12.25'). */
export function decimal(raw: string | null, min: number, max: number): number | null {
	if (raw === null || !/^\d{1,6}(\.\d{1,6})?$/.test(raw)) return null;
	const n = Number(raw);
	return n >= min && n <= max ? n : null;
}

/** Text of at most `max` UTF-16 units without NUL; longer or NUL-carrying text is dropped. */
export function text(raw: string | null, max = MAX_TEXT): string | null {
	if (raw === null || raw.length > max || raw.includes('\u0000')) return null;
	return raw;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' when it is a real calendar day. */
export function day(raw: string | null): string | null {
	if (!raw || !DAY.test(raw)) return null;
	const d = new Date(`${raw}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw ? raw : null;
}

/** A UTC instant 'YYYY-MM-DDTHH:MM:SSZ' that exists. */
export function instant(raw: string | null): string | null {
	if (!raw || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(raw)) return null;
	const d = new Date(raw);
	return !Number.isNaN(d.getTime()) && d.toISOString().replace('.000Z', 'Z') === raw ? raw : null;
}
