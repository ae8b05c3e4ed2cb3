// One engine at one size, in its own process (run with --expose-gc): builds the index over the generated texts,
// measures build time, the memory the index holds after GC, and per query kind the latency of each query.
// Prints {buildMs, buildCpuMs, heapMb, externalMb, peakRssMb, latency: {kind: {p50, p95, hits} | null}} as the last line.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { SearchIndex } from '../../src/lib/search/engine/index.ts';
import type { QueryNode } from '../../src/lib/search/types.ts';
import { drawQueries, generateCorpus, QUERY_KINDS, type QueryKind } from './corpus.ts';

export const QUERIES_PER_KIND = 200;
export const FIRST_PAGE = 100;
const WARMUP = 10;
/** CPU seconds a query kind may take (BENCH_SEARCH_BUDGET_S); past it the kind stops early (at least 20 queries). */
const BUDGET_MS = Number(process.env.BENCH_SEARCH_BUDGET_S ?? Infinity) * 1000;
const MIN_QUERIES = 20;

const [engine, sizeArg] = process.argv.slice(2);
const n = Number(sizeArg);
const corpus = generateCorpus(n);
const queries = drawQueries(corpus, QUERIES_PER_KIND + WARMUP);
const gc = globalThis.gc!;

function memory(): { heap: number; external: number } {
	gc();
	gc();
	const m = process.memoryUsage();
	return { heap: m.heapUsed, external: m.arrayBuffers };
}

type Runner = (q: string) => number;

function term(value: string, mode: 'exact' | 'prefix' | 'fuzzy' = 'exact'): QueryNode {
	return { type: 'term', value, mode, start: 0, end: value.length };
}

function build(): { runners: Partial<Record<QueryKind, Runner>>; keep: unknown } {
	if (engine === 'parley' || engine === 'parley-page') {
		// parley-page asks for the first page only (what a results list shows first): the top hits are selected
		// and ordered, the rest only counted; parley orders and returns every hit.
		const limit = engine === 'parley-page' ? FIRST_PAGE : undefined;
		const index = new SearchIndex();
		const BATCH = 10_000;
		for (let from = 0; from < n; from += BATCH) {
			const to = Math.min(n, from + BATCH);
			const m = to - from;
			index.add({
				ids: Float64Array.from({ length: m }, (_, k) => from + k + 1),
				conversation: Int32Array.from({ length: m }, (_, k) => (from + k) % 50),
				author: Int32Array.from({ length: m }, (_, k) => (from + k) % 7),
				kind: new Uint8Array(m),
				ts: Float64Array.from({ length: m }, (_, k) => Date.UTC(2020, 0, 1) + (from + k) * 60_000),
				flags: new Uint8Array(m),
				text: corpus.texts.slice(from, to)
			});
		}
		index.setConversations(Array.from({ length: 50 }, (_, k) => ({ id: k, title: `Chat ${k}`, platform: k % 2 ? 'whatsapp' : 'telegram' })));
		index.setAuthors(Array.from({ length: 7 }, (_, k) => ({ id: k, name: `Person ${k}` })));
		index.stats(); // commits the postings: part of the build
		const run = (ast: QueryNode) => index.search(ast, { sort: 'rank', limit }).total;
		return {
			keep: index,
			runners: {
				'one word': (q) => run(term(q)),
				'two words': (q) => run({ type: 'and', children: q.split(' ').map((w) => term(w)), start: 0, end: q.length }),
				phrase: (q) => run({ type: 'phrase', value: q, start: 0, end: q.length }),
				prefix: (q) => run(term(q, 'prefix')),
				fuzzy: (q) => run(term(q, 'fuzzy'))
			}
		};
	}
	if (engine === 'minisearch') {
		const ms = new MiniSearch({ fields: ['text'] });
		ms.addAll(corpus.texts.map((text, i) => ({ id: i + 1, text })));
		return {
			keep: ms,
			runners: {
				'one word': (q) => ms.search(q).length,
				'two words': (q) => ms.search(q, { combineWith: 'AND' }).length,
				// No phrase search: the closest is AND of the words.
				phrase: (q) => ms.search(q, { combineWith: 'AND' }).length,
				prefix: (q) => ms.search(q, { prefix: true }).length,
				fuzzy: (q) => ms.search(q, { fuzzy: 0.2 }).length
			}
		};
	}
	if (engine === 'flexsearch') {
		const ix = new FlexSearch.Index();
		corpus.texts.forEach((text, i) => ix.add(i + 1, text));
		const limit = n;
		return {
			keep: ix,
			runners: {
				'one word': (q) => ix.search(q, { limit }).length,
				'two words': (q) => ix.search(q, { limit }).length
			}
		};
	}
	throw new Error(`unknown engine ${engine}`);
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const before = memory();
const started = performance.now();
const cpuStarted = process.cpuUsage();
const { runners, keep } = build();
const buildMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const after = memory();

const latency: Record<string, { p50: number; p95: number; cpuP50: number; cpuP95: number; queries: number; hits: number } | null> = {};
for (const kind of QUERY_KINDS) {
	const run = runners[kind];
	if (!run) {
		latency[kind] = null;
		continue;
	}
	const qs = queries[kind];
	for (let i = 0; i < WARMUP; i++) run(qs[i]);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	let hits = 0;
	let spent = 0;
	for (let i = WARMUP; i < qs.length; i++) {
		if (times.length >= MIN_QUERIES && spent > BUDGET_MS) break;
		const t = performance.now();
		const c = process.cpuUsage();
		hits += run(qs[i]);
		const used = process.cpuUsage(c);
		times.push(performance.now() - t);
		cpuTimes.push((used.user + used.system) / 1000);
		spent += (used.user + used.system) / 1000;
	}
	times.sort((a, b) => a - b);
	cpuTimes.sort((a, b) => a - b);
	latency[kind] = {
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		cpuP50: percentile(cpuTimes, 50),
		cpuP95: percentile(cpuTimes, 95),
		queries: times.length,
		hits: hits / times.length
	};
}
void keep;
console.log(
	JSON.stringify({
		buildMs,
		buildCpuMs: (cpu.user + cpu.system) / 1000,
		heapMb: (after.heap - before.heap) / 2 ** 20,
		externalMb: (after.external - before.external) / 2 ** 20,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
		latency
	})
);
