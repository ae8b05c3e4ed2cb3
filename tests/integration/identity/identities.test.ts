import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { DECISIONS_KEY, listPeople, mergePeople, personMembers, refreshIdentities, renamePerson, splitParticipant } from '$lib/db/queries/identities';
import { parseSource } from '$lib/ingest/parse-source';

// See fixtures/README.md: Klara and Grace write on SMS (CSV sample) and WhatsApp under differently written numbers.
const CSV = 'data-samples/csv/travel_agency_sms_export.csv';
const WHATSAPP = 'tests/integration/identity/fixtures/WhatsApp Chat with Weber Family.txt';
const OPS_TEAM = 'data-samples/whatsapp/WhatsApp Chat - Ops Team.zip';

async function importFile(db: Connector, path: string): Promise<void> {
	const parsed = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
	for (const p of parsed.parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'Europe/Berlin' });
}

/** People as "label: platform handle, …" sorted, so the expectations read like the page. */
async function peopleOf(db: Connector): Promise<string[]> {
	const people = await listPeople(db);
	const out: string[] = [];
	for (const p of people) {
		const members = await personMembers(db, p.id);
		out.push(`${p.label}: ${members.map((m) => `${m.platform} ${m.handle}`).join(', ')}`);
	}
	return out.sort();
}

const AUTOMATIC = [
	'Agent Marta: csv agent-03',
	'Agent Paula: csv agent-07',
	'Grace Hill: csv +44 7700 900123, whatsapp +44 7700 900123',
	'Javier Ortega: csv +34 612 345 678',
	'Jonas Weber: csv +49 160 9876 5432',
	'Jonas: whatsapp Jonas',
	'Klara Weber: csv +49 151 2345 6789, whatsapp +49 151 23456789',
	'Klara Weber: whatsapp Klara Weber',
	'陈伟: csv +86 138 0013 8000'
];

describe('identities on the Node database', () => {
	let db: Connector;
	beforeEach(async () => {
		db = await createNodeDb();
		await importFile(db, CSV);
		await importFile(db, WHATSAPP);
	}, 120_000);

	it('links the same person across SMS and WhatsApp by phone; names alone stay apart; everyone is in one identity', async () => {
		expect(await refreshIdentities(db)).toBe(9);
		expect(await peopleOf(db)).toEqual(AUTOMATIC);
		const [{ participants, members, orphans }] = await db.query<{ participants: number; members: number; orphans: number }>(
			`SELECT (SELECT count(*) FROM participants) AS participants, (SELECT count(*) FROM identity_members) AS members,
				(SELECT count(*) FROM participants p WHERE NOT EXISTS (SELECT 1 FROM identity_members im WHERE im.participant_id = p.id)) AS orphans`
		);
		expect([participants, members, orphans]).toEqual([11, 11, 0]);
		// A refresh compares before it writes: tables that drifted from the rules are put right.
		await db.exec(`UPDATE identities SET label = 'stale' WHERE id = 1; DELETE FROM identity_members WHERE participant_id = 2`);
		expect(await refreshIdentities(db)).toBe(9);
		expect(await peopleOf(db)).toEqual(AUTOMATIC);
		const klara = (await listPeople(db)).find((p) => p.platforms.length === 2 && p.label === 'Klara Weber')!;
		expect([klara.platforms, klara.messages]).toEqual([['csv', 'whatsapp'], 7 + 3]);
	});

	it('keeps a manual merge, split and label through a later import and a refresh', async () => {
		await refreshIdentities(db);
		const byLabel = async (label: string, platforms: number) => (await listPeople(db)).find((p) => p.label === label && p.platforms.length === platforms)!.id;
		await mergePeople(db, [await byLabel('Klara Weber', 2), await byLabel('Klara Weber', 1)]);
		await mergePeople(db, [await byLabel('Jonas Weber', 1), await byLabel('Jonas', 1)]);
		const graceWhatsApp = (await db.query<{ id: number }>(`SELECT id FROM participants WHERE platform = 'whatsapp' AND handle = '+44 7700 900123'`))[0].id;
		await splitParticipant(db, graceWhatsApp);
		await renamePerson(db, await byLabel('Jonas Weber', 2), 'Jonas W.');

		const expected = [
			'Agent Marta: csv agent-03',
			'Agent Paula: csv agent-07',
			'Grace Hill: csv +44 7700 900123',
			'Javier Ortega: csv +34 612 345 678',
			'Jonas W.: csv +49 160 9876 5432, whatsapp Jonas',
			'Klara Weber: csv +49 151 2345 6789, whatsapp +49 151 23456789, whatsapp Klara Weber',
			'+44 7700 900123: whatsapp +44 7700 900123', // split out: its only name is its number
			'陈伟: csv +86 138 0013 8000'
		].sort();
		expect(await peopleOf(db)).toEqual(expected);

		await importFile(db, OPS_TEAM);
		await refreshIdentities(db);
		const after = await peopleOf(db);
		for (const line of expected) expect(after).toContain(line);

		// Splitting out the member that holds the label leaves the label with the person.
		const jonasCsv = (await db.query<{ id: number }>(`SELECT id FROM participants WHERE platform = 'csv' AND handle = '+49 160 9876 5432'`))[0].id;
		await splitParticipant(db, jonasCsv);
		const jonas = await peopleOf(db);
		expect(jonas).toContain('Jonas W.: whatsapp Jonas');
		expect(jonas).toContain('Jonas Weber: csv +49 160 9876 5432');
	});

	it('applies stored decisions by platform and handle, so they hold when the same files load in another order', async () => {
		await refreshIdentities(db);
		await mergePeople(db, [
			(await listPeople(db)).find((p) => p.label === 'Klara Weber' && p.platforms.length === 2)!.id,
			(await listPeople(db)).find((p) => p.label === 'Klara Weber' && p.platforms.length === 1)!.id
		]);
		const [{ value }] = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, [DECISIONS_KEY]);

		const other = await createNodeDb();
		await importFile(other, WHATSAPP);
		await importFile(other, CSV);
		await other.query(`INSERT INTO meta VALUES (?, ?)`, [DECISIONS_KEY, value]);
		await refreshIdentities(other);
		expect(await peopleOf(other)).toContain('Klara Weber: whatsapp +49 151 23456789, whatsapp Klara Weber, csv +49 151 2345 6789');
	});
});
