import { compilePolicies, type PolicyDefinition } from '../policy';
import { allRules } from '../registry';
import type { RiskRule } from '../types';

/** The rules a scan runs: compiled policies, with or without the detectors. A policy that fails to compile is skipped. */
export function scanRules(policies: readonly PolicyDefinition[], detectors: boolean): RiskRule[] {
	// validated when saved; a stale row must not stop the other rules
	const compiled = compilePolicies(policies, () => {});
	return detectors ? allRules(compiled) : compiled;
}
