import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../../src/lib/risk/registry';
import { scanText } from '../../../src/lib/risk/scan';
import { RISK_CATEGORIES, type RiskCategory, type RiskHit, type RiskRule } from '../../../src/lib/risk/types';
import { BUILTIN_POLICIES, compilePolicies } from '../../../src/lib/risk/policy/index';
import { parseCorpus, type LabelledMessage } from './corpus';
import { scoreCategories, type CategoryResult } from './metrics';

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
export const BLIND_DIR = join(CORPUS_DIR, 'blind');

/** A corrected blind label: the line's text and its labels as written stay untouched in the batch file. */
export interface LabelCorrection {
	labels: RiskCategory[];
	reason: string;
}

function jsonlFiles(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.jsonl'))
				.sort()
		: [];
}

/**
 * Applies `corrections` (id → labels and reason) to blind messages; throws on an id no batch holds, so a correction
 * cannot silently stop applying.
 */
export function applyCorrections(messages: LabelledMessage[], corrections: Record<string, LabelCorrection>): LabelledMessage[] {
	const ids = new Set(messages.map((m) => m.id));
	for (const id of Object.keys(corrections)) if (!ids.has(id)) throw new Error(`label-corrections.json: no blind message "${id}"`);
	return messages.map((m) => {
		const c = corrections[m.id];
		return c ? { ...m, labels: c.labels, correction: { from: m.labels, reason: c.reason } } : m;
	});
}

/** What each blind batch was written for (blind/batches.json): category patterns such as `policy.*` or `phi`. */
export type BatchScopes = Record<string, { categories: string[] }>;

/** True when the pattern list covers the category (`policy.*` covers every policy.x, built-in or custom). */
export function covers(patterns: readonly string[], category: string): boolean {
	return patterns.some((p) => (p.endsWith('.*') ? category.startsWith(p.slice(0, -1)) : p === category));
}

/**
 * The blind batches (blind/*.jsonl, each message marked with its batch name and the categories its writers labelled),
 * with label corrections applied. A batch without an entry in batches.json is refused: its scope must be stated.
 */
export function loadBlindCorpus(dir: string = BLIND_DIR): LabelledMessage[] {
	const scopesFile = join(dir, 'batches.json');
	const scopes = existsSync(scopesFile) ? (JSON.parse(readFileSync(scopesFile, 'utf8')) as BatchScopes) : {};
	const messages = jsonlFiles(dir).flatMap((f) => {
		const batch = f.replace(/\.jsonl$/, '');
		const scope = scopes[batch]?.categories;
		if (!scope) throw new Error(`blind/${f}: no entry in blind/batches.json saying which categories its writers labelled`);
		return parseCorpus(readFileSync(join(dir, f), 'utf8'), `blind/${f}`).map((m) => ({ ...m, blind: batch, scope }));
	});
	const correctionsFile = join(dir, 'label-corrections.json');
	const corrections = existsSync(correctionsFile) ? (JSON.parse(readFileSync(correctionsFile, 'utf8')) as Record<string, LabelCorrection>) : {};
	return applyCorrections(messages, corrections);
}

/** Every `*.jsonl` in the corpus folder in file-name order, then the blind batches. */
export function loadCorpus(dir: string = CORPUS_DIR): LabelledMessage[] {
	const tuned = jsonlFiles(dir).flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
	return [...tuned, ...loadBlindCorpus(join(dir, 'blind'))];
}

/** The detectors and the built-in policies, as the app and the CLI run them. */
export function evaluationRules(): RiskRule[] {
	return allRules(compilePolicies(BUILTIN_POLICIES));
}

export interface Evaluation {
	messages: LabelledMessage[];
	hits: RiskHit[][];
	/** Over every message. */
	results: CategoryResult[];
	/** Over the blind batches alone. */
	blindResults: CategoryResult[];
	/** Per blind batch name. */
	batchResults: Map<string, CategoryResult[]>;
}

export function runEvaluation(messages: LabelledMessage[] = loadCorpus(), rules: RiskRule[] = evaluationRules()): Evaluation {
	const hits = messages.map((m) => scanText(m.text, 'text', rules));
	const predicted = hits.map((hs) => new Set<RiskCategory>(hs.map((h) => h.category)));
	// A blind message counts only for the categories its batch was written for: a phone number in a policy batch
	// was never labelled, so flagging it is neither right nor wrong there.
	const subset = (keep: (m: LabelledMessage) => boolean) =>
		RISK_CATEGORIES.map((category) => {
			const idx = messages.flatMap((m, i) => (keep(m) && (!m.scope || covers(m.scope, category)) ? [i] : []));
			return scoreCategories(
				idx.map((i) => messages[i]),
				idx.map((i) => predicted[i]),
				[category]
			)[0];
		});
	const batches = [...new Set(messages.flatMap((m) => (m.blind ? [m.blind] : [])))];
	return {
		messages,
		hits,
		results: subset(() => true),
		blindResults: subset((m) => m.blind !== undefined),
		batchResults: new Map(batches.map((b) => [b, subset((m) => m.blind === b)]))
	};
}
