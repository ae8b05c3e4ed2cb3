import { describe, expect, it } from 'vitest';
import { enabledDefinitions, newPolicyId, policyEntries } from '$lib/risk/analysis/policy-set';
import type { PolicyDefinition } from '$lib/risk/policy';

const builtinGifts: PolicyDefinition = {
	id: 'policy.gifts',
	name: 'gifts',
	category: 'policy.gifts',
	severity: 'medium',
	query: 'gift w/5 client',
	description: 'gifts'
};
const builtinMnpi: PolicyDefinition = {
	id: 'policy.mnpi',
	name: 'mnpi',
	category: 'policy.mnpi',
	severity: 'high',
	query: 'inside w/8 deal',
	description: 'mnpi'
};
const mine: PolicyDefinition = {
	id: 'user.burner',
	name: 'Burner phones',
	category: 'policy.off_channel',
	severity: 'high',
	query: 'burner w/3 phone',
	description: ''
};

describe('policies in force', () => {
	it('built-ins are on unless an override row switches them off; user rows keep their pack and switch', () => {
		const entries = policyEntries(
			[builtinGifts, builtinMnpi],
			[
				{ id: 'policy.mnpi', pack: 'builtin', definition: '{}', enabled: false },
				{ id: 'user.burner', pack: 'Desk pack', definition: JSON.stringify(mine), enabled: true }
			]
		);
		expect(entries.map((e) => [e.def.id, e.builtin, e.enabled, e.pack, e.error])).toEqual([
			['policy.gifts', true, true, 'builtin', null],
			['policy.mnpi', true, false, 'builtin', null],
			['user.burner', false, true, 'Desk pack', null]
		]);
		expect(enabledDefinitions(entries).map((d) => d.id)).toEqual(['policy.gifts', 'user.burner']);
	});

	it('a stored row that is not a valid policy is listed with its error and never enabled', () => {
		const entries = policyEntries(
			[],
			[
				{ id: 'user.broken', pack: 'user', definition: JSON.stringify({ ...mine, id: 'user.broken', query: '"unclosed' }), enabled: true },
				{ id: 'user.garbage', pack: 'user', definition: 'not json', enabled: true }
			]
		);
		expect(entries.map((e) => [e.def.id, e.enabled, e.error !== null])).toEqual([
			['user.broken', false, true],
			['user.garbage', false, true]
		]);
		expect(entries[0].error).toMatch(/query/);
		expect(enabledDefinitions(entries)).toEqual([]);
	});

	it.each([
		{ name: 'Burner phones', taken: [], id: 'user.burner-phones' },
		{ name: 'Burner phones', taken: ['user.burner-phones'], id: 'user.burner-phones-2' },
		{ name: 'Burner phones', taken: ['user.burner-phones', 'user.burner-phones-2'], id: 'user.burner-phones-3' },
		{ name: 'Café déjà vu!', taken: [], id: 'user.cafe-deja-vu' },
		{ name: '微信', taken: [], id: 'user.policy' }
	])('new id for "$name" with $taken taken → $id', ({ name, taken, id }) => {
		expect(newPolicyId(name, new Set(taken))).toBe(id);
	});
});
