/**
 * The risk scan alone, four rounds over the benchmark's messages with every rule and built-in policy on, for a CPU
 * profile: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/risk-profile.ts`. Prints hits and
 * messages per CPU second per round (the first round includes JIT warm-up); `npm run bench` is the measurement.
 * `BENCH_RULES=policies` (or `detectors`) scans with that group alone.
 */
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';
import { allRules, DETECTOR_RULES } from '../src/lib/risk/registry.ts';
import { scanBatch } from '../src/lib/risk/scan.ts';
import { BUILTIN_POLICIES, compilePolicies } from '../src/lib/risk/policy/index.ts';
import { SPRINKLES, SPRINKLE_EVERY } from './suites/risk.ts';
import { generateWhatsAppText } from './whatsapp-gen.ts';

const n = Number(process.env.BENCH_MESSAGES ?? 200_000);
const parsed = parseWhatsAppText(generateWhatsAppText(n, 42), 'bench.txt');
const texts = parsed.messages.map((m, i) => (i % SPRINKLE_EVERY === 7 ? `${m.text} ${SPRINKLES[((i / SPRINKLE_EVERY) % SPRINKLES.length) | 0]}` : m.text));
const kinds = parsed.messages.map((m) => m.kind);
const group = process.env.BENCH_RULES ?? 'all';
const policies = compilePolicies(BUILTIN_POLICIES);
const rules = group === 'policies' ? policies : group === 'detectors' ? DETECTOR_RULES : allRules(policies);
for (let round = 1; round <= 4; round++) {
	const cpu = process.cpuUsage();
	const { hits } = scanBatch(texts, kinds, rules);
	const used = process.cpuUsage(cpu);
	console.log(
		`round ${round}: ${hits.length} hits, ${Math.round(texts.length / ((used.user + used.system) / 1e6)).toLocaleString('en-US')} messages per CPU second`
	);
}
