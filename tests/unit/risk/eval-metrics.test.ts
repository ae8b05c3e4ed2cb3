import { describe, expect, it } from 'vitest';
import { parseCorpus, type LabelledMessage } from '../../eval/lib/corpus';
import { belowGoal, f1, formatReport, goalFor, ratio, scoreCategories } from '../../eval/lib/metrics';
import type { RiskCategory } from '../../../src/lib/risk/types';

const msg = (id: string, labels: RiskCategory[]): LabelledMessage => ({ id, lang: 'en', text: `text ${id}`, labels });

describe('parseCorpus', () => {
	it('reads one record a line and skips blank lines', () => {
		const jsonl = '{"id":"a","lang":"en","text":"hi","labels":[]}\n\n{"id":"b","lang":"zh","text":"卡号","labels":["pii.credit_card"],"note":"n"}\n';
		expect(parseCorpus(jsonl, 'x.jsonl')).toEqual([
			{ id: 'a', lang: 'en', text: 'hi', labels: [] },
			{ id: 'b', lang: 'zh', text: '卡号', labels: ['pii.credit_card'], note: 'n' }
		]);
	});
	it.each([
		['not JSON', '{"id":', /x.jsonl:1: not JSON/],
		['a missing field', '{"id":"a","lang":"en","labels":[]}', /x.jsonl:1: needs id, lang, text and labels/],
		['an unknown category', '{"id":"a","lang":"en","text":"t","labels":["pii.dna"]}', /x.jsonl:1: unknown category "pii.dna"/]
	])('rejects %s with file and line', (_name, jsonl, message) => expect(() => parseCorpus(jsonl, 'x.jsonl')).toThrow(message));
});

describe('ratio and f1', () => {
	it.each([
		[3, 4, 0.75],
		[0, 0, 1], // nothing predicted / nothing to find: no error made
		[0, 5, 0]
	])('ratio(%i, %i) = %d', (n, d, expected) => expect(ratio(n, d)).toBe(expected));
	it.each([
		[1, 1, 1],
		[0.5, 1, 2 / 3], // 2·0.5·1 / 1.5
		[0, 0, 0]
	])('f1(%d, %d) = %d', (p, r, expected) => expect(f1(p, r)).toBeCloseTo(expected, 12));
});

describe('scoreCategories', () => {
	// a: labelled email, flagged email (TP). b: labelled email, nothing flagged (FN). c: negative, flagged email (FP).
	// d: negative, nothing flagged (TN). e: labelled phone and flagged phone and email (TP phone, FP email).
	const messages = [msg('a', ['pii.email']), msg('b', ['pii.email']), msg('c', []), msg('d', []), msg('e', ['pii.phone'])];
	const predicted: Set<RiskCategory>[] = [new Set(['pii.email']), new Set(), new Set(['pii.email']), new Set(), new Set(['pii.phone', 'pii.email'])];
	const [email, phone, iban] = scoreCategories(messages, predicted, ['pii.email', 'pii.phone', 'pii.iban']);

	it('counts per category', () => {
		expect(email).toMatchObject({ support: 2, tp: 1, fp: 2, fn: 1, precision: 1 / 3, recall: 0.5, misses: ['b'], falseAlarms: ['c', 'e'] });
		expect(phone).toMatchObject({ support: 1, tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
		expect(iban).toMatchObject({ support: 0, tp: 0, fp: 0, fn: 0 });
	});
	it('lists categories under their goal, ignoring categories with nothing labelled or flagged', () => {
		expect(belowGoal([email, phone, iban]).map((r) => r.category)).toEqual(['pii.email']);
	});
	it('prints a table row per category in use and every miss and false alarm', () => {
		const report = formatReport([email, phone, iban], messages);
		expect(report).toContain('MISS        pii.email  b: "text b"');
		expect(report).toContain('FALSE ALARM pii.email  c: "text c"');
		expect(report).not.toContain('pii.iban');
		expect(report.split('\n')[2]).toMatch(/^pii\.email\s+2\s+1\s+2\s+1\s+0\.333\s+0\.500\s+0\.400\s+0\.95\/0\.95 ✗$/);
	});
});

describe('goalFor', () => {
	it.each([
		['pii.iban', 0.95, 0.95],
		['secret', 0.95, 0.95],
		['phi', 0.9, 0.85],
		['policy.gifts', 0.9, 0.85],
		['custom.kyc', 0.9, 0.85]
	] as const)('%s → precision %d, recall %d', (category, precision, recall) => expect(goalFor(category)).toEqual({ precision, recall }));
});
