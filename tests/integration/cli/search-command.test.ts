import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { authorLabels, conversationLabels, messageIdRange, riskColumns, searchBatchFromIPC, searchBatchSql } from '$lib/db/queries/search';
import { SearchIndex } from '$lib/search/engine';
import { readWorkspaceFile } from '$lib/db/workspace-file';
import { parseQuery } from '$lib/search/query-parser';
import { appWorkspace, parley, SAMPLES } from './sample-workspace';

/** What a search hit is, whichever database it came from: the file and the record's position in it. */
type Hit = { file: string; index: number; score: number };

/** The app's path: the search worker's handlers (labels, add, risk) on the app's own DuckDB-wasm import of the samples. */
async function appIndex(db: Connector): Promise<SearchIndex> {
	const index = new SearchIndex();
	index.setConversations(await conversationLabels(db));
	index.setAuthors(await authorLabels(db));
	const range = await messageIdRange(db, null);
	index.add(searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(null, range.first!, range.last! + 1))));
	const risk = await riskColumns(db);
	index.setRisk(risk.messageIds, risk.categories);
	return index;
}

async function appSearch(db: Connector, index: SearchIndex, query: string, sort: 'rank' | 'time' = 'rank'): Promise<{ total: number; hits: Hit[] }> {
	const result = index.search(parseQuery(query).ast, { sort });
	const ids = Array.from(result.ids);
	const rows = await db.query<{ id: number; file: string; idx: number }>(
		`SELECT m.id, a.file_name AS file, m.idx FROM messages m JOIN archives a ON a.id = m.archive_id WHERE m.id IN (${ids.join(', ') || 'NULL'})`
	);
	const where = new Map(rows.map((r) => [r.id, r]));
	return {
		total: result.total,
		hits: ids.map((id, i) => ({ file: where.get(id)!.file, index: where.get(id)!.idx, score: Math.round(result.scores[i] * 1000) / 1000 }))
	};
}

function cliSearch(db: string, query: string, ...options: string[]): { total: number; hits: Hit[]; stderr: string } {
	const r = parley('search', db, query, '--json', '--limit', '1000', ...options);
	expect(r.code, r.stderr).toBe(0);
	const rows: (Hit & { rank: number; redacted: boolean })[] = JSON.parse(r.stdout);
	rows.forEach((row, i) => expect(row.rank).toBe(i + 1));
	const total = Number(r.stderr.match(/parley search: ([\d,]+) hits?/)![1].replaceAll(',', ''));
	return { total, hits: rows.map(({ file, index, score }) => ({ file, index, score })), stderr: r.stderr };
}

// Each query has at least one hit in the samples (checked by the first test), so agreeing on nothing cannot pass.
const QUERIES = [
	['a word', 'invoice'],
	['a phrase', '"bill of lading"'],
	['a prefix', 'ship*'],
	['a fuzzy word (a typo)', 'shipmnet~'],
	['OR', 'flight OR hotel'],
	['a negated word', 'customs -docs'],
	['from: an author', 'from:"dana weiss"'],
	['in: a conversation, with a word', 'in:"harbor logistics" customs'],
	['platform:', 'platform:telegram'],
	['kind:', 'kind:system'],
	['before:', 'before:2024-02'],
	['on: a month', 'on:2024-03'],
	['has:link with a word', 'has:link slack'],
	['has:attachment', 'has:attachment'],
	['risk: a category', 'risk:pii'],
	['Chinese (bigrams)', '项目'],
	['a word found in several formats', 'thanks']
] as const;

describe("parley search: the app's query language and ranking on a workspace file", () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-search-'));
	const dbPath = join(dir, 'workspace.duckdb');
	let app: Connector;
	let index: SearchIndex;
	let imported: ReturnType<typeof parley>;

	beforeAll(async () => {
		imported = parley('import', ...SAMPLES, '--db', dbPath, '--tz', 'UTC');
		app = await appWorkspace();
		index = await appIndex(app);
	}, 240_000);

	it('import builds the search index and keeps it beside the database with the fingerprint of what it holds', () => {
		expect(imported.code).toBe(0);
		expect(imported.stderr).toMatch(/^search index: \d+ messages, [\d.]+ MB in .*workspace\.duckdb\.search-index\.bin \([\d.]+ s\)$/m);
		expect(statSync(`${dbPath}.search-index.bin`).size).toBeGreaterThan(0);
		const fingerprint = JSON.parse(readFileSync(`${dbPath}.search-index.json`, 'utf8'));
		const [{ n }] = JSON.parse(parley('query', dbPath, 'SELECT count(*) AS n FROM messages', '--json').stdout);
		expect(fingerprint).toMatchObject({ format: 2, messages: n });
	});

	it.each(QUERIES)('%s (%s): the same hits, order and scores as the app', async (_what, query) => {
		const expected = await appSearch(app, index, query);
		expect(expected.total).toBeGreaterThan(0);
		const got = cliSearch(dbPath, query);
		expect(got.stderr).not.toMatch(/building one/);
		expect(got.total).toBe(expected.total);
		expect(got.hits).toEqual(expected.hits);
	});

	it('--sort time lists the hits oldest first, as the app does', async () => {
		const got = cliSearch(dbPath, 'has:attachment', '--sort', 'time');
		expect(got.hits.map((h) => [h.file, h.index])).toEqual((await appSearch(app, index, 'has:attachment', 'time')).hits.map((h) => [h.file, h.index]));
	});

	it('prints a table with file, line, time, conversation and author by default, the total under it', () => {
		const r = parley('search', dbPath, 'invoice');
		expect(r.code).toBe(0);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toMatch(/^rank\s+score\s+file\s+line\s+ts\s+conversation\s+author\s+text$/);
		// data-samples/whatsapp: "Invoice for drayage received" is the record on line 85 of the Android export
		expect(lines[2]).toMatch(
			/^1\s+[\d.]+\s+WhatsApp Chat with Harbor Logistics\.txt\s+85\s+2024-03-05T09:00:00\s+Harbor Logistics\s+Ana Silva\s+Invoice for drayage/
		);
		expect(r.stdout).toMatch(/\(2 hits\)\n$/);
	});

	it('--limit prints the best hits and says how many there are in all', () => {
		const r = parley('search', dbPath, 'platform:telegram', '--limit', '3');
		expect(r.code).toBe(0);
		expect(r.stdout.trim().split('\n')).toHaveLength(2 + 3 + 1);
		expect(r.stdout).toMatch(/\(\d+ hits, the first 3 shown \(--limit\)\)\n$/);
	});

	it("--csv writes the hits through the app's CSV writer", () => {
		const r = parley('search', dbPath, '"bill of lading"', '--csv');
		expect(r.code).toBe(0);
		const [header, first] = r.stdout.replace(/^\ufeff/, '').split('\r\n');
		expect(header).toBe('rank,score,message_id,file,index,line,path,ts,platform,conversation,author,text,redacted');
		expect(first).toMatch(/^1,[\d.]+,\d+,WhatsApp Chat with Harbor Logistics\.txt,\d+,10,,2024-01-08T09:15:00,whatsapp,/);
	});

	it('--redact masks phone numbers and addresses in the hits and says so', () => {
		const r = parley('search', dbPath, 'risk:pii.phone', '--json', '--redact');
		expect(r.code).toBe(0);
		const rows: { text: string; redacted: boolean }[] = JSON.parse(r.stdout);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.redacted).toBe(true);
			expect(row.text).toMatch(/\[pii\.phone/);
		}
	});

	it.each([
		['an unclosed group', 'customs (', /cannot read the query:\n {2}customs \(\n {10}\^ unclosed '\('/],
		['an unknown risk category', 'risk:nonsense', /unknown risk category 'nonsense'/]
	])('a query it cannot read (%s): exit 1 and where the problem is', (_what, query, message) => {
		const r = parley('search', dbPath, query);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(message);
		expect(r.stdout).toBe('');
	});

	it.each([
		['without a query', ['search', 'x.duckdb'], /give a database file and one query/],
		['with a limit that is not a number', ['search', 'x.duckdb', 'a', '--limit', 'ten'], /--limit needs a whole number/],
		['with an unknown sort', ['search', 'x.duckdb', 'a', '--sort', 'best'], /--sort is rank \(best first\) or time/],
		['--limit on another command', ['query', 'x.duckdb', 'SELECT 1', '--limit', '3'], /option "--limit" does not apply to query/]
	])('%s: exit code 2 and why', (_what, argv, message) => {
		const r = parley(...argv);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message);
	});

	it('a database whose index is missing or stale gets a fresh one, and gives the same hits', () => {
		const copy = join(dir, 'copy.duckdb');
		copyFileSync(dbPath, copy);
		const first = cliSearch(copy, 'ship*');
		expect(first.stderr).toMatch(/copy\.duckdb: no search index beside it \(copy\.duckdb\.search-index\.json\); building one/);
		expect(statSync(`${copy}.search-index.bin`).size).toBe(statSync(`${dbPath}.search-index.bin`).size);
		const second = cliSearch(copy, 'ship*');
		expect(second.stderr).not.toMatch(/building one/);
		expect(second.hits).toEqual(first.hits);

		// an index that says it holds other messages is not used
		copyFileSync(`${dbPath}.search-index.bin`, `${copy}.search-index.bin`);
		const stale = JSON.parse(readFileSync(`${dbPath}.search-index.json`, 'utf8'));
		rmSync(`${copy}.search-index.json`);
		writeFileSync(`${copy}.search-index.json`, JSON.stringify({ ...stale, messages: stale.messages - 1 }));
		expect(cliSearch(copy, 'ship*').stderr).toMatch(
			new RegExp(
				`its search index was built from ${stale.messages - 1} messages \\(last id ${stale.maxId}\\); the database now holds ${stale.messages} \\(last id ${stale.maxId}\\); building one`
			)
		);

		// an index of another format is not read
		writeFileSync(`${copy}.search-index.json`, JSON.stringify({ ...stale, format: 0 }));
		const older = cliSearch(copy, 'ship*');
		expect(older.stderr).toMatch(/its search index is format 0, this parley reads format 2; building one/);
		expect(older.hits).toEqual(first.hits);

		// a shard that is missing or cut short is not read
		const written = JSON.parse(readFileSync(`${copy}.search-index.json`, 'utf8'));
		writeFileSync(`${copy}.search-index.bin`, readFileSync(`${copy}.search-index.bin`).subarray(0, 100));
		expect(cliSearch(copy, 'ship*').stderr).toMatch(
			new RegExp(`shard copy\\.duckdb\\.search-index\\.bin is 100 bytes, not ${written.shards[0].bytes}; building one`)
		);
		rmSync(`${copy}.search-index.bin`);
		const rebuilt = cliSearch(copy, 'ship*');
		expect(rebuilt.stderr).toMatch(/shard copy\.duckdb\.search-index\.bin is missing; building one/);
		expect(rebuilt.hits).toEqual(first.hits);
	});

	it('a file imported again leaves the index as it was; a new archive rebuilds it', () => {
		const before = readFileSync(`${dbPath}.search-index.json`, 'utf8');
		const again = parley('import', SAMPLES[0], '--db', dbPath, '--tz', 'UTC');
		expect(again.stderr).not.toMatch(/^search index:/m);
		expect(readFileSync(`${dbPath}.search-index.json`, 'utf8')).toBe(before);
		const more = parley('import', 'data-samples/whatsapp/WhatsApp Chat with Dana W.txt', '--db', dbPath, '--tz', 'UTC');
		expect(more.code, more.stderr).toBe(0);
		expect(more.stderr).toMatch(/^search index: \d+ messages/m);
		expect(readFileSync(`${dbPath}.search-index.json`, 'utf8')).not.toBe(before);
	});
});

describe('parley search over an index import built in shards (bounded memory at any size)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-shards-'));
	const dbPath = join(dir, 'sharded.duckdb');
	const appFile = join(dir, 'sharded.parley');
	let app: Connector;
	let index: SearchIndex;
	let imported: ReturnType<typeof parley>;
	let messages: number;

	beforeAll(async () => {
		// 40 messages a shard: the samples' few hundred messages become several shards, as 10M become 20 of 500,000.
		const r = spawnSync(process.execPath, ['bin/parley.js', 'import', ...SAMPLES, '--db', dbPath, '--tz', 'UTC', '--workspace-file', appFile], {
			encoding: 'utf8',
			env: { ...process.env, PARLEY_SEARCH_SHARD_MESSAGES: '40' }
		});
		imported = { code: r.status, stdout: r.stdout, stderr: r.stderr };
		[{ n: messages }] = JSON.parse(parley('query', dbPath, 'SELECT count(*)::INTEGER AS n FROM messages', '--json').stdout);
		app = await appWorkspace();
		index = await appIndex(app);
	}, 240_000);

	it('import writes one file per shard and lists them with what each holds', () => {
		expect(imported.code, imported.stderr).toBe(0);
		const saved = JSON.parse(readFileSync(`${dbPath}.search-index.json`, 'utf8'));
		expect(saved.shards.length).toBeGreaterThanOrEqual(Math.floor(messages / 80));
		expect(imported.stderr).toMatch(
			new RegExp(`^search index: ${messages} messages, [\\d.]+ MB in ${saved.shards.length} shards beside .*sharded\\.duckdb`, 'm')
		);
		expect(saved.shards.reduce((sum: number, s: { messages: number }) => sum + s.messages, 0)).toBe(messages);
		saved.shards.forEach((s: { file: string; bytes: number; messages: number }, k: number) => {
			expect(s.file).toBe(k === 0 ? 'sharded.duckdb.search-index.bin' : `sharded.duckdb.search-index.${k}.bin`);
			expect(statSync(join(dir, s.file)).size).toBe(s.bytes);
			if (k < saved.shards.length - 1) expect(s.messages).toBeGreaterThanOrEqual(40);
		});
	});

	it.each(QUERIES)('%s (%s): the same hits, order, scores and total as the app’s one index', async (_what, query) => {
		const expected = await appSearch(app, index, query);
		expect(expected.total).toBeGreaterThan(0);
		const got = cliSearch(dbPath, query);
		expect(got.stderr).not.toMatch(/building one/);
		expect(got.total).toBe(expected.total);
		expect(got.hits).toEqual(expected.hits);
	});

	it('--sort time merges the shards oldest first, as the app orders', async () => {
		const got = cliSearch(dbPath, 'has:attachment OR invoice', '--sort', 'time');
		const want = await appSearch(app, index, 'has:attachment OR invoice', 'time');
		expect(got.hits.map((h) => [h.file, h.index])).toEqual(want.hits.map((h) => [h.file, h.index]));
	});

	it('--limit takes the best hits across the shards', async () => {
		const want = (await appSearch(app, index, 'platform:telegram OR ship*')).hits.slice(0, 7);
		const r = parley('search', dbPath, 'platform:telegram OR ship*', '--json', '--limit', '7');
		expect(JSON.parse(r.stdout).map((h: Hit) => [h.file, h.index, h.score])).toEqual(want.map((h) => [h.file, h.index, h.score]));
	});

	it('a smaller index built later removes the shard files it no longer lists', () => {
		const copy = join(dir, 'copy.duckdb');
		copyFileSync(dbPath, copy);
		for (const f of readdirSync(dir).filter((f) => f.startsWith('sharded.duckdb.search-index')))
			copyFileSync(join(dir, f), join(dir, f.replace('sharded.duckdb', 'copy.duckdb')));
		rmSync(`${copy}.search-index.json`);
		const r = cliSearch(copy, 'invoice');
		expect(r.stderr).toMatch(/building one/);
		expect(readdirSync(dir).filter((f) => f.startsWith('copy.duckdb.search-index'))).toEqual(['copy.duckdb.search-index.bin', 'copy.duckdb.search-index.json']);
	});

	it('the workspace file for the app leaves a sharded index out (the app holds one index and builds it on opening)', () => {
		expect(imported.stdout).toMatch(
			/sharded\.parley: workspace file for the app, [\d.]+ MB \([\d.]+ s\); its search index is in \d+ shards, so the app builds its own/
		);
		const { contents } = readWorkspaceFile(new Uint8Array(readFileSync(appFile)));
		expect(Object.keys(contents.files).filter((f) => f.startsWith('search-index'))).toEqual([]);
	});
});
