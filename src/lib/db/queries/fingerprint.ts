import type { Connector } from '../connector';

/**
 * The SQL half of an archive's evidence fingerprint (src/lib/audit/fingerprint.ts holds the definition and the
 * combining). DuckDB encodes and hashes every row, in order; the caller reads the row hashes block by block and
 * feeds them to one incremental SHA-256, so a million-row archive is never one string in memory.
 */

type Kind = 'int' | 'text' | 'bool' | 'ts';

export interface FingerprintPart {
	table: 'conversations' | 'messages' | 'attachments' | 'unparsed_lines';
	/** Columns in encoding order, with how each is written as text. */
	columns: readonly (readonly [string, Kind])[];
	/** Rows are sorted by this column, then by their row hash; blocks are ranges of it. */
	block: string;
}

/** Version 1 of the fingerprint: these tables and columns, in this order. A later schema column does not change it. */
export const FINGERPRINT_V1: readonly FingerprintPart[] = [
	{
		table: 'conversations',
		block: 'id',
		columns: [
			['id', 'int'],
			['archive_id', 'int'],
			['platform', 'text'],
			['title', 'text'],
			['kind', 'text'],
			['source_id', 'text']
		]
	},
	{
		table: 'messages',
		block: 'id',
		columns: [
			['id', 'int'],
			['archive_id', 'int'],
			['conversation_id', 'int'],
			['participant_id', 'int'],
			['idx', 'int'],
			['pos', 'int'],
			['source_id', 'text'],
			['author', 'text'],
			['author_raw', 'text'],
			['ts_local', 'text'],
			['ts_utc', 'ts'],
			['tz', 'text'],
			['kind', 'text'],
			['text', 'text'],
			['edited', 'bool'],
			['deleted', 'bool'],
			['reply_to', 'int'],
			['reply_to_source_id', 'text'],
			['line', 'int'],
			['line_end', 'int'],
			['source_path', 'text'],
			['raw', 'text']
		]
	},
	{
		table: 'attachments',
		block: 'message_id',
		columns: [
			['message_id', 'int'],
			['archive_id', 'int'],
			['position', 'int'],
			['file_name', 'text'],
			['media_type', 'text']
		]
	},
	{
		table: 'unparsed_lines',
		block: 'line',
		columns: [
			['archive_id', 'int'],
			['line', 'int'],
			['path', 'text'],
			['text', 'text'],
			['reason', 'text']
		]
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

/** Rows of each part of an archive. */
export async function partRowCounts(db: Connector, archiveId: number): Promise<Record<FingerprintPart['table'], number>> {
	const [row] = await db.query<Record<FingerprintPart['table'], number>>(
		`SELECT ${FINGERPRINT_V1.map((p) => `(SELECT count(*) FROM ${p.table} WHERE archive_id = ?) AS ${p.table}`).join(', ')}`,
		FINGERPRINT_V1.map(() => archiveId)
	);
	return row;
}

/**
 * Values of the block column that cut a part into about `blocks` ranges of similar size. Any cut points give the
 * same digest (the blocks are hashed in order into one hash); approximate quantiles cost one pass and no sort.
 */
export async function blockBounds(db: Connector, part: FingerprintPart, archiveId: number, blocks: number): Promise<number[]> {
	if (blocks < 2) return [];
	const at = Array.from({ length: blocks - 1 }, (_, i) => (i + 1) / blocks);
	const [{ b }] = await db.query<{ b: number[] | null }>(
		`SELECT approx_quantile(${part.block}, [${at.join(', ')}]) AS b FROM ${part.table} WHERE archive_id = ?`,
		[archiveId]
	);
	return [...new Set(b ?? [])].sort((x, y) => x - y);
}

/**
 * The row hashes (64 hex characters each, concatenated in order: by the block column, then by the hash) of the rows
 * whose block column is in [from, to); a null bound is open.
 */
export async function blockRowHashes(
	db: Connector,
	part: FingerprintPart,
	archiveId: number,
	from: number | null,
	to: number | null
): Promise<{ rows: number; hashes: string }> {
	const range = [from === null ? '' : ` AND ${part.block} >= ?`, to === null ? '' : ` AND ${part.block} < ?`].join('');
	const [r] = await db.query<{ rows: number; hashes: string | null }>(
		`SELECT count(*)::BIGINT AS rows, string_agg(h, '' ORDER BY k, h) AS hashes FROM (
			SELECT ${part.block} AS k, sha256(${rowEncodingSql(part)}) AS h FROM ${part.table} WHERE archive_id = ?${range}
		)`,
		[archiveId, ...(from === null ? [] : [from]), ...(to === null ? [] : [to])]
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
