/**
 * Policy packs: a versioned JSON file of policy definitions, for sharing user policies between workspaces.
 * Import is all-or-nothing: one bad policy rejects the pack, and every error names its path
 * ("policies[2].query: unclosed quote at 14") so the author can fix the file.
 */
import { validatePolicy, type PolicyDefinition } from './definition';

export const POLICY_PACK_FORMAT = 'parley-policy-pack';
export const POLICY_PACK_VERSION = 1;

export function exportPolicyPack(name: string, defs: PolicyDefinition[]): string {
	const policies = defs.map((d) => {
		const out: PolicyDefinition = {
			id: d.id,
			name: d.name,
			category: d.category,
			severity: d.severity,
			query: d.query,
			description: d.description
		};
		if (d.exceptions !== undefined && d.exceptions !== '') out.exceptions = d.exceptions;
		if (d.languages !== undefined) out.languages = [...d.languages];
		return out;
	});
	return JSON.stringify({ format: POLICY_PACK_FORMAT, version: POLICY_PACK_VERSION, name, policies }, null, 2);
}

export function parsePolicyPack(json: string): { ok: true; name: string; policies: PolicyDefinition[] } | { ok: false; errors: string[] } {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (e) {
		return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, errors: ['a policy pack must be a JSON object'] };
	}
	const pack = data as Record<string, unknown>;
	const errors: string[] = [];
	if (pack.format !== POLICY_PACK_FORMAT) {
		errors.push(`format: must be "${POLICY_PACK_FORMAT}"${pack.format === undefined ? '' : ` (got ${JSON.stringify(pack.format)})`}`);
	}
	if (pack.version !== POLICY_PACK_VERSION) {
		errors.push(
			typeof pack.version === 'number' && pack.version > POLICY_PACK_VERSION
				? `version: ${pack.version} is newer than this Parley reads (${POLICY_PACK_VERSION})`
				: `version: must be ${POLICY_PACK_VERSION}`
		);
	}
	if (typeof pack.name !== 'string' || pack.name.trim() === '') errors.push('name: required text');
	if (!Array.isArray(pack.policies)) {
		errors.push('policies: must be a list');
		return { ok: false, errors };
	}
	const policies: PolicyDefinition[] = [];
	const seen = new Map<string, number>();
	pack.policies.forEach((p, i) => {
		const result = validatePolicy(p);
		if (!result.ok) {
			for (const e of result.errors) errors.push(e.startsWith('policy:') ? `policies[${i}]${e.slice(6)}` : `policies[${i}].${e}`);
			return;
		}
		const earlier = seen.get(result.def.id);
		if (earlier !== undefined) errors.push(`policies[${i}].id: '${result.def.id}' is already used by policies[${earlier}]`);
		else seen.set(result.def.id, i);
		policies.push(result.def);
	});
	if (errors.length) return { ok: false, errors };
	return { ok: true, name: (pack.name as string).trim(), policies };
}
