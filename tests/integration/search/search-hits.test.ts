import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import {
	authorLabels,
	conversationLabels,
	messageIdRange,
	replaceSearchHits,
	riskColumnsFromIPC,
	RISK_SQL,
	searchBatchFromIPC,
	searchBatchSql
} from '$lib/db/queries/search';
import { parseSource } from '$lib/ingest/parse-source';
import { SearchIndex } from '$lib/search/engine';
import { parseQuery } from '$lib/search/query-parser';

// The Harbor Logistics sample, counted by hand in the file: "ISF" appears in 7 messages (the checklist, "ISF filed
// for MSCU…", "ISF for both containers", "new CBP rule on the ISF", "Screenshot of the ISF acceptance",
// "ISF in progress", "ISF accepted"); "Evergreen" in 3 ("compare with Evergreen", "Evergreen came back",
// "Book Evergreen then"). All seven ISF messages are Dana's; two of the Evergreen ones are Ana's.
const HARBOR = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';

let db: Connector;
const index = new SearchIndex();

beforeAll(async () => {
	db = await createNodeDb();
	const parsed = await parseSource('harbor.txt', new Uint8Array(readFileSync(HARBOR)));
	for (const p of parsed.parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });
	index.setConversations(await conversationLabels(db));
	index.setAuthors(await authorLabels(db));
	const range = await messageIdRange(db, null);
	// Two batches, as the app pages through a big archive.
	const mid = range.first! + 50;
	index.add(searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(null, range.first!, mid))));
	index.add(searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(null, mid, range.last! + 1))));
	await db.exec(`INSERT INTO risk_hits SELECT id, 'r', 'pii.phone', 'low', 0.5, 0, 1, 'x' FROM messages WHERE text LIKE '%plate 8ABC123%'`);
	const risk = riskColumnsFromIPC(await db.queryArrowIPC(RISK_SQL));
	index.setRisk(risk.messageIds, risk.categories);
}, 60_000);

async function searchAndStore(query: string) {
	const { ast } = parseQuery(query);
	const result = index.search(ast, { sort: 'rank' });
	await replaceSearchHits(db, result.ids, result.scores);
	return result;
}

describe('search_hits holds the current search', () => {
	it.each([
		['ISF', 7],
		['evergreen', 3],
		['ISF OR evergreen', 10],
		['from:dana ISF', 7],
		['from:ana evergreen', 2],
		['risk:pii', 1],
		['has:link', 1]
	])('%j: the rows equal the hits', async (query, expected) => {
		const result = await searchAndStore(query);
		expect(result.ids.length).toBe(expected);
		const rows = await db.query<{ message_id: number; score: number }>('SELECT message_id, score FROM search_hits');
		const hits = Array.from(result.ids, (id, i) => ({ message_id: id, score: result.scores[i] }));
		expect(rows.sort((a, b) => a.message_id - b.message_id)).toEqual(hits.sort((a, b) => a.message_id - b.message_id));
	});

	it('joins with messages in SQL', async () => {
		await searchAndStore('evergreen');
		const rows = await db.query<{ author: string; n: number }>(
			'SELECT m.author, count(*)::INTEGER AS n FROM search_hits h JOIN messages m ON m.id = h.message_id GROUP BY m.author ORDER BY m.author'
		);
		expect(rows).toEqual([
			{ author: 'Ana Silva', n: 2 },
			{ author: 'Chidi Okafor', n: 1 }
		]);
	});
});
