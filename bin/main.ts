import { parseArgs, type ParsedArgs } from './args.ts';
import { runExport } from './commands/export.ts';
import { runStats } from './commands/stats.ts';
import { runRisk } from './commands/risk.ts';
import { runImport } from './commands/import.ts';

export const USAGE = `parley — read exported chat archives on your own machine

Usage:
  parley stats  <files…> [--json]    per-file figures (records, participants, system, media, …)
  parley export <files…> --jsonl     one canonical message per line, in source order
  parley risk   <files…> [--jsonl]   PII, PHI, secret and policy findings: a table, or one JSON line per hit
                                     {file, index, ts, author, category, rule, score, match}

--redact (export, risk) masks detected PII and secrets in the printed text, e.g. [pii.credit_card].

Problems (unparsed lines, unknown formats) go to stderr with file and line.
The exit code is non-zero only when an input could not be read at all.`;

export async function main(argv: string[]): Promise<number> {
	let args: ParsedArgs;
	try {
		args = parseArgs(argv);
	} catch (err) {
		process.stderr.write(`parley: ${(err as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	if (args.command === 'help') {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (args.files.length === 0) {
		process.stderr.write(`parley ${args.command}: no input files\n\n${USAGE}\n`);
		return 2;
	}
	if (args.command === 'stats') return runStats(args);
	if (args.command === 'risk') return runRisk(args);
	if (args.command === 'import') return runImport(args);
	return runExport(args);
}
