import { emailRule } from '$lib/risk/rules/email';
import { DETECTOR_RULES } from '$lib/risk/registry';
import { scanText } from '$lib/risk/scan';
import { identifierOf, Pseudonyms } from './pseudonyms';

/**
 * The one redaction function. Every string of archive content that reaches a screen or a file while redaction is
 * on goes through `shown`:
 * 1. a string that is wholly a phone number or an e-mail address (an author, a handle, a chat title) becomes its
 *    numbered mask, `[pii.phone #3]`;
 * 2. inside longer text, known numbers and addresses of the workspace's names are masked with the same label
 *    wherever they occur (a system line "+1 555 010 0199 joined", a raw source line), and every PII or secret span
 *    the detectors report is masked as `[pii.credit_card]`, `[secret]`…; every e-mail address is masked, even at a
 *    documentation domain the risk scan does not report. Health data and conduct findings stay visible.
 */
export interface Redactor {
	readonly enabled: boolean;
	shown(text: string): string;
}

export const CLEAR: Redactor = { enabled: false, shown: (text) => text };

const MASKED_RULES = DETECTOR_RULES.filter((r) => r.category.startsWith('pii.') || r.category === 'secret');

interface Span {
	start: number;
	end: number;
	label: string;
}

/** Digit runs that may hold a phone number: digits with the separators phone numbers are written with, after an optional `+`. */
const DIGIT_RUN = /\+?\d[\d \u00a0\u202f().\/\-\u2010-\u2015]*\d/g;

/** Where known phone numbers occur inside `text`, also glued to other digits (`Tel.004915123456789`). */
function knownPhones(text: string, names: Pseudonyms): Span[] {
	if (names.phoneLengths.size === 0) return [];
	const out: Span[] = [];
	const lengths = [...names.phoneLengths].sort((a, b) => b - a);
	for (const m of text.matchAll(DIGIT_RUN)) {
		const at: number[] = [];
		let digits = '';
		for (let i = 0; i < m[0].length; i++) {
			const c = m[0].charCodeAt(i);
			if (c >= 48 && c <= 57) {
				digits += m[0][i];
				at.push(m.index + i);
			}
		}
		for (let i = 0; i < digits.length;) {
			const len = lengths.find((n) => i + n <= digits.length && names.hasPhone(digits.slice(i, i + n)));
			if (len === undefined) {
				i++;
				continue;
			}
			let start = at[i];
			if (start > 0 && text[start - 1] === '+') start--;
			out.push({ start, end: at[i + len - 1] + 1, label: names.label({ category: 'pii.phone', key: digits.slice(i, i + len) }) });
			i += len;
		}
	}
	return out;
}

function spansOf(text: string, names: Pseudonyms): Span[] {
	const spans: Span[] = knownPhones(text, names);
	const label = (category: string, value: string) => {
		const id = identifierOf(value);
		return id && id.category === category ? names.label(id) : `[${category}]`;
	};
	for (const h of scanText(text, 'text', MASKED_RULES)) spans.push({ start: h.start, end: h.end, label: label(h.category, text.slice(h.start, h.end)) });
	if (text.includes('@')) {
		for (const h of emailRule.scan(text)) spans.push({ start: h.start, end: h.end, label: label('pii.email', text.slice(h.start, h.end)) });
	}
	return spans;
}

/** Overlapping spans become one; the merged span keeps the label of the span that starts first (the longest on a tie). */
export function mergeSpans(spans: Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Span[] = [];
	for (const s of sorted) {
		const last = out[out.length - 1];
		if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
		else out.push({ ...s });
	}
	return out;
}

/** Text with its PII and secrets masked (step 2 above). */
export function maskText(text: string, names: Pseudonyms): string {
	if (text.length === 0) return text;
	const spans = mergeSpans(spansOf(text, names));
	if (spans.length === 0) return text;
	let out = '';
	let at = 0;
	for (const s of spans) {
		out += text.slice(at, s.start) + s.label;
		at = s.end;
	}
	return out + text.slice(at);
}

const CACHE_LIMIT = 20_000;
const CACHED_LENGTH = 200;

/** The redaction function over one workspace's names. Short strings (names, titles) are remembered: they repeat on every row. */
export function maskingRedactor(names: Pseudonyms = new Pseudonyms()): Redactor {
	const cache = new Map<string, string>();
	let known = names.size;
	return {
		enabled: true,
		shown(text: string): string {
			if (typeof text !== 'string' || text.length === 0) return text;
			if (names.size !== known) {
				// New names were numbered: a remembered `[pii.phone]` may now have a number.
				cache.clear();
				known = names.size;
			}
			const short = text.length <= CACHED_LENGTH;
			if (short) {
				const hit = cache.get(text);
				if (hit !== undefined) return hit;
			}
			const id = identifierOf(text);
			const out = id ? names.label(id) : maskText(text, names);
			if (short) {
				if (cache.size >= CACHE_LIMIT) cache.clear();
				cache.set(text, out);
			}
			return out;
		}
	};
}
