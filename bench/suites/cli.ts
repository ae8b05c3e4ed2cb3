import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { EMPTY_FILTER } from '../../src/lib/analytics/filter.ts';
import type { Connector } from '../../src/lib/db/connector.ts';
import { importParsedFile } from '../../src/lib/db/load.ts';
import { openNativeDbReadOnly } from '../../src/lib/db/native.ts';
import { createNodeDb } from '../../src/lib/db/node.ts';
import { activeAuthors, activity, dashboardSummary, hourWeekday, messageLength, replyLatency } from '../../src/lib/db/queries/dashboard.ts';
import { parseSource } from '../../src/lib/ingest/parse-source.ts';
import { fixed, printTable } from '../lib/table.ts';
import { generateWhatsAppText } from '../whatsapp-gen.ts';
import { buildSearchIndex, loadSearchIndex } from '../../bin/search-index.ts';
import { indexFingerprint } from '../../src/lib/db/queries/search.ts';
import { searchHitProvenanceSql } from '../../src/lib/db/queries/search-provenance.ts';
import { run as runSql } from '../../src/lib/db/queries/sql.ts';
import type { ShardedIndex } from '../../src/lib/search/engine/shards.ts';
import { parseQuery } from '../../src/lib/search/query-parser.ts';

/**
 * `parley import` on a generated WhatsApp export of BENCH_SIZE (or BENCH_CLI_MESSAGES) messages (default 1M), in its own process
 * under /usr/bin/time -v (wall time, peak RSS); then the dashboard queries on that database (native DuckDB, opened
 * read-only) against the same file imported into DuckDB-wasm in Node, as ratios. The export is generated in pieces of
 * at most 1M messages (a single string of 10M would pass V8's string limit); each piece is a valid export.
 */
const PIECE = 1_000_000;
const RUNS = 3;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

async function timed(f: () => Promise<unknown>): Promise<number> {
	await f();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await f();
		times.push(performance.now() - t);
	}
	return median(times);
}

function generate(path: string, n: number): void {
	writeFileSync(path, '');
	for (let from = 0, seed = 500; from < n; from += PIECE, seed++) appendFileSync(path, generateWhatsAppText(Math.min(PIECE, n - from), seed));
}

interface ImportRun {
	wallS: number;
	peakRssMb: number;
	stdout: string;
	stderr: string;
}

function timeImport(file: string, db: string): ImportRun {
	const r = spawnSync('/usr/bin/time', ['-v', process.execPath, 'bin/parley.js', 'import', file, '--db', db, '--tz', 'UTC'], {
		encoding: 'utf8',
		maxBuffer: 256 << 20
	});
	if (r.status !== 0) throw new Error(`parley import failed (${r.status}): ${r.stderr.slice(-2000)}`);
	const field = (name: string) => r.stderr.match(new RegExp(`${name}: (.+)`))?.[1] ?? '';
	const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
	const wallS = wall.reduce((acc, x) => acc * 60 + x, 0);
	return { wallS, peakRssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, stdout: r.stdout, stderr: r.stderr };
}

const stage = (text: string, re: RegExp) => text.match(re)?.[1] ?? '—';

/** The dashboard queries, timed on each database. */
const QUERIES: [string, (db: Connector) => Promise<unknown>][] = [
	['summary (count, first, last)', (db) => dashboardSummary(db, EMPTY_FILTER)],
	['activity per day', (db) => activity(db, EMPTY_FILTER, { bucket: 'day', stackBy: 'none', top: 8 })],
	['activity per month by author', (db) => activity(db, EMPTY_FILTER, { bucket: 'month', stackBy: 'author', top: 8 })],
	['hour × weekday (local)', (db) => hourWeekday(db, EMPTY_FILTER, 'local')],
	['most active (top 20)', (db) => activeAuthors(db, EMPTY_FILTER, 20)],
	['reply latency (1 h window)', (db) => replyLatency(db, EMPTY_FILTER, { windowSeconds: 3600, top: 20 })],
	['message length', (db) => messageLength(db, EMPTY_FILTER)],
	['full scan: count of messages containing "invoice"', (db) => db.query(`SELECT count(*) FROM messages WHERE text ILIKE '%invoice%'`)]
];
const SEARCHES = ['invoice', 'ship* -customs', 'from:ana "customs container"', 'delay~ OR freight'];

/** The app's engine over an index, the top 20 hits' rows read from the database; returns the total. */
async function searchOn(db: Connector, index: { search: ShardedIndex['search'] }, query: string): Promise<number> {
	const result = index.search(parseQuery(query).ast, { sort: 'rank', limit: 20 });
	await runSql(db, searchHitProvenanceSql(Array.from(result.ids)));
	return result.total;
}

function importTable(title: string, imp: ImportRun, bytes: number, dbPath: string): number {
	const messages = Number(stage(imp.stdout, /archive 1, whatsapp, ([\d,]+) messages/).replaceAll(',', ''));
	const index = JSON.parse(readFileSync(`${dbPath}.search-index.json`, 'utf8')) as { shards: { bytes: number }[] };
	printTable(
		`${title}, ${(bytes / 1e6).toFixed(0)} MB, ${messages.toLocaleString('en')} messages; load average before: ${loadText()}`,
		['figure', 'value'],
		[
			['wall time, s (parse + load + risk scan + identities + search index)', fixed(imp.wallS)],
			['throughput, messages/s', Math.round(messages / imp.wallS).toLocaleString('en')],
			['throughput, MB/s', fixed(bytes / 1e6 / imp.wallS)],
			['peak RSS, MB', fixed(imp.peakRssMb, 0)],
			['load into native DuckDB (parse + load + risk scan as it loads), s', stage(imp.stdout, /loaded in ([\d.]+) s/)],
			['identities, s', stage(imp.stderr, /identities: .* \(([\d.]+) s\)/)],
			['search index (build + save in shards beside the database), s', stage(imp.stderr, /search index: .* \(([\d.]+) s\)/)],
			['search index shards / MB', `${index.shards.length} / ${fixed(index.shards.reduce((sum, x) => sum + x.bytes, 0) / 1e6, 0)}`],
			['database file, MB', fixed(statSync(dbPath).size / 1e6, 0)]
		]
	);
	return messages;
}

const loadText = () =>
	loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');

/** The generated export (the first `n` messages of `generate`) in DuckDB-wasm in Node, or null when it does not fit. */
async function wasmWith(file: string): Promise<{ db: Connector; loadS: number } | null> {
	const db: Connector = await createNodeDb();
	try {
		const { parsed } = await parseSource(file, readFileSync(file));
		const t = performance.now();
		for (const p of parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });
		return { db, loadS: (performance.now() - t) / 1000 };
	} catch (err) {
		console.error(`DuckDB-wasm in Node could not hold ${file}: ${(err as Error).message}`);
		return null;
	}
}

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_SIZE ?? process.env.BENCH_CLI_MESSAGES ?? 1_000_000);
	// DuckDB-wasm (wasm32, 4 GB) and one JS string per export hold a couple of million messages: the native-vs-wasm
	// ratios are measured at the largest of these sizes it holds; native figures are also given at the full size.
	const wasmSizes = [Number(process.env.BENCH_CLI_WASM_MESSAGES ?? 2_000_000), 1_000_000, 500_000].map((m) => Math.min(m, n));
	const dir = mkdtempSync(join(tmpdir(), 'parley-bench-cli-'));
	try {
		const file = join(dir, 'WhatsApp Chat with Bench.txt');
		const dbPath = join(dir, 'workspace.duckdb');
		generate(file, n);
		const bytes = statSync(file).size;
		const mainImport = timeImport(file, dbPath);
		const messages = importTable('parley import — generated WhatsApp export', mainImport, bytes, dbPath);

		let wasm: { db: Connector; loadS: number } | null = null;
		let m = 0;
		let smallFile = file;
		let smallDb = dbPath;
		for (const size of [...new Set(wasmSizes)]) {
			m = size;
			if (m < n) {
				smallFile = join(dir, `WhatsApp Chat with Bench ${m}.txt`);
				generate(smallFile, m);
			}
			wasm = await wasmWith(smallFile);
			if (wasm) break;
			if (m < n) rmSync(smallFile, { force: true });
		}
		if (!wasm) throw new Error('DuckDB-wasm in Node held none of the sizes tried');
		let smallImport: ImportRun | null = null;
		if (m < n) {
			smallDb = join(dir, `workspace-${m}.duckdb`);
			smallImport = timeImport(smallFile, smallDb);
			importTable(`parley import — the first ${m.toLocaleString('en')} messages (for the ratios)`, smallImport, statSync(smallFile).size, smallDb);
		}
		const native = await openNativeDbReadOnly(dbPath);
		const nativeSmall = smallDb === dbPath ? native : await openNativeDbReadOnly(smallDb);
		try {
			const full = m < n;
			const row = (name: string, big: number | null, a: number, b: number) => [
				name,
				...(full ? [big === null ? '—' : fixed(big)] : []),
				fixed(a),
				fixed(b),
				fixed(b / a, 2)
			];
			const nativeLoad = Number(stage((smallImport ?? mainImport).stdout, /loaded in ([\d.]+) s/));
			const rows: (string | number)[][] = [
				row('load: native pipeline (parse + load + risk scan) vs wasm importParsedFile (load only), s', null, nativeLoad, wasm.loadS)
			];
			for (const [name, q] of QUERIES) {
				const big = full ? await timed(() => q(native)) : null;
				const a = await timed(() => q(nativeSmall));
				const b = await timed(() => q(wasm.db));
				rows.push(row(`${name}, ms`, big, a, b));
			}
			// Search: the index import saved (in shards) on the native side; on the wasm side the app's one index.
			let t0 = performance.now();
			const bigIndex = await loadSearchIndex(dbPath, await indexFingerprint(native));
			const bigLoadS = (performance.now() - t0) / 1000;
			t0 = performance.now();
			const smallIndex = full ? await loadSearchIndex(smallDb, await indexFingerprint(nativeSmall)) : bigIndex;
			const smallLoadS = full ? (performance.now() - t0) / 1000 : bigLoadS;
			if (!bigIndex.ok || !smallIndex.ok)
				throw new Error(`the saved search index was not used: ${!bigIndex.ok ? bigIndex.why : !smallIndex.ok ? smallIndex.why : ''}`);
			t0 = performance.now();
			const fromWasm = await buildSearchIndex(wasm.db);
			const wasmBuildS = (performance.now() - t0) / 1000;
			rows.push([
				'search index: native loads the shards import saved; wasm builds one index, s',
				...(full ? [fixed(bigLoadS)] : []),
				fixed(smallLoadS),
				fixed(wasmBuildS),
				'—'
			]);
			for (const query of SEARCHES) {
				const got = await searchOn(nativeSmall, smallIndex.index, query);
				const want = await searchOn(wasm.db, fromWasm, query);
				if (got !== want) throw new Error(`search "${query}" differs: ${got} hits over the shards, ${want} in one index`);
				const big = full ? await timed(() => searchOn(native, bigIndex.index, query)) : null;
				const a = await timed(() => searchOn(nativeSmall, smallIndex.index, query));
				const b = await timed(() => searchOn(wasm.db, fromWasm, query));
				rows.push(row(`search "${query}" (top 20 + their rows), ms`, big, a, b));
			}
			const sizes = full ? [`native ${messages.toLocaleString('en')}`] : [];
			printTable(
				`Native DuckDB (@duckdb/node-api 1.4.4) vs DuckDB-wasm 1.32 in Node, same ${m.toLocaleString('en')} messages${full ? ` (the largest size tried that DuckDB-wasm held; native also at ${messages.toLocaleString('en')})` : ''}; median of ${RUNS} after a warm-up; load average now: ${loadText()}`,
				['figure', ...sizes, `native ${m.toLocaleString('en')}`, `wasm ${m.toLocaleString('en')}`, 'wasm ÷ native'],
				rows
			);
		} finally {
			if (nativeSmall !== native) nativeSmall.close();
			native.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
