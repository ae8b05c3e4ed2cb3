import { auditTrail } from '$lib/audit/trail.svelte';
import type { MergeSuggestion } from '$lib/identity';
import { getConnectors, type Connector } from '$lib/db';
import { persistence } from './persistence.svelte';
import { redaction } from './redaction.svelte';
import {
	dismissSuggestion,
	identityOfParticipant,
	listPeople,
	mergePeople,
	mergeSuggestions,
	personMembers,
	renamePerson,
	splitParticipant,
	type MemberRow,
	type PersonRow
} from '$lib/db/queries/identities';

export const SHOWN_PEOPLE = 500;

export interface OpenPerson {
	id: number;
	label: string;
	members: MemberRow[];
}

/** State of the People page: the list, its search and selection, one person opened, and the manual decisions. */
class People {
	people = $state.raw<PersonRow[]>([]);
	loaded = $state(false);
	query = $state('');
	selected = $state.raw<number[]>([]);
	open = $state.raw<OpenPerson | null>(null);
	busy = $state(false);
	error = $state<string | null>(null);
	suggestions = $state.raw<MergeSuggestion[]>([]);

	/** People whose label, handle or platform contains the search text (case-insensitive). */
	get filtered(): PersonRow[] {
		const q = this.query.trim().toLowerCase();
		if (!q) return this.people;
		// While redacting, the search sees what the page shows: typing a hidden number finds nobody.
		const seen = (s: string) => redaction.shown(s).toLowerCase();
		return this.people.filter((p) => seen(p.label).includes(q) || p.handles.some((h) => seen(h).includes(q)) || p.platforms.some((x) => x.includes(q)));
	}

	async load(): Promise<void> {
		try {
			const { db } = await getConnectors();
			this.people = await listPeople(db);
			this.suggestions = await mergeSuggestions(db);
			const ids = new Set(this.people.map((p) => p.id));
			this.selected = this.selected.filter((id) => ids.has(id));
			this.error = null;
		} catch (err) {
			this.error = messageOf(err);
		} finally {
			this.loaded = true;
		}
	}

	toggle(id: number): void {
		this.selected = this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id];
	}

	async merge(ids: number[] = this.selected): Promise<void> {
		if (ids.length < 2) return;
		const merged = ids.map((id) => this.people.find((p) => p.id === id)).map((p, i) => ({ id: ids[i], label: p?.label ?? '', handles: p?.handles ?? [] }));
		await this.act(async (db) => {
			await mergePeople(db, ids);
			void auditTrail.record('people.merged', `person:${ids[0]}`, { people: merged, label: merged[0].label });
			this.selected = [];
			await this.load();
		});
	}

	labelOf(id: number): string {
		return this.people.find((p) => p.id === id)?.label ?? `person ${id}`;
	}

	/** Merges the two people of a suggestion with the same code as a manual merge; recorded with its evidence. */
	async accept(s: MergeSuggestion): Promise<void> {
		const details = this.suggestionDetails(s);
		await this.act(async (db) => {
			await mergePeople(db, [...s.people]);
			void auditTrail.record('identity.merge_accepted', `person:${s.people[0]}`, details);
			await this.load();
		});
	}

	/** Keeps the suggestion from coming back, in this workspace and after re-imports. */
	async dismiss(s: MergeSuggestion): Promise<void> {
		const details = this.suggestionDetails(s);
		await this.act(async (db) => {
			await dismissSuggestion(db, s.pairs);
			void auditTrail.record('identity.merge_dismissed', `person:${s.people[0]}`, details);
			await this.load();
		});
	}

	private suggestionDetails(s: MergeSuggestion) {
		return { people: s.people.map((id) => this.labelOf(id)), pairs: s.pairs, evidence: s.evidence.map((e) => e.detail) };
	}

	async openPerson(id: number): Promise<void> {
		await this.act(async (db) => {
			const person = this.people.find((p) => p.id === id);
			this.open = { id, label: person?.label ?? '', members: await personMembers(db, id) };
		}, false);
	}

	close(): void {
		this.open = null;
	}

	/** Takes a participant out of the opened person; the person stays open with who remains. */
	async split(participantId: number): Promise<void> {
		const person = this.open;
		if (!person) return;
		const remaining = person.members.find((m) => m.id !== participantId)?.id;
		const member = person.members.find((m) => m.id === participantId);
		await this.act(async (db) => {
			await splitParticipant(db, participantId);
			void auditTrail.record('people.split', `participant:${participantId}`, {
				participant: member?.handle ?? String(participantId),
				platform: member?.platform ?? null,
				person: person.label,
				person_id: person.id
			});
			await this.reopen(db, remaining ?? participantId);
		});
	}

	async rename(label: string): Promise<void> {
		const person = this.open;
		if (!person) return;
		const anchor = person.members[0]?.id;
		await this.act(async (db) => {
			await renamePerson(db, person.id, label);
			void auditTrail.record('people.renamed', `person:${person.id}`, { from: person.label, to: label, handles: person.members.map((m) => m.handle) });
			if (anchor !== undefined) await this.reopen(db, anchor);
		});
	}

	/** Reloads the list and opens the person the participant now belongs to (ids change on every recompute). */
	private async reopen(db: Connector, participantId: number): Promise<void> {
		await this.load();
		const id = await identityOfParticipant(db, participantId);
		const person = this.people.find((p) => p.id === id);
		this.open = id === null || !person ? null : { id, label: person.label, members: await personMembers(db, id) };
	}

	/** Runs one step at a time; a step that `decides` (merge, split, rename) is saved with the workspace. */
	private async act(task: (db: Connector) => Promise<void>, decides = true): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			await task((await getConnectors()).db);
			this.error = null;
			if (decides) {
				void persistence.save();
				void redaction.refreshNames();
			}
		} catch (err) {
			this.error = messageOf(err);
		} finally {
			this.busy = false;
		}
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const people = new People();
