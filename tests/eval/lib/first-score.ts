import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryResult } from './metrics';

/** A blind batch's score the first time it was evaluated, before any rule was changed for it. Never rewritten. */
export interface FirstScore {
	batch: string;
	measuredAt: string;
	/** The commit the rules were at (HEAD when measured). */
	commit: string;
	messages: number;
	categories: Pick<CategoryResult, 'category' | 'support' | 'tp' | 'fp' | 'fn' | 'precision' | 'recall' | 'f1'>[];
}

export function firstScorePath(dir: string, batch: string): string {
	return join(dir, `${batch}.json`);
}

export function readFirstScore(dir: string, batch: string): FirstScore | null {
	const file = firstScorePath(dir, batch);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FirstScore) : null;
}

/** Writes the batch's first score unless one is already there (a later run never overwrites it); true when written. */
export function recordFirstScore(dir: string, score: FirstScore): boolean {
	const file = firstScorePath(dir, score.batch);
	if (existsSync(file)) return false;
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, JSON.stringify(score, null, '\t') + '\n', { flag: 'wx' });
	return true;
}

export function toFirstScore(batch: string, messages: number, results: readonly CategoryResult[], commit: string, now: Date): FirstScore {
	return {
		batch,
		measuredAt: now.toISOString(),
		commit,
		messages,
		categories: results
			.filter((r) => r.support + r.fp > 0)
			.map(({ category, support, tp, fp, fn, precision, recall, f1 }) => ({
				category,
				support,
				tp,
				fp,
				fn,
				precision: round(precision),
				recall: round(recall),
				f1: round(f1)
			}))
	};
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
