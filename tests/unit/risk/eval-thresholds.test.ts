import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../../src/lib/risk/types';
import { readFirstScore } from '../../eval/lib/first-score';
import { goalFor } from '../../eval/lib/metrics';
import { BLIND_DIR, runEvaluation } from '../../eval/lib/run';
import { join } from 'node:path';

// The same evaluation as `npm run eval:risk`, over tests/eval/corpus/*.jsonl and the blind batches, with every
// detector and built-in policy.
const evaluation = runEvaluation();
const tuned = runEvaluation(evaluation.messages.filter((m) => !m.blind));

describe('risk evaluation corpus', () => {
	it('has at least 300 tuned messages in en, zh, de and es, at least half of them negatives', () => {
		const messages = evaluation.messages.filter((m) => !m.blind);
		expect(messages.length).toBeGreaterThanOrEqual(300);
		expect(new Set(messages.map((m) => m.lang))).toEqual(new Set(['en', 'zh', 'de', 'es']));
		expect(messages.filter((m) => m.labels.length === 0).length * 2).toBeGreaterThanOrEqual(messages.length);
	});

	it('has fourteen blind batches of at least 220 messages each, every one with a recorded first score', () => {
		expect([...evaluation.batchResults.keys()].sort()).toEqual([
			'pii-secret-b1',
			'pii-secret-b2',
			'pii-secret-b3',
			'pii-secret-b4',
			'pii-secret-b5',
			'pii-secret-b6',
			'pii-secret-b7',
			'policy-phi-b1',
			'policy-phi-b2',
			'policy-phi-b3',
			'policy-phi-b4',
			'policy-phi-b5',
			'policy-phi-b6',
			'policy-phi-b7'
		]);
		for (const batch of evaluation.batchResults.keys()) {
			expect(evaluation.messages.filter((m) => m.blind === batch).length, batch).toBeGreaterThanOrEqual(220);
			expect(readFirstScore(join(BLIND_DIR, 'first-scores'), batch)?.batch, batch).toBe(batch);
		}
	});

	it('has unique ids', () => {
		const ids = evaluation.messages.map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('tuned corpus meets the goals (pii.* and secret ≥ 0.95 / 0.95, phi and policy.* ≥ 0.90 / 0.85)', () => {
	it.each(RISK_CATEGORIES.map((c) => [c]))('%s', (category) => {
		const r = tuned.results.find((x) => x.category === category)!;
		expect(r.support, 'labelled messages').toBeGreaterThan(0);
		expect({
			precision: r.precision >= goalFor(category).precision,
			recall: r.recall >= goalFor(category).recall,
			misses: r.misses,
			falseAlarms: r.falseAlarms
		}).toMatchObject({ precision: true, recall: true });
	});
});

describe('no blind batch scores under its first score (a rule change is kept only if it raises the blind figures)', () => {
	const rows = [...evaluation.batchResults].flatMap(([batch, results]) =>
		(readFirstScore(join(BLIND_DIR, 'first-scores'), batch)?.categories ?? []).map(
			(first) => [batch, first.category, first.f1, results.find((r) => r.category === first.category)!.f1] as const
		)
	);
	it.each(rows)('%s %s: F1 first %d', (_batch, _category, first, now) => expect(now).toBeGreaterThanOrEqual(first - 0.0005)); // first scores are kept to three decimals
});
