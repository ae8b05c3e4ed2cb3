/**
 * Every raw result of every rule and built-in policy (sub-threshold ones too) over the labelled evaluation corpus,
 * recombinations of it and the risk benchmark's messages, then the scanner's reported hits, one line each: for
 * diffing the scanner's output before and after an engine change (`tsx bench/risk-hits-dump.ts > before.txt`).
 *
 * The benchmark's messages reach few policies (the structure policies almost never), so the corpus — written to
 * hit every category, and to miss it narrowly — is also scanned recombined: two messages in one (several categories
 * and policies in one message, at shifted offsets), upper-cased, behind chat filler, and with a confidentiality
 * footer after it. Deterministic: the same messages on every run.
 */
import { loadCorpus } from '../tests/eval/lib/run.ts';
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';
import { allRules } from '../src/lib/risk/registry.ts';
import { scanBatch } from '../src/lib/risk/scan.ts';
import { BUILTIN_POLICIES, compilePolicies } from '../src/lib/risk/policy/index.ts';
import { SPRINKLES, SPRINKLE_EVERY } from './suites/risk.ts';
import { generateWhatsAppText } from './whatsapp-gen.ts';

const n = Number(process.env.BENCH_MESSAGES ?? 200_000);
const parsed = parseWhatsAppText(generateWhatsAppText(n, 42), 'bench.txt');
const texts = parsed.messages.map((m, i) => (i % SPRINKLE_EVERY === 7 ? `${m.text} ${SPRINKLES[((i / SPRINKLE_EVERY) % SPRINKLES.length) | 0]}` : m.text));
const kinds = parsed.messages.map((m) => m.kind);
const rules = allRules(compilePolicies(BUILTIN_POLICIES));
const corpus = loadCorpus().map((m) => m.text);
const FOOTER = 'This message is confidential. If you are not the intended recipient, please notify the sender and delete it.';
const mixed = corpus.flatMap((text, i) => {
	const other = corpus[(i * 7 + 3) % corpus.length];
	return [`${text} ${other}`, i % 3 === 0 ? text.toUpperCase() : `ok so, ${text}`, `${text}\n${FOOTER}`];
});
const out: string[] = [];
for (const [name, list] of [
	['corpus', corpus],
	['mixed', mixed],
	['bench', texts]
] as const) {
	list.forEach((text, i) => {
		for (const rule of rules) for (const h of rule.scan(text)) out.push(`${name} ${i}\t${JSON.stringify(h)}`);
	});
}
const { index, hits } = scanBatch(texts, kinds, rules);
for (let i = 0; i < hits.length; i++) out.push(`reported ${index[i]}\t${JSON.stringify(hits[i])}`);
process.stdout.write(out.join('\n') + '\n');
