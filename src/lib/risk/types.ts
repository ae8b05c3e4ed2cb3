import type { MessageKind } from '$lib/model/types';

/** The categories the issue names; further rules (HK/TW IDs, NPI, DEA, NHS, passports) use the nearest one. */
export const RISK_CATEGORIES = [
	'pii.email', 'pii.phone', 'pii.credit_card', 'pii.iban', 'pii.us_ssn', 'pii.cn_resident_id', 'phi', 'secret',
	'policy.off_channel', 'policy.record_deletion', 'policy.guarantee', 'policy.mnpi', 'policy.gifts', 'policy.complaint'
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** One finding in one message's text. start/end are UTF-16 offsets into the text, end exclusive. */
export interface RiskHit {
	rule: string;
	category: RiskCategory;
	severity: Severity;
	/** 0..1: validation, context words and exceptions move it. */
	score: number;
	start: number;
	end: number;
	/** Why it fired, in words a reviewer understands (e.g. "16 digits passing the Luhn check; 'card' nearby"). */
	explanation: string;
}

/** A rule is a small pure function over one message's text. */
export interface RiskRule {
	id: string;
	category: RiskCategory;
	severity: Severity;
	/** One sentence for the UI. */
	description: string;
	scan(text: string): RiskHit[];
}

/** Records of these kinds are never scanned (system notices, deleted placeholders). */
export const UNSCANNED_KINDS: readonly MessageKind[] = ['system', 'deleted'];

/**
 * Hits scoring below this are not reported (the scanner drops them). Rules still produce them so the reason for a
 * low score (a test card number, an example key, a shape without context) can be tested and explained.
 */
export const REPORT_THRESHOLD = 0.5;
