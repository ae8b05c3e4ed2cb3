import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/**
 * The saved_queries table: searches, SQL statements and views a reviewer kept. What a query runs is in plain
 * columns (search for kind 'search', sql for kind 'sql', view for every kind), so the review queue reads it too.
 */

export type SavedKind = 'search' | 'sql' | 'view';

export interface SavedQueryRow {
	id: number;
	name: string;
	description: string;
	kind: SavedKind;
	search: string | null;
	sql: string | null;
	/** The view's URL inside the app (path and query string). */
	view: string | null;
	tags: string[];
	author: string;
	/** UTC 'YYYY-MM-DDTHH:MM:SSZ'. */
	created_at: string;
	updated_at: string;
	row_count: number | null;
	result_digest: string | null;
	archive_sha256: string[];
}

export type NewSavedQuery = Omit<SavedQueryRow, 'id' | 'created_at' | 'updated_at'>;
/** What editing a saved query may change: its words, never what it runs or what it gave. */
export type SavedQueryEdit = Pick<SavedQueryRow, 'name' | 'description' | 'tags'>;

const COLUMNS = 'id, name, description, kind, search, sql, view, tags, author, created_at, updated_at, row_count, result_digest, archive_sha256';

/** 'YYYY-MM-DD HH:MM:SS.mmm' in UTC; bound as text because the browser's DuckDB has no ICU for now()::TIMESTAMP. */
function utc(now: Date): string {
	return now.toISOString().slice(0, 23).replace('T', ' ');
}

export function listSavedQueriesSql(): SqlQuery {
	return { sql: `SELECT ${COLUMNS} FROM saved_queries ORDER BY updated_at DESC, id DESC`, params: [] };
}

export const listSavedQueries = (db: Connector) => run<SavedQueryRow>(db, listSavedQueriesSql());

export function savedQuerySql(id: number): SqlQuery {
	return { sql: `SELECT ${COLUMNS} FROM saved_queries WHERE id = ?`, params: [id] };
}

export async function savedQuery(db: Connector, id: number): Promise<SavedQueryRow | null> {
	return (await run<SavedQueryRow>(db, savedQuerySql(id)))[0] ?? null;
}

/** A text list as a SQL literal, each item quoted with '' doubled (the connectors bind scalars only). */
const textList = (items: readonly string[]) => `[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ')}]::VARCHAR[]`;

export function insertSavedQuerySql(q: NewSavedQuery, now = new Date()): SqlQuery {
	const at = utc(now);
	return {
		sql: `INSERT INTO saved_queries (${COLUMNS})
			SELECT coalesce(max(id), 0) + 1, ?, ?, ?, ?, ?, ?, ${textList(q.tags)}, ?, ?::TIMESTAMP, ?::TIMESTAMP, ?, ?, ${textList(q.archive_sha256)}
			FROM saved_queries
			RETURNING id`,
		params: [q.name, q.description, q.kind, q.search, q.sql, q.view, q.author, at, at, q.row_count, q.result_digest]
	};
}

/** Adds a saved query; resolves with its id. */
export async function insertSavedQuery(db: Connector, q: NewSavedQuery, now = new Date()): Promise<number> {
	const [row] = await run<{ id: number }>(db, insertSavedQuerySql(q, now));
	return row.id;
}

export function updateSavedQuerySql(id: number, edit: SavedQueryEdit, now = new Date()): SqlQuery {
	return {
		sql: `UPDATE saved_queries SET name = ?, description = ?, tags = ${textList(edit.tags)}, updated_at = ?::TIMESTAMP WHERE id = ?`,
		params: [edit.name, edit.description, utc(now), id]
	};
}

export async function updateSavedQuery(db: Connector, id: number, edit: SavedQueryEdit, now = new Date()): Promise<void> {
	await run(db, updateSavedQuerySql(id, edit, now));
}

export function deleteSavedQuerySql(id: number): SqlQuery {
	return { sql: `DELETE FROM saved_queries WHERE id = ?`, params: [id] };
}

export async function deleteSavedQuery(db: Connector, id: number): Promise<void> {
	await run(db, deleteSavedQuerySql(id));
}

/** The SHA-256s of the archives in the workspace, sorted. */
export async function archiveHashes(db: Connector): Promise<{ sha256: string; file_name: string }[]> {
	return run(db, { sql: `SELECT sha256, file_name FROM archives ORDER BY sha256`, params: [] });
}
