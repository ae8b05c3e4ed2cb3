import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type GlobalFilter } from '$lib/analytics/filter';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { activeAuthors, activity, dashboardSummary, filterOptions, hourWeekday, mediaKinds, messageLength, replyLatency } from '$lib/db/queries/dashboard';
import { parseSource } from '$lib/ingest/parse-source';
import { general, generalSource, team, teamSource } from './fixture';

let db: Connector;
const f = (over: Partial<GlobalFilter> = {}): GlobalFilter => ({ ...EMPTY_FILTER, ...over });
const pick = <T, K extends keyof T>(rows: T[], ...keys: K[]) => rows.map((r) => keys.map((k) => r[k]));

beforeAll(async () => {
	db = await createNodeDb();
	await importParsedFile(db, team, teamSource, { timeZone: 'Europe/Berlin' });
	await importParsedFile(db, general, generalSource, { timeZone: 'UTC' });
}, 60_000);

describe('dashboard queries on the hand-written fixture', () => {
	it('count every record, and what the filter keeps', async () => {
		expect(await dashboardSummary(db, f())).toEqual({ messages: 13, first: '2024-01-01', last: '2024-02-01' });
		expect((await dashboardSummary(db, f({ platforms: ['slack'] }))).messages).toBe(4);
		expect((await dashboardSummary(db, f({ conversations: [1], from: '2024-01-08' }))).messages).toBe(5);
		// 2 Feb 00:15 Berlin is 1 Feb 23:15 UTC: the UTC day 2 February is empty.
		expect((await dashboardSummary(db, f({ from: '2024-02-02', to: '2024-02-02' }))).messages).toBe(0);
		expect((await dashboardSummary(db, f({ from: '2024-02-01', to: '2024-02-01' }))).messages).toBe(3);
	});

	it('activity series of one name are told apart by platform, not by a bare number', async () => {
		const twins = await createNodeDb();
		await importParsedFile(twins, team, teamSource, { timeZone: 'Europe/Berlin' });
		await importParsedFile(twins, { ...general, conversations: [{ ...general.conversations[0], title: 'Team' }] }, generalSource, { timeZone: 'UTC' });
		const rows = await activity(twins, f(), { bucket: 'month', stackBy: 'conversation', top: 5 });
		expect([...new Set(rows.map((r) => r.series))].sort()).toEqual(['Team · slack', 'Team · whatsapp']);
	});

	it('activity per month, per ISO week, and stacked with the rest as Other', async () => {
		expect(pick(await activity(db, f(), { bucket: 'month', stackBy: 'none', top: 5 }), 'bucket', 'series', 'messages')).toEqual([
			['2024-01-01', 'All messages', 10],
			['2024-02-01', 'All messages', 3]
		]);
		expect(pick(await activity(db, f(), { bucket: 'week', stackBy: 'none', top: 5 }), 'bucket', 'messages')).toEqual([
			['2024-01-01', 8],
			['2024-01-08', 2],
			['2024-01-29', 3]
		]);
		expect(pick(await activity(db, f(), { bucket: 'month', stackBy: 'conversation', top: 1 }), 'bucket', 'series', 'messages')).toEqual([
			['2024-01-01', 'Other', 4],
			['2024-01-01', 'Team', 6],
			['2024-02-01', 'Team', 3]
		]);
		const byAuthor = await activity(db, f(), { bucket: 'month', stackBy: 'author', top: 2 });
		expect(pick(byAuthor, 'bucket', 'series', 'messages').sort()).toEqual([
			['2024-01-01', 'Alice', 3],
			['2024-01-01', 'Bob', 1],
			['2024-01-01', 'Other', 6],
			['2024-02-01', 'Alice', 1],
			['2024-02-01', 'Bob', 2]
		]);
		expect(pick(await activity(db, f({ platforms: ['slack'] }), { bucket: 'day', stackBy: 'none', top: 5 }), 'bucket', 'messages')).toEqual([
			['2024-01-01', 4]
		]);
	});

	it('hour × weekday in wall-clock time and in UTC', async () => {
		expect(pick(await hourWeekday(db, f(), 'local'), 'weekday', 'hour', 'messages')).toEqual([
			[1, 9, 4],
			[1, 10, 2],
			[1, 12, 2],
			[1, 15, 2],
			[4, 23, 1],
			[5, 0, 2]
		]);
		expect(pick(await hourWeekday(db, f(), 'utc'), 'weekday', 'hour', 'messages')).toEqual([
			[1, 8, 4],
			[1, 9, 2],
			[1, 12, 2],
			[1, 15, 2],
			[4, 22, 1],
			[4, 23, 2]
		]);
	});

	it('most active participants, system records left out', async () => {
		expect(pick(await activeAuthors(db, f(), 10), 'label', 'platforms', 'messages')).toEqual([
			['Alice', 'whatsapp', 4],
			['Bob', 'whatsapp', 3],
			['Dana', 'slack', 2],
			['Erin', 'slack', 2],
			['Carol', 'whatsapp', 1]
		]);
		expect(pick(await activeAuthors(db, f(), 2), 'label')).toEqual([['Alice'], ['Bob']]);
	});

	it('reply latency per pair: quartiles of implicit replies within the window and of explicit links', async () => {
		expect(pick(await replyLatency(db, f(), { windowSeconds: 3600, top: 10 }), 'from_label', 'to_label', 'replies', 'explicit', 'q1', 'median', 'q3')).toEqual([
			['Alice', 'Bob', 2, 0, 1575, 1950, 2325],
			['Bob', 'Alice', 2, 0, 375, 450, 525],
			['Erin', 'Dana', 2, 1, 2745, 5430, 8115],
			['Alice', 'Carol', 1, 0, 300, 300, 300],
			['Dana', 'Erin', 1, 0, 120, 120, 120]
		]);
		// A 30-minute window drops Alice's 45-minute reply to Bob; the explicit 3-hour reply stays.
		expect(pick(await replyLatency(db, f(), { windowSeconds: 1800, top: 10 }), 'from_label', 'to_label', 'replies')).toEqual([
			['Bob', 'Alice', 2],
			['Erin', 'Dana', 2],
			['Alice', 'Bob', 1],
			['Alice', 'Carol', 1],
			['Dana', 'Erin', 1]
		]);
		// The conversation filter narrows replies to Team; a day range keeps replies on those days only.
		expect(pick(await replyLatency(db, f({ conversations: [2] }), { windowSeconds: 3600, top: 10 }), 'from_label', 'to_label', 'replies')).toEqual([
			['Erin', 'Dana', 2],
			['Dana', 'Erin', 1]
		]);
		expect(
			pick(await replyLatency(db, f({ from: '2024-01-08', to: '2024-01-08' }), { windowSeconds: 3600, top: 10 }), 'from_label', 'to_label', 'median')
		).toEqual([['Alice', 'Carol', 300]]);
		// The reply must pass the filter; the message replied to (Bob's, 1 Feb 22:30 UTC) is looked up regardless.
		expect(
			pick(await replyLatency(db, f({ from: '2024-02-01', participants: [1] }), { windowSeconds: 3600, top: 10 }), 'from_label', 'to_label', 'median')
		).toEqual([['Alice', 'Bob', 2700]]);
	});

	it('message length of text messages in log2 bins', async () => {
		expect(pick(await messageLength(db, f()), 'bin', 'messages')).toEqual([
			[1, 2],
			[2, 4],
			[3, 3],
			[6, 1]
		]);
		expect(pick(await messageLength(db, f({ platforms: ['slack'] })), 'bin', 'messages')).toEqual([
			[2, 2],
			[3, 2]
		]);
	});

	it('media kinds of attachments', async () => {
		expect(pick(await mediaKinds(db, f()), 'media_type', 'attachments')).toEqual([
			['image', 2],
			['audio', 1]
		]);
		expect(await mediaKinds(db, f({ from: '2024-02-01' }))).toEqual([{ media_type: 'audio', attachments: 1 }]);
	});

	it('offers the conversations, participants, platforms and date extent', async () => {
		const options = await filterOptions(db);
		expect(pick(options.conversations, 'title', 'platform', 'messages')).toEqual([
			['Team', 'whatsapp', 9],
			['general', 'slack', 4]
		]);
		expect(options.participants.map((p) => p.label)).toEqual(['Alice', 'Bob', 'Dana', 'Erin', 'Carol']);
		expect(options.people).toEqual([]);
		expect(options.platforms).toEqual(['slack', 'whatsapp']);
		expect([options.first, options.last]).toEqual(['2024-01-01', '2024-02-01']);
	});

	it('counts merged participants as one person, and filters by person', async () => {
		const ids = Object.fromEntries((await db.query<{ id: number; handle: string }>(`SELECT id, handle FROM participants`)).map((p) => [p.handle, p.id]));
		await db.exec(`INSERT INTO identities VALUES (1, 'Alice & Dana')`);
		await db.exec(`INSERT INTO identity_members VALUES (${ids.Alice}, 1), (${ids.Dana}, 1)`);
		try {
			expect(pick(await activeAuthors(db, f(), 10), 'label', 'platforms', 'messages')).toEqual([
				['Alice & Dana', 'slack, whatsapp', 6],
				['Bob', 'whatsapp', 3],
				['Erin', 'slack', 2],
				['Carol', 'whatsapp', 1]
			]);
			expect((await dashboardSummary(db, f({ people: [1] }))).messages).toBe(6);
			expect((await dashboardSummary(db, f({ people: [1], participants: [ids.Bob] }))).messages).toBe(9);
			expect((await filterOptions(db)).people).toEqual([{ id: 1, label: 'Alice & Dana', members: 2 }]);
		} finally {
			await db.exec(`DELETE FROM identity_members; DELETE FROM identities`);
		}
	});
});

describe('dashboard queries on the WhatsApp sample', () => {
	let sample: Connector;
	beforeAll(async () => {
		sample = await createNodeDb();
		const path = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
		const { parsed } = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
		for (const p of parsed) await importParsedFile(sample, p.file, p.source, { timeZone: 'UTC' });
	}, 60_000);

	it('per month as grep counts the dated lines (44, 23, 18, 6)', async () => {
		expect(pick(await activity(sample, f(), { bucket: 'month', stackBy: 'none', top: 5 }), 'bucket', 'messages')).toEqual([
			['2024-01-01', 44],
			['2024-02-01', 23],
			['2024-03-01', 18],
			['2024-04-01', 6]
		]);
	});

	it('the five authors with the README counts', async () => {
		expect(pick(await activeAuthors(sample, f(), 10), 'label', 'messages')).toEqual([
			['Bo Li', 21],
			['Ana Silva', 20],
			['Dana Weiss', 19],
			['+1 (555) 010‑0123', 11],
			['Chidi Okafor', 11]
		]);
	});

	it('the three attached files: two pictures and a PDF', async () => {
		expect(pick(await mediaKinds(sample, f()), 'media_type', 'attachments')).toEqual([
			['image', 2],
			['document', 1]
		]);
	});
});
