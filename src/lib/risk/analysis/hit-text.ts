import type { Redactor } from '$lib/redact/redactor';
import type { RiskCategory } from '../types';

/** How a hit's text is shown and exported, through the redaction switch (pure). */

export type { Redactor };

export interface HitText {
	text: string;
	category: RiskCategory | string;
	span_start: number;
	span_end: number;
}

/** Categories whose matches the redaction switch masks. */
export function isMaskedCategory(category: string): boolean {
	return category.startsWith('pii.') || category === 'secret';
}

/** The matched span: masked as `[category]` when redacting a PII or secret hit, else through `shown`. */
export function hitMatch(hit: HitText, r: Redactor): string {
	if (r.enabled && isMaskedCategory(hit.category)) return `[${hit.category}]`;
	return r.shown(hit.text.slice(hit.span_start, hit.span_end));
}

/** Why the rule fired. A PII or secret explanation can quote what it found (an address's domain, a number's country): withheld while redacting. */
export function hitExplanation(hit: { category: string; explanation: string }, r: Redactor): string {
	if (r.enabled && isMaskedCategory(hit.category)) return `${hit.category} found (the explanation is withheld while redacting: it can quote what was found)`;
	return r.shown(hit.explanation);
}

export type MarkedText =
	| { marked: true; before: string; match: string; after: string }
	/** Redaction moves offsets, so a redacted text is shown whole, without the span marked. */
	| { marked: false; text: string };

const CONTEXT = 240;

/** The message text around the span for hit lists; long texts are cut to CONTEXT characters either side. */
export function markedText(hit: HitText, r: Redactor): MarkedText {
	if (r.enabled) {
		const text = r.shown(hit.text);
		return { marked: false, text: text.length > 2 * CONTEXT ? `${text.slice(0, 2 * CONTEXT)}…` : text };
	}
	const { text, span_start: s, span_end: e } = hit;
	const before = s > CONTEXT ? `…${text.slice(s - CONTEXT, s)}` : text.slice(0, s);
	const after = text.length - e > CONTEXT ? `${text.slice(e, e + CONTEXT)}…` : text.slice(e);
	return { marked: true, before, match: text.slice(s, e), after };
}
