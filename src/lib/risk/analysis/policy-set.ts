import { validatePolicy, type PolicyDefinition } from '../policy';

/** The policies in force: built-ins (switched off by a 'builtin' override row) and the user's rows. Pure. */

export interface PolicyRowLike {
	id: string;
	pack: string;
	definition: string;
	enabled: boolean;
}

export interface PolicyEntry {
	def: PolicyDefinition;
	builtin: boolean;
	enabled: boolean;
	/** 'builtin', 'user', or the name of the pack it was imported from. */
	pack: string;
	/** Why a stored user policy cannot be used (it is then not enabled). */
	error: string | null;
}

export const BUILTIN = 'builtin';
export const USER_PACK = 'user';

export function policyEntries(builtins: readonly PolicyDefinition[], rows: readonly PolicyRowLike[]): PolicyEntry[] {
	const overrides = new Map(rows.filter((r) => r.pack === BUILTIN).map((r) => [r.id, r.enabled]));
	const builtinIds = new Set(builtins.map((b) => b.id));
	const entries: PolicyEntry[] = builtins.map((def) => ({ def, builtin: true, enabled: overrides.get(def.id) ?? true, pack: BUILTIN, error: null }));
	for (const row of rows) {
		if (row.pack === BUILTIN || builtinIds.has(row.id)) continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(row.definition);
		} catch {
			parsed = null;
		}
		const checked = validatePolicy(parsed);
		if (checked.ok) entries.push({ def: checked.def, builtin: false, enabled: row.enabled, pack: row.pack, error: null });
		else {
			const fallback = { id: row.id, name: row.id, category: 'policy.off_channel', severity: 'low', query: '', description: '' } as PolicyDefinition;
			entries.push({ def: fallback, builtin: false, enabled: false, pack: row.pack, error: checked.errors.join('; ') });
		}
	}
	return entries;
}

export function enabledDefinitions(entries: readonly PolicyEntry[]): PolicyDefinition[] {
	return entries.filter((e) => e.enabled && e.error === null).map((e) => e.def);
}

/** An id for a new user policy, from its name, unlike every id taken. */
export function newPolicyId(name: string, taken: ReadonlySet<string>): string {
	const slug =
		name
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'policy';
	let id = `user.${slug}`;
	for (let n = 2; taken.has(id); n++) id = `user.${slug}-${n}`;
	return id;
}
