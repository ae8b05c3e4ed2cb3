import { scanText } from '../../../src/lib/risk/scan';
import type { RiskRule } from '../../../src/lib/risk/types';

/** The text of every reported hit (score at or above the report threshold) of one rule. */
export function reported(rule: RiskRule, text: string): string[] {
	return scanText(text, 'text', [rule]).map((h) => text.slice(h.start, h.end));
}
