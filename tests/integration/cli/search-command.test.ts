import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { authorLabels, conversationLabels, messageIdRange, riskColumns, searchBatchFromIPC, searchBatchSql } from '$lib/db/queries/search';
import { SearchIndex } from '$lib/search/engine';
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
		expect(fingerprint).toMatchObject({ format: 1, messages: n });
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
			/^1\s+[\d.]+\s+data-samples\/whatsapp\/WhatsApp Chat with Harbor Logistics\.txt\s+85\s+2024-03-05T09:00:00\s+Harbor Logistics\s+Ana Silva\s+Invoice for drayage/
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
		expect(first).toMatch(/^1,[\d.]+,\d+,data-samples\/whatsapp\/WhatsApp Chat with Harbor Logistics\.txt,\d+,10,,2024-01-08T09:15:00,whatsapp,/);
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
		expect(first.stderr).toMatch(/no search index matching this database beside it; building one/);
		expect(statSync(`${copy}.search-index.bin`).size).toBe(statSync(`${dbPath}.search-index.bin`).size);
		const second = cliSearch(copy, 'ship*');
		expect(second.stderr).not.toMatch(/building one/);
		expect(second.hits).toEqual(first.hits);

		// an index that says it holds other messages is not used
		copyFileSync(`${dbPath}.search-index.bin`, `${copy}.search-index.bin`);
		const stale = JSON.parse(readFileSync(`${dbPath}.search-index.json`, 'utf8'));
		rmSync(`${copy}.search-index.json`);
		writeFileSync(`${copy}.search-index.json`, JSON.stringify({ ...stale, messages: stale.messages - 1 }));
		expect(cliSearch(copy, 'ship*').stderr).toMatch(/building one/);
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
