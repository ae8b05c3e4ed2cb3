import { seededRandom } from './random';
import type { PairRowsByKind, PersonRow } from './types';

/**
 * A synthetic contact network for the developer toggle and the benchmark: `people` persons in teams of about 25,
 * each with about `edgesPerPerson` contacts (mostly inside the team, some across), as the pair rows SQL would return.
 */
export function generatePairRows(people: number, edgesPerPerson: number, seed = 7): { persons: PersonRow[]; pairs: PairRowsByKind } {
	const rand = seededRandom(seed);
	const key = (i: number) => `g:${i + 1}`;
	const persons: PersonRow[] = Array.from({ length: people }, (_, i) => ({
		key: key(i),
		label: `Person ${String(i + 1).padStart(String(people).length, '0')}`,
		messages: 1 + Math.floor(rand() * 200),
		risk_hits: rand() < 0.1 ? Math.floor(rand() * 20) : 0
	}));
	const team = 25;
	const seen = new Set<number>();
	const direct: PairRowsByKind['direct'] = [];
	const group: PairRowsByKind['group'] = [];
	const target = Math.round((people * edgesPerPerson) / 2);
	let guard = 0;
	while (direct.length + group.length < target && guard++ < target * 20) {
		const a = Math.floor(rand() * people);
		const sameTeam = rand() < 0.85;
		const base = Math.floor(a / team) * team;
		const b = sameTeam ? Math.min(people - 1, base + Math.floor(rand() * team)) : Math.floor(rand() * people);
		if (a === b) continue;
		const [lo, hi] = a < b ? [a, b] : [b, a];
		const id = lo * people + hi;
		if (seen.has(id)) continue;
		seen.add(id);
		const [ka, kb] = key(lo) < key(hi) ? [key(lo), key(hi)] : [key(hi), key(lo)];
		if (sameTeam) group.push({ a: ka, b: kb, count: 1 + Math.floor(rand() * 3), messages: 0, risk_hits: 0 });
		else {
			const messages = 1 + Math.floor(rand() * 40);
			direct.push({ a: ka, b: kb, count: messages, messages, risk_hits: rand() < 0.05 ? 1 + Math.floor(rand() * 3) : 0 });
		}
	}
	return { persons, pairs: { direct, reply: [], mention: [], group } };
}
