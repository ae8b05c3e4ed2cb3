import {
	mergeDecision,
	mergeParticipants,
	parseDecisions,
	participantKey,
	renameDecision,
	splitDecision,
	type IdentityDecisions,
	type ParticipantRecord,
	type Person
} from '$lib/identity';
import { suggestMerges, type MergeSuggestion, type PlacedParticipant } from '$lib/identity';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/** Manual decisions live in meta (the schema has no table for them), as JSON under this key. */
export const DECISIONS_KEY = 'identity.decisions';

interface ParticipantWithCount extends ParticipantRecord {
	messages: number;
}

export function participantsWithCountsSql(): SqlQuery {
	return {
		sql: `SELECT p.id, p.platform, p.handle, p.display_name, p.phone, p.email, coalesce(m.n, 0) AS messages
			FROM participants p
			LEFT JOIN (SELECT participant_id, count(*) AS n FROM messages WHERE participant_id IS NOT NULL GROUP BY participant_id) m
				ON m.participant_id = p.id
			ORDER BY p.id`,
		params: []
	};
}

export async function readDecisions(db: Connector): Promise<IdentityDecisions> {
	const rows = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, [DECISIONS_KEY]);
	return parseDecisions(rows[0]?.value);
}

export async function writeDecisions(db: Connector, d: IdentityDecisions): Promise<void> {
	await db.query(`INSERT OR REPLACE INTO meta VALUES (?, ?)`, [DECISIONS_KEY, JSON.stringify(d)]);
}

async function insertChunks(db: Connector, table: string, width: number, rows: unknown[][]): Promise<void> {
	const tuple = `(${Array(width).fill('?').join(', ')})`;
	for (let from = 0; from < rows.length; from += 500) {
		const chunk = rows.slice(from, from + 500);
		await db.query(`INSERT INTO ${table} VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
	}
}

/**
 * Recomputes every person from the participants and the manual decisions and replaces identities and
 * identity_members with the result: every participant belongs to exactly one identity afterwards. Identity ids run
 * 1..n in order of each person's smallest participant id. Returns the number of people.
 */
export async function refreshIdentities(db: Connector): Promise<number> {
	const participants = await run<ParticipantWithCount>(db, participantsWithCountsSql());
	const decisions = await readDecisions(db);
	const people = mergeParticipants(participants, decisions, new Map(participants.map((p) => [p.id, p.messages])));
	if (await unchanged(db, people)) return people.length;
	await db.exec('BEGIN TRANSACTION');
	try {
		await db.exec('DELETE FROM identity_members; DELETE FROM identities;');
		await insertChunks(
			db,
			'identities',
			2,
			people.map((p, i) => [i + 1, p.label])
		);
		await insertChunks(
			db,
			'identity_members',
			2,
			people.flatMap((p, i) => p.members.map((m) => [m, i + 1]))
		);
		await db.exec('COMMIT');
	} catch (err) {
		await db.exec('ROLLBACK').catch(() => {});
		throw err;
	}
	return people.length;
}

/** True when the tables already hold exactly these people, so a restore does not rewrite (and re-save) them. */
async function unchanged(db: Connector, people: Person[]): Promise<boolean> {
	const rows = await db.query<{ participant_id: number; identity_id: number; label: string }>(
		`SELECT im.participant_id, im.identity_id, i.label FROM identity_members im JOIN identities i ON i.id = im.identity_id ORDER BY im.participant_id`
	);
	const expected = people
		.flatMap((p, i) => p.members.map((m) => ({ participant_id: m, identity_id: i + 1, label: p.label })))
		.sort((a, b) => a.participant_id - b.participant_id);
	const [{ identities }] = await db.query<{ identities: number }>(`SELECT count(*) AS identities FROM identities`);
	return (
		identities === people.length &&
		rows.length === expected.length &&
		rows.every((r, i) => r.participant_id === expected[i].participant_id && r.identity_id === expected[i].identity_id && r.label === expected[i].label)
	);
}

export interface PersonRow {
	id: number;
	label: string;
	platforms: string[];
	handles: string[];
	participants: number;
	messages: number;
}

/** Every person, most messages first. */
export function listPeopleSql(): SqlQuery {
	return {
		sql: `WITH counts AS (
				SELECT participant_id, count(*) AS n FROM messages WHERE participant_id IS NOT NULL GROUP BY participant_id
			)
			SELECT i.id, i.label,
				list(DISTINCT p.platform ORDER BY p.platform) AS platforms,
				list(p.handle ORDER BY p.id) AS handles,
				count(*) AS participants,
				coalesce(sum(c.n), 0)::BIGINT AS messages
			FROM identities i
			JOIN identity_members im ON im.identity_id = i.id
			JOIN participants p ON p.id = im.participant_id
			LEFT JOIN counts c ON c.participant_id = p.id
			GROUP BY i.id, i.label
			ORDER BY messages DESC, i.id`,
		params: []
	};
}

export function listPeople(db: Connector): Promise<PersonRow[]> {
	return run<PersonRow>(db, listPeopleSql());
}

export interface MemberRow extends ParticipantRecord {
	messages: number;
	conversations: number;
}

export function personMembersSql(identityId: number): SqlQuery {
	return {
		sql: `SELECT p.id, p.platform, p.handle, p.display_name, p.phone, p.email,
				count(m.participant_id) AS messages, count(DISTINCT m.conversation_id) AS conversations
			FROM identity_members im
			JOIN participants p ON p.id = im.participant_id
			LEFT JOIN messages m ON m.participant_id = p.id
			WHERE im.identity_id = ?
			GROUP BY ALL
			ORDER BY p.id`,
		params: [identityId]
	};
}

export function personMembers(db: Connector, identityId: number): Promise<MemberRow[]> {
	return run<MemberRow>(db, personMembersSql(identityId));
}

async function memberKeysOf(db: Connector, identityIds: number[]): Promise<string[]> {
	if (identityIds.length === 0) return [];
	const rows = await db.query<{ identity_id: number; platform: string; handle: string }>(
		`SELECT im.identity_id, p.platform, p.handle FROM identity_members im JOIN participants p ON p.id = im.participant_id
		WHERE im.identity_id IN (${identityIds.map(() => '?').join(', ')})
		ORDER BY p.id`,
		identityIds
	);
	// The first person's members first, so a merge keeps its label.
	const order = (id: number) => identityIds.indexOf(id);
	return rows.sort((a, b) => order(a.identity_id) - order(b.identity_id)).map(participantKey);
}

async function labelOf(db: Connector, identityId: number): Promise<string | undefined> {
	const rows = await db.query<{ label: string }>(`SELECT label FROM identities WHERE id = ?`, [identityId]);
	return rows[0]?.label;
}

/** Joins people into one, keeping the first one's label; decided by hand, so it survives re-imports. */
export async function mergePeople(db: Connector, identityIds: number[]): Promise<void> {
	if (identityIds.length < 2) return;
	const keys = await memberKeysOf(db, identityIds);
	const label = await labelOf(db, identityIds[0]);
	await writeDecisions(db, mergeDecision(await readDecisions(db), keys, label));
	await refreshIdentities(db);
}

/** Takes one participant out of its person into a person of its own; the person keeps its label. */
export async function splitParticipant(db: Connector, participantId: number): Promise<void> {
	const rows = await db.query<{ id: number; platform: string; handle: string }>(
		`SELECT p.id, p.platform, p.handle FROM participants p
		WHERE p.id = ? OR p.id IN (
			SELECT im.participant_id FROM identity_members im
			WHERE im.identity_id = (SELECT identity_id FROM identity_members WHERE participant_id = ?)
		)
		ORDER BY p.id`,
		[participantId, participantId]
	);
	const self = rows.find((r) => r.id === participantId);
	if (!self) return;
	const heir = rows.find((r) => r.id !== participantId);
	await writeDecisions(db, splitDecision(await readDecisions(db), participantKey(self), heir && participantKey(heir)));
	await refreshIdentities(db);
}

/** Sets a person's label; an empty label goes back to the automatic one. */
export async function renamePerson(db: Connector, identityId: number, label: string): Promise<void> {
	const keys = await memberKeysOf(db, [identityId]);
	await writeDecisions(db, renameDecision(await readDecisions(db), keys, label));
	await refreshIdentities(db);
}

/** The person a participant belongs to now (ids change when people are recomputed). */
export async function identityOfParticipant(db: Connector, participantId: number): Promise<number | null> {
	const rows = await db.query<{ identity_id: number }>(`SELECT identity_id FROM identity_members WHERE participant_id = ?`, [participantId]);
	return rows[0]?.identity_id ?? null;
}

/** Dismissed merge suggestions live in meta as a JSON list of pair keys (see pairKey), so they survive re-imports. */
export const DISMISSED_SUGGESTIONS_KEY = 'identity.dismissed_suggestions';

export async function readDismissedSuggestions(db: Connector): Promise<Set<string>> {
	const rows = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, [DISMISSED_SUGGESTIONS_KEY]);
	try {
		const v: unknown = JSON.parse(rows[0]?.value ?? '[]');
		return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
	} catch {
		return new Set();
	}
}

export async function dismissSuggestion(db: Connector, pairs: string[]): Promise<void> {
	const dismissed = await readDismissedSuggestions(db);
	for (const p of pairs) dismissed.add(p);
	await db.query(`INSERT OR REPLACE INTO meta VALUES (?, ?)`, [DISMISSED_SUGGESTIONS_KEY, JSON.stringify([...dismissed].sort())]);
}

export function placedParticipantsSql(): SqlQuery {
	return {
		sql: `SELECT p.id, p.platform, p.handle, p.display_name, p.phone, p.email, im.identity_id AS person
			FROM participants p JOIN identity_members im ON im.participant_id = p.id
			ORDER BY p.id`,
		params: []
	};
}

/** Merges the rules did not make, for the user to accept or dismiss; dismissed pairs and split participants are left out. */
export async function mergeSuggestions(db: Connector): Promise<MergeSuggestion[]> {
	const participants = await run<PlacedParticipant>(db, placedParticipantsSql());
	const decisions = await readDecisions(db);
	return suggestMerges(participants, await readDismissedSuggestions(db), new Set(decisions.splits));
}
