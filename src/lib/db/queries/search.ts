import { Float64, makeData, tableFromIPC, Utf8, type Vector } from 'apache-arrow';
import { MESSAGE_KINDS } from '$lib/model/types';
import type { SearchBatch } from '$lib/search/types';
import { int64Column, ipcStream } from '../arrow-columns';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/** The search area's SQL: what the index is built from, the hits table, and the rows a hit list shows. */

function ids(name: string, values: readonly number[]): string {
	for (const v of values) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be non-negative integers, got ${v}`);
	return values.length === 0 ? 'NULL' : values.join(', ');
}

const KIND_INDEX = `CASE kind ${MESSAGE_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE ${MESSAGE_KINDS.indexOf('other')} END`;
/** Same test as the index's has:link; a bare domain without scheme or www. is not a link. */
const LINK_PATTERN = `(https?://|www\\.)[^\\s]`;

export interface IdRange {
	/** Smallest and largest messages.id, null when there are none. */
	first: number | null;
	last: number | null;
	count: number;
}

/** The ids of the archives' messages (ids are handed out in blocks per import, so a range is cheap to page through). */
export function messageIdRangeSql(archiveIds: readonly number[] | null): SqlQuery {
	const where = archiveIds === null ? '' : `WHERE archive_id IN (${ids('archiveIds', archiveIds)})`;
	return { sql: `SELECT min(id) AS first, max(id) AS last, count(*)::INTEGER AS count FROM messages ${where}`, params: [] };
}

export async function messageIdRange(db: Connector, archiveIds: readonly number[] | null): Promise<IdRange> {
	const [row] = await run<IdRange>(db, messageIdRangeSql(archiveIds));
	return row ?? { first: null, last: null, count: 0 };
}

/**
 * Messages with fromId <= id < toId (of the archives, when given) as the columns of a SearchBatch, for
 * `queryArrowIPC`. Types are cast so searchBatchFromIPC can take the buffers as they are.
 */
export function searchBatchSql(archiveIds: readonly number[] | null, fromId: number, toId: number): string {
	const archives = archiveIds === null ? '' : `AND m.archive_id IN (${ids('archiveIds', archiveIds)})`;
	const [from, to] = ids('id range', [fromId, toId]).split(', ');
	return `SELECT m.id::DOUBLE AS id, m.conversation_id::INTEGER AS conversation, coalesce(m.participant_id, -1)::INTEGER AS author,
			(${KIND_INDEX})::UTINYINT AS kind, coalesce(epoch_ms(m.ts_utc)::DOUBLE, 'NaN'::DOUBLE) AS ts,
			((CASE WHEN m.id IN (SELECT message_id FROM attachments WHERE message_id >= ${from} AND message_id < ${to}) THEN 1 ELSE 0 END)
				+ (CASE WHEN regexp_matches(m.text, '${LINK_PATTERN}') THEN 2 ELSE 0 END))::UTINYINT AS flags,
			m.text AS text
		FROM messages m WHERE m.id >= ${from} AND m.id < ${to} ${archives}`;
}

/** A numeric column copied into one fresh typed array (zeros where the column is missing). */
export function typedColumn<T extends Float64Array | Int32Array | Uint8Array>(vector: Vector | null, make: new (n: number) => T, n: number): T {
	const out = new make(n);
	if (!vector) return out;
	let at = 0;
	for (const chunk of vector.data) {
		out.set((chunk.values as T).subarray(chunk.offset, chunk.offset + chunk.length), at);
		at += chunk.length;
	}
	return out;
}

// ignoreBOM: a text that opens with U+FEFF keeps it (stripping it would shift every later string of the chunk).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The strings of a Utf8 column. Arrow's per-value getter decodes each string on its own, which costs seconds at
 * 500k rows; here each chunk is decoded once and cut by UTF-16 lengths counted from the UTF-8 lead bytes (DuckDB
 * writes valid UTF-8). Other string layouts fall back to the getter.
 */
export function stringsOf(vector: Vector | null, n: number): string[] {
	const out: string[] = new Array(n).fill('');
	if (!vector) return out;
	let row = 0;
	for (const chunk of vector.data) {
		const offsets = chunk.valueOffsets as Int32Array | undefined;
		const bytes = chunk.values as Uint8Array | undefined;
		if (!(chunk.type instanceof Utf8) || !(offsets instanceof Int32Array) || !(bytes instanceof Uint8Array)) {
			for (let i = 0; i < chunk.length; i++) out[row + i] = String(vector.get(row + i) ?? '');
			row += chunk.length;
			continue;
		}
		const first = offsets[chunk.offset];
		const last = offsets[chunk.offset + chunk.length];
		const all = utf8.decode(bytes.subarray(first, last));
		let at = 0;
		for (let i = 0; i < chunk.length; i++) {
			const from = offsets[chunk.offset + i];
			const to = offsets[chunk.offset + i + 1];
			let units = 0;
			for (let b = from; b < to; b++) {
				const x = bytes[b];
				if ((x & 0xc0) !== 0x80) units += x >= 0xf0 ? 2 : 1;
			}
			out[row + i] = chunk.getValid(i) ? all.slice(at, at + units) : '';
			at += units;
		}
		row += chunk.length;
	}
	return out;
}

/** Arrow IPC from searchBatchSql → a SearchBatch (fresh typed arrays, safe to transfer). */
export function searchBatchFromIPC(ipc: Uint8Array): SearchBatch {
	const table = tableFromIPC(ipc);
	const n = table.numRows;
	const text = stringsOf(table.getChild('text'), n);
	return {
		ids: typedColumn(table.getChild('id'), Float64Array, n),
		conversation: typedColumn(table.getChild('conversation'), Int32Array, n),
		author: typedColumn(table.getChild('author'), Int32Array, n),
		kind: typedColumn(table.getChild('kind'), Uint8Array, n),
		ts: typedColumn(table.getChild('ts'), Float64Array, n),
		flags: typedColumn(table.getChild('flags'), Uint8Array, n),
		text
	};
}

export interface ConversationLabel {
	id: number;
	title: string;
	platform: string;
}

export function conversationLabels(db: Connector): Promise<ConversationLabel[]> {
	return run<ConversationLabel>(db, { sql: 'SELECT id, title, platform FROM conversations ORDER BY id', params: [] });
}

export interface AuthorLabel {
	id: number;
	name: string;
}

export function authorLabels(db: Connector): Promise<AuthorLabel[]> {
	return run<AuthorLabel>(db, { sql: 'SELECT id, display_name AS name FROM participants ORDER BY id', params: [] });
}

export interface RiskColumns {
	messageIds: Float64Array;
	categories: string[];
}

export const RISK_SQL = 'SELECT message_id::DOUBLE AS message_id, category FROM risk_hits ORDER BY message_id';

export function riskColumnsFromIPC(ipc: Uint8Array): RiskColumns {
	const table = tableFromIPC(ipc);
	const categories = stringsOf(table.getChild('category'), table.numRows);
	return { messageIds: typedColumn(table.getChild('message_id'), Float64Array, table.numRows), categories };
}

export async function riskColumns(db: Connector): Promise<RiskColumns> {
	return riskColumnsFromIPC(await db.queryArrowIPC(RISK_SQL));
}

/** What an index was built from; a saved index is reused only when the database still matches it. */
export interface IndexFingerprint {
	messages: number;
	maxId: number;
}

export async function indexFingerprint(db: Connector): Promise<IndexFingerprint> {
	const [row] = await run<{ messages: number; max_id: number }>(db, {
		sql: 'SELECT count(*)::INTEGER AS messages, coalesce(max(id), -1) AS max_id FROM messages',
		params: []
	});
	return { messages: row?.messages ?? 0, maxId: row?.max_id ?? -1 };
}

/** Arrow IPC for search_hits, columns in table order (message_id BIGINT, score DOUBLE). */
export function searchHitsIPC(messageIds: Float64Array, scores: Float64Array): Uint8Array {
	const n = messageIds.length;
	const score = makeData({ type: new Float64(), length: n, nullCount: 0, data: Float64Array.from(scores.subarray(0, n)) });
	return ipcStream(
		[
			['message_id', int64Column(n, (i) => messageIds[i])],
			['score', score]
		],
		n
	);
}

/** Replaces the rows of search_hits with the current hits, so SQL can join them. */
export async function replaceSearchHits(db: Connector, messageIds: Float64Array, scores: Float64Array): Promise<void> {
	await db.exec('DELETE FROM search_hits');
	if (messageIds.length > 0) await db.insertArrowIPC('search_hits', searchHitsIPC(messageIds, scores));
}

export interface HitRow {
	id: number;
	conversation_id: number;
	conversation: string;
	platform: string;
	author: string;
	ts_local: string;
	ts_utc: string | null;
	text: string;
}

export function hitRowsSql(messageIds: readonly number[]): SqlQuery {
	return {
		sql: `SELECT m.id, m.conversation_id, c.title AS conversation, c.platform, m.author, m.ts_local, m.ts_utc, m.text
			FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.id IN (${ids('messageIds', messageIds)})`,
		params: []
	};
}

/** The rows of the given messages, in the order of the ids given. */
export async function hitRows(db: Connector, messageIds: readonly number[]): Promise<HitRow[]> {
	if (messageIds.length === 0) return [];
	const rows = await run<HitRow>(db, hitRowsSql(messageIds));
	const byId = new Map(rows.map((r) => [r.id, r]));
	return messageIds.flatMap((id) => byId.get(id) ?? []);
}

export interface MessagePlace {
	conversation_id: number;
	pos: number;
}

/** Where a message sits in its conversation (for opening a conversation at a message). */
export async function messagePlace(db: Connector, messageId: number): Promise<MessagePlace | null> {
	const [row] = await run<MessagePlace>(db, { sql: `SELECT conversation_id, pos FROM messages WHERE id = ${ids('messageId', [messageId])}`, params: [] });
	return row ?? null;
}
