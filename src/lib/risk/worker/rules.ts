import { compilePolicy, type PolicyDefinition } from '../policy';
import { allRules } from '../registry';
import type { RiskRule } from '../types';

/** The rules a scan runs: compiled policies, with or without the detectors. A policy that fails to compile is skipped. */
export function scanRules(policies: readonly PolicyDefinition[], detectors: boolean): RiskRule[] {
	const compiled: RiskRule[] = [];
	for (const def of policies) {
		try {
			compiled.push(compilePolicy(def));
		} catch {
			// validated when saved; a stale row must not stop the other rules
		}
	}
	return detectors ? allRules(compiled) : compiled;
}
