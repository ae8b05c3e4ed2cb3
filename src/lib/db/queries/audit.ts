import type { AuditRecord, ChainHead } from '$lib/audit/chain';
import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

/** The audit log's rows. Only src/lib/audit/ appends; the page reads, filters and pages them here. */

const HEAD_KEY = 'audit_head';
const REVIEWER_KEY = 'reviewer';

/** The stored TIMESTAMP in exactly the form that is hashed (microseconds, so any change to it shows). */
const RECORD_COLUMNS = `seq, strftime(created_at, '%Y-%m-%dT%H:%M:%S.%fZ') AS time, actor, action, subject, detail, prev_hash, hash`;

export function appendAuditRecordSql(r: AuditRecord): SqlQuery {
	return {
		sql: `INSERT INTO audit_log (seq, created_at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?::TIMESTAMP, ?, ?, ?, ?, ?, ?)`,
		params: [r.seq, r.time, r.actor, r.action, r.subject, r.detail, r.prev_hash, r.hash]
	};
}

/** Appends one sealed record and moves the recorded head to it. */
export async function appendAuditRecord(db: Connector, r: AuditRecord): Promise<void> {
	await run(db, appendAuditRecordSql(r));
	await setMeta(db, HEAD_KEY, JSON.stringify({ seq: r.seq, hash: r.hash }));
}

/** The last record by sequence number, or null for an empty log. */
export async function lastAuditRecord(db: Connector): Promise<AuditRecord | null> {
	const [row] = await db.query<AuditRecord>(`SELECT ${RECORD_COLUMNS} FROM audit_log ORDER BY seq DESC, rowid DESC LIMIT 1`);
	return row ?? null;
}

/** The head the app recorded with its last append (null when it recorded none, or the value is not readable). */
export async function recordedAuditHead(db: Connector): Promise<ChainHead | null> {
	const value = await getMeta(db, HEAD_KEY);
	if (value === null) return null;
	try {
		const head = JSON.parse(value) as ChainHead;
		return Number.isInteger(head.seq) && typeof head.hash === 'string' ? { seq: head.seq, hash: head.hash } : null;
	} catch {
		return null;
	}
}

export async function auditEntryCount(db: Connector): Promise<number> {
	const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::BIGINT AS n FROM audit_log`);
	return n;
}

/** A position in the log as read for verification: by sequence number, then by storage order for repeated numbers. */
export interface LogCursor {
	seq: number;
	rowid: number;
}

/** Up to `limit` records after `after` (from the start when null), in log order, with their cursor. */
export async function auditRecordsAfter(db: Connector, after: LogCursor | null, limit: number): Promise<(AuditRecord & { rowid: number })[]> {
	const where = after ? `WHERE seq > ? OR (seq = ? AND rowid > ?)` : '';
	const params = after ? [after.seq, after.seq, after.rowid, limit] : [limit];
	return db.query(`SELECT ${RECORD_COLUMNS}, rowid FROM audit_log ${where} ORDER BY seq, rowid LIMIT ?`, params);
}

export interface AuditFilter {
	action: string | null;
	actor: string | null;
	/** UTC bounds, 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; `to` is inclusive of its whole minute or day. */
	from: string | null;
	to: string | null;
	/** Found in the action, subject, details or actor, ignoring case. */
	text: string;
}

export const NO_AUDIT_FILTER: AuditFilter = { action: null, actor: null, from: null, to: null, text: '' };

function filterWhere(f: AuditFilter): { where: string; params: unknown[] } {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (f.action) {
		parts.push('action = ?');
		params.push(f.action);
	}
	if (f.actor) {
		parts.push('actor = ?');
		params.push(f.actor);
	}
	if (f.from) {
		parts.push('created_at >= ?::TIMESTAMP');
		params.push(f.from.replace('T', ' '));
	}
	if (f.to) {
		const dayOnly = f.to.length === 10;
		parts.push(`created_at < ?::TIMESTAMP + INTERVAL ${dayOnly ? '1 DAY' : '1 MINUTE'}`);
		params.push(f.to.replace('T', ' '));
	}
	const text = f.text.trim();
	if (text) {
		parts.push(`contains(lower(action || ' ' || subject || ' ' || detail || ' ' || actor), lower(?))`);
		params.push(text);
	}
	return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function auditPageSql(f: AuditFilter, offset: number, limit: number, newestFirst: boolean): SqlQuery {
	const { where, params } = filterWhere(f);
	const order = newestFirst ? 'seq DESC, rowid DESC' : 'seq, rowid';
	return { sql: `SELECT ${RECORD_COLUMNS} FROM audit_log ${where} ORDER BY ${order} LIMIT ? OFFSET ?`, params: [...params, limit, offset] };
}

export function auditPage(db: Connector, f: AuditFilter, offset: number, limit: number, newestFirst = true): Promise<AuditRecord[]> {
	return run<AuditRecord>(db, auditPageSql(f, offset, limit, newestFirst));
}

export function auditCountSql(f: AuditFilter): SqlQuery {
	const { where, params } = filterWhere(f);
	return { sql: `SELECT count(*)::BIGINT AS n FROM audit_log ${where}`, params };
}

export async function auditCount(db: Connector, f: AuditFilter): Promise<number> {
	const [{ n }] = await run<{ n: number }>(db, auditCountSql(f));
	return n;
}

/** How many entries of the filtered log come before entry `seq` in the given order (to open the page holding it). */
export async function auditPlaceOf(db: Connector, f: AuditFilter, seq: number, newestFirst = true): Promise<number> {
	const { where, params } = filterWhere(f);
	const before = newestFirst ? 'seq > ?' : 'seq < ?';
	const sql = `SELECT count(*)::BIGINT AS n FROM audit_log ${where ? `${where} AND ${before}` : `WHERE ${before}`}`;
	const [{ n }] = await db.query<{ n: number }>(sql, [...params, seq]);
	return n;
}

export interface AuditFacet {
	value: string;
	entries: number;
}

export async function auditActions(db: Connector): Promise<AuditFacet[]> {
	return db.query(`SELECT action AS value, count(*)::INTEGER AS entries FROM audit_log GROUP BY action ORDER BY action`);
}

export async function auditActors(db: Connector): Promise<AuditFacet[]> {
	return db.query(`SELECT actor AS value, count(*)::INTEGER AS entries FROM audit_log GROUP BY actor ORDER BY actor`);
}

/** Details of every entry with one of `actions`, oldest first (the recorded fingerprints). */
export async function auditDetailsOf(db: Connector, actions: string[]): Promise<{ seq: number; action: string; detail: string }[]> {
	if (actions.length === 0) return [];
	return db.query(`SELECT seq, action, detail FROM audit_log WHERE action IN (${actions.map(() => '?').join(', ')}) ORDER BY seq, rowid`, actions);
}

export async function savedReviewer(db: Connector): Promise<string | null> {
	return getMeta(db, REVIEWER_KEY);
}

export async function saveReviewer(db: Connector, name: string): Promise<void> {
	await setMeta(db, REVIEWER_KEY, name);
}

async function getMeta(db: Connector, key: string): Promise<string | null> {
	const rows = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = ?`, [key]);
	return rows[0]?.value ?? null;
}

async function setMeta(db: Connector, key: string, value: string): Promise<void> {
	await db.query(`INSERT OR REPLACE INTO meta VALUES (?, ?)`, [key, value]);
}
