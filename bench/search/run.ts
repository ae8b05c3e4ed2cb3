import { join } from 'node:path';
import { runChild } from '../lib/child.ts';
import { fixed, printTable } from '../lib/table.ts';
import { CORPUS_DESCRIPTION, QUERY_KINDS } from './corpus.ts';

interface EngineRun {
	buildMs: number;
	buildCpuMs: number;
	heapMb: number;
	externalMb: number;
	peakRssMb: number;
	latency: Record<string, { p50: number; p95: number; hits: number } | null>;
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
	{ key: 'parley', label: 'Parley (SearchableMap + typed arrays)' },
	{ key: 'minisearch', label: 'MiniSearch 7.2 default' },
	{ key: 'flexsearch', label: 'FlexSearch 0.8.212 default Index' }
] as const;

const GOAL_RATIO = 0.6;
const GOAL_P95_MS = 50;

const indexMb = (r: EngineRun) => r.heapMb + r.externalMb;

/** Parley's index against MiniSearch (default) and FlexSearch (default Index) on the same generated texts. */
export function benchSearch(size: number): void {
	const here = import.meta.dirname;
	const runs = new Map<string, EngineRun>();
	for (const e of ENGINES) runs.set(e.key, runChild<EngineRun>(join(here, 'child.ts'), [e.key, String(size)]));
	const recall = runChild<RecallRun>(join(here, 'recall-child.ts'), [String(size)]);
	const mini = runs.get('minisearch')!;
	const lat = (r: EngineRun, kind: string) => {
		const l = r.latency[kind];
		return l ? `${fixed(l.p50, 1)} / ${fixed(l.p95, 1)}` : 'n/a';
	};
	printTable(
		`Search index, ${size.toLocaleString('en-US')} messages (${CORPUS_DESCRIPTION}); one process per engine; latency ms p50 / p95 over 200 queries per kind`,
		['engine', 'build s', 'build CPU s', 'index MB', 'peak RSS MB', ...QUERY_KINDS, 'build vs MiniSearch', 'memory vs MiniSearch'],
		ENGINES.map((e) => {
			const r = runs.get(e.key)!;
			return [
				e.label,
				fixed(r.buildMs / 1000, 1),
				fixed(r.buildCpuMs / 1000, 1),
				fixed(indexMb(r), 0),
				fixed(r.peakRssMb, 0),
				...QUERY_KINDS.map((k) => lat(r, k)),
				`${fixed(r.buildMs / mini.buildMs, 2)}×`,
				`${fixed(indexMb(r) / indexMb(mini), 2)}×`
			];
		})
	);
	const parley = runs.get('parley')!;
	console.log(
		`\nindex MB = V8 heap used + ArrayBuffer bytes after GC, minus the same before the build (texts excluded). Parley: heap ${fixed(parley.heapMb, 0)} MB + typed arrays ${fixed(parley.externalMb, 0)} MB.`
	);
	console.log(
		'Peers get their closest native query: MiniSearch one word default, two words and "phrase" combineWith AND (no phrase check), prefix: true, fuzzy: 0.2; FlexSearch one and two words (limit: all), no phrase/prefix/fuzzy in its default Index (n/a).'
	);
	console.log(
		`Mean hits per query: ${QUERY_KINDS.map((k) => `${k} ${ENGINES.map((e) => runs.get(e.key)!.latency[k]?.hits.toFixed(0) ?? 'n/a').join('/')}`).join('; ')} (Parley/MiniSearch/FlexSearch).`
	);
	const recallRatio = recall.exact === 0 ? 1 : recall.found / recall.exact;
	console.log(
		`Recall of ${recall.words} word queries (${recall.cjkWords} CJK) against an exact DuckDB scan: ${recall.found}/${recall.exact} = ${fixed(recallRatio, 4)}; hits not in the scan: ${recall.extra}` +
			(recall.worst.word ? `; worst word ${recall.worst.word} at ${fixed(recall.worst.recall, 4)}` : '')
	);
	const build = parley.buildMs / mini.buildMs;
	const memory = indexMb(parley) / indexMb(mini);
	const slow = QUERY_KINDS.filter((k) => (parley.latency[k]?.p95 ?? Infinity) > GOAL_P95_MS);
	const goals = [
		`build ${fixed(build, 2)}× MiniSearch (goal ≤ ${GOAL_RATIO}×): ${build <= GOAL_RATIO ? 'met' : 'NOT met'}`,
		`memory ${fixed(memory, 2)}× (goal ≤ ${GOAL_RATIO}×): ${memory <= GOAL_RATIO ? 'met' : 'NOT met'}`,
		`p95 ≤ ${GOAL_P95_MS} ms for every kind: ${slow.length === 0 ? 'met' : `NOT met (${slow.join(', ')})`}`,
		`recall 1.0: ${recallRatio === 1 ? 'met' : 'NOT met'}`
	];
	console.log(`Goals at ${size.toLocaleString('en-US')} messages${size === 1_000_000 ? '' : ' (the goals are set for 1M)'}: ${goals.join('; ')}.`);
}
