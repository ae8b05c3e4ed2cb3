import { isRiskCategory, UNSCANNED_KINDS, type RiskCategory } from '$lib/risk/types';
import type { Connector } from '../connector';
import { MESSAGE_SOURCE_JOINS, MESSAGE_SOURCE_SELECT, type MessageSourceRow } from './exports';
import { run, type SqlQuery } from './sql';

/**
 * SQL of the risk views and of scanning. Integers and categories are validated and inlined (DuckDB prunes with
 * literals, and IN lists of ids cannot be bound as one parameter).
 */

function int(name: string, v: number): number {
	if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
	return v;
}

function category(c: string): RiskCategory {
	if (!isRiskCategory(c)) throw new RangeError(`unknown risk category ${JSON.stringify(c)}`);
	return c as RiskCategory;
}

function day(name: string, d: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new RangeError(`${name} must be YYYY-MM-DD, got ${JSON.stringify(d)}`);
	return d;
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const SCANNED = `kind NOT IN (${UNSCANNED_KINDS.map(quote).join(', ')})`;

/** `AND r.category = '…'` for an optional category filter. */
function categoryFilter(c: RiskCategory | null, alias = 'r'): string {
	return c === null ? '' : ` AND ${alias}.category = ${quote(category(c))}`;
}

function archiveFilter(archiveIds: readonly number[] | null): string {
	if (archiveIds === null) return '';
	if (archiveIds.length === 0) return ' AND false';
	return ` AND archive_id IN (${archiveIds.map((id) => int('archiveId', id)).join(', ')})`;
}

// ── scanning ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface ScanExtent {
	messages: number;
	min_id: number | null;
	max_id: number | null;
}

/** How many messages a scan of these archives (null: the whole workspace) reads, and their id range. */
export function scanExtentSql(archiveIds: readonly number[] | null): SqlQuery {
	return {
		sql: `SELECT count(*) AS messages, min(id) AS min_id, max(id) AS max_id FROM messages WHERE ${SCANNED}${archiveFilter(archiveIds)}`,
		params: []
	};
}

export async function scanExtent(db: Connector, archiveIds: readonly number[] | null): Promise<ScanExtent> {
	return (await run<ScanExtent>(db, scanExtentSql(archiveIds)))[0];
}

/** One batch to scan: messages with fromId ≤ id < toId, as (id, kind, text); read with queryArrowIPC. */
export function scanBatchSql(archiveIds: readonly number[] | null, fromId: number, toId: number): string {
	return `SELECT id, kind, text FROM messages
		WHERE id >= ${int('fromId', fromId)} AND id < ${int('toId', toId)} AND ${SCANNED}${archiveFilter(archiveIds)}
		ORDER BY id`;
}

/** Hits of these archives' messages, removed before they are scanned (again). */
export function deleteArchiveHitsSql(archiveIds: readonly number[]): string {
	return `DELETE FROM risk_hits WHERE message_id IN (SELECT id FROM messages WHERE true${archiveFilter(archiveIds)})`;
}

/** Removes every hit except those of the given rules (a policy re-scan keeps the detectors' hits). */
export function deleteHitsExceptRulesSql(keepRules: readonly string[]): string {
	return keepRules.length === 0 ? 'DELETE FROM risk_hits' : `DELETE FROM risk_hits WHERE rule NOT IN (${keepRules.map(quote).join(', ')})`;
}

// ── summaries ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface CategoryCount {
	category: RiskCategory;
	hits: number;
	messages: number;
}

export function categoryCountsSql(): SqlQuery {
	return {
		sql: `SELECT category, count(*) AS hits, count(DISTINCT message_id) AS messages FROM risk_hits GROUP BY category ORDER BY hits DESC, category`,
		params: []
	};
}

export const categoryCounts = (db: Connector) => run<CategoryCount>(db, categoryCountsSql());

export interface HeatmapRow {
	conversation_id: number;
	title: string;
	/** Monday of the ISO week, 'YYYY-MM-DD' (UTC). */
	week: string;
	messages: number;
	hits: number;
}

/**
 * Messages and hits per conversation and week, for the `limit` conversations with most hits. Weeks without
 * messages are absent; a week with messages but no hits has hits = 0.
 */
export function heatmapSql(c: RiskCategory | null, limit: number): SqlQuery {
	return {
		sql: `WITH top AS (
				SELECT m.conversation_id, count(*) AS hits FROM risk_hits r JOIN messages m ON m.id = r.message_id
				WHERE m.ts_utc IS NOT NULL${categoryFilter(c)}
				GROUP BY m.conversation_id ORDER BY hits DESC, m.conversation_id LIMIT ${int('limit', limit)}
			), w AS (
				SELECT conversation_id, date_trunc('week', ts_utc)::DATE AS week, count(*) AS messages
				FROM messages WHERE ts_utc IS NOT NULL AND ${SCANNED} AND conversation_id IN (SELECT conversation_id FROM top)
				GROUP BY ALL
			), h AS (
				SELECT m.conversation_id, date_trunc('week', m.ts_utc)::DATE AS week, count(*) AS hits
				FROM risk_hits r JOIN messages m ON m.id = r.message_id
				WHERE m.ts_utc IS NOT NULL AND m.conversation_id IN (SELECT conversation_id FROM top)${categoryFilter(c)}
				GROUP BY ALL
			)
			SELECT w.conversation_id, c.title, strftime(w.week, '%Y-%m-%d') AS week, w.messages, coalesce(h.hits, 0) AS hits
			FROM w JOIN conversations c ON c.id = w.conversation_id
			LEFT JOIN h ON h.conversation_id = w.conversation_id AND h.week = w.week
			ORDER BY w.conversation_id, w.week`,
		params: []
	};
}

export const heatmapRows = (db: Connector, c: RiskCategory | null, limit = 40) => run<HeatmapRow>(db, heatmapSql(c, limit));

export interface PersonRisk {
	/** 'i<identity id>' for a linked person, 'p<participant id>' otherwise. */
	key: string;
	name: string;
	messages: number;
	hits: number;
	per100: number;
	/** Categories by hits, most first, at most three. */
	top_categories: string[];
}

/** People (identities where linked, else participants) ranked by hits, with their scanned message counts. */
export function peopleRiskSql(c: RiskCategory | null, limit: number): SqlQuery {
	return {
		sql: `WITH who AS (
				SELECT p.id AS participant_id,
					coalesce('i' || im.identity_id, 'p' || p.id) AS key,
					coalesce(i.label, p.display_name) AS name
				FROM participants p
				LEFT JOIN identity_members im ON im.participant_id = p.id
				LEFT JOIN identities i ON i.id = im.identity_id
			), msgs AS (
				SELECT w.key, count(*) AS messages FROM messages m JOIN who w ON w.participant_id = m.participant_id
				WHERE m.${SCANNED} GROUP BY w.key
			), cats AS (
				SELECT w.key, r.category, count(*) AS hits
				FROM risk_hits r JOIN messages m ON m.id = r.message_id JOIN who w ON w.participant_id = m.participant_id
				WHERE true${categoryFilter(c)}
				GROUP BY w.key, r.category
			), hits AS (
				SELECT key, sum(hits)::BIGINT AS hits, list(category ORDER BY hits DESC, category)[1:3] AS top_categories
				FROM cats GROUP BY key
			), names AS (
				SELECT key, min(name) AS name FROM who GROUP BY key
			)
			SELECT h.key, n.name, coalesce(ms.messages, 0) AS messages, h.hits,
				round(100.0 * h.hits / greatest(coalesce(ms.messages, 0), 1), 2) AS per100, h.top_categories
			FROM hits h JOIN names n ON n.key = h.key LEFT JOIN msgs ms ON ms.key = h.key
			ORDER BY h.hits DESC, per100 DESC, n.name LIMIT ${int('limit', limit)}`,
		params: []
	};
}

export const peopleRisk = (db: Connector, c: RiskCategory | null, limit = 50) => run<PersonRisk>(db, peopleRiskSql(c, limit));

export interface ConversationDayRow {
	conversation_id: number;
	day: string;
	messages: number;
	hits: number;
}

/** Messages and hits per UTC day of every conversation that has hits (the input of burst detection). */
export function conversationDaysSql(c: RiskCategory | null): SqlQuery {
	return {
		sql: `WITH h AS (
				SELECT m.conversation_id, m.ts_utc::DATE AS day, count(*) AS hits
				FROM risk_hits r JOIN messages m ON m.id = r.message_id
				WHERE m.ts_utc IS NOT NULL${categoryFilter(c)}
				GROUP BY ALL
			), d AS (
				SELECT conversation_id, ts_utc::DATE AS day, count(*) AS messages
				FROM messages WHERE ts_utc IS NOT NULL AND ${SCANNED} AND conversation_id IN (SELECT conversation_id FROM h)
				GROUP BY ALL
			)
			SELECT d.conversation_id, strftime(d.day, '%Y-%m-%d') AS day, d.messages, coalesce(h.hits, 0) AS hits
			FROM d LEFT JOIN h ON h.conversation_id = d.conversation_id AND h.day = d.day
			ORDER BY d.conversation_id, d.day`,
		params: []
	};
}

export const conversationDays = (db: Connector, c: RiskCategory | null) => run<ConversationDayRow>(db, conversationDaysSql(c));

// ── hit lists ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface HitRow extends MessageSourceRow {
	rule: string;
	category: RiskCategory;
	severity: string;
	score: number;
	span_start: number;
	span_end: number;
	explanation: string;
}

/** Which hits to list: a conversation's UTC days [from, to] (a heatmap week, a burst), optionally one category. */
export interface HitSelection {
	conversationId?: number;
	/** Inclusive UTC days, 'YYYY-MM-DD'. */
	from?: string;
	to?: string;
	category?: RiskCategory | null;
}

export function hitsSql(sel: HitSelection, limit: number): SqlQuery {
	const where: string[] = [];
	if (sel.conversationId !== undefined) where.push(`m.conversation_id = ${int('conversationId', sel.conversationId)}`);
	if (sel.from !== undefined) where.push(`m.ts_utc >= ${quote(day('from', sel.from))}::TIMESTAMP`);
	if (sel.to !== undefined) where.push(`m.ts_utc < ${quote(day('to', sel.to))}::TIMESTAMP + INTERVAL 1 DAY`);
	return {
		sql: `SELECT ${MESSAGE_SOURCE_SELECT}, r.rule, r.category, r.severity, r.score, r.span_start, r.span_end, r.explanation
			FROM risk_hits r JOIN messages m ON m.id = r.message_id ${MESSAGE_SOURCE_JOINS}
			WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}${categoryFilter(sel.category ?? null)}
			ORDER BY m.ts_utc NULLS LAST, r.message_id, r.span_start, r.rule
			LIMIT ${int('limit', limit)}`,
		params: []
	};
}

export const listHits = (db: Connector, sel: HitSelection, limit = 500) => run<HitRow>(db, hitsSql(sel, limit));

export function hitCountSql(): SqlQuery {
	return { sql: `SELECT count(*) AS n FROM risk_hits`, params: [] };
}

export async function hitCount(db: Connector): Promise<number> {
	return (await run<{ n: number }>(db, hitCountSql()))[0].n;
}

export interface MessageMark {
	message_id: number;
	category: RiskCategory;
	hits: number;
	/** One of the hits' explanations. */
	explanation: string;
}

/** Hits per category of the given messages, for marks in the message view. */
export function messageMarksSql(messageIds: readonly number[]): SqlQuery {
	const ids = messageIds.map((id) => int('messageId', id));
	return {
		sql: `SELECT message_id, category, count(*) AS hits, min(explanation) AS explanation FROM risk_hits
			WHERE message_id IN (${ids.length > 0 ? ids.join(', ') : 'NULL'}) GROUP BY message_id, category ORDER BY message_id, category`,
		params: []
	};
}

export const messageMarks = (db: Connector, messageIds: readonly number[]) => run<MessageMark>(db, messageMarksSql(messageIds));
