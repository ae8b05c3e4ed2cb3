import type { MessageKind } from '$lib/model/types';
import { REPORT_THRESHOLD, UNSCANNED_KINDS, type RiskHit, type RiskRule } from './types';

export interface ScanOptions {
	/** Hits scoring below this are dropped; default REPORT_THRESHOLD. */
	minScore?: number;
}

function better(a: RiskHit, b: RiskHit): boolean {
	return a.score > b.score || (a.score === b.score && a.end - a.start > b.end - b.start);
}

/**
 * Overlapping hits of one category collapse to the best-scoring one (longer span on a tie): a card number is one
 * finding, not a card and a phone-shaped part of it under the same category.
 */
export function dedupeHits(hits: RiskHit[]): RiskHit[] {
	const byCategory = new Map<string, RiskHit[]>();
	for (const h of hits) {
		const list = byCategory.get(h.category);
		if (list) list.push(h);
		else byCategory.set(h.category, [h]);
	}
	const kept: RiskHit[] = [];
	for (const list of byCategory.values()) {
		const ranked = [...list].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.start - b.start));
		const chosen: RiskHit[] = [];
		for (const h of ranked) if (!chosen.some((c) => c.start < h.end && h.start < c.end)) chosen.push(h);
		kept.push(...chosen);
	}
	return kept.sort((a, b) => a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule));
}

/** Every reported hit of `rules` in one message's text; nothing for system notices and deleted placeholders. */
export function scanText(text: string, kind: MessageKind, rules: readonly RiskRule[], options: ScanOptions = {}): RiskHit[] {
	if (UNSCANNED_KINDS.includes(kind) || text.length === 0) return [];
	const minScore = options.minScore ?? REPORT_THRESHOLD;
	const hits: RiskHit[] = [];
	for (let r = 0; r < rules.length; r++) {
		const found = rules[r].scan(text);
		for (let i = 0; i < found.length; i++) if (found[i].score >= minScore) hits.push(found[i]);
	}
	return hits.length > 1 ? dedupeHits(hits) : hits;
}

/** Scans many messages; `index[i]` is the position in `texts` of the message `hits[i]` belongs to. */
export function scanBatch(
	texts: readonly string[],
	kinds: readonly MessageKind[],
	rules: readonly RiskRule[],
	options: ScanOptions = {}
): { index: Uint32Array; hits: RiskHit[] } {
	const hits: RiskHit[] = [];
	const index: number[] = [];
	for (let i = 0; i < texts.length; i++) {
		for (const h of scanText(texts[i], kinds[i], rules, options)) {
			hits.push(h);
			index.push(i);
		}
	}
	return { index: Uint32Array.from(index), hits };
}
