// The bundled sample that shows what the Risk page is for (data-samples/whatsapp/WhatsApp Chat with Dana W.txt).
// Expected lines and days are the README's, written when the chat was written, not read from the scanner.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText } from '$lib/ingest/whatsapp/index';
import { compilePolicy, BUILTIN_POLICIES } from '$lib/risk/policy';
import { allRules } from '$lib/risk/registry';
import { scanText } from '$lib/risk/scan';
import { detectBursts } from '$lib/risk/bursts';

const NAME = 'WhatsApp Chat with Dana W.txt';
const file = parseWhatsAppText(readFileSync(join(import.meta.dirname, '../../../data-samples/whatsapp', NAME), 'utf8'), NAME);
const rules = allRules(BUILTIN_POLICIES.map((p) => compilePolicy(p)));
const hitsOf = (m: (typeof file.messages)[number]) => scanText(m.text, m.kind, rules);

describe('the risky WhatsApp sample', () => {
	it('holds hits on the lines its README lists, and on no other', () => {
		const risky = file.messages.filter((m) => hitsOf(m).length > 0).map((m) => m.line);
		expect(risky).toEqual([3, 4, 9, 11, 13, 14, 15, 20, 21, 22, 23, 25, 26, 27, 28, 33, 35]);
	});

	it.each<[string, number]>([
		['pii.phone', 3],
		['pii.email', 4],
		['pii.credit_card', 15],
		['phi', 11],
		['phi', 35],
		['policy.complaint', 9],
		['policy.complaint', 33],
		['policy.off_channel', 14],
		['policy.gifts', 13],
		['policy.gifts', 20],
		['policy.record_deletion', 21],
		['policy.record_deletion', 27]
	])('%s on line %i', (category, line) => {
		const m = file.messages.find((x) => x.line === line)!;
		expect(hitsOf(m).map((h) => h.category)).toContain(category);
	});

	it('shows one burst: the gift for the inspectors on 29 February, then the deletion requests of 1–3 March 2024', () => {
		const byDay = new Map<string, { messages: number; hits: number }>();
		for (const m of file.messages) {
			const day = m.ts.slice(0, 10);
			const d = byDay.get(day) ?? { messages: 0, hits: 0 };
			d.messages++;
			d.hits += hitsOf(m).length;
			byDay.set(day, d);
		}
		const bursts = detectBursts([...byDay].map(([day, d]) => ({ conversationId: 1, day, ...d })));
		expect(bursts.map((b) => [b.start, b.end])).toEqual([['2024-02-29', '2024-03-03']]);
	});
});
