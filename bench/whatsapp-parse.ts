import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './lib/child.ts';
import { fixed, printTable } from './lib/table.ts';
import { generateWhatsAppText } from './whatsapp-gen.ts';

interface ParseRun {
	ms: number;
	messages: number;
	peakRssMb: number;
	rssBeforeMb: number;
}

const PARSERS = ['parley', 'whatsapp-chat-parser'] as const;
const REPEATS = 3;

/** Parse throughput on one generated WhatsApp file, Parley against whatsapp-chat-parser, in the same run. */
export function benchWhatsAppParse(messages: number): void {
	const dir = join(import.meta.dirname, 'out');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `whatsapp-${messages}.txt`);
	if (!existsSync(file)) writeFileSync(file, generateWhatsAppText(messages, 42));
	const mb = statSync(file).size / 2 ** 20;
	const best = new Map<string, ParseRun>();
	for (let r = 0; r < REPEATS; r++) {
		for (const parser of PARSERS) {
			const run = runChild<ParseRun>(join(import.meta.dirname, 'whatsapp-parse-child.ts'), [parser, file]);
			const prev = best.get(parser);
			if (!prev || run.ms < prev.ms) best.set(parser, run);
		}
	}
	const parley = best.get('parley')!;
	printTable(
		`WhatsApp .txt parse, ${messages.toLocaleString('en-US')} generated messages (${fixed(mb)} MB), best of ${REPEATS} runs each, one process per run`,
		['parser', 'messages', 'seconds', 'MB/s', 'messages/s', 'peak RSS MB', 'time vs Parley'],
		PARSERS.map((p) => {
			const run = best.get(p)!;
			return [p, run.messages, fixed(run.ms / 1000, 2), fixed(mb / (run.ms / 1000)), Math.round(run.messages / (run.ms / 1000)).toLocaleString('en-US'), fixed(run.peakRssMb, 0), `${fixed(run.ms / parley.ms, 2)}×`];
		})
	);
}
