import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { participantKey, type ParticipantRecord } from './keys';
import { nameMatch, nameTokens, type NameRule } from './names';
import { normaliseEmail, normaliseHandle, normalisePhone } from './normalise';

/** A participant and the person it belongs to now. */
export interface PlacedParticipant extends ParticipantRecord {
	person: number;
}

export type SuggestionRule = 'phone' | 'email' | 'handle' | NameRule;

/** Why two participants may be one person, in words a reviewer can check against the records. */
export interface Evidence {
	rule: SuggestionRule;
	a: PlacedParticipant;
	b: PlacedParticipant;
	detail: string;
}

/** Two people who may be one, with every piece of evidence found between their members. */
export interface MergeSuggestion {
	/** Stable across re-imports: the participant keys of its evidence pairs. */
	pairs: string[];
	people: [number, number];
	evidence: Evidence[];
}

/** The key a dismissal is stored under: both participants' keys, in order, so it survives re-imports. */
export function pairKey(a: { platform: string; handle: string }, b: { platform: string; handle: string }): string {
	return [participantKey(a), participantKey(b)].sort().join(' ⇄ ');
}

/** Largest group of participants sharing a first or last name compared pair by pair (beyond it the name is too common to mean anything). */
const NAME_BLOCK_LIMIT = 400;

/**
 * Candidate merges the automatic rules did not make, for a person to accept or dismiss (never applied here):
 * - `phone`: one number written in forms that normalise differently, read with libphonenumber (a national number is
 *   read with each calling code of the international numbers present: "(555) 010-0123" and "+1 555 010 0123");
 * - `email`: addresses equal but for case-insensitive sub-addressing ("dana+ops@…") or, at gmail.com, dots;
 * - `handle`: a handle equal to another participant's e-mail user name ("dana.weiss" / "dana.weiss@northwind.example");
 * - names (see nameMatch), within one platform only, and never when both carry phones or e-mails that differ.
 * Participants the user split out and pairs in `dismissed` (see pairKey) are left out.
 */
export function suggestMerges(
	participants: PlacedParticipant[],
	dismissed: ReadonlySet<string> = new Set(),
	splits: ReadonlySet<string> = new Set()
): MergeSuggestion[] {
	const eligible = participants.filter((p) => !splits.has(participantKey(p)));
	const countries = countriesOf(eligible);
	const phones = new Map(eligible.map((p) => [p.id, phoneCandidates(p, countries)]));
	const evidence: Evidence[] = [];
	const add = (rule: SuggestionRule, a: PlacedParticipant, b: PlacedParticipant, detail: string) => {
		if (a.person === b.person || dismissed.has(pairKey(a, b))) return;
		const [x, y] = a.id < b.id ? [a, b] : [b, a];
		evidence.push({ rule, a: x, b: y, detail });
	};

	for (const [number, group] of groupBy(eligible, (p) => phones.get(p.id) ?? [])) {
		forPairs(group, (a, b) => add('phone', a, b, `phone ${number}: ${phoneText(a)} and ${phoneText(b)}`));
	}
	for (const [address, group] of groupBy(eligible, (p) => emailCanonical(p))) {
		forPairs(group, (a, b) => {
			if (emailOf(a) !== emailOf(b)) add('email', a, b, `e-mail ${emailOf(a)} and ${emailOf(b)} reach the same mailbox (${address})`);
		});
	}
	const byUserName = groupBy(eligible, (p) => {
		const e = emailOf(p);
		return e ? [e.split('@')[0]] : [];
	});
	for (const p of eligible) {
		const handle = ownHandle(p);
		for (const q of (handle && byUserName.get(handle)) || []) {
			if (q.id !== p.id) add('handle', p, q, `handle “${p.handle}” is the user name of ${emailOf(q)}`);
		}
	}
	const seenNamePairs = new Set<string>();
	for (const [, group] of groupBy(eligible, nameBlocks)) {
		if (group.length > NAME_BLOCK_LIMIT) continue;
		forPairs(group, (a, b) => {
			const key = `${Math.min(a.id, b.id)}:${Math.max(a.id, b.id)}`;
			if (seenNamePairs.has(key) || a.platform !== b.platform) return;
			seenNamePairs.add(key);
			const rule = nameMatch(a.display_name, b.display_name);
			if (!rule || contradicts(a, b, phones)) return;
			add(rule, a, b, `${NAME_RULE_WORDS[rule]} on ${a.platform}: “${a.display_name}” and “${b.display_name}”`);
		});
	}
	return bundle(evidence);
}

const NAME_RULE_WORDS: Record<NameRule, string> = {
	'same-name': 'same name written differently',
	initial: 'a name and its initial',
	typo: 'names one letter apart'
};

function bundle(evidence: Evidence[]): MergeSuggestion[] {
	const byPeople = new Map<string, MergeSuggestion>();
	for (const e of evidence) {
		const people: [number, number] = e.a.person < e.b.person ? [e.a.person, e.b.person] : [e.b.person, e.a.person];
		const key = people.join(':');
		const s = byPeople.get(key) ?? { pairs: [], people, evidence: [] };
		const pair = pairKey(e.a, e.b);
		if (s.evidence.some((x) => x.rule === e.rule && pairKey(x.a, x.b) === pair)) continue;
		if (!s.pairs.includes(pair)) s.pairs.push(pair);
		s.evidence.push(e);
		byPeople.set(key, s);
	}
	// Contact evidence (phone, e-mail, handle) before names; then in the order of the people.
	const strength = (s: MergeSuggestion) => (s.evidence.some((e) => e.rule === 'phone' || e.rule === 'email' || e.rule === 'handle') ? 0 : 1);
	return [...byPeople.values()].sort((x, y) => strength(x) - strength(y) || x.people[0] - y.people[0] || x.people[1] - y.people[1]);
}

function forPairs<T>(items: T[], fn: (a: T, b: T) => void): void {
	for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) fn(items[i], items[j]);
}

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keysOf(item))) {
			const list = groups.get(key);
			if (list) list.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

function phoneSource(p: ParticipantRecord): string | null {
	if (normalisePhone(p.phone)) return p.phone;
	if (normalisePhone(p.handle)) return p.handle;
	return null;
}

function phoneText(p: ParticipantRecord): string {
	return `“${phoneSource(p)}” (${p.display_name || p.handle}, ${p.platform})`;
}

/** Calling codes of the international numbers present: where a national number is most likely from. */
function countriesOf(participants: ParticipantRecord[]): string[] {
	const codes = new Set<string>();
	for (const p of participants) {
		const raw = phoneSource(p);
		if (!raw || !normalisePhone(raw)!.startsWith('+')) continue;
		const code = parsePhoneNumberFromString(normalisePhone(raw)!)?.countryCallingCode;
		if (code) codes.add(code);
	}
	return [...codes].sort();
}

/** The E.164 forms a participant's number can be read as. */
function phoneCandidates(p: ParticipantRecord, callingCodes: string[]): string[] {
	const raw = phoneSource(p);
	if (!raw) return [];
	const compact = normalisePhone(raw)!;
	if (compact.startsWith('+')) {
		const parsed = parsePhoneNumberFromString(compact);
		return parsed?.isPossible() ? [parsed.number] : [];
	}
	const out: string[] = [];
	for (const defaultCallingCode of callingCodes) {
		const parsed = parsePhoneNumberFromString(compact, { defaultCallingCode });
		if (parsed?.isPossible()) out.push(parsed.number);
	}
	return out;
}

function emailOf(p: ParticipantRecord): string | null {
	return normaliseEmail(p.email) ?? normaliseEmail(p.handle);
}

const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** The mailbox an address is delivered to: sub-address (+tag) dropped, dots dropped at Gmail. */
function emailCanonical(p: ParticipantRecord): string[] {
	const e = emailOf(p);
	if (!e) return [];
	const [local, domain] = [e.slice(0, e.lastIndexOf('@')), e.slice(e.lastIndexOf('@') + 1)];
	let user = local.split('+')[0];
	let host = domain;
	if (DOTLESS_DOMAINS.has(domain)) {
		user = user.replaceAll('.', '');
		host = 'gmail.com';
	}
	return user ? [`${user}@${host}`] : [];
}

/** The handle when it is an account name of its own, not the display name repeated (WhatsApp, Signal…). */
function ownHandle(p: ParticipantRecord): string | null {
	if (p.handle.trim() === p.display_name.trim() || emailOf({ ...p, email: null })) return null;
	return normaliseHandle(p.handle);
}

function nameBlocks(p: ParticipantRecord): string[] {
	const tokens = nameTokens(p.display_name);
	if (tokens.length === 0) return [];
	return [`${p.platform}|all|${tokens.join(' ')}`, `${p.platform}|first|${tokens[0]}`, `${p.platform}|last|${tokens.at(-1)}`];
}

/** Both carry a phone, or both an e-mail, and they differ: a similar name is then a different person. */
function contradicts(a: ParticipantRecord, b: ParticipantRecord, phones: Map<number, string[]>): boolean {
	const [pa, pb] = [phones.get(a.id) ?? [], phones.get(b.id) ?? []];
	if (phoneSource(a) && phoneSource(b) && !pa.some((n) => pb.includes(n))) return true;
	const [ea, eb] = [emailCanonical(a), emailCanonical(b)];
	return ea.length > 0 && eb.length > 0 && ea[0] !== eb[0];
}
