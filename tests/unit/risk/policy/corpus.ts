import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RiskCategory } from '../../../../src/lib/risk/types';

export interface CorpusLine {
	id: string;
	lang: string;
	text: string;
	labels: RiskCategory[];
	note?: string;
}

export const POLICY_CORPUS_LANGS = ['en', 'zh', 'de', 'es'] as const;

export function readPolicyCorpus(lang: string): CorpusLine[] {
	const url = new URL(`../../../eval/corpus/policy-${lang}.jsonl`, import.meta.url);
	return readFileSync(fileURLToPath(url), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as CorpusLine);
}
