import type { Connector } from '$lib/db/connector';
import { auditDetailsOf } from '$lib/db/queries/audit';
import {
	archiveIdentities,
	archiveIdsWithRows,
	blockBounds,
	blockRowHashes,
	FINGERPRINT_V1,
	partRowCounts,
	type ArchiveIdentity,
	type FingerprintPart
} from '$lib/db/queries/fingerprint';
import { openSha256 } from '$lib/ingest/hash';
import { sha256Text } from './chain';

/**
 * An archive's evidence fingerprint, version 1: a SHA-256 digest over every row the import wrote for it.
 *
 * Parts, in this order, each the archive's rows (WHERE archive_id = the archive) of one table:
 *   conversations  (id, archive_id, platform, title, kind, source_id)
 *   messages       (every column: id, archive_id, conversation_id, participant_id, idx, pos, source_id, author,
 *                   author_raw, ts_local, ts_utc, tz, kind, text, edited, deleted, reply_to, reply_to_source_id,
 *                   line, line_end, source_path, raw)
 *   attachments    (message_id, archive_id, position, file_name, media_type)
 *   unparsed_lines (archive_id, line, path, text, reason)
 *
 * A row is encoded as the concatenation, column by column, of
 *   NULL  → "~"
 *   value → <number of UTF-8 bytes of its text, in decimal> ":" <its text>
 * where the text of an integer is its decimal form ("-12"), of a boolean "true" or "false", of a timestamp
 * "YYYY-MM-DDTHH:MM:SS.ffffffZ" (UTC, microseconds), and of a string the string itself.
 * row hash  = lowercase hex SHA-256 of the row's encoding (UTF-8)
 * part hash = lowercase hex SHA-256 of the part's row hashes concatenated (64 ASCII characters each), the rows
 *             sorted by their key (conversations.id, messages.id, attachments.message_id, unparsed_lines.line)
 *             ascending, then by their row hash ascending; no rows: the SHA-256 of nothing, e3b0c442…
 * digest    = lowercase hex SHA-256 of the UTF-8 text
 *             "parley-fingerprint/1\n" + for each part: "<table> <rows> <part hash>\n"
 */

export const FINGERPRINT_VERSION = 1;
/**
 * Rows hashed per database round trip: small, because the check after a restore shares the engine with the page,
 * whose chart and search queries wait behind the block in progress (the digest does not depend on it).
 */
const BLOCK = 10_000;
const ascii = new TextEncoder();

export type PartName = FingerprintPart['table'];

export interface PartDigest {
	rows: number;
	sha256: string;
}

export interface Fingerprint {
	version: typeof FINGERPRINT_VERSION;
	digest: string;
	parts: Record<PartName, PartDigest>;
}

export function combineParts(parts: Record<PartName, PartDigest>): string {
	const lines = FINGERPRINT_V1.map((p) => `${p.table} ${parts[p.table].rows} ${parts[p.table].sha256}\n`).join('');
	return sha256Text(`parley-fingerprint/${FINGERPRINT_VERSION}\n${lines}`);
}

/** Computes an archive's fingerprint from the database as it is now; `onRows` is told the rows hashed so far. */
export async function archiveFingerprint(db: Connector, archiveId: number, onRows: (rows: number) => void = () => {}): Promise<Fingerprint> {
	const parts = {} as Record<PartName, PartDigest>;
	const counts = await partRowCounts(db, archiveId);
	let total = 0;
	for (const part of FINGERPRINT_V1) {
		// The fastest SHA-256 where this runs (WebAssembly in the tab, OpenSSL in Node): a 1M-message archive's row hashes
		// are 64 MB of hex.
		const hash = await openSha256();
		let rows = 0;
		if (counts[part.table] > 0) {
			// Blocks are ranges of the sort key: [−∞, b₀), [b₀, b₁), … [bₙ, ∞); every row falls in exactly one.
			const bounds = await blockBounds(db, part, archiveId, Math.ceil(counts[part.table] / BLOCK));
			for (let i = 0; i <= bounds.length; i++) {
				const block = await blockRowHashes(db, part, archiveId, i === 0 ? null : bounds[i - 1], bounds[i] ?? null);
				hash.update(ascii.encode(block.hashes));
				rows += block.rows;
				onRows(total + rows);
			}
		}
		total += rows;
		parts[part.table] = { rows, sha256: hash.hex() };
	}
	return { version: FINGERPRINT_VERSION, digest: combineParts(parts), parts };
}

/** What an import entry records about its archive, beside the fingerprint (the archives row as it was written). */
export interface RecordedArchive {
	archive_id: number;
	file_name: string;
	bytes: number;
	sha256: string;
	platform: string;
	format: string;
	tz: string;
	records: number;
	unparsed: number;
	fingerprint: Fingerprint;
}

export function recordedArchive(a: ArchiveIdentity, fingerprint: Fingerprint): RecordedArchive {
	return {
		archive_id: a.id,
		file_name: a.file_name,
		bytes: a.bytes,
		sha256: a.sha256,
		platform: a.platform,
		format: a.format,
		tz: a.tz,
		records: a.messages,
		unparsed: a.unparsed,
		fingerprint
	};
}

/** Entries whose details carry a RecordedArchive. */
export const FINGERPRINT_ACTIONS = ['import.loaded', 'fingerprint.recorded'];

export type ArchiveStatus = 'intact' | 'changed' | 'missing' | 'unrecorded';

export interface ArchiveCheck {
	archiveId: number;
	/** The file name as recorded at import, else as the archives row has it now, else null. */
	fileName: string | null;
	status: ArchiveStatus;
	/** The log entry holding the fingerprint it was checked against. */
	recordedIn: number | null;
	recorded: Fingerprint | null;
	now: Fingerprint | null;
	/** What differs, one sentence each; empty when intact. */
	findings: string[];
}

export interface WorkspaceCheck {
	archives: ArchiveCheck[];
	/** Archives not intact. */
	failed: number;
	/** Rows hashed. */
	rows: number;
}

/**
 * Recomputes every archive's fingerprint and compares it with the one its import recorded in the log, and the
 * archives row with what the import recorded of it. Every archive id that has rows, an archives row or a recorded
 * fingerprint is checked, so rows added under an id no archive has are found too.
 */
export async function verifyWorkspaceFingerprints(db: Connector, onRows: (rows: number) => void = () => {}): Promise<WorkspaceCheck> {
	const recorded = await recordedFingerprints(db);
	const identities = new Map((await archiveIdentities(db)).map((a) => [a.id, a]));
	const ids = [...new Set([...recorded.keys(), ...(await archiveIdsWithRows(db))])].sort((a, b) => a - b);
	const archives: ArchiveCheck[] = [];
	let rows = 0;
	for (const id of ids) {
		const entry = recorded.get(id) ?? null;
		const now = await archiveFingerprint(db, id, (n) => onRows(rows + n));
		rows += totalRows(now);
		archives.push(checkArchive(id, entry, identities.get(id) ?? null, now));
	}
	return { archives, failed: archives.filter((a) => a.status !== 'intact').length, rows };
}

async function recordedFingerprints(db: Connector): Promise<Map<number, { seq: number; archive: RecordedArchive }>> {
	const out = new Map<number, { seq: number; archive: RecordedArchive }>();
	for (const row of await auditDetailsOf(db, FINGERPRINT_ACTIONS)) {
		let d: Partial<RecordedArchive>;
		try {
			d = JSON.parse(row.detail);
		} catch {
			continue;
		}
		if (typeof d.archive_id === 'number' && d.fingerprint?.version === FINGERPRINT_VERSION)
			out.set(d.archive_id, { seq: row.seq, archive: d as RecordedArchive });
	}
	return out;
}

const totalRows = (f: Fingerprint) => Object.values(f.parts).reduce((s, p) => s + p.rows, 0);

const PART_WORDS: Record<PartName, [string, string]> = {
	conversations: ['conversation', 'conversations'],
	messages: ['message', 'messages'],
	attachments: ['attachment', 'attachments'],
	unparsed_lines: ['unparsed line', 'unparsed lines']
};

const IDENTITY_FIELDS: [keyof RecordedArchive, keyof ArchiveIdentity, string][] = [
	['file_name', 'file_name', 'file name'],
	['bytes', 'bytes', 'size in bytes'],
	['sha256', 'sha256', 'SHA-256'],
	['platform', 'platform', 'platform'],
	['format', 'format', 'format'],
	['tz', 'tz', 'time zone'],
	['records', 'messages', 'message count'],
	['unparsed', 'unparsed', 'unparsed-line count']
];

function checkArchive(id: number, entry: { seq: number; archive: RecordedArchive } | null, row: ArchiveIdentity | null, now: Fingerprint): ArchiveCheck {
	const fileName = entry?.archive.file_name ?? row?.file_name ?? null;
	const base = { archiveId: id, fileName, recordedIn: entry?.seq ?? null, recorded: entry?.archive.fingerprint ?? null, now };
	if (!entry) {
		return {
			...base,
			status: 'unrecorded',
			findings: [
				`The workspace holds ${describeRows(now)} under archive ${id}${row ? '' : ', which no archive row names'}, but the audit log records no fingerprint for it: it was not loaded by Parley's import, or the log entry of its import is gone.`
			]
		};
	}
	const findings: string[] = [];
	const rec = entry.archive;
	if (!row && totalRows(now) === 0) {
		return {
			...base,
			status: 'missing',
			findings: [`Archive ${id} was imported (log entry ${entry.seq}), but the workspace no longer holds it or any of its rows.`]
		};
	}
	if (!row) findings.push(`The archive's own row (file name, SHA-256, counts) is gone from the archives table.`);
	else {
		for (const [recKey, rowKey, words] of IDENTITY_FIELDS) {
			if (rec[recKey] !== row[rowKey]) findings.push(`Its ${words} was “${String(rec[recKey])}” at import and is “${String(row[rowKey])}” now.`);
		}
	}
	for (const p of FINGERPRINT_V1) {
		const then = rec.fingerprint.parts[p.table];
		const cur = now.parts[p.table];
		if (!then || then.sha256 === cur.sha256) continue;
		const [one, many] = PART_WORDS[p.table];
		const diff = cur.rows - then.rows;
		findings.push(
			diff === 0
				? `The content of its ${many} changed: same number (${cur.rows.toLocaleString('en')}), different rows.`
				: `It had ${then.rows.toLocaleString('en')} ${then.rows === 1 ? one : many} at import and has ${cur.rows.toLocaleString('en')} now: ${Math.abs(diff).toLocaleString('en')} ${diff < 0 ? 'removed' : 'added'}.`
		);
	}
	if (findings.length === 0 && rec.fingerprint.digest !== now.digest) findings.push('Its fingerprint differs from the one recorded at import.');
	return { ...base, status: findings.length ? 'changed' : 'intact', findings };
}

function describeRows(f: Fingerprint): string {
	return (
		FINGERPRINT_V1.filter((p) => f.parts[p.table].rows > 0)
			.map((p) => `${f.parts[p.table].rows.toLocaleString('en')} ${PART_WORDS[p.table][f.parts[p.table].rows === 1 ? 0 : 1]}`)
			.join(', ') || 'no rows'
	);
}
