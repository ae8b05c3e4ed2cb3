import type { ParsedArgs } from '../args.ts';
import { redactText } from '../../src/lib/risk/redact.ts';
import { readInputs } from '../read-inputs.ts';
import { isDuckDbFile, runRiskDb } from './risk-db.ts';
import { allRules } from '../../src/lib/risk/registry.ts';
import { scanText } from '../../src/lib/risk/scan.ts';
import { BUILTIN_POLICIES, compilePolicy } from '../../src/lib/risk/policy/index.ts';
import type { RiskCategory } from '../../src/lib/risk/types.ts';

/** One finding as `parley risk --jsonl` prints it. */
export interface RiskLine {
	file: string;
	/** The message's 0-based position among the file's records in `parley export` order. */
	index: number;
	ts: string;
	author: string;
	category: RiskCategory;
	rule: string;
	score: number;
	match: string;
}

const FLUSH_CHARS = 1 << 20;

export async function runRisk(args: ParsedArgs): Promise<number> {
	if (args.db) return runRiskDb(args.db, args);
	if (args.files.length === 1 && (await isDuckDbFile(args.files[0]))) return runRiskDb(args.files[0], args);
	const rules = allRules(BUILTIN_POLICIES.map(compilePolicy));
	const table: RiskLine[] = [];
	let unreadable = 0;
	let buffer = '';
	for await (const input of readInputs(args.files)) {
		if (!input.ok) {
			unreadable++;
			continue;
		}
		let index = 0;
		for (const { file } of input.result.parsed) {
			for (const m of file.messages) {
				for (const h of scanText(m.text, m.kind, rules)) {
					const line: RiskLine = { file: input.file, index, ts: m.ts, author: m.author, category: h.category, rule: h.rule, score: h.score, match: args.redact ? redactText(m.text.slice(h.start, h.end)) : m.text.slice(h.start, h.end) };
					if (args.jsonl) buffer += JSON.stringify(line) + '\n';
					else table.push(line);
				}
				index++;
				if (buffer.length > FLUSH_CHARS) {
					await write(buffer);
					buffer = '';
				}
			}
		}
	}
	await write(args.jsonl ? buffer : formatTable(table));
	return unreadable > 0 ? 1 : 0;
}

function write(text: string): Promise<void> {
	return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
}

const COLUMNS = ['file', 'index', 'ts', 'author', 'category', 'rule', 'score', 'match'] as const;

/** An aligned text table; line breaks inside a match are shown as ⏎ so each hit stays on one row. */
export function formatTable(lines: readonly RiskLine[]): string {
	if (lines.length === 0) return 'no findings\n';
	const rows = lines.map((l) => COLUMNS.map((c) => String(l[c]).replace(/\r?\n/g, '⏎')));
	const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
	const fmt = (cells: readonly string[]) => cells.map((c, i) => (i === COLUMNS.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
	return [fmt(COLUMNS), ...rows.map(fmt)].join('\n') + `\n\n${lines.length} finding${lines.length === 1 ? '' : 's'}\n`;
}
