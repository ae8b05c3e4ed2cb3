import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy, POLICY_CATEGORIES } from '../../../../src/lib/risk/policy/index';
import { RISK_CATEGORIES } from '../../../../src/lib/risk/types';
import { POLICY_CORPUS_LANGS, readPolicyCorpus } from './corpus';

const LINES = POLICY_CORPUS_LANGS.flatMap((lang) => readPolicyCorpus(lang).map((line) => ({ ...line, file: lang })));

describe('policy evaluation corpus', () => {
	it('is well formed: unique ids, the file’s language, known categories', () => {
		const ids = new Set<string>();
		for (const l of LINES) {
			expect(typeof l.id).toBe('string');
			expect(ids.has(l.id)).toBe(false);
			ids.add(l.id);
			expect(l.lang).toBe(l.file);
			expect(typeof l.text).toBe('string');
			expect(l.text.trim()).not.toBe('');
			for (const c of l.labels) expect(RISK_CATEGORIES).toContain(c);
		}
	});

	it('has at least 160 messages, at least half of them negatives, and 12 positives per policy category', () => {
		expect(LINES.length).toBeGreaterThanOrEqual(160);
		const negatives = LINES.filter((l) => l.labels.length === 0).length;
		expect(negatives * 2).toBeGreaterThanOrEqual(LINES.length);
		for (const c of POLICY_CATEGORIES) {
			expect(LINES.filter((l) => l.labels.includes(c)).length, c).toBeGreaterThanOrEqual(12);
		}
		for (const lang of POLICY_CORPUS_LANGS) expect(LINES.some((l) => l.file === lang && l.labels.length > 0)).toBe(true);
	});

	it('built-in policies reach precision and recall of at least 0.85 per category (message level)', () => {
		const rules = BUILTIN_POLICIES.map(compilePolicy);
		const counts = Object.fromEntries(POLICY_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
		for (const l of LINES) {
			const fired = new Set(rules.flatMap((r) => r.scan(l.text)).map((h) => h.category));
			for (const c of POLICY_CATEGORIES) {
				const labelled = l.labels.includes(c);
				if (labelled && fired.has(c)) counts[c].tp++;
				else if (fired.has(c)) counts[c].fp++;
				else if (labelled) counts[c].fn++;
			}
		}
		for (const c of POLICY_CATEGORIES) {
			const { tp, fp, fn } = counts[c];
			expect(tp / (tp + fp), `${c} precision (tp ${tp}, fp ${fp})`).toBeGreaterThanOrEqual(0.85);
			expect(tp / (tp + fn), `${c} recall (tp ${tp}, fn ${fn})`).toBeGreaterThanOrEqual(0.85);
		}
	});
});
