import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { runChild } from '../lib/child.ts';
import { fixed, printTable } from '../lib/table.ts';
import { CORPUS_DESCRIPTION, QUERY_KINDS } from './corpus.ts';

interface Latency {
	p50: number;
	p95: number;
	cpuP50: number;
	cpuP95: number;
	queries: number;
	hits: number;
}

interface EngineRun {
	buildMs: number;
	buildCpuMs: number;
	heapMb: number;
	externalMb: number;
	peakRssMb: number;
	latency: Record<string, Latency | null>;
}

interface RecallRun {
	words: number;
	cjkWords: number;
	exact: number;
	found: number;
	extra: number;
	worst: { word: string; recall: number };
}

const ENGINES = [
	{ key: 'parley', label: 'Parley' },
	{ key: 'parley-page', label: 'Parley first 100' },
	{ key: 'minisearch', label: 'MiniSearch default' },
	{ key: 'flexsearch', label: 'FlexSearch default' }
] as const;

const GOAL_RATIO = 0.6;
const GOAL_P95_MS = 30;

const indexMb = (r: EngineRun) => r.heapMb + r.externalMb;
const ratio = (x: number) => `${fixed(x, 2)}×`;

/** Parley's index against MiniSearch (default) and FlexSearch (default Index) on the same generated texts. */
export function benchSearch(size: number): void {
	const here = import.meta.dirname;
	const load = loadavg()[0];
	const runs = new Map<string, EngineRun>();
	for (const e of ENGINES) runs.set(e.key, runChild<EngineRun>(join(here, 'child.ts'), [e.key, String(size)]));
	const recall = runChild<RecallRun>(join(here, 'recall-child.ts'), [String(size)]);
	const mini = runs.get('minisearch')!;
	const parley = runs.get('parley')!;
	const sizeText = size.toLocaleString('en-US');
	printTable(
		`Search index build, ${sizeText} messages (${CORPUS_DESCRIPTION}); one process per engine (MiniSearch 7.2.0 new MiniSearch({fields:['text']}) + addAll; FlexSearch 0.8.212 new Index() + add)`,
		['engine', 'build s (wall)', 'build CPU s', 'index MB', 'peak RSS MB', 'build vs MiniSearch (wall / CPU)', 'memory vs MiniSearch'],
		ENGINES.map((e) => {
			const r = runs.get(e.key)!;
			return [
				e.label,
				fixed(r.buildMs / 1000, 1),
				fixed(r.buildCpuMs / 1000, 1),
				fixed(indexMb(r), 0),
				fixed(r.peakRssMb, 0),
				`${ratio(r.buildMs / mini.buildMs)} / ${ratio(r.buildCpuMs / mini.buildCpuMs)}`,
				ratio(indexMb(r) / indexMb(mini))
			];
		})
	);
	const cell = (l: Latency | null, cpu: boolean) => {
		if (!l) return 'n/a';
		const [a, b] = cpu ? [l.cpuP50, l.cpuP95] : [l.p50, l.p95];
		return `${fixed(a, 1)} / ${fixed(b, 1)}`;
	};
	printTable(
		`Search latency, ${sizeText} messages: ms p50 / p95, wall clock and CPU time of the querying process; queries measured (200 unless a CPU budget cut a slow engine short); mean hits`,
		['query', ...ENGINES.flatMap((e) => [`${e.label} wall`, `${e.label} CPU`, 'queries', 'hits'])],
		QUERY_KINDS.map((k) => [
			k,
			...ENGINES.flatMap((e) => {
				const l = runs.get(e.key)!.latency[k];
				return [cell(l, false), cell(l, true), l ? String(l.queries) : 'n/a', l ? fixed(l.hits, 0) : 'n/a'];
			})
		])
	);
	console.log(
		`\nindex MB = V8 heap used + ArrayBuffer bytes after GC, minus the same before the build (texts excluded). Parley: heap ${fixed(parley.heapMb, 0)} MB + typed arrays ${fixed(parley.externalMb, 0)} MB.`
	);
	console.log(
		'Parley latency is the whole search(): matching, BM25, ordering, facets over every hit and the term report; "Parley" orders and returns every hit, "Parley first 100" selects and orders the top 100 (limit: 100) and counts the rest. Peers get their closest native query: MiniSearch one word default, two words and "phrase" combineWith AND (no phrase check: more hits), prefix: true, fuzzy: 0.2; FlexSearch one and two words (limit: all hits); its default Index has no phrase, prefix or fuzzy (n/a).'
	);
	console.log(
		`Machine load average at the start: ${fixed(load, 1)} on ${availableParallelism()} cores; wall-clock figures include time the process waited for a core.`
	);
	const recallRatio = recall.exact === 0 ? 1 : recall.found / recall.exact;
	console.log(
		`Recall of ${recall.words} word queries (${recall.cjkWords} CJK) against an exact DuckDB scan of the same texts: ${recall.found}/${recall.exact} = ${fixed(recallRatio, 4)}; hits not in the scan: ${recall.extra}` +
			(recall.worst.word ? `; worst word ${recall.worst.word} at ${fixed(recall.worst.recall, 4)}` : '')
	);
	const buildWall = parley.buildMs / mini.buildMs;
	const buildCpu = parley.buildCpuMs / mini.buildCpuMs;
	const memory = indexMb(parley) / indexMb(mini);
	const page = runs.get('parley-page')!;
	const slow = (r: EngineRun, cpu: boolean) => QUERY_KINDS.filter((k) => ((cpu ? r.latency[k]?.cpuP95 : r.latency[k]?.p95) ?? Infinity) > GOAL_P95_MS);
	const slowList = (ks: string[]) => (ks.length === 0 ? 'met' : `NOT met (${ks.join(', ')})`);
	const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
	const goals = [
		`build ${ratio(buildWall)} MiniSearch wall, ${ratio(buildCpu)} CPU (goal ≤ ${GOAL_RATIO}×): ${met(buildWall <= GOAL_RATIO)} wall, ${met(buildCpu <= GOAL_RATIO)} CPU`,
		`memory ${ratio(memory)} (goal ≤ ${GOAL_RATIO}×): ${met(memory <= GOAL_RATIO)}`,
		`p95 ≤ ${GOAL_P95_MS} ms for every kind, first page: wall ${slowList(slow(page, false))}, CPU ${slowList(slow(page, true))}`,
		`every hit ordered: wall ${slowList(slow(parley, false))}, CPU ${slowList(slow(parley, true))}`,
		`recall 1.0: ${met(recallRatio === 1)}`
	];
	console.log(`Goals at ${sizeText} messages${size === 1_000_000 ? '' : ' (the goals are set for 1M)'}: ${goals.join('; ')}.`);
}
