import { DETECTOR_RULES } from './registry';
import { scanText } from './scan';
import type { RiskHit } from './types';

const REDACTED_RULES = DETECTOR_RULES.filter((r) => r.category.startsWith('pii.') || r.category === 'secret');

/** Merges overlapping spans; a merged span keeps the category of its first (then highest-scoring) hit. */
export function mergeSpans(hits: RiskHit[]): { start: number; end: number; label: string }[] {
	const sorted = [...hits].sort((a, b) => a.start - b.start || b.score - a.score);
	const spans: { start: number; end: number; label: string }[] = [];
	for (const h of sorted) {
		const last = spans[spans.length - 1];
		if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
		else spans.push({ start: h.start, end: h.end, label: h.category });
	}
	return spans;
}

/** Masks detected PII and secret spans: `card 4000 0566 5566 5556 …` → `card [pii.credit_card] …`. PHI and policy hits stay visible. */
export function redactText(text: string): string {
	if (text.length === 0) return text;
	const spans = mergeSpans(scanText(text, 'text', REDACTED_RULES));
	if (spans.length === 0) return text;
	let out = '';
	let at = 0;
	for (const s of spans) {
		out += text.slice(at, s.start) + `[${s.label}]`;
		at = s.end;
	}
	return out + text.slice(at);
}
