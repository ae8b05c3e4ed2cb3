import { parseWhatsAppText } from '../../src/lib/ingest/whatsapp/index.ts';
import type { MessageKind } from '../../src/lib/model/types.ts';
import { DETECTOR_RULES, allRules } from '../../src/lib/risk/registry.ts';
import { scanBatch } from '../../src/lib/risk/scan.ts';
import { BUILTIN_POLICIES, compilePolicies } from '../../src/lib/risk/policy/index.ts';
import type { RiskRule } from '../../src/lib/risk/types.ts';
import { fixed, printTable } from '../lib/table.ts';
import { generateWhatsAppText } from '../whatsapp-gen.ts';

/**
 * Scan throughput of the risk rules over generated WhatsApp messages (parsed by the real parser) with about 2% of
 * the texts carrying PII, PHI, a secret or a policy phrase. All rules, and the detectors alone, over every message;
 * each rule group over the first 100,000 (or all, when fewer).
 */
export const SPRINKLES = [
	'card is 4929 1345 7820 1136 exp 08/27',
	'IBAN DE89 3704 0044 0532 0130 00 for the refund',
	'mail me at dana.weiss@harbor.co',
	'call me on +44 7700 900461',
	'身份证号 11010519491231002X',
	'我的手机号13812345678',
	'SSN 536-22-4180 for HR',
	'my mother was diagnosed with breast cancer',
	'password: Hunter2!x',
	'token ghp_R8mK2pX9vL4qN7wT1zY6bC3dF5gH0jS8aE2u',
	"let's move this to whatsapp",
	'I guarantee you will not lose money on this',
	'delete this chat after reading'
];
export const SPRINKLE_EVERY = 50;
const GROUP_MESSAGES = 100_000;

/** Wall-clock and CPU milliseconds: the machine may be shared, and CPU time is what the scan itself costs. */
function time<T>(f: () => T): [T, number, number] {
	const t = performance.now();
	const c = process.cpuUsage();
	const out = f();
	const cpu = process.cpuUsage(c);
	return [out, performance.now() - t, (cpu.user + cpu.system) / 1000];
}

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
	const parsed = parseWhatsAppText(generateWhatsAppText(n, 42), 'bench.txt');
	const texts: string[] = [];
	const kinds: MessageKind[] = [];
	parsed.messages.forEach((m, i) => {
		texts.push(i % SPRINKLE_EVERY === 7 ? `${m.text} ${SPRINKLES[((i / SPRINKLE_EVERY) % SPRINKLES.length) | 0]}` : m.text);
		kinds.push(m.kind);
	});
	const policies = compilePolicies(BUILTIN_POLICIES);
	const groups: [string, RiskRule[]][] = [
		['pii.* detectors', DETECTOR_RULES.filter((r) => r.category.startsWith('pii.'))],
		['phi detectors', DETECTOR_RULES.filter((r) => r.category === 'phi')],
		['secret detectors', DETECTOR_RULES.filter((r) => r.category === 'secret')],
		['policy.* (built-in lexicons)', policies]
	];
	const rows: (string | number)[][] = [];
	const row = (name: string, rules: RiskRule[], count: number) => {
		const [{ hits }, ms, cpuMs] = time(() => scanBatch(texts.slice(0, count), kinds.slice(0, count), rules));
		const perSecond = (t: number) => Math.round(count / (t / 1000)).toLocaleString('en-US');
		rows.push([
			name,
			rules.length,
			count.toLocaleString('en-US'),
			hits.length.toLocaleString('en-US'),
			fixed(ms / 1000, 2),
			perSecond(ms),
			fixed(cpuMs / 1000, 2),
			perSecond(cpuMs)
		]);
	};
	row('all rules', allRules(policies), texts.length);
	row('detectors (pii.*, phi, secret)', DETECTOR_RULES, texts.length);
	const sub = Math.min(GROUP_MESSAGES, texts.length);
	for (const [name, rules] of groups) row(name, rules, sub);
	printTable(
		`Risk scan — ${texts.length.toLocaleString('en-US')} generated WhatsApp messages, ~${100 / SPRINKLE_EVERY}% with a finding (node ${process.version}, one thread)`,
		['rules', 'count', 'messages', 'hits', 'wall s', 'messages/s (wall)', 'CPU s', 'messages/s (CPU)'],
		rows
	);
}
