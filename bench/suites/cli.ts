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
import type { SearchIndex } from '../../src/lib/search/engine/index.ts';
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

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_SIZE ?? process.env.BENCH_CLI_MESSAGES ?? 1_000_000);
	const dir = mkdtempSync(join(tmpdir(), 'parley-bench-cli-'));
	try {
		const file = join(dir, 'WhatsApp Chat with Bench.txt');
		const dbPath = join(dir, 'workspace.duckdb');
		generate(file, n);
		const bytes = statSync(file).size;
		const load = loadavg()
			.map((x) => x.toFixed(1))
			.join(' ');
		const imp = timeImport(file, dbPath);
		const messages = Number(stage(imp.stdout, /archive 1, whatsapp, ([\d,]+) messages/).replaceAll(',', ''));
		printTable(
			`parley import — generated WhatsApp export, ${(bytes / 1e6).toFixed(0)} MB, ${messages.toLocaleString('en')} messages; load average before: ${load}`,
			['figure', 'value'],
			[
				['wall time, s (parse + load + risk scan + identities)', fixed(imp.wallS)],
				['throughput, messages/s', Math.round(messages / imp.wallS).toLocaleString('en')],
				['throughput, MB/s', fixed(bytes / 1e6 / imp.wallS)],
				['peak RSS, MB', fixed(imp.peakRssMb, 0)],
				['load into native DuckDB (importParsedFile), s', stage(imp.stdout, /loaded in ([\d.]+) s/)],
				['risk scan, s', stage(imp.stderr, /risk scan: .* \(([\d.]+) s\)/)],
				['identities, s', stage(imp.stderr, /identities: .* \(([\d.]+) s\)/)],
				['search index (build + save beside the database), s', stage(imp.stderr, /search index: .* \(([\d.]+) s\)/)],
				['search index file, MB', fixed(statSync(`${dbPath}.search-index.bin`).size / 1e6, 0)],
				['database file, MB', fixed(statSync(dbPath).size / 1e6, 0)]
			]
		);

		const wasm: Connector = await createNodeDb();
		const { parsed } = await parseSource(file, readFileSync(file));
		const t = performance.now();
		for (const p of parsed) await importParsedFile(wasm, p.file, p.source, { timeZone: 'UTC' });
		const wasmLoadS = (performance.now() - t) / 1000;
		const native = await openNativeDbReadOnly(dbPath);
		try {
			const queries: [string, (db: Connector) => Promise<unknown>][] = [
				['summary (count, first, last)', (db) => dashboardSummary(db, EMPTY_FILTER)],
				['activity per day', (db) => activity(db, EMPTY_FILTER, { bucket: 'day', stackBy: 'none', top: 8 })],
				['activity per month by author', (db) => activity(db, EMPTY_FILTER, { bucket: 'month', stackBy: 'author', top: 8 })],
				['hour × weekday (local)', (db) => hourWeekday(db, EMPTY_FILTER, 'local')],
				['most active (top 20)', (db) => activeAuthors(db, EMPTY_FILTER, 20)],
				['reply latency (1 h window)', (db) => replyLatency(db, EMPTY_FILTER, { windowSeconds: 3600, top: 20 })],
				['message length', (db) => messageLength(db, EMPTY_FILTER)],
				['full scan: count of messages containing "invoice"', (db) => db.query(`SELECT count(*) FROM messages WHERE text ILIKE '%invoice%'`)]
			];
			const nativeLoad = Number(stage(imp.stdout, /loaded in ([\d.]+) s/));
			const rows: (string | number)[][] = [['load (importParsedFile), s', fixed(nativeLoad), fixed(wasmLoadS), fixed(wasmLoadS / nativeLoad, 2)]];
			for (const [name, q] of queries) {
				const a = await timed(() => q(native));
				const b = await timed(() => q(wasm));
				rows.push([`${name}, ms`, fixed(a), fixed(b), fixed(b / a, 2)]);
			}
			// Search: the app's engine over an index built from each database; the hits' rows are read from each.
			const nativeLoaded = performance.now();
			const saved = await loadSearchIndex(dbPath, await indexFingerprint(native));
			const loadIndexS = (performance.now() - nativeLoaded) / 1000;
			let t0 = performance.now();
			const fromNative = await buildSearchIndex(native);
			const nativeBuildS = (performance.now() - t0) / 1000;
			t0 = performance.now();
			const fromWasm = await buildSearchIndex(wasm);
			const wasmBuildS = (performance.now() - t0) / 1000;
			rows.push(['search index: build from the database, s', fixed(nativeBuildS), fixed(wasmBuildS), fixed(wasmBuildS / nativeBuildS, 2)]);
			rows.push(['search index: load the file import saved, s', fixed(loadIndexS), '—', '—']);
			const search = async (db: Connector, index: SearchIndex, query: string) => {
				const result = index.search(parseQuery(query).ast, { sort: 'rank', limit: 20 });
				await runSql(db, searchHitProvenanceSql(Array.from(result.ids)));
				return result.total;
			};
			for (const query of ['invoice', 'ship* -customs', 'from:ana "customs container"', 'delay~ OR freight']) {
				if (saved && (await search(native, saved, query)) !== (await search(wasm, fromWasm, query))) throw new Error(`search "${query}" differs`);
				const a = await timed(() => search(native, saved ?? fromNative, query));
				const b = await timed(() => search(wasm, fromWasm, query));
				rows.push([`search "${query}" (top 20 + their rows), ms`, fixed(a), fixed(b), fixed(b / a, 2)]);
			}
			printTable(
				`Native DuckDB ${'(@duckdb/node-api 1.4.4)'} vs DuckDB-wasm 1.32 in Node, same ${messages.toLocaleString('en')} messages; median of ${RUNS} after a warm-up; load average now: ${loadavg()
					.map((x) => x.toFixed(1))
					.join(' ')}`,
				['figure', 'native', 'wasm', 'wasm ÷ native'],
				rows
			);
		} finally {
			native.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
