import type { IdentityDecisions } from './decisions';
import { matchKeys, participantKey, type ParticipantRecord } from './keys';
import { normalisePhone } from './normalise';
import { UnionFind } from './union-find';

export interface Person {
	/** Participant ids, ascending. */
	members: number[];
	label: string;
}

/**
 * Participants into people: those sharing a normalised phone, e-mail or handle are one person, transitively, across
 * conversations and platforms; then manual merges join and manual splits keep a participant on its own.
 * People come out ordered by their smallest participant id; every participant is in exactly one.
 * `messages` (participant id → message count) only chooses the default label: the name of the member who wrote most.
 */
export function mergeParticipants(
	participants: ParticipantRecord[],
	decisions: IdentityDecisions,
	messages: ReadonlyMap<number, number> = new Map()
): Person[] {
	const sorted = [...participants].sort((a, b) => a.id - b.id);
	const uf = new UnionFind(sorted.length);
	const indexOfKey = new Map(sorted.map((p, i) => [participantKey(p), i]));
	const split = new Set(decisions.splits);

	const firstWithKey = new Map<string, number>();
	sorted.forEach((p, i) => {
		if (split.has(participantKey(p))) return;
		for (const key of matchKeys(p)) {
			const first = firstWithKey.get(key);
			if (first === undefined) firstWithKey.set(key, i);
			else uf.union(first, i);
		}
	});
	for (const group of decisions.merges) {
		const present = group.map((k) => indexOfKey.get(k)).filter((i): i is number => i !== undefined);
		for (const i of present.slice(1)) uf.union(present[0], i);
	}

	const byRoot = new Map<number, number[]>();
	sorted.forEach((_, i) => {
		const root = uf.find(i);
		const list = byRoot.get(root);
		if (list) list.push(i);
		else byRoot.set(root, [i]);
	});
	return [...byRoot.values()].map((indices) => {
		const members = indices.map((i) => sorted[i]);
		return { members: members.map((m) => m.id), label: labelOf(members, decisions.labels, messages) };
	});
}

function labelOf(members: ParticipantRecord[], labels: Record<string, string>, messages: ReadonlyMap<number, number>): string {
	for (const m of members) {
		const chosen = labels[participantKey(m)];
		if (chosen) return chosen;
	}
	const byActivity = [...members].sort((a, b) => (messages.get(b.id) ?? 0) - (messages.get(a.id) ?? 0) || a.id - b.id);
	// A name reads better than a number: prefer a member whose display name is not a phone number.
	const named = byActivity.find((m) => m.display_name.trim() !== '' && normalisePhone(m.display_name) === null);
	return (named ?? byActivity[0]).display_name.trim() || (named ?? byActivity[0]).handle;
}
