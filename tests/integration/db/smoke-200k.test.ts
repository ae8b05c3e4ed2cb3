import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { importSummary } from '$lib/db/queries/archives';
import { listConversations } from '$lib/db/queries/conversations';
import { messagesPage } from '$lib/db/queries/messages';
import { workspaceTotals } from '$lib/db/queries/workspace';
import { syntheticChat } from './synthetic';

const N = 200_000;
let db: Connector;

beforeAll(async () => {
	db = await createNodeDb();
	const result = await importParsedFile(db, syntheticChat(N), { name: 'big.txt', bytes: 1, sha256: 'f'.repeat(64) }, { timeZone: 'UTC' });
	expect(result).toEqual({ archiveId: 1, duplicate: false, messages: N });
}, 120_000);

describe('a 200k-message import', () => {
	it('loads every row', async () => {
		expect(await workspaceTotals(db)).toEqual({
			archives: 1,
			conversations: 1,
			participants: 50,
			messages: N,
			attachments: 8_000,
			unparsed_lines: 10,
			risk_hits: 0,
			first_ts: '2023-01-01T00:00:00Z',
			last_ts: new Date(Date.UTC(2023, 0, 1) + (N - 1) * 60_000).toISOString().replace('.000Z', 'Z')
		});
	});

	it('counts kinds and lists the conversation', async () => {
		const s = await importSummary(db, 1);
		expect([s!.records, s!.participants, s!.system, s!.media, s!.deleted, s!.unparsed, s!.unparsed_lines.length]).toEqual([N, 50, 2_000, 8_000, 0, 10, 10]);
		expect((await listConversations(db)).map((c) => [c.message_count, c.participant_count])).toEqual([[N, 50]]);
	});

	it('pages the end of the conversation', async () => {
		const page = await messagesPage(db, 1, N - 30, 50);
		expect(page.map((m) => m.idx)).toEqual(Array.from({ length: 30 }, (_, k) => N - 30 + k));
		expect(page[9]).toMatchObject({
			id: N - 20,
			idx: N - 21,
			kind: 'media',
			attachments: [{ name: `IMG-${N - 21}.jpg`, sha256: null, bytes: null, storage: null }]
		});
		expect(page.at(-1)).toMatchObject({ id: N, idx: N - 1, kind: 'system', author: '', attachments: [] });
	});
});
