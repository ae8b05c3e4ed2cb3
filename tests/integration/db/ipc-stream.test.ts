import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { collectIPCStream, IPC_END, pendingQueryMessages, type PendingQuery } from '$lib/db/ipc-stream';
import { createNodeDb } from '$lib/db/node';

/** A pending query that answers "not ready" (null) the given number of times before each message. */
function scripted(header: Uint8Array, batches: Uint8Array[], notReady: number): PendingQuery & { calls: string[] } {
	const calls: string[] = [];
	let headerWaits = notReady;
	const queue = [...batches, new Uint8Array(0)];
	let batchWaits = notReady;
	return {
		calls,
		start: () => (calls.push('start'), headerWaits-- > 0 ? null : header),
		poll: () => (calls.push('poll'), headerWaits-- > 0 ? null : header),
		fetch: () => {
			calls.push('fetch');
			if (batchWaits-- > 0) return null;
			batchWaits = notReady;
			return queue.shift() ?? new Uint8Array(0);
		}
	};
}

describe('pendingQueryMessages: the schema message, then every batch in order, whatever the engine answers "not ready"', () => {
	const header = new Uint8Array([1, 1]);
	const batches = [new Uint8Array([2]), new Uint8Array([3, 3]), new Uint8Array([4])];
	it.each([
		['an engine always ready', 0, 3],
		['an engine that answers not ready twice before each message', 2, 3],
		['a result with no rows', 1, 0]
	])('%s', async (_name, notReady, count) => {
		const q = scripted(header, batches.slice(0, count), notReady);
		const got: number[][] = [];
		for await (const m of pendingQueryMessages(q)) got.push([...m]);
		expect(got).toEqual([[1, 1], [2], [3, 3], [4]].slice(0, count + 1));
		expect(q.calls.filter((c) => c === 'poll')).toHaveLength(notReady);
	});

	it('collectIPCStream joins them and ends with the end-of-stream marker', async () => {
		const bytes = await collectIPCStream(scripted(header, batches, 1));
		expect([...bytes]).toEqual([1, 1, 2, 3, 3, 4, ...IPC_END]);
	});

	it('a failing fetch rejects the collection', async () => {
		const q: PendingQuery = { start: () => header, poll: () => header, fetch: () => Promise.reject(new Error('Out of Memory Error')) };
		await expect(collectIPCStream(q)).rejects.toThrow('Out of Memory Error');
	});
});

describe('queryArrowIPC streams the engine result: the same rows, readable by Arrow and insertable again', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await createNodeDb();
		await db.exec(`CREATE TEMP TABLE src AS SELECT
				range::BIGINT AS id,
				CASE WHEN range % 7 = 0 THEN NULL ELSE 'msg ' || range || ' 你好 👩‍👩‍👧 café' END AS text,
				TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (range) SECOND AS ts,
				range % 2 = 0 AS even,
				CASE WHEN range % 5 = 0 THEN []::VARCHAR[] ELSE ['a', 'b' || range] END AS tags
			FROM range(10000)`);
	});

	it.each([
		['no rows', 'SELECT * FROM src WHERE false', 0],
		['one row', 'SELECT * FROM src WHERE id = 3', 1],
		['under one engine batch', 'SELECT * FROM src WHERE id < 1000', 1000],
		['several engine batches, nulls, lists, multi-byte text', 'SELECT * FROM src ORDER BY id', 10000]
	])('%s', async (_name, sql, rows) => {
		const ipc = await db.queryArrowIPC(sql);
		expect([...ipc.subarray(ipc.byteLength - 8)]).toEqual([...IPC_END]);
		const table = tableFromIPC(ipc);
		expect(table.numRows).toBe(rows);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['id', 'text', 'ts', 'even', 'tags']);
		const expected = await db.query<{ id: number; text: string | null }>(`SELECT id::DOUBLE AS id, text FROM (${sql})`);
		for (const [i, row] of expected.entries()) {
			expect(Number(table.getChild('id')!.get(i))).toBe(row.id);
			expect(table.getChild('text')!.get(i)).toBe(row.text);
		}
		await db.exec('CREATE OR REPLACE TEMP TABLE back AS SELECT * FROM src WHERE false');
		await db.insertArrowIPC('back', ipc);
		const [diff] = await db.query<{ n: number; missing: number; extra: number }>(
			`SELECT (SELECT count(*) FROM back)::INTEGER AS n,
				(SELECT count(*) FROM ((${sql}) EXCEPT ALL SELECT * FROM back))::INTEGER AS missing,
				(SELECT count(*) FROM (SELECT * FROM back EXCEPT ALL (${sql})))::INTEGER AS extra`
		);
		expect(diff).toEqual({ n: rows, missing: 0, extra: 0 });
	});

	it('a failing query rejects with the engine message', async () => {
		await expect(db.queryArrowIPC('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
	});
});
