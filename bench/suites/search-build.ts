import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runChild } from '../lib/child.ts';
import { fixed, printTable } from '../lib/table.ts';
import { CORPUS_DESCRIPTION } from '../search/corpus.ts';

interface BuildRun {
	n: number;
	terms: number;
	postings: number;
	buildMs: number;
	buildCpuMs: number;
	decodeCpuMs: number;
	heldMb: number;
	heldHeapMb: number;
	peakMb: number;
	peakRssMb: number;
	bytesMb: number;
	serializeMs: number;
	serializeCpuMs: number;
	loadMs: number;
	loadCpuMs: number;
	firstQueryMs: number;
	firstPrefixMs: number;
	loadedMb: number;
	digestBuilt: string;
	digestLoaded: string;
}

/**
 * The search worker's build path in Node: Arrow IPC batches of 50,000 → searchBatchFromIPC → SearchIndex.add, then
 * the save and the load of the saved bytes. `BENCH_SEARCH_BUILD_SIZES=100000` for a quick run; default 1M.
 * `BENCH_SEARCH_BUILD_PEER=<checkout>` runs the same child from another checkout (e.g. main) in the same run, for
 * ratios; the results digest (hits, order and scores of fixed queries) must be equal.
 */
export function run(): void {
	const sizes = (process.env.BENCH_SEARCH_BUILD_SIZES ?? '1000000').split(',').map((s) => Number(s.trim()));
	const peer = process.env.BENCH_SEARCH_BUILD_PEER;
	const here = join(import.meta.dirname, '..', 'search', 'build-child.ts');
	for (const size of sizes) {
		const load = loadavg()[0];
		const runs: [string, BuildRun][] = [['this checkout', runChild<BuildRun>(here, [String(size)])]];
		if (peer) runs.push([peer, runChild<BuildRun>(join(peer, 'bench', 'search', 'build-child.ts'), [String(size)])]);
		const first = runs[0][1];
		const ratio = (f: (r: BuildRun) => number, r: BuildRun) => (r === first || f(r) === 0 ? '' : ` (${fixed(f(first) / f(r), 2)}×)`);
		const rows: [string, (r: BuildRun) => string | number][] = [
			['build CPU s (decode + add + commit)', (r) => fixed(r.buildCpuMs / 1000, 2) + ratio((x) => x.buildCpuMs, r)],
			['  of which Arrow decode, CPU s', (r) => fixed(r.decodeCpuMs / 1000, 2)],
			['build wall s', (r) => fixed(r.buildMs / 1000, 2)],
			['index held after GC, MB (heap + array buffers)', (r) => fixed(r.heldMb, 0) + ratio((x) => x.heldMb, r)],
			['  of which JS heap, MB', (r) => fixed(r.heldHeapMb, 0)],
			['peak during build, MB (heap + array buffers, sampled per batch)', (r) => fixed(r.peakMb, 0) + ratio((x) => x.peakMb, r)],
			['peak RSS of the process, MB (corpus and batches included)', (r) => fixed(r.peakRssMb, 0)],
			['saved size, MB', (r) => fixed(r.bytesMb, 1)],
			['serialise, CPU ms', (r) => fixed(r.serializeCpuMs, 0)],
			['load saved bytes, CPU ms', (r) => fixed(r.loadCpuMs, 1) + ratio((x) => x.loadCpuMs, r)],
			['load saved bytes, wall ms', (r) => fixed(r.loadMs, 1)],
			['first word query after load, wall ms', (r) => fixed(r.firstQueryMs, 0)],
			['first prefix query after load, wall ms', (r) => fixed(r.firstPrefixMs, 0)],
			['memory the load adds beyond the saved bytes, MB', (r) => fixed(r.loadedMb, 0)],
			['terms / postings', (r) => `${r.terms.toLocaleString('en-US')} / ${r.postings.toLocaleString('en-US')}`],
			['results digest (built / loaded)', (r) => `${r.digestBuilt} / ${r.digestLoaded}`]
		];
		printTable(
			`Search index build, ${size.toLocaleString('en-US')} messages (${CORPUS_DESCRIPTION}), one process each, load average ${fixed(load, 1)}; ratio = this checkout ÷ peer`,
			['figure', ...runs.map(([name]) => name)],
			rows.map(([label, f]) => [label, ...runs.map(([, r]) => String(f(r)))])
		);
		const digests = new Set(runs.flatMap(([, r]) => [r.digestBuilt, r.digestLoaded]));
		if (digests.size > 1) console.log('\nRESULTS DIFFER: the digests of the same queries are not all equal.');
	}
}
