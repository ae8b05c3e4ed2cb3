import type { RiskRule } from './types';
import { emailRule } from './rules/email';
import { phoneRule } from './rules/phone';
import { creditCardRule } from './rules/credit-card';
import { ibanRule } from './rules/iban';
import { usSsnRule } from './rules/us-ssn';
import { cnResidentIdRule } from './rules/cn-resident-id';
import { hkIdRule, passportRule, twIdRule } from './rules/national-ids';
import { phiConditionRule, phiDeaRule, phiMrnRule, phiNhsRule, phiNpiRule } from './rules/phi';
import { SECRET_RULES } from './rules/secrets';
import { urlCredentialsRule } from './rules/secret-urls';

/** Every built-in PII, PHI and secret detector. */
export const DETECTOR_RULES: RiskRule[] = [
	emailRule,
	phoneRule,
	creditCardRule,
	ibanRule,
	usSsnRule,
	cnResidentIdRule,
	hkIdRule,
	twIdRule,
	passportRule,
	phiConditionRule,
	phiMrnRule,
	phiNpiRule,
	phiDeaRule,
	phiNhsRule,
	...SECRET_RULES,
	urlCredentialsRule
];

/** The detectors plus compiled policy rules (`compilePolicies(BUILTIN_POLICIES)` and the user's own). */
export function allRules(policyRules: readonly RiskRule[] = []): RiskRule[] {
	return [...DETECTOR_RULES, ...policyRules];
}
