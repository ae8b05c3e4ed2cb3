import { describe, expect, it } from 'vitest';
import { compilePolicy, validatePolicy } from '../../../src/lib/risk/policy/index';
import { customCategory, isRiskCategory } from '../../../src/lib/risk/types';
import { parseQuery } from '../../../src/lib/search/query-parser';

describe('the user’s own categories (custom.<name>)', () => {
	it.each([
		['pii.email', true],
		['policy.gifts', true],
		['custom.kyc', true],
		['custom.sanctions_list-2', true],
		['custom.', false],
		['custom.KYC', false], // ids are lower case
		["custom.x' OR 1=1", false],
		['custom.a b', false],
		['policy.unknown', false],
		['pii.dna', false]
	])('isRiskCategory(%s) = %s', (c, ok) => expect(isRiskCategory(c)).toBe(ok));

	it.each([
		['KYC checks', 'custom.kyc_checks'],
		['custom.Sanctions', 'custom.sanctions'],
		['Überweisung ins Ausland', 'custom.uberweisung_ins_ausland'],
		['  ', null],
		['内部', null]
	])('customCategory(%s) = %s', (name, id) => expect(customCategory(name)).toBe(id));

	const def = {
		id: 'user.kyc',
		name: 'KYC shortcuts',
		category: 'custom.kyc',
		severity: 'medium',
		query: '"skip the kyc" OR "no kyc"',
		description: 'KYC skipped'
	};

	it('a policy under a custom category validates, compiles and reports hits under that category', () => {
		const checked = validatePolicy(def);
		expect(checked.ok).toBe(true);
		const hits = compilePolicy(def as never).scan('can we skip the KYC for this one?');
		expect(hits.map((h) => [h.category, h.rule])).toEqual([['custom.kyc', 'user.kyc']]);
	});

	it.each([['custom.KYC'], ['kyc'], ['custom.']])('refuses the category %s with a message naming custom.<name>', (category) => {
		const checked = validatePolicy({ ...def, category });
		expect(checked.ok).toBe(false);
		expect(!checked.ok && checked.errors.join(' ')).toMatch(/category: .*custom\.<name>/);
	});

	it.each([['risk:custom.kyc'], ['risk:custom']])('search accepts %s', (q) => expect(parseQuery(q).errors).toEqual([]));

	it('search still refuses an unknown built-in-looking category', () =>
		expect(
			parseQuery('risk:pii.dna')
				.errors.map((e) => e.message)
				.join(' ')
		).toMatch(/unknown risk category/));
});
