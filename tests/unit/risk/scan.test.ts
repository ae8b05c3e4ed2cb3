import { describe, expect, it } from 'vitest';
import { allRules, DETECTOR_RULES } from '../../../src/lib/risk/registry';
import { dedupeHits, scanBatch, scanText } from '../../../src/lib/risk/scan';
import type { RiskHit, RiskRule } from '../../../src/lib/risk/types';

function hit(rule: string, category: RiskHit['category'], start: number, end: number, score: number): RiskHit {
	return { rule, category, severity: 'low', score, start, end, explanation: '' };
}

function fixedRule(id: string, category: RiskHit['category'], hits: [number, number, number][]): RiskRule {
	return { id, category, severity: 'low', description: id, scan: () => hits.map(([s, e, score]) => hit(id, category, s, e, score)) };
}

describe('dedupeHits', () => {
	it('keeps the best of overlapping hits of one category, and hits of other categories', () => {
		const hits = [hit('a', 'pii.phone', 5, 15, 0.6), hit('b', 'pii.phone', 8, 20, 0.9), hit('c', 'phi', 8, 20, 0.5), hit('d', 'pii.phone', 30, 40, 0.55)];
		expect(dedupeHits(hits).map((h) => h.rule)).toEqual(['b', 'c', 'd']);
	});
	it('prefers the longer span on a tie', () => {
		expect(dedupeHits([hit('short', 'secret', 0, 5, 0.8), hit('long', 'secret', 0, 9, 0.8)]).map((h) => h.rule)).toEqual(['long']);
	});
});

describe('scanText', () => {
	const rules = [
		fixedRule('r1', 'pii.email', [
			[10, 20, 0.9],
			[0, 4, 0.4]
		]),
		fixedRule('r2', 'secret', [[2, 6, 0.7]])
	];
	it('drops hits below the report threshold and sorts by start', () => {
		expect(scanText('some text that is long enough', 'text', rules).map((h) => [h.rule, h.start])).toEqual([
			['r2', 2],
			['r1', 10]
		]);
	});
	it.each([['system'], ['deleted']] as const)('does not scan %s records', (kind) => {
		expect(scanText('card 4539 1488 0343 6467', kind, DETECTOR_RULES)).toEqual([]);
	});
	it('finds every kind of finding in one message', () => {
		const text = 'Ana: card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00, mail ana@harbor.io';
		expect(scanText(text, 'text', DETECTOR_RULES).map((h) => [h.category, text.slice(h.start, h.end)])).toEqual([
			['pii.credit_card', '4539 1488 0343 6467'],
			['pii.iban', 'DE89 3704 0044 0532 0130 00'],
			['pii.email', 'ana@harbor.io']
		]);
	});
});

describe('scanBatch', () => {
	it('gives each hit the index of its message', () => {
		const { index, hits } = scanBatch(
			['nothing here', 'mail ana@harbor.io or bo@harbor.io', 'SSN 536-22-1234', 'card 4539 1488 0343 6467'],
			['text', 'text', 'text', 'system'],
			DETECTOR_RULES
		);
		expect([...index]).toEqual([1, 1, 2]);
		expect(hits.map((h) => h.rule)).toEqual(['pii.email', 'pii.email', 'pii.us_ssn']);
	});
});

describe('allRules', () => {
	it('puts the policy rules after the detectors', () => {
		const policy = fixedRule('policy.x', 'policy.gifts', []);
		const rules = allRules([policy]);
		expect(rules.length).toBe(DETECTOR_RULES.length + 1);
		expect(rules[rules.length - 1]).toBe(policy);
	});
	it('has unique rule ids', () => {
		const ids = DETECTOR_RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
