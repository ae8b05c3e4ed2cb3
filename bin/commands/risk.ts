import { timeZoneOf, type ParsedArgs } from '../args.ts';
import { eachPart, namesByPart } from '../part-records.ts';
import { cannotRead } from '../read-inputs.ts';
import { Spool, writeOut } from '../spool.ts';
import type { Provenance } from '../../src/lib/export/provenance.ts';
import { toExportRecord } from '../../src/lib/ingest/export-record.ts';
import { hitMatch } from '../../src/lib/risk/analysis/hit-text.ts';
import { isDuckDbFile, runRiskDb } from './risk-db.ts';
import { allRules } from '../../src/lib/risk/registry.ts';
import { scanText } from '../../src/lib/risk/scan.ts';
import { BUILTIN_POLICIES, compilePolicies } from '../../src/lib/risk/policy/index.ts';
import type { RiskCategory } from '../../src/lib/risk/types.ts';
import { cliRedactor } from './redactor.ts';

/** One finding as `parley risk --jsonl` prints it: the finding, then where its message comes from. */
export interface RiskLine extends Provenance {
	file: string;
	/** The message's 0-based position among the file's records in `parley export` order. */
	index: number;
	author: string;
	category: RiskCategory;
	rule: string;
	score: number;
	match: string;
	redacted: boolean;
}

/** Findings of each input's records, batch by batch (bounded memory whatever the input's size; `--jsonl` lines are spooled per input). */
export async function runRisk(args: ParsedArgs): Promise<number> {
	if (args.db) return runRiskDb(args.db, args);
	if (args.files.length === 1 && (await isDuckDbFile(args.files[0]))) return runRiskDb(args.files[0], args);
	const rules = allRules(compilePolicies(BUILTIN_POLICIES));
	const timeZone = timeZoneOf(args);
	const { redactor, learn } = cliRedactor(args.redact);
	const table: RiskLine[] = [];
	let unreadable = 0;
	const spool = new Spool();
	try {
		for (const file of args.files) {
			let index = 0;
			let mark = { index: 0, spool: 0, table: 0 };
			try {
				const names = args.redact ? await namesByPart(file, { timeZone }) : [];
				await eachPart(
					file,
					{ timeZone },
					{
						part: () => {
							mark = { index, spool: spool.mark(), table: table.length };
							learn(names.shift() ?? []);
						},
						records: ({ entry, parsed, source }, msgs) => {
							for (const m of msgs) {
								const hits = scanText(m.text, m.kind, rules);
								const rec = hits.length > 0 ? toExportRecord({ file, entry, parsed, source, timeZone }, m, redactor) : null;
								for (const h of hits) {
									const line: RiskLine = {
										file: rec!.file,
										index,
										ts_local: rec!.ts_local,
										utc_offset: rec!.utc_offset,
										tz: rec!.tz,
										ts_utc: rec!.ts_utc,
										time_zone: rec!.time_zone,
										author: rec!.author,
										category: h.category,
										rule: h.rule,
										score: h.score,
										match: hitMatch({ text: m.text, category: h.category, span_start: h.start, span_end: h.end }, redactor),
										platform: rec!.platform,
										archive_sha256: rec!.archive_sha256,
										source_file: rec!.source_file,
										line: rec!.line,
										line_end: rec!.line_end,
										source_path: rec!.source_path,
										redacted: redactor.enabled
									};
									if (args.jsonl) spool.write(JSON.stringify(line) + '\n');
									else table.push(line);
								}
								index++;
							}
						},
						restart: () => {
							index = mark.index;
							spool.rewind(mark.spool);
							table.length = mark.table;
						}
					}
				);
			} catch (err) {
				cannotRead(file, err);
				unreadable++;
				spool.rewind(0);
				continue;
			}
			await spool.drain(writeOut);
		}
	} finally {
		spool.close();
	}
	if (!args.jsonl) await writeOut(formatTable(table));
	return unreadable > 0 ? 1 : 0;
}

const COLUMNS = ['file', 'index', 'ts_local', 'author', 'category', 'rule', 'score', 'match'] as const;

/** An aligned text table; line breaks inside a match are shown as ⏎ so each hit stays on one row. */
export function formatTable(lines: readonly RiskLine[]): string {
	if (lines.length === 0) return 'no findings\n';
	const rows = lines.map((l) => COLUMNS.map((c) => String(l[c]).replace(/\r?\n/g, '⏎')));
	const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
	const fmt = (cells: readonly string[]) => cells.map((c, i) => (i === COLUMNS.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
	const redacted = lines[0].redacted ? ' (redacted)' : '';
	return [fmt(COLUMNS), ...rows.map(fmt)].join('\n') + `\n\n${lines.length} finding${lines.length === 1 ? '' : 's'}${redacted}\n`;
}
