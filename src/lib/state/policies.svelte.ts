import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors } from '$lib/db';
import { deletePolicy, listPolicyRows, upsertPolicy } from '$lib/db/queries/policies';
import { BUILTIN, newPolicyId, policyEntries, USER_PACK, type PolicyEntry } from '$lib/risk/analysis/policy-set';
import { BUILTIN_POLICIES, exportPolicyPack, parsePolicyPack, validatePolicy, type PolicyDefinition } from '$lib/risk/policy';
import { risk } from './risk.svelte';

/** The policy editor's state: built-in and user policies, saved in the workspace's policies table. */
class Policies {
	entries = $state.raw<PolicyEntry[]>([]);
	error = $state<string | null>(null);
	/** Outcome of the last pack import: what was added, or every reason it was refused. */
	importResult = $state.raw<{ ok: true; message: string } | { ok: false; errors: string[] } | null>(null);

	get userEntries(): PolicyEntry[] {
		return this.entries.filter((e) => !e.builtin);
	}

	async load(): Promise<void> {
		try {
			const { db } = await getConnectors();
			this.entries = policyEntries(BUILTIN_POLICIES, await listPolicyRows(db));
			this.error = null;
		} catch (err) {
			this.error = messageOf(err);
		}
	}

	/** An id for a new policy of this name, unused by any policy. */
	newId(name: string): string {
		return newPolicyId(name, new Set(this.entries.map((e) => e.def.id)));
	}

	async setEnabled(entry: PolicyEntry, enabled: boolean): Promise<void> {
		const changed = await this.change(async (db) => {
			if (entry.builtin) {
				if (enabled) await deletePolicy(db, entry.def.id);
				else await upsertPolicy(db, { id: entry.def.id, pack: BUILTIN, definition: JSON.stringify(entry.def), enabled: false });
			} else await upsertPolicy(db, { id: entry.def.id, pack: entry.pack, definition: JSON.stringify(entry.def), enabled });
		});
		if (changed)
			void auditTrail.record(enabled ? 'policy.enabled' : 'policy.disabled', `policy:${entry.def.id}`, {
				id: entry.def.id,
				name: entry.def.name,
				builtin: entry.builtin
			});
	}

	/** Saves a user policy (new, or replacing `previousId`); returns the validation errors, empty when saved. */
	async save(def: PolicyDefinition, previousId: string | null): Promise<string[]> {
		const checked = validatePolicy(def);
		if (!checked.ok) return checked.errors;
		const clash = this.entries.find((e) => e.def.id === def.id && (e.builtin || def.id !== previousId));
		if (clash) return [`id: '${def.id}' is already used by "${clash.def.name}"`];
		const previous = this.entries.find((e) => e.def.id === previousId && !e.builtin);
		const changed = await this.change(async (db) => {
			if (previousId !== null && previousId !== def.id) await deletePolicy(db, previousId);
			await upsertPolicy(db, { id: def.id, pack: previous?.pack ?? USER_PACK, definition: JSON.stringify(checked.def), enabled: previous?.enabled ?? true });
		});
		if (changed)
			void auditTrail.record('policy.saved', `policy:${def.id}`, { id: def.id, name: def.name, replaces: previousId, definition: JSON.stringify(checked.def) });
		return [];
	}

	async remove(entry: PolicyEntry): Promise<void> {
		if (entry.builtin) return;
		if (await this.change((db) => deletePolicy(db, entry.def.id))) {
			void auditTrail.record('policy.deleted', `policy:${entry.def.id}`, { id: entry.def.id, name: entry.def.name, definition: JSON.stringify(entry.def) });
		}
	}

	/** The user's policies as a pack (JSON text). */
	exportPack(name = 'My Parley policies'): string {
		return exportPolicyPack(
			name,
			this.userEntries.filter((e) => e.error === null).map((e) => e.def)
		);
	}

	/** Adds (or replaces, by id) every policy of a pack; all or nothing. */
	async importPack(json: string, fileName: string): Promise<void> {
		const parsed = parsePolicyPack(json);
		if (!parsed.ok) {
			this.importResult = { ok: false, errors: parsed.errors.map((e) => `${fileName}: ${e}`) };
			return;
		}
		const builtinIds = new Set(BUILTIN_POLICIES.map((b) => b.id));
		const clashes = parsed.policies
			.filter((p) => builtinIds.has(p.id))
			.map((p) => `${fileName}: id '${p.id}' is a built-in policy's id; rename it in the pack`);
		if (clashes.length > 0) {
			this.importResult = { ok: false, errors: clashes };
			return;
		}
		const changed = await this.change(async (db) => {
			for (const def of parsed.policies) await upsertPolicy(db, { id: def.id, pack: parsed.name, definition: JSON.stringify(def), enabled: true });
		});
		if (!changed) return;
		void auditTrail.record('policy.imported', `pack:${parsed.name}`, { pack: parsed.name, file: fileName, ids: parsed.policies.map((d) => d.id) });
		const n = parsed.policies.length;
		this.importResult = { ok: true, message: `Imported ${n} ${n === 1 ? 'policy' : 'policies'} from "${parsed.name}".` };
	}

	/** Writes, reloads and re-scans; false when the write failed (the error shows). */
	private async change(write: (db: Awaited<ReturnType<typeof getConnectors>>['db']) => Promise<void>): Promise<boolean> {
		try {
			const { db } = await getConnectors();
			await write(db);
			this.error = null;
		} catch (err) {
			this.error = messageOf(err);
			return false;
		}
		await this.load();
		void risk.rescan();
		return true;
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const policies = new Policies();
