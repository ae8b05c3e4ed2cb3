import type { Connector } from '../connector';

/**
 * The SQL half of an archive's evidence fingerprint (src/lib/audit/fingerprint.ts holds the definition and the
 * combining). DuckDB encodes and hashes every row, in order; the caller reads the row hashes block by block and
 * feeds them to one incremental SHA-256, so a million-row archive is never one string in memory.
 */

type Kind = 'int' | 'text' | 'bool' | 'ts';

export interface FingerprintPart {
	table: 'conversations' | 'messages' | 'attachments' | 'unparsed_lines';
	/** Columns in encoding (and sort) order, with how each is written as text. */
	columns: readonly (readonly [string, Kind])[];
	/** The first sort column that varies within an archive; blocks are ranges of it. */
	block: string;
}

/** Version 1 of the fingerprint: these tables and columns, in this order. A later schema column does not change it. */
export const FINGERPRINT_V1: readonly FingerprintPart[] = [
	{
		table: 'conversations', block: 'id',
		columns: [['id', 'int'], ['archive_id', 'int'], ['platform', 'text'], ['title', 'text'], ['kind', 'text'], ['source_id', 'text']]
	},
	{
		table: 'messages', block: 'id',
		columns: [
			['id', 'int'], ['archive_id', 'int'], ['conversation_id', 'int'], ['participant_id', 'int'], ['idx', 'int'], ['pos', 'int'],
			['source_id', 'text'], ['author', 'text'], ['author_raw', 'text'], ['ts_local', 'text'], ['ts_utc', 'ts'], ['tz', 'text'],
			['kind', 'text'], ['text', 'text'], ['edited', 'bool'], ['deleted', 'bool'], ['reply_to', 'int'], ['reply_to_source_id', 'text'],
			['line', 'int'], ['line_end', 'int'], ['source_path', 'text'], ['raw', 'text']
		]
	},
	{
		table: 'attachments', block: 'message_id',
		columns: [['message_id', 'int'], ['archive_id', 'int'], ['position', 'int'], ['file_name', 'text'], ['media_type', 'text']]
	},
	{
		table: 'unparsed_lines', block: 'line',
		columns: [['archive_id', 'int'], ['line', 'int'], ['path', 'text'], ['text', 'text'], ['reason', 'text']]
	}
];

function textOf(column: string, kind: Kind): string {
	switch (kind) {
		case 'text':
			return column;
		case 'ts':
			return `strftime(${column}, '%Y-%m-%dT%H:%M:%S.%fZ')`;
		default:
			return `CAST(${column} AS VARCHAR)`;
	}
}

/** NULL → '~'; a value → its UTF-8 byte length in decimal, ':', the value. concat() skips the NULL. */
function fieldSql(column: string, kind: Kind): string {
	const t = textOf(column, kind);
	return `coalesce(strlen(${t})::VARCHAR || ':', '~'), ${t}`;
}

export function rowEncodingSql(part: FingerprintPart): string {
	return `concat(${part.columns.map(([c, k]) => fieldSql(c, k)).join(', ')})`;
}

function orderSql(part: FingerprintPart): string {
	return part.columns.map(([c]) => `${c} ASC NULLS LAST`).join(', ');
}

/** Every `every`-th value of the block column in sort order: the blocks' lower bounds. */
export async function blockBounds(db: Connector, part: FingerprintPart, archiveId: number, every: number): Promise<number[]> {
	const rows = await db.query<{ b: number }>(
		`SELECT b FROM (
			SELECT ${part.block} AS b, row_number() OVER (ORDER BY ${part.block}) AS rn FROM ${part.table} WHERE archive_id = ?
		) WHERE rn % ? = 1 ORDER BY b`,
		[archiveId, every]
	);
	return [...new Set(rows.map((r) => r.b))];
}

/** The row hashes (64 hex characters each, in order, concatenated) of the rows whose block column is in [from, to). */
export async function blockRowHashes(
	db: Connector, part: FingerprintPart, archiveId: number, from: number, to: number | null
): Promise<{ rows: number; hashes: string }> {
	const upper = to === null ? '' : ` AND ${part.block} < ?`;
	const [r] = await db.query<{ rows: number; hashes: string | null }>(
		`SELECT count(*)::BIGINT AS rows, string_agg(sha256(${rowEncodingSql(part)}), '' ORDER BY ${orderSql(part)}) AS hashes
		FROM ${part.table} WHERE archive_id = ? AND ${part.block} >= ?${upper}`,
		to === null ? [archiveId, from] : [archiveId, from, to]
	);
	return { rows: r.rows, hashes: r.hashes ?? '' };
}

/** Every archive id the workspace holds rows for, whether or not the archives table still names it. */
export async function archiveIdsWithRows(db: Connector): Promise<number[]> {
	const rows = await db.query<{ id: number }>(
		`SELECT DISTINCT id FROM (
			SELECT id FROM archives ${FINGERPRINT_V1.map((p) => `UNION ALL SELECT DISTINCT archive_id FROM ${p.table}`).join(' ')}
		) ORDER BY id`
	);
	return rows.map((r) => r.id);
}

export interface ArchiveIdentity {
	id: number;
	file_name: string;
	bytes: number;
	sha256: string;
	platform: string;
	format: string;
	tz: string;
	messages: number;
	unparsed: number;
}

export async function archiveIdentities(db: Connector): Promise<ArchiveIdentity[]> {
	return db.query(`SELECT id, file_name, bytes, sha256, platform, format, tz, messages, unparsed FROM archives ORDER BY id`);
}
