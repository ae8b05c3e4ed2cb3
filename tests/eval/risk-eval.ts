/**
 * `npm run eval:risk`: runs every detector and built-in policy over the labelled corpus (tests/eval/corpus/*.jsonl),
 * prints precision, recall and F1 per category with every miss and false alarm, and exits 1 when a category is
 * under its goal.
 */
import { belowGoal, formatReport } from './lib/metrics';
import { runEvaluation } from './lib/run';

const { messages, hits, results } = runEvaluation();
const index = new Map(messages.map((m, i) => [m.id, i]));
const explain = (id: string, category: string): string => {
	const found = hits[index.get(id) ?? -1]?.filter((h) => h.category === category) ?? [];
	return found.length ? `\n            ↳ ${found.map((h) => `${h.rule} ${h.score}: ${h.explanation}`).join(' | ')}` : '';
};
const negatives = messages.filter((m) => m.labels.length === 0).length;
process.stdout.write(`Risk evaluation: ${messages.length} messages (${negatives} negatives), languages ${[...new Set(messages.map((m) => m.lang))].sort().join(', ')}\n\n`);
process.stdout.write(formatReport(results, messages, explain));
const failing = belowGoal(results);
if (failing.length > 0) {
	process.stdout.write(`\nBelow goal: ${failing.map((r) => r.category).join(', ')}\n`);
	process.exitCode = 1;
} else process.stdout.write('\nEvery category meets its goal.\n');
