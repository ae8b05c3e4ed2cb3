import type { ParsedArgs } from '../args.ts';
import { searchIndexFor } from '../search-index.ts';
import { formatTextTable } from '../text-table.ts';
import { openDb } from './query.ts';
import { run } from '../../src/lib/db/queries/sql.ts';
import { searchHitProvenanceSql, type SearchHitProvenance } from '../../src/lib/db/queries/search-provenance.ts';
import { parseQuery } from '../../src/lib/search/query-parser.ts';
import { resultColumns } from '../../src/lib/sql/column-kinds.ts';
import { resultToCsv, resultToJson } from '../../src/lib/sql/exports.ts';
import { CLEAR, maskingRedactor } from '../../src/lib/redact/redactor.ts';

/**
 * `parley search <db> "query" [--limit N] [--sort rank|time] [--json | --csv]`: the app's query language and ranking
 * (its parser and index) on a workspace file, with the index `parley import` saved beside it. A table by default.
 */

export const DEFAULT_LIMIT = 20;

export type SearchLine = { rank: number; score: number } & SearchHitProvenance;

const TABLE_COLUMNS = ['rank', 'score', 'file', 'line', 'ts', 'conversation', 'author', 'text'] as const;

/** Where a query error is, under the query: `  invoice OR` / `             ^^ …`. */
function pointAt(query: string, start: number, end: number, message: string): string {
	return `  ${query}\n  ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))} ${message}\n`;
}

export async function runSearch(args: ParsedArgs): Promise<number> {
	const [dbPath, query, ...extra] = args.files;
	if (!dbPath || query === undefined || extra.length > 0) {
		process.stderr.write('parley search: give a database file and one query, e.g. parley search workspace.duckdb "invoice from:ana"\n');
		return 2;
	}
	if (args.json && args.csv) {
		process.stderr.write('parley search: choose one of --json and --csv\n');
		return 2;
	}
	const limit = args.limit ?? DEFAULT_LIMIT;
	const parsed = parseQuery(query);
	if (!parsed.ast) {
		const problems = parsed.errors.length === 0 ? 'the query is empty\n' : parsed.errors.map((e) => pointAt(query, e.start, e.end, e.message)).join('');
		process.stderr.write(`parley search: cannot read the query:\n${problems}`);
		return 1;
	}
	const db = await openDb(dbPath, 'search');
	if (!db) return 1;
	try {
		const index = await searchIndexFor(db, dbPath, (why) => process.stderr.write(`parley search: ${dbPath}: ${why}\n`));
		const result = index.search(parsed.ast, { sort: args.sort ?? 'rank', limit });
		const ids = Array.from(result.ids);
		const byId = new Map((await run<SearchHitProvenance>(db, searchHitProvenanceSql(ids))).map((r) => [r.message_id, r]));
		const redactor = args.redact ? maskingRedactor() : CLEAR;
		const shown = (s: string) => (redactor.enabled ? redactor.shown(s) : s);
		const lines: SearchLine[] = ids.flatMap((id, i) => {
			const row = byId.get(id);
			if (!row) return [];
			const line = { rank: i + 1, score: Math.round(result.scores[i] * 1000) / 1000, ...row };
			return [{ ...line, file: shown(line.file), conversation: shown(line.conversation), author: shown(line.author), text: shown(line.text) }];
		});
		const summary = `${result.total.toLocaleString('en')} hit${result.total === 1 ? '' : 's'}${result.total > lines.length ? `, the first ${lines.length} shown (--limit)` : ''}`;
		if (args.json || args.csv) {
			const columns = resultColumns(null, lines);
			// Already shown through the redactor above; the writers only guard formulas and say whether it is redacted.
			const said = { enabled: redactor.enabled, shown: (t: string) => t };
			process.stdout.write(args.json ? resultToJson(columns, lines, said) + '\n' : resultToCsv(columns, lines, said));
			process.stderr.write(`parley search: ${summary}\n`);
		} else process.stdout.write(lines.length === 0 ? `no hits\n` : formatTextTable(TABLE_COLUMNS, lines) + `(${summary})\n`);
		return 0;
	} catch (err) {
		process.stderr.write(`parley search: ${dbPath}: ${(err as Error).message}\n`);
		return 1;
	} finally {
		db.close();
	}
}
