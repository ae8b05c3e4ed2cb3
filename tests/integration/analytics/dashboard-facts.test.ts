import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '$lib/analytics/filter';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { hourWeekday, messageLength, replyLatency } from '$lib/db/queries/dashboard';
import { FACTS_TABLE, forgetDashboardFacts } from '$lib/db/queries/dashboard-facts';
import { schemaTables } from '$lib/db/queries/schema-browser';
import { removeFrom } from '$lib/db/stream-load';
import type { ParsedFile } from '$lib/model/types';
import { general, generalSource, team, teamSource } from './fixture';

/**
 * The charts that read the dashboard's facts table (length bins, local weekday and hour, previous authored message)
 * must answer for the messages the database holds now, whatever it held when the table was built. Expected values
 * are worked out by hand from fixture.ts.
 */
const all = EMPTY_FILTER;
const bins = async (db: Connector) => (await messageLength(db, all)).map((r) => [r.bin, r.messages]);
const pairs = async (db: Connector) =>
	(await replyLatency(db, all, { windowSeconds: 3600, top: 10 })).map((r) => [r.from_label, r.to_label, r.replies, r.median]);

/** "general" again, with other texts and times, as another file would give: four messages, like the first. */
const generalEdited: ParsedFile = {
	...general,
	messages: [
		{ ...general.messages[0], ts: '2024-03-04T08:00:00Z', text: 'a much longer question than before, forty' }, // 41 → bin 5
		{ ...general.messages[1], ts: '2024-03-04T08:10:00Z', text: 'x' }, // 1 → bin 0; Erin to Dana, 600 s
		{ ...general.messages[2], ts: '2024-03-04T08:11:00Z', replyTo: undefined, text: 'yy' }, // 2 → bin 1; Erin after Erin: no reply
		{ ...general.messages[3], ts: '2024-03-04T08:12:00Z', text: 'zzz' } // 3 → bin 1; Dana to Erin, 60 s
	]
};

describe('dashboard facts follow the messages', () => {
	it('an archive imported after the charts were drawn is in the next answer', async () => {
		const db = await createNodeDb();
		await importParsedFile(db, team, teamSource, { timeZone: 'Europe/Berlin' });
		// Team's texts: hi 2, hello there 11, 100 × x, ok 2, late 4, night 5 (system and media records are not text).
		expect(await bins(db)).toEqual([
			[1, 2],
			[2, 2],
			[3, 1],
			[6, 1]
		]);
		expect(await pairs(db)).toEqual([
			['Alice', 'Bob', 2, 1950],
			['Bob', 'Alice', 2, 450],
			['Alice', 'Carol', 1, 300]
		]);
		// Local wall-clock: Mon 09:00–09:30 (four records with the system one), Mon 8 Jan 10:00 and 10:05, Thu 23:30, Fri 00:15 and 00:20.
		expect((await hourWeekday(db, all, 'local')).map((r) => [r.weekday, r.hour, r.messages])).toEqual([
			[1, 9, 4],
			[1, 10, 2],
			[4, 23, 1],
			[5, 0, 2]
		]);

		await importParsedFile(db, general, generalSource, { timeZone: 'UTC' });
		// general adds question? 9, answer 6, follow-up 9, thanks 6.
		expect(await bins(db)).toEqual([
			[1, 2],
			[2, 4],
			[3, 3],
			[6, 1]
		]);
		expect(await pairs(db)).toEqual([
			['Alice', 'Bob', 2, 1950],
			['Bob', 'Alice', 2, 450],
			['Erin', 'Dana', 2, 5430],
			['Alice', 'Carol', 1, 300],
			['Dana', 'Erin', 1, 120]
		]);
	});

	it('rows removed (a cancelled import) and other rows loaded under the same ids are read afresh', async () => {
		const db = await createNodeDb();
		await importParsedFile(db, team, teamSource, { timeZone: 'Europe/Berlin' });
		const [next] = await db.query<{ archive: number; conversation: number; message: number; participant: number }>(
			`SELECT (SELECT max(id) + 1 FROM archives) AS archive, (SELECT max(id) + 1 FROM conversations) AS conversation,
				(SELECT max(id) + 1 FROM messages) AS message, (SELECT max(id) + 1 FROM participants) AS participant`
		);
		await importParsedFile(db, general, generalSource, { timeZone: 'UTC' });
		expect(await bins(db)).toEqual([
			[1, 2],
			[2, 4],
			[3, 3],
			[6, 1]
		]);
		await removeFrom(db, { archiveId: next.archive, conversationId: next.conversation, messageId: next.message, participantId: next.participant });
		await importParsedFile(db, generalEdited, { ...generalSource, sha256: '33'.repeat(32) }, { timeZone: 'UTC' });
		// Same number of messages and the same highest id as before the removal; other texts and times.
		const [{ n, last }] = await db.query<{ n: number; last: number }>(`SELECT count(*)::INTEGER AS n, max(id)::INTEGER AS last FROM messages`);
		expect([n, last]).toEqual([13, next.message + 3]);
		expect(await bins(db)).toEqual([
			[0, 1],
			[1, 4],
			[2, 2],
			[3, 1],
			[5, 1],
			[6, 1]
		]);
		expect(await pairs(db)).toEqual([
			['Alice', 'Bob', 2, 1950],
			['Bob', 'Alice', 2, 450],
			['Alice', 'Carol', 1, 300],
			['Dana', 'Erin', 1, 60],
			['Erin', 'Dana', 1, 600]
		]);
	});

	it('forgetting the facts rebuilds them; the table stays out of the schema browser', async () => {
		const db = await createNodeDb();
		await importParsedFile(db, general, generalSource, { timeZone: 'UTC' });
		expect(await bins(db)).toEqual([
			[2, 2],
			[3, 2]
		]);
		forgetDashboardFacts(db);
		await db.exec(`DELETE FROM ${FACTS_TABLE}`);
		expect(await bins(db)).toEqual([
			[2, 2],
			[3, 2]
		]);
		expect((await schemaTables(db)).map((t) => t.name)).not.toContain(FACTS_TABLE);
		expect((await schemaTables(db)).map((t) => t.name)).toContain('messages');
	});
});
