// The search worker's build path at one size, in its own process (run with --expose-gc): Arrow IPC batches of
// 50,000 messages (the pipeline's batch size, built before the clock starts) → searchBatchOfIPC (the worker's reading) → SearchIndex.add,
// then the commit of the postings; the heap and array buffers the index holds after GC and the peak during the
// build; serialise, load back, and the first query after the load. A digest of fixed queries' hits, order and
// scores (after the build and after the load) shows a change of the engine left results as they were.
// Prints {...} as the last line.
import { createHash } from 'node:crypto';
import { float64Column, int32Column, ipcStream, uint8Column, utf8Column } from '../../src/lib/db/arrow-columns.ts';
import { searchBatchOfIPC } from '../../src/lib/search/batch.ts';
import { SearchIndex } from '../../src/lib/search/engine/index.ts';
import type { QueryNode } from '../../src/lib/search/types.ts';
import { drawQueries, generateCorpus } from './corpus.ts';

const BATCH = 50_000;
const n = Number(process.argv[2]);
const gc = globalThis.gc!;

function heldMb(): { heap: number; external: number } {
	gc();
	gc();
	const m = process.memoryUsage();
	return { heap: m.heapUsed / 2 ** 20, external: m.arrayBuffers / 2 ** 20 };
}

function cpuMs(since: NodeJS.CpuUsage): number {
	const u = process.cpuUsage(since);
	return (u.user + u.system) / 1000;
}

const corpus = generateCorpus(n);
const batches: Uint8Array[] = [];
for (let from = 0; from < n; from += BATCH) {
	const m = Math.min(n, from + BATCH) - from;
	batches.push(
		ipcStream(
			[
				['id', float64Column(m, (k) => from + k + 1)],
				['conversation', int32Column(m, (k) => (from + k) % 50)],
				['author', int32Column(m, (k) => (from + k) % 7)],
				['kind', uint8Column(m, () => 0)],
				['ts', float64Column(m, (k) => Date.UTC(2020, 0, 1) + (from + k) * 60_000)],
				['flags', uint8Column(m, (k) => ((from + k) % 13 === 0 ? 2 : 0))],
				['text', utf8Column(m, (k) => corpus.texts[from + k])]
			],
			m
		)
	);
}
const queries = drawQueries(corpus, 20);
const term = (value: string, mode: 'exact' | 'prefix' | 'fuzzy' = 'exact'): QueryNode => ({ type: 'term', value, mode, start: 0, end: value.length });
const asts: QueryNode[] = [
	...queries['one word'].map((q) => term(q)),
	...queries['two words'].map((q) => ({ type: 'and', children: q.split(' ').map((w) => term(w)), start: 0, end: q.length }) as QueryNode),
	...queries.phrase.map((q) => ({ type: 'phrase', value: q, start: 0, end: q.length }) as QueryNode),
	...queries.prefix.map((q) => term(q, 'prefix')),
	...queries.fuzzy.map((q) => term(q, 'fuzzy'))
];

/** Hits, order and scores of the fixed queries (first 200 of each, with total and facets). */
function digest(index: SearchIndex): string {
	const h = createHash('sha256');
	for (const ast of asts) {
		const r = index.search(ast, { sort: 'rank', limit: 200 });
		h.update(JSON.stringify([r.total, Array.from(r.ids), Array.from(r.scores), r.facets, r.terms]));
		const t = index.search(ast, { sort: 'time', limit: 50, facets: false });
		h.update(JSON.stringify([t.total, Array.from(t.ids)]));
	}
	return h.digest('hex').slice(0, 16);
}

const before = heldMb();
let peak = 0;
const sample = () => {
	const m = process.memoryUsage();
	peak = Math.max(peak, (m.heapUsed + m.arrayBuffers) / 2 ** 20);
};
/** Builds, measures and saves the index; the index itself is let go on return, before the load is measured. */
function buildAndSave() {
	const wall = performance.now();
	const cpu = process.cpuUsage();
	const index = new SearchIndex();
	let decodeCpu = 0;
	for (const ipc of batches) {
		const c = process.cpuUsage();
		const batch = searchBatchOfIPC(ipc);
		decodeCpu += cpuMs(c);
		index.add(batch);
		sample();
	}
	index.setConversations(Array.from({ length: 50 }, (_, k) => ({ id: k, title: `Chat ${k}`, platform: k % 2 ? 'whatsapp' : 'telegram' })));
	index.setAuthors(Array.from({ length: 7 }, (_, k) => ({ id: k, name: `Person ${k}` })));
	const stats = index.stats(); // commits the postings: part of the build
	sample();
	const buildCpuMs = cpuMs(cpu);
	const buildMs = performance.now() - wall;
	const held = heldMb();
	const built = digest(index);
	const c = process.cpuUsage();
	const t = performance.now();
	const bytes = index.serialize();
	return { decodeCpu, stats, buildCpuMs, buildMs, held, built, bytes, serializeMs: performance.now() - t, serializeCpuMs: cpuMs(c) };
}
const { decodeCpu, stats, buildCpuMs, buildMs, held, built, bytes, serializeMs, serializeCpuMs } = buildAndSave();
// What the worker loads is a file just read: a buffer of its own.
const read = bytes.slice();
const beforeLoad = heldMb();
const c = process.cpuUsage();
let t = performance.now();
const loaded = SearchIndex.deserialize(read);
const loadMs = performance.now() - t;
const loadCpuMs = cpuMs(c);
t = performance.now();
loaded.search(term(queries['one word'][0]), { sort: 'rank', limit: 100 });
const firstQueryMs = performance.now() - t;
t = performance.now();
loaded.search(term(queries.prefix[0], 'prefix'), { sort: 'rank', limit: 100 });
const firstPrefixMs = performance.now() - t;
const loadedHeld = heldMb();
const reloaded = digest(loaded);

console.log(
	JSON.stringify({
		n,
		terms: stats.terms,
		postings: stats.postings,
		buildMs,
		buildCpuMs,
		decodeCpuMs: decodeCpu,
		heldMb: held.heap - before.heap + held.external - before.external,
		heldHeapMb: held.heap - before.heap,
		peakMb: peak - before.heap - before.external,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
		bytesMb: bytes.length / 2 ** 20,
		serializeMs,
		serializeCpuMs,
		loadMs,
		loadCpuMs,
		firstQueryMs,
		firstPrefixMs,
		loadedMb: loadedHeld.heap - beforeLoad.heap + loadedHeld.external - beforeLoad.external,
		digestBuilt: built,
		digestLoaded: reloaded
	})
);
