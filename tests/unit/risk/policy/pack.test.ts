import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, exportPolicyPack, parsePolicyPack, validatePolicy, type PolicyDefinition } from '../../../../src/lib/risk/policy/index';

const GOOD: PolicyDefinition = {
	id: 'acme.crypto_promises',
	name: 'crypto promises',
	category: 'policy.guarantee',
	severity: 'medium',
	query: '(moon OR "to the moon") w/4 (coin OR token)',
	exceptions: 'emoji',
	languages: ['en'],
	description: 'Hype about tokens'
};

describe('validatePolicy', () => {
	it('accepts a complete definition and returns a clean copy', () => {
		const r = validatePolicy({ ...GOOD, extra: 'ignored' });
		expect(r).toEqual({ ok: true, def: GOOD });
	});

	it('accepts a definition without the optional fields', () => {
		const { exceptions: _e, languages: _l, ...bare } = GOOD;
		expect(validatePolicy(bare)).toEqual({ ok: true, def: bare });
	});

	const cases: [string, unknown, string[]][] = [
		['not an object', 'policy', ['policy: must be an object']],
		['an array', [], ['policy: must be an object']],
		['missing id', { ...GOOD, id: '' }, ['id: required text']],
		['id with spaces', { ...GOOD, id: 'my policy' }, ["id: 'my policy' may hold only letters, digits and . _ : - (no spaces)"]],
		['missing name', { ...GOOD, name: undefined }, ['name: required text']],
		[
			'a non-policy category',
			{ ...GOOD, category: 'pii.email' },
			[
				"category: must be one of policy.off_channel, policy.record_deletion, policy.guarantee, policy.mnpi, policy.gifts, policy.complaint or custom.<name> (lower-case letters, digits, _ or -) (got 'pii.email')"
			]
		],
		['bad severity', { ...GOOD, severity: 'extreme' }, ["severity: must be one of low, medium, high, critical (got 'extreme')"]],
		['query not text', { ...GOOD, query: 3 }, ['query: required text']],
		['query with an unclosed quote', { ...GOOD, query: 'guarantee w/5 "return' }, ['query: unclosed quote at 14']],
		['bad exceptions', { ...GOOD, exceptions: '(a' }, ["exceptions: unclosed '(' at 0"]],
		['languages not a list', { ...GOOD, languages: 'en' }, ['languages: must be a list such as ["en", "zh"]']],
		['unknown language', { ...GOOD, languages: ['en', 'fr'] }, ['languages[1]: must be one of en, zh, de, es']],
		['description missing', { ...GOOD, description: undefined }, ['description: required text']],
		[
			'several problems at once',
			{ ...GOOD, id: '', severity: 'x', query: '' },
			['id: required text', "severity: must be one of low, medium, high, critical (got 'x')", 'query: empty query']
		]
	];
	it.each(cases)('%s', (_name, def, errors) => {
		expect(validatePolicy(def)).toEqual({ ok: false, errors });
	});

	it('accepts every built-in policy', () => {
		for (const p of BUILTIN_POLICIES) expect(validatePolicy(p)).toEqual({ ok: true, def: p });
	});
});

describe('policy packs', () => {
	it('round-trip: what is exported is what is imported', () => {
		const defs = [GOOD, ...BUILTIN_POLICIES];
		const json = exportPolicyPack('Acme conduct', defs);
		expect(parsePolicyPack(json)).toEqual({ ok: true, name: 'Acme conduct', policies: defs });
	});

	it('is versioned JSON with the agreed header', () => {
		const pack = JSON.parse(exportPolicyPack('p', [GOOD]));
		expect(Object.keys(pack)).toEqual(['format', 'version', 'name', 'policies']);
		expect([pack.format, pack.version, pack.name]).toEqual(['parley-policy-pack', 1, 'p']);
		expect(pack.policies[0]).toEqual(GOOD);
	});

	it('rejects the whole pack when one policy is bad, naming which and why', () => {
		const bad = { ...GOOD, id: 'acme.bad', query: 'guarantee w/5 "return' };
		const json = JSON.stringify({ format: 'parley-policy-pack', version: 1, name: 'p', policies: [GOOD, { ...GOOD, id: 'acme.two' }, bad] });
		expect(parsePolicyPack(json)).toEqual({ ok: false, errors: ['policies[2].query: unclosed quote at 14'] });
	});

	const cases: [string, string, string[]][] = [
		['not JSON', '{"format":', ['not valid JSON: ']],
		['a list instead of an object', '[]', ['a policy pack must be a JSON object']],
		['wrong format', JSON.stringify({ format: 'other', version: 1, name: 'p', policies: [] }), ['format: must be "parley-policy-pack" (got "other")']],
		[
			'newer version',
			JSON.stringify({ format: 'parley-policy-pack', version: 2, name: 'p', policies: [] }),
			['version: 2 is newer than this Parley reads (1)']
		],
		['no name', JSON.stringify({ format: 'parley-policy-pack', version: 1, policies: [] }), ['name: required text']],
		['policies not a list', JSON.stringify({ format: 'parley-policy-pack', version: 1, name: 'p', policies: {} }), ['policies: must be a list']],
		[
			'a policy that is not an object',
			JSON.stringify({ format: 'parley-policy-pack', version: 1, name: 'p', policies: [null] }),
			['policies[0]: must be an object']
		],
		[
			'duplicate ids',
			JSON.stringify({ format: 'parley-policy-pack', version: 1, name: 'p', policies: [GOOD, GOOD] }),
			["policies[1].id: 'acme.crypto_promises' is already used by policies[0]"]
		],
		[
			'two bad policies',
			JSON.stringify({
				format: 'parley-policy-pack',
				version: 1,
				name: 'p',
				policies: [{ ...GOOD, severity: 'x' }, GOOD, { ...GOOD, id: 'b', category: 'phi' }]
			}),
			[
				"policies[0].severity: must be one of low, medium, high, critical (got 'x')",
				"policies[2].category: must be one of policy.off_channel, policy.record_deletion, policy.guarantee, policy.mnpi, policy.gifts, policy.complaint or custom.<name> (lower-case letters, digits, _ or -) (got 'phi')"
			]
		]
	];
	it.each(cases)('%s', (_name, json, errors) => {
		const r = parsePolicyPack(json);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toHaveLength(errors.length);
		r.errors.forEach((e, i) => expect(e.startsWith(errors[i])).toBe(true));
	});
});
