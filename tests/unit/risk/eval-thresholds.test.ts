import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../../src/lib/risk/types';
import { goalFor } from '../../eval/lib/metrics';
import { runEvaluation } from '../../eval/lib/run';

// The same evaluation as `npm run eval:risk`, over tests/eval/corpus/*.jsonl with every detector and built-in policy.
const evaluation = runEvaluation();

describe('risk evaluation corpus', () => {
	it('has at least 300 messages in en, zh, de and es, at least half of them negatives', () => {
		const { messages } = evaluation;
		expect(messages.length).toBeGreaterThanOrEqual(300);
		expect(new Set(messages.map((m) => m.lang))).toEqual(new Set(['en', 'zh', 'de', 'es']));
		expect(messages.filter((m) => m.labels.length === 0).length * 2).toBeGreaterThanOrEqual(messages.length);
	});

	it('has unique ids', () => {
		const ids = evaluation.messages.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('risk evaluation goals (pii.* and secret ≥ 0.95, phi and policy.* ≥ 0.85)', () => {
	it.each(RISK_CATEGORIES.map((c) => [c]))('%s', (category) => {
		const r = evaluation.results.find((x) => x.category === category)!;
		expect(r.support, 'labelled messages').toBeGreaterThan(0);
		expect({ precision: r.precision >= goalFor(category), recall: r.recall >= goalFor(category), misses: r.misses, falseAlarms: r.falseAlarms }).toMatchObject({ precision: true, recall: true });
	});
});
