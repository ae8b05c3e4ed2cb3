import type { MessageKind } from '$lib/model/types';

/** The categories the issue names; further rules (HK/TW IDs, NPI, DEA, NHS, passports) use the nearest one. */
export const RISK_CATEGORIES = [
	'pii.email',
	'pii.phone',
	'pii.credit_card',
	'pii.iban',
	'pii.us_ssn',
	'pii.cn_resident_id',
	'phi',
	'secret',
	'policy.off_channel',
	'policy.record_deletion',
	'policy.guarantee',
	'policy.mnpi',
	'policy.gifts',
	'policy.complaint'
] as const;
export type BuiltinRiskCategory = (typeof RISK_CATEGORIES)[number];
/** A category the user makes for policies of their own: `custom.` and a lower-case name (kyc, sanctions_list). */
export type CustomRiskCategory = `custom.${string}`;
export type RiskCategory = BuiltinRiskCategory | CustomRiskCategory;

/** `custom.` + 1–40 lower-case letters, digits, '_' or '-', starting with a letter or digit (safe in SQL, URLs and search). */
export const CUSTOM_CATEGORY = /^custom\.[a-z0-9][a-z0-9_-]{0,39}$/;

export function isRiskCategory(c: string): c is RiskCategory {
	return (RISK_CATEGORIES as readonly string[]).includes(c) || CUSTOM_CATEGORY.test(c);
}

/** A user's name for a category as its id: 'KYC checks' → 'custom.kyc_checks'; null when nothing usable is left. */
export function customCategory(name: string): CustomRiskCategory | null {
	const slug = name
		.trim()
		.toLowerCase()
		.replace(/^custom\./, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9_-]+/g, '_')
		.replace(/^[_-]+|_+$/g, '')
		.slice(0, 40);
	const c = `custom.${slug}` as const;
	return CUSTOM_CATEGORY.test(c) ? c : null;
}

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
