import { objectsToCsv } from '$lib/export/csv';
import type { Connector } from '$lib/db/connector';
import { auditRecordsAfter, type LogCursor } from '$lib/db/queries/audit';
import { canonicalJson } from './canonical-json';
import { EMPTY_HEAD, type AuditRecord, type ChainHead, type ChainVerdict } from './chain';

/**
 * The log as files a compliance officer keeps outside the browser: JSON Lines (a header line, then one entry per
 * line with its details as an object, every line canonical JSON, so the seals can be checked from the file alone)
 * and CSV for a spreadsheet. Both name the head (the last entry's number and hash) they end at.
 */

export const HASH_RULE =
	'hash = lowercase hex SHA-256 of UTF-8(prev_hash + canonical JSON of {action, actor, details, seq, subject, time}); prev_hash of entry 1 = 64 zeros';

const PAGE = 10_000;

export async function readWholeLog(db: Connector): Promise<AuditRecord[]> {
	const out: AuditRecord[] = [];
	let cursor: LogCursor | null = null;
	for (;;) {
		const page = await auditRecordsAfter(db, cursor, PAGE);
		for (const { rowid: _rowid, ...r } of page) out.push(r);
		if (page.length < PAGE) return out;
		cursor = { seq: page[page.length - 1].seq, rowid: page[page.length - 1].rowid };
	}
}

export function headOfRecords(records: readonly AuditRecord[]): ChainHead {
	const last = records.at(-1);
	return last ? { seq: last.seq, hash: last.hash } : EMPTY_HEAD;
}

function entryObject(r: AuditRecord): Record<string, unknown> {
	return {
		seq: r.seq,
		time: r.time,
		actor: r.actor,
		action: r.action,
		subject: r.subject,
		details: JSON.parse(r.detail),
		prev_hash: r.prev_hash,
		hash: r.hash
	};
}

export function logAsJsonLines(records: readonly AuditRecord[], verdict: ChainVerdict, exportedAt: string): string {
	const head = headOfRecords(records);
	const header = {
		format: 'parley-audit-log',
		version: 1,
		exported_at: exportedAt,
		entries: records.length,
		head_seq: head.seq,
		head_hash: head.hash,
		verified: verdict.ok,
		problem: verdict.ok ? null : verdict.problem.message,
		hash_rule: HASH_RULE
	};
	const lines = [canonicalJson(header)];
	for (const r of records) {
		let line: string;
		try {
			line = canonicalJson(entryObject(r));
		} catch {
			// Details that are not JSON any more (an edited log) are exported as the text they hold.
			line = canonicalJson({ ...entryObject({ ...r, detail: '{}' }), details: r.detail });
		}
		lines.push(line);
	}
	return lines.join('\n') + '\n';
}

export const CSV_COLUMNS = ['seq', 'time', 'actor', 'action', 'subject', 'details', 'prev_hash', 'hash'] as const;

export function logAsCsv(records: readonly AuditRecord[]): string {
	// The one CSV writer (formula guard, BOM); no redaction column: the log is never redacted, or it would not verify.
	return objectsToCsv(
		CSV_COLUMNS,
		records.map((r) => ({ ...r, details: r.detail }))
	);
}

export function logFileName(head: ChainHead, ext: 'jsonl' | 'csv'): string {
	return `parley-audit-log-${String(head.seq).padStart(6, '0')}-${head.hash.slice(0, 12)}.${ext}`;
}
