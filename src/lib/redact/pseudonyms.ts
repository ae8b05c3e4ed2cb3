import { normaliseEmail, normalisePhone } from '$lib/identity/normalise';

/**
 * Numbered masks for the phone numbers and e-mail addresses that are names (an unsaved WhatsApp contact, a Slack
 * member's address, a chat titled by a number): the same value keeps one label everywhere, `[pii.phone #3]`, so
 * graphs and tables stay readable while the value is hidden.
 */

export type IdentifierCategory = 'pii.phone' | 'pii.email';

export interface Identifier {
	category: IdentifierCategory;
	/** Phone: its digits (country code included when written); e-mail: lowercased. */
	key: string;
}

/** Edge characters a name may carry around the value: WhatsApp's `~` marker, bidi and format marks, spaces. */
const EDGES = /^[\s~\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+|[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+$/g;

/** A calendar date written with separators (`2024-01-08`, `08.01.2024`): digits enough for a phone, but a date. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** The phone number or e-mail address a whole string is, or null (a name with other words in it is not one). */
export function identifierOf(text: string): Identifier | null {
	if (text.length > 320) return null;
	const core = text.replace(EDGES, '');
	if (core === '') return null;
	const phone = DATE.test(core) ? null : normalisePhone(core);
	if (phone) return { category: 'pii.phone', key: phone.replace(/^\+/, '') };
	const email = normaliseEmail(core);
	return email ? { category: 'pii.email', key: email } : null;
}

export class Pseudonyms {
	private readonly numbers = new Map<string, number>();
	private readonly counts = { 'pii.phone': 0, 'pii.email': 0 };
	/** Phone keys by length, for finding known numbers inside longer digit runs. */
	readonly phoneLengths = new Set<number>();

	/** Numbers every identifier among `values` in the order given; other values are ignored. */
	constructor(values: Iterable<string> = []) {
		this.extend(values);
	}

	/** Numbers the identifiers among `values` not numbered yet, after those already known (the command line reads file by file). */
	extend(values: Iterable<string>): void {
		for (const v of values) {
			const id = identifierOf(v);
			if (id) this.add(id);
		}
	}

	private add(id: Identifier): void {
		const k = `${id.category}:${id.key}`;
		if (this.numbers.has(k)) return;
		this.numbers.set(k, ++this.counts[id.category]);
		if (id.category === 'pii.phone') this.phoneLengths.add(id.key.length);
	}

	numberOf(id: Identifier): number | undefined {
		return this.numbers.get(`${id.category}:${id.key}`);
	}

	hasPhone(digits: string): boolean {
		return this.numbers.has(`pii.phone:${digits}`);
	}

	get size(): number {
		return this.numbers.size;
	}

	/** `[pii.phone #3]` for a known value, `[pii.phone]` for one not among the names. */
	label(id: Identifier): string {
		const n = this.numberOf(id);
		return n === undefined ? `[${id.category}]` : `[${id.category} #${n}]`;
	}
}
