import { open } from 'node:fs/promises';
import type { ParsedArgs } from '../args.ts';
import { formatTextTable } from '../text-table.ts';
import { openDb } from './query.ts';
import { hitExtentSql, hitProvenanceSql, type HitProvenance } from '../../src/lib/db/queries/hit-provenance.ts';
import { run } from '../../src/lib/db/queries/sql.ts';
import { CLEAR, maskingRedactor, type Redactor } from '../../src/lib/redact/redactor.ts';

/** `parley risk <db>`: the hits stored by `parley import` (or the app), with the message each came from. */

const PAGE_IDS = 50_000;
const FLUSH_CHARS = 1 << 20;

export type DbRiskLine = Omit<HitProvenance, 'text' | 'span_start' | 'span_end'> & { match: string };

const TABLE_COLUMNS = ['file', 'line', 'ts', 'author', 'conversation', 'category', 'rule', 'score', 'match'] as const;

/** A DuckDB database file starts with a 8-byte checksum and the magic "DUCK". */
export async function isDuckDbFile(path: string): Promise<boolean> {
	try {
		const handle = await open(path, 'r');
		try {
			const head = new Uint8Array(12);
			const { bytesRead } = await handle.read(head, 0, 12, 0);
			return bytesRead === 12 && new TextDecoder().decode(head.subarray(8)) === 'DUCK';
		} finally {
			await handle.close();
		}
	} catch {
		return false;
	}
}

/** One stored hit as printed; under --redact the file, conversation, author and match go through the app's redaction. */
export function toRiskLine(h: HitProvenance, redactor: Redactor): DbRiskLine {
	const { text, span_start, span_end, ...rest } = h;
	const match = text.slice(span_start, span_end);
	if (!redactor.enabled) return { ...rest, match };
	const shown = (s: string) => redactor.shown(s);
	return { ...rest, file: shown(rest.file), conversation: shown(rest.conversation), author: shown(rest.author), match: shown(match) };
}

export async function runRiskDb(path: string, args: ParsedArgs): Promise<number> {
	const db = await openDb(path, 'risk');
	if (!db) return 1;
	try {
		const [extent] = await run<{ hits: number; min_id: number | null; max_id: number | null }>(db, hitExtentSql());
		const redactor = args.redact ? maskingRedactor() : CLEAR;
		const table: DbRiskLine[] = [];
		let buffer = '';
		if (extent.min_id !== null && extent.max_id !== null) {
			for (let from = extent.min_id; from <= extent.max_id; from += PAGE_IDS) {
				for (const hit of await run<HitProvenance>(db, hitProvenanceSql(from, from + PAGE_IDS))) {
					const line = toRiskLine(hit, redactor);
					if (args.jsonl) buffer += JSON.stringify(line) + '\n';
					else table.push(line);
				}
				if (buffer.length > FLUSH_CHARS) {
					await write(buffer);
					buffer = '';
				}
			}
		}
		if (args.jsonl) await write(buffer);
		else
			await write(table.length === 0 ? 'no findings\n' : formatTextTable(TABLE_COLUMNS, table) + `\n${table.length} finding${table.length === 1 ? '' : 's'}\n`);
		return 0;
	} catch (err) {
		process.stderr.write(`parley risk: ${path}: ${(err as Error).message}\n`);
		return 1;
	} finally {
		db.close();
	}
}

function write(text: string): Promise<void> {
	return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
}
