import type { HitRow } from '$lib/db/queries/risk';
import { messageRecord, recordsCsv, recordsJsonl, type MessageRecord } from '$lib/export/messages';
import { hitExplanation, hitMatch, type Redactor } from './hit-text';

/** Risk hits as the exports write them: the finding first, then the message with its provenance. Pure. */

export type ExportedRiskHit = MessageRecord & { category: string; rule: string; severity: string; score: number; match: string; explanation: string };
export const RISK_EXTRA_COLUMNS = ['category', 'rule', 'severity', 'score', 'match', 'explanation'] as const;

export function riskRecords(hits: readonly HitRow[], r: Redactor): ExportedRiskHit[] {
	return hits.map((h) => ({
		category: h.category,
		rule: h.rule,
		severity: h.severity,
		score: h.score,
		match: hitMatch(h, r),
		explanation: hitExplanation(h, r),
		...messageRecord(h, r)
	}));
}

export function hitsCsv(hits: readonly HitRow[], r: Redactor): string {
	return recordsCsv(riskRecords(hits, r), RISK_EXTRA_COLUMNS);
}

export function hitsJsonl(hits: readonly HitRow[], r: Redactor): string {
	return recordsJsonl(riskRecords(hits, r), RISK_EXTRA_COLUMNS);
}
