// The contact graph of two hand-written exports (tests/fixtures/graph/): a Telegram account with a direct chat and a
// group with reply links, and a WhatsApp group whose messages name each other. Every node, edge and weight below is
// counted by hand from the fixture files, message by message (see the comments).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { edgeMessages, loadGraphRows, sharedGroups } from '$lib/db/queries/graph';
import { parseSource } from '$lib/ingest/parse-source';
import { buildGraph } from '$lib/graph/build';
import { edgeMessageList } from '$lib/graph/edge-messages';
import { DEFAULT_OPTIONS, type GraphOptions } from '$lib/graph/types';

const FIXTURES = new URL('../../fixtures/graph/', import.meta.url);
const FILES = ['telegram_dm_and_group_with_replies.json', 'WhatsApp Chat with Harbor Ops.txt'];

async function importFixtures(): Promise<Connector> {
	const db = await createNodeDb();
	for (const name of FILES) {
		const parsed = await parseSource(name, new Uint8Array(readFileSync(new URL(name, FIXTURES))));
		for (const p of parsed.parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });
	}
	return db;
}

async function graphOf(db: Connector, opts: Partial<GraphOptions> = {}) {
	const options = { ...DEFAULT_OPTIONS, ...opts };
	const rows = await loadGraphRows(db, options);
	return buildGraph(rows.persons, rows.pairs, options);
}

/** [edge key, direct, reply, mention, group, weight] */
function edgeTable(g: Awaited<ReturnType<typeof graphOf>>) {
	return g.edges.map((e) => [e.key, e.counts.direct, e.counts.reply, e.counts.mention, e.counts.group, e.weight]);
}

let db: Connector;
beforeAll(async () => {
	db = await importFixtures();
}, 120_000);

describe('graph of the Telegram + WhatsApp fixture, one person per participant', () => {
	it('has the participants the fixture names (precondition: ids in order of first appearance)', async () => {
		expect(await db.query(`SELECT id, platform, display_name FROM participants ORDER BY id`)).toEqual([
			{ id: 1, platform: 'telegram', display_name: 'Alice Chen' },
			{ id: 2, platform: 'telegram', display_name: 'Bob Meyer' },
			{ id: 3, platform: 'telegram', display_name: 'Dmitri Volkov' },
			{ id: 4, platform: 'telegram', display_name: 'Carla Ruiz' },
			{ id: 5, platform: 'whatsapp', display_name: 'Alice Chen' },
			{ id: 6, platform: 'whatsapp', display_name: 'Eve' },
			{ id: 7, platform: 'whatsapp', display_name: 'Frank' },
			{ id: 8, platform: 'whatsapp', display_name: '李明' }
		]);
	});

	it('has one node per person with their non-system messages', async () => {
		const g = await graphOf(db);
		// Telegram Alice: "Hi Bob", "Call me later", "Morning crew" (the invite is a service message); WhatsApp Alice: 2.
		// Two people named Alice Chen are told apart by the platform each wrote on (personDisplayNames), never by key.
		expect(g.nodes.map((n) => [n.key, n.label, n.messages])).toEqual([
			['p:1', 'Alice Chen · telegram', 3],
			['p:5', 'Alice Chen · whatsapp', 2],
			['p:2', 'Bob Meyer', 2],
			['p:4', 'Carla Ruiz', 1],
			['p:3', 'Dmitri Volkov', 1],
			['p:6', 'Eve', 2],
			['p:7', 'Frank', 2],
			['p:8', '李明', 1]
		]);
	});

	it('weighs direct messages, explicit replies, mentions and shared groups (1, 1, 1, 5)', async () => {
		const g = await graphOf(db);
		expect(edgeTable(g)).toEqual([
			// Direct chat Alice–Bob: 3 messages; Bob's "Hi Alice" replies to "Hi Bob"; both post in Dock Crew. 3 + 1 + 5.
			['p:1|p:2', 3, 1, 0, 1, 9],
			// "Thanks Alice Chen" (Dmitri) mentions Alice; Dock Crew. 1 + 5.
			['p:1|p:3', 0, 0, 1, 1, 6],
			['p:1|p:4', 0, 0, 0, 1, 5],
			// "Agreed with Dmitri Volkov" (Bob) replies to Dmitri and names him; Dock Crew. 1 + 1 + 5.
			['p:2|p:3', 0, 1, 1, 1, 7],
			// Carla's "Bob Meyers will know" is not a mention of "Bob Meyer" (inside a longer word).
			['p:2|p:4', 0, 0, 0, 1, 5],
			['p:3|p:4', 0, 0, 0, 1, 5],
			// "@Eve can you…", "On it. Alice Chen…", "Frank, Frank! Eve too" (Eve once); Harbor Ops. 3 + 5.
			['p:5|p:6', 0, 0, 3, 1, 8],
			// "Frank, Frank! Eve too" counts Frank once. 1 + 5.
			['p:5|p:7', 0, 0, 1, 1, 6],
			['p:5|p:8', 0, 0, 0, 1, 5],
			// "Thanks Frank 👍" (Eve); "Steve said berth 4" (Frank) does not name Eve. 1 + 5.
			['p:6|p:7', 0, 0, 1, 1, 6],
			['p:6|p:8', 0, 0, 0, 1, 5],
			// "好的Frank" (李明) and "李明你好" (Frank): names next to Chinese text still count. 2 + 5.
			['p:7|p:8', 0, 0, 2, 1, 7]
		]);
	});

	it('counts the previous message by another person within 5 minutes as a reply when switched on', async () => {
		const g = await graphOf(db, { replyWindowMinutes: 5, kinds: { direct: false, reply: true, mention: false, group: false } });
		expect(edgeTable(g)).toEqual([
			// "Hi Alice" (explicit link) and "Call me later" 4 minutes after Bob's "Hi Alice".
			['p:1|p:2', 0, 2, 0, 0, 2],
			// "Thanks Alice Chen" 2 minutes after "Morning crew".
			['p:1|p:3', 0, 1, 0, 0, 1],
			// "Agreed with Dmitri Volkov": explicit link only (28 minutes later anyway). Carla's message is 90 minutes later.
			['p:2|p:3', 0, 1, 0, 0, 1],
			// Eve's "On it" 1 minute after Alice.
			['p:5|p:6', 0, 1, 0, 0, 1],
			// Eve's "Thanks Frank" 1 minute after Frank.
			['p:6|p:7', 0, 1, 0, 0, 1],
			// Frank's "李明你好" 2 minutes after 李明.
			['p:7|p:8', 0, 1, 0, 0, 1]
		]);
	});

	it('applies the multipliers of the enabled kinds only', async () => {
		const g = await graphOf(db, {
			kinds: { direct: true, reply: true, mention: false, group: false },
			multipliers: { direct: 2, reply: 10, mention: 100, group: 1000 }
		});
		// Only Alice–Bob (3 direct × 2 + 1 reply × 10) and Bob–Dmitri (1 reply × 10) remain.
		expect(edgeTable(g)).toEqual([
			['p:1|p:2', 3, 1, 0, 0, 16],
			['p:2|p:3', 0, 1, 0, 0, 10]
		]);
	});

	it('restricts to a time window [from, to)', async () => {
		const g = await graphOf(db, { from: '2024-03-01T10:00:00Z', to: '2024-03-01T12:00:00Z' });
		// Left: "Morning crew" (Alice), "Thanks Alice Chen" (Dmitri), "Agreed with Dmitri Volkov" (Bob); Carla's is at 12:00.
		expect(g.nodes.map((n) => [n.key, n.messages])).toEqual([
			['p:1', 1],
			['p:2', 1],
			['p:3', 1]
		]);
		expect(edgeTable(g)).toEqual([
			['p:1|p:2', 0, 0, 0, 1, 5],
			['p:1|p:3', 0, 0, 1, 1, 6],
			['p:2|p:3', 0, 1, 1, 1, 7]
		]);
	});

	it('lists the messages on an edge with why each is there', async () => {
		const list = edgeMessageList(await edgeMessages(db, { from: null, to: null }, null, 'p:1', 'p:2'));
		expect(list.map((m) => [m.author, m.text, m.reasons, m.conversationTitle])).toEqual([
			['Alice Chen', 'Hi Bob', ['direct'], 'Bob Meyer'],
			['Bob Meyer', 'Hi Alice', ['direct', 'reply'], 'Bob Meyer'],
			['Alice Chen', 'Call me later', ['direct'], 'Bob Meyer']
		]);
		const whatsapp = edgeMessageList(await edgeMessages(db, { from: null, to: null }, null, 'p:5', 'p:6'));
		expect(whatsapp.map((m) => [m.author, m.text, m.reasons])).toEqual([
			['Alice Chen', '@Eve can you check the manifest?', ['mention']],
			['Eve', 'On it. Alice Chen, which berth?', ['mention']],
			['Alice Chen', 'Frank, Frank! Eve too', ['mention']]
		]);
		// Carla's "Bob Meyers" is a candidate the SQL finds and the mention rule refuses.
		expect(edgeMessageList(await edgeMessages(db, { from: null, to: null }, null, 'p:2', 'p:4'))).toEqual([]);
		expect(await sharedGroups(db, { from: null, to: null }, 'p:2', 'p:4')).toEqual([{ id: 2, title: 'Dock Crew' }]);
	});
});

describe('graph with identities and risk hits', () => {
	let merged: Connector;
	beforeAll(async () => {
		merged = await importFixtures();
		// Telegram Alice (1) and WhatsApp Alice (5) are one person; everyone else is left without an identity row.
		await merged.exec(`INSERT INTO identities VALUES (1, 'Alice Chen (both)'); INSERT INTO identity_members VALUES (1, 1), (5, 1);`);
		const ids = await merged.query<{ id: number; text: string }>(`SELECT id, text FROM messages WHERE text IN ('Call me later', 'Thanks Alice Chen')`);
		const idOf = (t: string) => ids.find((r) => r.text === t)!.id;
		await merged.exec(`INSERT INTO risk_hits VALUES
			(${idOf('Call me later')}, 'r', 'pii.phone', 'low', 0.5, 0, 4, 'x'),
			(${idOf('Thanks Alice Chen')}, 'r', 'pii.name', 'low', 0.5, 0, 4, 'x'),
			(${idOf('Thanks Alice Chen')}, 'r', 'secret', 'high', 0.9, 0, 4, 'x')`);
	});

	it('makes one node of the merged participants and re-keys their edges', async () => {
		const g = await graphOf(merged);
		expect(g.nodes.map((n) => [n.key, n.label, n.messages, n.riskHits])).toEqual([
			['i:1', 'Alice Chen (both)', 5, 1],
			['p:2', 'Bob Meyer', 2, 0],
			['p:4', 'Carla Ruiz', 1, 0],
			['p:3', 'Dmitri Volkov', 1, 2],
			['p:6', 'Eve', 2, 0],
			['p:7', 'Frank', 2, 0],
			['p:8', '李明', 1, 0]
		]);
		expect(g.edges.filter((e) => e.source === 'i:1' || e.target === 'i:1').map((e) => [e.key, e.counts.mention, e.counts.group, e.weight])).toEqual([
			['i:1|p:2', 0, 1, 9],
			['i:1|p:3', 1, 1, 6],
			['i:1|p:4', 0, 1, 5],
			['i:1|p:6', 3, 1, 8],
			['i:1|p:7', 1, 1, 6],
			['i:1|p:8', 0, 1, 5]
		]);
	});

	it('counts the messages of an edge and the risk hits on them', async () => {
		const g = await graphOf(merged);
		const edge = (k: string) => g.edges.find((e) => e.key === k)!;
		// 3 direct messages + 1 reply message ("Hi Alice" counted for both); the hit on "Call me later".
		expect([edge('i:1|p:2').messages, edge('i:1|p:2').riskHits]).toEqual([4, 1]);
		// "Thanks Alice Chen" mentions Alice and carries 2 hits.
		expect([edge('i:1|p:3').messages, edge('i:1|p:3').riskHits]).toEqual([1, 2]);
		// Shared groups alone carry no messages.
		expect([edge('p:2|p:4').messages, edge('p:2|p:4').riskHits]).toEqual([0, 0]);
	});
});
