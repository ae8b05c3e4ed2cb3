import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../../src/lib/risk/registry';
import { scanText } from '../../../src/lib/risk/scan';
import { RISK_CATEGORIES, type RiskCategory, type RiskHit, type RiskRule } from '../../../src/lib/risk/types';
import { BUILTIN_POLICIES, compilePolicy } from '../../../src/lib/risk/policy/index';
import { parseCorpus, type LabelledMessage } from './corpus';
import { scoreCategories, type CategoryResult } from './metrics';

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** Every `*.jsonl` in the corpus folder, in file-name order. */
export function loadCorpus(dir: string = CORPUS_DIR): LabelledMessage[] {
	const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
	return files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
}

/** The detectors and the built-in policies, as the app and the CLI run them. */
export function evaluationRules(): RiskRule[] {
	return allRules(BUILTIN_POLICIES.map(compilePolicy));
}

export interface Evaluation {
	messages: LabelledMessage[];
	hits: RiskHit[][];
	results: CategoryResult[];
}

export function runEvaluation(messages: LabelledMessage[] = loadCorpus(), rules: RiskRule[] = evaluationRules()): Evaluation {
	const hits = messages.map((m) => scanText(m.text, 'text', rules));
	const predicted = hits.map((hs) => new Set<RiskCategory>(hs.map((h) => h.category)));
	return { messages, hits, results: scoreCategories(messages, predicted, RISK_CATEGORIES) };
}
