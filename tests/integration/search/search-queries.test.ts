import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import {
	hitRows,
	indexFingerprint,
	messageIdRange,
	messagePlace,
	replaceSearchHits,
	riskColumns,
	searchBatchFromIPC,
	searchBatchSql,
	stringsOf
} from '$lib/db/queries/search';
import { tableFromIPC } from 'apache-arrow';
import { parseSource } from '$lib/ingest/parse-source';
import { MESSAGE_KINDS } from '$lib/model/types';
import type { SearchBatch } from '$lib/search/types';

// Facts about the Harbor Logistics sample, from data-samples/whatsapp/README.md and reading the file: 91 records
// (73 text, 6 media, 8 system, 2 deleted, 1 location, 1 call), 9 without author, 3 media records naming a file
// (IMG-20240115, DOC-20240125, IMG-20240304; the three "<Media omitted>" name none), 1 record with a link
// (the location, https://maps.google.com/…). The Ops Team sample is a second archive.
const HARBOR = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
const OPS = 'data-samples/whatsapp/WhatsApp Chat - Ops Team.zip';

let db: Connector;
let harborArchive: number;

async function importSample(path: string): Promise<number> {
	const parsed = await parseSource(path.split('/').at(-1)!, new Uint8Array(readFileSync(path)));
	let id = -1;
	for (const p of parsed.parsed) id = (await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' })).archiveId;
	return id;
}

beforeAll(async () => {
	db = await createNodeDb();
	harborArchive = await importSample(HARBOR);
	await importSample(OPS);
}, 60_000);

async function batchOf(archiveIds: number[] | null, from: number, to: number): Promise<SearchBatch> {
	return searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(archiveIds, from, to)));
}

const count = <T>(xs: ArrayLike<T>, pred: (x: T) => boolean) => Array.from(xs).filter(pred).length;

describe('search index input from DuckDB', () => {
	it('reads one archive as a columnar batch with kinds, authors, times and flags', async () => {
		const range = await messageIdRange(db, [harborArchive]);
		expect(range.count).toBe(91);
		const batch = await batchOf([harborArchive], range.first!, range.last! + 1);
		expect(batch.ids.length).toBe(91);
		expect(batch.text.length).toBe(91);
		const kinds = (k: string) => count(batch.kind, (x) => x === MESSAGE_KINDS.indexOf(k as never));
		expect([kinds('text'), kinds('media'), kinds('system'), kinds('deleted'), kinds('location'), kinds('call')]).toEqual([73, 6, 8, 2, 1, 1]);
		expect(count(batch.author, (a) => a === -1)).toBe(9);
		expect(count(batch.flags, (f) => (f & 1) === 1)).toBe(3);
		const linked = Array.from(batch.flags.keys()).filter((i) => (batch.flags[i] & 2) === 2);
		expect(linked.map((i) => batch.text[i].includes('https://maps.google.com/'))).toEqual([true]);
		const welcome = batch.text.findIndex((t) => t.startsWith('Welcome all'));
		expect(batch.ts[welcome]).toBe(Date.UTC(2024, 0, 8, 9, 2));
		expect(new Set(batch.conversation).size).toBe(1);
	});

	it('pages by id range, and the pages add up to the whole', async () => {
		const range = await messageIdRange(db, null);
		const mid = range.first! + 40;
		const a = await batchOf(null, range.first!, mid);
		const b = await batchOf(null, mid, range.last! + 1);
		expect(a.ids.length).toBe(40);
		expect(a.ids.length + b.ids.length).toBe(range.count);
		expect(range.count).toBeGreaterThan(91);
	});

	it('fingerprints the messages table by count and largest id', async () => {
		const range = await messageIdRange(db, null);
		expect(await indexFingerprint(db)).toEqual({ messages: range.count, maxId: range.last });
	});

	it('reads risk hits as columns', async () => {
		await db.exec(`INSERT INTO risk_hits VALUES (5, 'r', 'pii.email', 'low', 0.5, 0, 3, 'x'), (2, 'r', 'secret', 'high', 0.9, 1, 4, 'y')`);
		const risk = await riskColumns(db);
		expect(Array.from(risk.messageIds)).toEqual([2, 5]);
		expect(risk.categories).toEqual(['secret', 'pii.email']);
		await db.exec('DELETE FROM risk_hits');
	});
});

describe('search_hits', () => {
	it('holds exactly the hits written last', async () => {
		await replaceSearchHits(db, new Float64Array([7, 3, 11]), new Float64Array([2.5, 1.25, 0.5]));
		expect(await db.query('SELECT message_id, score FROM search_hits ORDER BY score DESC')).toEqual([
			{ message_id: 7, score: 2.5 },
			{ message_id: 3, score: 1.25 },
			{ message_id: 11, score: 0.5 }
		]);
		await replaceSearchHits(db, new Float64Array([4]), new Float64Array([9]));
		expect(await db.query('SELECT message_id, score FROM search_hits')).toEqual([{ message_id: 4, score: 9 }]);
		await replaceSearchHits(db, new Float64Array([]), new Float64Array([]));
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM search_hits')).toEqual([{ n: 0 }]);
	});
});

describe('hit rows and message places', () => {
	it('returns rows in the order of the ids asked for, with the conversation title', async () => {
		const [first, second] = await db.query<{ id: number }>(`SELECT id FROM messages WHERE text LIKE 'Welcome all%' OR text = 'Released!' ORDER BY id`);
		const rows = await hitRows(db, [second.id, first.id]);
		expect(rows.map((r) => [r.text.slice(0, 9), r.author, r.conversation, r.ts_local])).toEqual([
			['Released!', 'Dana Weiss', 'Harbor Logistics', '2024-03-01T14:02:00'],
			['Welcome a', 'Ana Silva', 'Harbor Logistics', '2024-01-08T09:02:00']
		]);
	});

	it('finds where a message sits in its conversation', async () => {
		// "Welcome all" is the 6th record (pos 5) of the conversation (after the banner, created group and three "added").
		const [row] = await db.query<{ id: number; conversation_id: number }>(`SELECT id, conversation_id FROM messages WHERE text LIKE 'Welcome all%'`);
		expect(await messagePlace(db, row.id)).toEqual({ conversation_id: row.conversation_id, pos: 5 });
		expect(await messagePlace(db, 987654)).toBeNull();
	});
});

describe('strings out of Arrow', () => {
	// Every UTF-8 width, ZWJ sequences, combining marks, CJK, empty strings and NULLs, over several thousand rows; the
	// first row opens with a byte order mark (U+FEFF), which a default TextDecoder strips, shifting every later row.
	const samples = [
		'\ufeffopens with a byte order mark',
		'',
		'plain ASCII',
		'Grüße, Straße',
		'é vs e\u0301',
		'身份认证失败',
		'👨‍👩‍👧‍👦 team effort',
		'𝄞 clef',
		'mixed 中文 and 😀 and ß',
		null
	];

	it('come back exactly as DuckDB holds them', async () => {
		await db.exec('CREATE TEMP TABLE strs (i INTEGER, s VARCHAR)');
		await db.exec(
			`INSERT INTO strs SELECT i, CASE i % ${samples.length} ${samples
				.map((s, k) => `WHEN ${k} THEN ${s === null ? 'NULL' : `'${s}'`}`)
				.join(' ')} END FROM range(5000) t(i)`
		);
		const table = tableFromIPC(await db.queryArrowIPC('SELECT s FROM strs ORDER BY i'));
		const strings = stringsOf(table.getChild('s'), table.numRows);
		expect(strings.length).toBe(5000);
		strings.forEach((s, i) => {
			if (s !== (samples[i % samples.length] ?? '')) throw new Error(`row ${i}: ${JSON.stringify(s)}`);
		});
		expect(strings.slice(0, samples.length)).toEqual(samples.map((s) => s ?? ''));
	});
});
