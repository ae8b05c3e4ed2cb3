import { parseArgs, type ParsedArgs } from './args.ts';
import { runExport } from './commands/export.ts';
import { runStats } from './commands/stats.ts';
import { runRisk } from './commands/risk.ts';
import { runImport } from './commands/import.ts';
import { runQuery } from './commands/query.ts';
import { runSearch } from './commands/search.ts';

export const USAGE = `parley — read exported chat archives on your own machine

Usage:
  parley stats  <files…> [--json]    per-file figures (records, participants, system, media, …)
  parley export <files…> --jsonl     one message per line, in source order, with its provenance
                                     (archive_sha256, source_file, line, ts_local, utc_offset, tz, ts_utc, …)
  parley risk   <files…> [--jsonl]   PII, PHI, secret and policy findings: a table, or one JSON line per hit
                                     {file, index, ts_local, …, category, rule, score, match, …provenance}

Workspaces (native DuckDB files, for archives larger than a browser tab):
  parley import <files…> --db <workspace.duckdb> [--tz <zone>] [--parquet <dir>] [--workspace-file <file.parley>]
                                     parse, load, risk-scan and link people; a file imported before adds nothing.
                                     --tz: the zone naive timestamps are read in (default: this machine's)
                                     --parquet: also write every table as Parquet (messages partitioned by archive)
                                     --workspace-file: also write the workspace as one file the app can open
                                       (the app's saved-workspace tables, the search index, a SHA-256 for each)
  parley query  <workspace.duckdb> "<SQL>" [--json | --csv]
                                     read-only SQL, the same statements as the app's SQL console; a table by default
  parley search <workspace.duckdb> "<query>" [--limit <n>] [--sort rank|time] [--json | --csv] [--redact]
                                     the app's search language (words, "phrases", prefix*, fuzzy~, OR, -word,
                                     from: in: platform: kind: before: after: on: has: risk:) and ranking, on the
                                     index import keeps beside the database (<db>.search-index*.bin, in shards of
                                     500,000 messages, searched as one index); 20 hits by default
  parley risk   <workspace.duckdb> [--jsonl]
                                     the stored findings with their file, line, conversation and author

--tz <zone> (export, risk) reads times written without a zone in that IANA zone (default: this machine's).
--redact (export, risk, search) masks names that are phone numbers or e-mail addresses ([pii.phone #1], the same
  number for the same person) and detected PII and secrets ([pii.credit_card]); each line says redacted: true.

Problems (unparsed lines, unknown formats) go to stderr with file and line.
Exit codes: 0 done; 1 an input could not be read or imported, a database could not be opened, or a query failed
or was refused; 2 the command line itself is wrong.`;

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
	if (args.files.length === 0 && !(args.command === 'risk' && args.db)) {
		process.stderr.write(`parley ${args.command}: no input files\n\n${USAGE}\n`);
		return 2;
	}
	if (args.command === 'stats') return runStats(args);
	if (args.command === 'risk') return runRisk(args);
	if (args.command === 'import') return runImport(args);
	if (args.command === 'query') return runQuery(args);
	if (args.command === 'search') return runSearch(args);
	return runExport(args);
}
