import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { categoryCounts, heatmapRows, heatmapSql, listHits } from '$lib/db/queries/risk';
import { parseSource } from '$lib/ingest/parse-source';
import { compilePolicy } from '$lib/risk/policy/index';
import { scanBatch } from '$lib/risk/scan';
import { scanIpcBatch } from '$lib/risk/worker/batch';
import { runScan } from '$lib/risk/worker/scan-run';

// The fixture holds "deposit" in messages of Dana Whitfield; a policy of the user's own files them under custom.deposits.
const FIXTURE = 'tests/fixtures/risk/WhatsApp Chat with Dana Whitfield.txt';
const POLICY = compilePolicy({
	id: 'user.deposits',
	name: 'Deposits',
	category: 'custom.deposits',
	severity: 'medium',
	query: 'deposit*',
	description: 'talk of deposits'
});

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	const { parsed } = await parseSource('WhatsApp Chat with Dana Whitfield.txt', new Uint8Array(readFileSync(FIXTURE)));
	const loaded = await importParsedFile(db, parsed[0].file, parsed[0].source, { timeZone: 'UTC' });
	await runScan(db, { archiveIds: [loaded.archiveId], batchSize: 10, report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, [POLICY], scanBatch) });
}, 120_000);

describe('a category of the user’s own in the risk views', () => {
	it('is stored, counted, filtered and drawn in the heatmap like a built-in one', async () => {
		const counts = await categoryCounts(db);
		expect(counts.map((c) => c.category)).toEqual(['custom.deposits']);
		expect(counts[0].hits).toBeGreaterThan(0);
		const hits = await listHits(db, { category: 'custom.deposits' });
		expect(hits.length).toBe(counts[0].hits);
		const weeks = await heatmapRows(db, 'custom.deposits');
		expect(weeks.reduce((n, r) => n + r.hits, 0)).toBe(counts[0].hits);
	});

	it('refuses a malformed category before it reaches SQL', () => {
		expect(() => heatmapSql("custom.x' OR '1'='1" as never, 10)).toThrow(/unknown risk category/);
	});
});
