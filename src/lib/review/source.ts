import type { Connector } from '$lib/db/connector';
import type { QueueSourceKind } from '$lib/db/queries/review';

/**
 * Where a review queue's messages come from, as an ordered list of message ids: a search (its hits in rank order), a
 * SQL statement (its `message_id` column, run through the evidence gate), or a saved query of either kind. The saved
 * query is read with SELECT * and its fields taken defensively, so this works with whichever columns saved_queries has.
 */

export type ReviewSource = { kind: 'search'; text: string } | { kind: 'sql'; text: string } | { kind: 'saved'; id: number };

export interface ResolvedSource {
	kind: QueueSourceKind;
	text: string;
	savedQueryId: number | null;
	/** A name for the queue: the saved query's name, or the query itself. */
	name: string;
	/** Message ids in the source's order, each once. */
	ids: number[];
}

export class SourceError extends Error {
	override name = 'SourceError';
}

export interface SourceDeps {
	/** The app's connection (reads saved_queries). */
	db: Connector;
	/** A search's hit ids in rank order; rejects with the parser's message when the query does not parse. */
	search(text: string): Promise<number[]>;
	/** The evidence gate: one read-only statement, rolled back (src/lib/db/user-sql.ts). */
	runUserSql(sql: string): Promise<Record<string, unknown>[]>;
	/** The statement's result columns without running it (to check an empty result for message_id too). */
	describeUserSql?(sql: string): Promise<{ name: string }[] | null>;
}

/** The source a /review URL names: `saved=<id>`, `q=<search>` or `sql=<statement>` (in that order of preference). */
export function sourceOfParams(params: URLSearchParams): ReviewSource | null {
	const saved = params.get('saved');
	if (saved !== null && /^\d+$/.test(saved)) return { kind: 'saved', id: Number(saved) };
	const q = params.get('q');
	if (q !== null && q.trim() !== '') return { kind: 'search', text: q };
	const sql = params.get('sql');
	if (sql !== null && sql.trim() !== '') return { kind: 'sql', text: sql };
	return null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** What a saved_queries row asks to run, whatever columns that table has today. */
export function savedQueryTarget(row: Record<string, unknown>): { kind: QueueSourceKind; text: string; name: string } {
	const name = text(row.name) ?? `saved query ${String(row.id)}`;
	const kind = text(row.kind);
	const sql = text(row.sql) ?? text(row.statement);
	const query = text(row.query) ?? text(row.search) ?? text(row.search_query) ?? text(row.q);
	if (kind === 'search' || (kind === null && query !== null && sql === null)) {
		if (query === null) throw new SourceError(`The saved search “${name}” holds no query text.`);
		return { kind: 'search', text: query, name };
	}
	if (kind === 'sql' || kind === null) {
		if (sql === null) throw new SourceError(`The saved query “${name}” holds no SQL statement.`);
		return { kind: 'sql', text: sql, name };
	}
	throw new SourceError(`The saved query “${name}” is a ${kind}, which names no messages to review; review a saved search or SQL query.`);
}

/** The message ids of a SQL result's `message_id` column (any case), each once, in row order. */
export function messageIdsOfRows(rows: readonly Record<string, unknown>[], columns: readonly string[]): number[] {
	const column = columns.find((c) => c.toLowerCase() === 'message_id');
	if (column === undefined) {
		throw new SourceError(
			`The statement's result has no message_id column (its columns: ${columns.join(', ') || 'none'}). Select the messages' ids as message_id, e.g. SELECT id AS message_id FROM messages WHERE …`
		);
	}
	const ids: number[] = [];
	const seen = new Set<number>();
	for (const row of rows) {
		const v = row[column];
		const id = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null;
		if (id === null || !Number.isSafeInteger(id) || id < 0 || seen.has(id)) continue;
		seen.add(id);
		ids.push(id);
	}
	return ids;
}

export async function resolveSource(source: ReviewSource, deps: SourceDeps): Promise<ResolvedSource> {
	let kind: QueueSourceKind;
	let query: string;
	let name: string;
	let savedQueryId: number | null = null;
	if (source.kind === 'saved') {
		const [row] = await deps.db.query<Record<string, unknown>>(`SELECT * FROM saved_queries WHERE id = ?`, [source.id]);
		if (!row) throw new SourceError(`There is no saved query ${source.id} in this workspace.`);
		({ kind, text: query, name } = savedQueryTarget(row));
		savedQueryId = source.id;
	} else {
		kind = source.kind;
		query = source.text;
		name = source.kind === 'search' ? `Search: ${source.text}` : `SQL: ${source.text.replace(/\s+/g, ' ').trim()}`;
	}
	if (kind === 'search') {
		const ids = [...new Set(await deps.search(query))];
		return { kind, text: query, savedQueryId, name, ids };
	}
	const rows = await deps.runUserSql(query);
	const described = rows.length > 0 ? null : await deps.describeUserSql?.(query);
	const columns = rows.length > 0 ? Object.keys(rows[0]) : (described?.map((c) => c.name) ?? ['message_id']);
	return { kind, text: query, savedQueryId, name, ids: messageIdsOfRows(rows, columns) };
}
