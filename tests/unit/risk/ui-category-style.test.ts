import { describe, expect, it } from 'vitest';
import { categoryColour, categoryLabel, CUSTOM_COLOURS, isCustomCategory } from '../../../src/lib/risk/analysis/category-style';
import { RISK_CATEGORIES, type RiskCategory } from '../../../src/lib/risk/types';

describe('category labels and colours on the risk page', () => {
	it.each([
		['custom.deposit_talk', 'Deposit talk'],
		['custom.kyc', 'Kyc'],
		['custom.sanctions-list', 'Sanctions list'],
		['policy.gifts', 'Gifts and entertainment'],
		['pii.phone', 'Phone numbers'],
		['phi', 'Health information']
	] as [RiskCategory, string][])('%s is labelled %s', (category, label) => expect(categoryLabel(category)).toBe(label));

	it('every built-in category has a label of its own', () => {
		const labels = RISK_CATEGORIES.map((c) => categoryLabel(c));
		expect(labels.every((l, i) => l !== RISK_CATEGORIES[i])).toBe(true);
		expect(new Set(labels).size).toBe(RISK_CATEGORIES.length);
	});

	it('a custom category gets a colour from its own palette, the same every time, none a built-in colour', () => {
		const builtins = new Set(RISK_CATEGORIES.map((c) => categoryColour(c)));
		for (const name of ['custom.deposit_talk', 'custom.kyc', 'custom.a', 'custom.sanctions-list'] as RiskCategory[]) {
			expect(CUSTOM_COLOURS).toContain(categoryColour(name));
			expect(builtins.has(categoryColour(name))).toBe(false);
			expect(categoryColour(name)).toBe(categoryColour(name));
		}
	});

	it('custom categories spread over the palette', () => {
		const names = Array.from({ length: 40 }, (_, i) => `custom.topic_${i}` as RiskCategory);
		expect(new Set(names.map(categoryColour)).size).toBeGreaterThanOrEqual(6);
	});

	it('tells the user’s categories from the built-in ones', () => {
		expect(isCustomCategory('custom.kyc')).toBe(true);
		expect(isCustomCategory('policy.mnpi')).toBe(false);
	});
});
