/**
 * Normalised contact keys. Two participants with the same key are the same person.
 *
 * Phones: formatting is stripped (spaces, dashes of every kind, dots, slashes, parentheses, direction marks),
 * a leading `00` becomes `+`, and what remains must be an optional `+` and 7–15 digits (E.164's length limit).
 * A national number without a country code (`0151 2345678`) stays as it is: the country it belongs to is not known,
 * so it only matches the same national number written the same way, never its `+49…` form.
 *
 * E-mails: trimmed and lowercased. Dots in Gmail addresses are kept: the rule would be right for one provider and
 * wrong for every other domain, and a wrong merge is worse than a missed one (a manual merge fixes a missed one).
 *
 * Handles: trimmed, lowercased, leading `@` removed.
 */

const PHONE_FORMATTING = /[\s\p{Pd}.()/\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function normalisePhone(raw: string | null | undefined): string | null {
	if (!raw) return null;
	let compact = raw.replace(PHONE_FORMATTING, '');
	if (compact.startsWith('00')) compact = '+' + compact.slice(2);
	return /^\+?\d{7,15}$/.test(compact) ? compact : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const e = raw
		.trim()
		.replace(/^mailto:/i, '')
		.toLowerCase();
	return EMAIL.test(e) ? e : null;
}

export function normaliseHandle(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const h = raw.trim().replace(/^@+/, '').toLowerCase();
	return h === '' ? null : h;
}
