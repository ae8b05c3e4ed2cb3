/**
 * `npm run eval:risk`: runs every detector and built-in policy over the labelled corpus (tests/eval/corpus/*.jsonl and
 * the blind batches in tests/eval/corpus/blind/), prints precision, recall and F1 per category over the blind batches
 * alone and over everything, with every miss and false alarm; records each blind batch's first score (never
 * overwritten); exits 1 when a category is under its goal over the blind batches, or on any one blind batch (the goal
 * is for every batch: batches used for tuning reach it easily and would hide a new batch below it).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readFirstScore, recordFirstScore, toFirstScore } from './lib/first-score';
import { belowGoal, formatReport, formatTable } from './lib/metrics';
import { BLIND_DIR, runEvaluation } from './lib/run';

const FIRST_SCORES = join(BLIND_DIR, 'first-scores');
const { messages, hits, results, blindResults, batchResults } = runEvaluation();
const index = new Map(messages.map((m, i) => [m.id, i]));
const explain = (id: string, category: string): string => {
	const found = hits[index.get(id) ?? -1]?.filter((h) => h.category === category) ?? [];
	return found.length ? `\n            ↳ ${found.map((h) => `${h.rule} ${h.score}: ${h.explanation}`).join(' | ')}` : '';
};
const out = (s: string) => process.stdout.write(s);
const commit = (() => {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
})();

const blind = messages.filter((m) => m.blind);
const perLang = (ms: typeof messages) =>
	[...new Set(ms.map((m) => m.lang))]
		.sort()
		.map((l) => `${l} ${ms.filter((m) => m.lang === l).length}`)
		.join(', ');
const negatives = messages.filter((m) => m.labels.length === 0).length;
out(`Risk evaluation: ${messages.length} messages (${negatives} negatives); languages ${perLang(messages)}\n`);
out(
	`Blind: ${blind.length} messages in ${batchResults.size} batches (${blind.filter((m) => m.labels.length === 0).length} negatives); ${perLang(blind)}; ${blind.filter((m) => m.correction).length} labels corrected\n\n`
);

const batchesBelow: string[] = [];
for (const [batch, batchResult] of batchResults) {
	const size = blind.filter((m) => m.blind === batch).length;
	if (recordFirstScore(FIRST_SCORES, toFirstScore(batch, size, batchResult, commit, new Date())))
		out(`First score of blind batch ${batch} recorded in ${join(FIRST_SCORES, batch + '.json')}\n`);
	const first = readFirstScore(FIRST_SCORES, batch);
	out(`\nBlind batch ${batch} (${size} messages; first scored ${first?.measuredAt ?? '?'} at ${first?.commit ?? '?'}): F1 first → now\n`);
	const below = new Set(belowGoal(batchResult).map((r) => r.category));
	for (const r of batchResult.filter((x) => x.support + x.fp > 0)) {
		const was = first?.categories.find((c) => c.category === r.category);
		out(
			`  ${r.category.padEnd(24)} ${was ? `${was.precision.toFixed(3)}/${was.recall.toFixed(3)} F1 ${was.f1.toFixed(3)}` : 'new'} → ${r.precision.toFixed(3)}/${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}${below.has(r.category) ? '  ✗ below goal' : ''}\n`
		);
	}
	for (const r of batchResult.filter((x) => below.has(x.category)))
		batchesBelow.push(`${batch} ${r.category} ${r.precision.toFixed(3)}/${r.recall.toFixed(3)}`);
}

out('\nOver the blind batches alone:\n' + formatTable(blindResults) + '\n');
out('\nOver all messages (tuned corpus and blind batches):\n');
out(formatReport(results, messages, explain));
const failing = belowGoal(blindResults);
if (failing.length > 0) {
	out(`\nBelow goal over the blind batches: ${failing.map((r) => r.category).join(', ')}\n`);
	process.exitCode = 1;
} else out('\nEvery category meets its goal over the blind batches taken together.\n');
if (batchesBelow.length > 0) {
	out(`Below goal on single blind batches (precision/recall):\n${batchesBelow.map((b) => `  ${b}\n`).join('')}`);
	process.exitCode = 1;
} else out('Every category meets its goal on every blind batch.\n');
