import type { RiskCategory } from '../../../src/lib/risk/types';
import type { LabelledMessage } from './corpus';

export interface CategoryResult {
	category: RiskCategory;
	/** Messages labelled with the category. */
	support: number;
	tp: number;
	fp: number;
	fn: number;
	precision: number;
	recall: number;
	f1: number;
	/** Ids of labelled messages the rules missed. */
	misses: string[];
	/** Ids of messages flagged but not labelled. */
	falseAlarms: string[];
}

/** Precision with nothing predicted, and recall with nothing to find, count as 1 (no error was made). */
export function ratio(numerator: number, denominator: number): number {
	return denominator === 0 ? 1 : numerator / denominator;
}

export function f1(precision: number, recall: number): number {
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Message-level scoring per category: a message counts as flagged under a category when at least one reported hit
 * has that category. `predicted[i]` holds the categories flagged for `messages[i]`.
 */
export function scoreCategories(
	messages: readonly LabelledMessage[],
	predicted: readonly ReadonlySet<RiskCategory>[],
	categories: readonly RiskCategory[]
): CategoryResult[] {
	return categories.map((category) => {
		const r: CategoryResult = { category, support: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, misses: [], falseAlarms: [] };
		messages.forEach((m, i) => {
			const labelled = m.labels.includes(category);
			const flagged = predicted[i].has(category);
			if (labelled) r.support++;
			if (labelled && flagged) r.tp++;
			else if (labelled) {
				r.fn++;
				r.misses.push(m.id);
			} else if (flagged) {
				r.fp++;
				r.falseAlarms.push(m.id);
			}
		});
		r.precision = ratio(r.tp, r.tp + r.fp);
		r.recall = ratio(r.tp, r.tp + r.fn);
		r.f1 = f1(r.precision, r.recall);
		return r;
	});
}

export interface Goal {
	precision: number;
	recall: number;
}

/** The acceptance goals: pii.* and secret at 0.95 precision and recall; phi and policy.* (built-in or the user's own) at 0.90 / 0.85. */
export function goalFor(category: string): Goal {
	return category.startsWith('pii.') || category === 'secret' ? { precision: 0.95, recall: 0.95 } : { precision: 0.9, recall: 0.85 };
}

/** Categories whose precision or recall is under the goal (only categories with labelled or flagged messages). */
export function belowGoal(results: readonly CategoryResult[]): CategoryResult[] {
	return results.filter((r) => r.support + r.fp > 0 && (r.precision < goalFor(r.category).precision || r.recall < goalFor(r.category).recall));
}

function pct(x: number): string {
	return x.toFixed(3);
}

/** One row per category in use: counts, precision, recall, F1 and the goal (✗ when under it). */
export function formatTable(results: readonly CategoryResult[]): string {
	const header = ['category', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'goal P/R'];
	const rows = results
		.filter((r) => r.support + r.fp > 0)
		.map((r) => [
			r.category,
			String(r.support),
			String(r.tp),
			String(r.fp),
			String(r.fn),
			pct(r.precision),
			pct(r.recall),
			pct(r.f1),
			`${goalFor(r.category).precision}/${goalFor(r.category).recall}${belowGoal([r]).length ? ' ✗' : ' ✓'}`
		]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The report `npm run eval:risk` prints: a table, then every miss and false alarm with its id and text (blind ones tagged with their batch). */
export function formatReport(
	results: readonly CategoryResult[],
	messages: readonly LabelledMessage[],
	explain: (id: string, category: RiskCategory) => string = () => ''
): string {
	const byId = new Map(messages.map((m) => [m.id, m]));
	const out = [formatTable(results)];
	const tag = (id: string) => (byId.get(id)?.blind ? ` [blind ${byId.get(id)!.blind}]` : '');
	for (const r of results) {
		for (const id of r.misses) out.push(`MISS        ${r.category}  ${id}${tag(id)}: ${JSON.stringify(byId.get(id)?.text ?? '')}${explain(id, r.category)}`);
		for (const id of r.falseAlarms)
			out.push(`FALSE ALARM ${r.category}  ${id}${tag(id)}: ${JSON.stringify(byId.get(id)?.text ?? '')}${explain(id, r.category)}`);
	}
	return out.join('\n') + '\n';
}
