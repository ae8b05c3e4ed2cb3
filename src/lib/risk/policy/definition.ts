import { CUSTOM_CATEGORY, RISK_CATEGORIES, type RiskCategory, type Severity } from '../types';
import { parsePolicyQuery } from './parse';

export interface PolicyDefinition {
	id: string;
	name: string;
	/** One of the policy.* categories, or a category of the user's own (`custom.<name>`). */
	category: RiskCategory;
	severity: Severity;
	/** The lexicon expression (see parse.ts for the language). */
	query: string;
	/** An expression; a message matching it does not fire. */
	exceptions?: string;
	/** Informational: 'en' | 'zh' | 'de' | 'es'. */
	languages?: string[];
	description: string;
}

export const POLICY_CATEGORIES = RISK_CATEGORIES.filter((c) => c.startsWith('policy.'));
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const POLICY_LANGUAGES = ['en', 'zh', 'de', 'es'] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyText(v: unknown): v is string {
	return typeof v === 'string' && v.trim() !== '';
}

/** Checks every field; errors name the field ("query: unclosed quote at 14"). */
export function validatePolicy(def: unknown): { ok: true; def: PolicyDefinition } | { ok: false; errors: string[] } {
	if (!isRecord(def)) return { ok: false, errors: ['policy: must be an object'] };
	const errors: string[] = [];
	const { id, name, category, severity, query, exceptions, languages, description } = def;

	if (!nonEmptyText(id)) errors.push('id: required text');
	else if (!ID.test(id)) errors.push(`id: '${id}' may hold only letters, digits and . _ : - (no spaces)`);
	if (!nonEmptyText(name)) errors.push('name: required text');
	if (typeof category !== 'string' || !((POLICY_CATEGORIES as readonly string[]).includes(category) || CUSTOM_CATEGORY.test(category))) {
		errors.push(
			`category: must be one of ${POLICY_CATEGORIES.join(', ')} or custom.<name> (lower-case letters, digits, _ or -)${typeof category === 'string' ? ` (got '${category}')` : ''}`
		);
	}
	if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
		errors.push(`severity: must be one of ${SEVERITIES.join(', ')}${typeof severity === 'string' ? ` (got '${severity}')` : ''}`);
	}
	if (typeof query !== 'string') errors.push('query: required text');
	else {
		const parsed = parsePolicyQuery(query);
		if (!parsed.ok) for (const e of parsed.errors) errors.push(`query: ${e.message}`);
	}
	if (exceptions !== undefined && exceptions !== '') {
		if (typeof exceptions !== 'string') errors.push('exceptions: must be text');
		else {
			const parsed = parsePolicyQuery(exceptions);
			if (!parsed.ok) for (const e of parsed.errors) errors.push(`exceptions: ${e.message}`);
		}
	}
	if (languages !== undefined) {
		if (!Array.isArray(languages)) errors.push('languages: must be a list such as ["en", "zh"]');
		else
			languages.forEach((l, i) => {
				if (typeof l !== 'string' || !(POLICY_LANGUAGES as readonly string[]).includes(l)) {
					errors.push(`languages[${i}]: must be one of ${POLICY_LANGUAGES.join(', ')}`);
				}
			});
	}
	if (typeof description !== 'string') errors.push('description: required text');

	if (errors.length) return { ok: false, errors };
	const clean: PolicyDefinition = {
		id: id as string,
		name: (name as string).trim(),
		category: category as RiskCategory,
		severity: severity as Severity,
		query: query as string,
		description: description as string
	};
	if (typeof exceptions === 'string' && exceptions !== '') clean.exceptions = exceptions;
	if (Array.isArray(languages)) clean.languages = [...(languages as string[])];
	return { ok: true, def: clean };
}
