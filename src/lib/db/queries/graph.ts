import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';
import { withDisplayNames } from '$lib/identity';
import { mentionPairs, type MentionCandidate } from '$lib/graph/mentions';
import type { GraphOptions, PairRow, PairRowsByKind, PersonRow } from '$lib/graph/types';

/**
 * SQL of the contact graph. Every query starts from the same two CTEs:
 * - `person`: each participant's person — its identity (`i:<id>`) or, without one, itself (`p:<id>`);
 * - `msg`: the authored, non-system messages in the time window, with their person.
 * Pair rows come out as `a < b`. Counting rules are documented in src/lib/graph/README.md.
 */

export interface GraphWindow {
	/** Inclusive lower and exclusive upper bound on ts_utc, 'YYYY-MM-DDTHH:MM:SSZ'; null = unbounded. */
	from: string | null;
	to: string | null;
}

function windowFilter(w: GraphWindow): { where: string; params: unknown[] } {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (w.from) {
		parts.push(`m.ts_utc >= CAST(? AS TIMESTAMP)`);
		params.push(isoToSql(w.from));
	}
	if (w.to) {
		parts.push(`m.ts_utc < CAST(? AS TIMESTAMP)`);
		params.push(isoToSql(w.to));
	}
	return { where: parts.map((p) => ` AND ${p}`).join(''), params };
}

function isoToSql(iso: string): string {
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$/.test(iso)) throw new RangeError(`not a UTC time: ${iso}`);
	return iso.replace('T', ' ').replace('Z', '');
}

function base(w: GraphWindow): { ctes: string; params: unknown[] } {
	const f = windowFilter(w);
	return {
		ctes: `person AS (
				SELECT p.id AS participant_id,
					CASE WHEN im.identity_id IS NULL THEN 'p:' || p.id ELSE 'i:' || im.identity_id END AS person,
					CASE WHEN im.identity_id IS NULL OR i.label IS NULL OR i.label = '' THEN p.display_name ELSE i.label END AS label,
					p.platform, p.handle
				FROM participants p
				LEFT JOIN identity_members im ON im.participant_id = p.id
				LEFT JOIN identities i ON i.id = im.identity_id
			), hits AS (
				SELECT message_id, count(*) AS n FROM risk_hits GROUP BY message_id
			), msg AS (
				SELECT m.id, m.conversation_id, m.participant_id, m.pos, m.ts_utc, m.reply_to, m.text, pe.person, coalesce(h.n, 0) AS risk_hits
				FROM messages m
				JOIN person pe ON pe.participant_id = m.participant_id
				LEFT JOIN hits h ON h.message_id = m.id
				WHERE m.kind <> 'system'${f.where}
			)`,
		params: f.params
	};
}

export function graphPersonsSql(w: GraphWindow): SqlQuery {
	const b = base(w);
	return {
		sql: `WITH ${b.ctes}
			SELECT msg.person AS key, min(pe.label) AS label, count(*)::INTEGER AS messages, sum(msg.risk_hits)::INTEGER AS risk_hits,
				string_agg(DISTINCT pe.platform, ', ' ORDER BY pe.platform) AS platforms, string_agg(DISTINCT pe.handle, ', ' ORDER BY pe.handle) AS handles
			FROM msg JOIN person pe ON pe.participant_id = msg.participant_id
			GROUP BY msg.person ORDER BY label, key`,
		params: b.params
	};
}

/** Pairs of people in a direct conversation; count = their messages in it. */
export function directPairsSql(w: GraphWindow): SqlQuery {
	const b = base(w);
	return {
		sql: `WITH ${b.ctes}, dm AS (
				SELECT msg.* FROM msg JOIN conversations c ON c.id = msg.conversation_id WHERE c.kind = 'direct'
			), people AS (
				SELECT DISTINCT conversation_id, person FROM dm
			), pairs AS (
				SELECT x.conversation_id, x.person AS a, y.person AS b
				FROM people x JOIN people y ON x.conversation_id = y.conversation_id AND x.person < y.person
			)
			SELECT p.a, p.b, count(*)::INTEGER AS count, count(*)::INTEGER AS messages, sum(dm.risk_hits)::INTEGER AS risk_hits
			FROM pairs p JOIN dm ON dm.conversation_id = p.conversation_id AND dm.person IN (p.a, p.b)
			GROUP BY p.a, p.b ORDER BY p.a, p.b`,
		params: b.params
	};
}

/**
 * The replying message and the person replied to, one row per reply: an explicit reply link to a message by another
 * person; or, when `windowMinutes` is set and the message has no reply link, the previous authored message of the
 * conversation (in the window) when another person wrote it at most `windowMinutes` earlier.
 */
function repliesCte(windowMinutes: number | null): { sql: string; params: unknown[] } {
	const explicit = `SELECT msg.id, msg.person AS source, pe.person AS target
		FROM msg JOIN messages r ON r.id = msg.reply_to JOIN person pe ON pe.participant_id = r.participant_id`;
	if (windowMinutes === null) return { sql: explicit, params: [] };
	if (!(windowMinutes >= 0) || !Number.isFinite(windowMinutes)) throw new RangeError(`reply window must be ≥ 0 minutes, got ${windowMinutes}`);
	return {
		sql: `${explicit}
			UNION ALL
			SELECT id, person AS source, prev_person AS target FROM (
				SELECT id, person, reply_to, ts_utc,
					lag(person) OVER (PARTITION BY conversation_id ORDER BY pos) AS prev_person,
					lag(ts_utc) OVER (PARTITION BY conversation_id ORDER BY pos) AS prev_ts
				FROM msg
			) WHERE reply_to IS NULL AND prev_person IS NOT NULL
				AND date_diff('second', prev_ts, ts_utc) BETWEEN 0 AND ?`,
		params: [Math.round(windowMinutes * 60)]
	};
}

export function replyPairsSql(w: GraphWindow, windowMinutes: number | null): SqlQuery {
	const b = base(w);
	const r = repliesCte(windowMinutes);
	return {
		sql: `WITH ${b.ctes}, rep AS (${r.sql})
			SELECT least(rep.source, rep.target) AS a, greatest(rep.source, rep.target) AS b,
				count(*)::INTEGER AS count, count(*)::INTEGER AS messages, sum(msg.risk_hits)::INTEGER AS risk_hits
			FROM rep JOIN msg ON msg.id = rep.id
			WHERE rep.source <> rep.target
			GROUP BY 1, 2 ORDER BY 1, 2`,
		params: [...b.params, ...r.params]
	};
}

/** Candidate mentions (see mentions.ts): a message containing the name or `@handle` of another poster of its conversation. */
function mentionCandidatesCte(): string {
	return `names AS (
			SELECT DISTINCT msg.conversation_id, msg.person AS target, p.display_name AS name, p.handle
			FROM msg JOIN participants p ON p.id = msg.participant_id
		), cand AS (
			SELECT msg.id AS message_id, msg.person AS source, n.target, n.name, n.handle, msg.text, msg.risk_hits
			FROM msg JOIN names n ON n.conversation_id = msg.conversation_id AND n.target <> msg.person
			WHERE (length(n.name) >= 2 AND contains(lower(msg.text), lower(n.name)))
				OR (length(n.handle) >= 1 AND contains(lower(msg.text), '@' || lower(n.handle)))
		)`;
}

export function mentionCandidatesSql(w: GraphWindow): SqlQuery {
	const b = base(w);
	return {
		sql: `WITH ${b.ctes}, ${mentionCandidatesCte()}
			SELECT message_id, source, target, name, handle, text, risk_hits::INTEGER AS risk_hits FROM cand ORDER BY message_id, target, name`,
		params: b.params
	};
}

/** Pairs of people who both posted in a group or channel; count = shared conversations. */
export function groupPairsSql(w: GraphWindow): SqlQuery {
	const b = base(w);
	return {
		sql: `WITH ${b.ctes}, gp AS (
				SELECT DISTINCT msg.conversation_id, msg.person FROM msg JOIN conversations c ON c.id = msg.conversation_id
				WHERE c.kind IN ('group', 'channel')
			)
			SELECT x.person AS a, y.person AS b, count(*)::INTEGER AS count, 0 AS messages, 0 AS risk_hits
			FROM gp x JOIN gp y ON x.conversation_id = y.conversation_id AND x.person < y.person
			GROUP BY 1, 2 ORDER BY 1, 2`,
		params: b.params
	};
}

export type EdgeMessageReason = 'direct' | 'reply' | 'mention';

export interface EdgeMessageRow {
	id: number;
	conversation_id: number;
	conversation_title: string;
	platform: string;
	ts_utc: string | null;
	author: string;
	text: string;
	reason: EdgeMessageReason;
	/** The person mentioned, for mention candidates (checked in TS). */
	name: string | null;
	handle: string | null;
}

/**
 * Messages that make the edge between persons `x` and `y`: their direct messages, replies of one to the other, and
 * candidate mentions of one by the other (the caller keeps those that isMention accepts). At most `limit` per reason.
 */
export function edgeMessagesSql(w: GraphWindow, windowMinutes: number | null, x: string, y: string, limit = 500): SqlQuery {
	const b = base(w);
	const r = repliesCte(windowMinutes);
	const lim = Math.max(1, Math.floor(limit));
	return {
		sql: `WITH ${b.ctes}, rep AS (${r.sql}), ${mentionCandidatesCte()},
			direct_conv AS (
				SELECT msg.conversation_id FROM msg JOIN conversations c ON c.id = msg.conversation_id
				WHERE c.kind = 'direct' AND msg.person IN (?, ?)
				GROUP BY msg.conversation_id HAVING count(DISTINCT msg.person) = 2
			), picked AS (
				(SELECT msg.id, 'direct' AS reason, NULL AS name, NULL AS handle FROM msg
					WHERE msg.conversation_id IN (SELECT conversation_id FROM direct_conv) AND msg.person IN (?, ?)
					ORDER BY msg.ts_utc, msg.id LIMIT ${lim})
				UNION ALL
				(SELECT DISTINCT rep.id, 'reply', NULL, NULL FROM rep
					WHERE (rep.source = ? AND rep.target = ?) OR (rep.source = ? AND rep.target = ?)
					ORDER BY rep.id LIMIT ${lim})
				UNION ALL
				(SELECT cand.message_id, 'mention', cand.name, cand.handle FROM cand
					WHERE (cand.source = ? AND cand.target = ?) OR (cand.source = ? AND cand.target = ?)
					ORDER BY cand.message_id LIMIT ${lim * 4})
			)
			SELECT m.id, m.conversation_id, c.title AS conversation_title, c.platform, m.ts_utc, m.author, m.text, picked.reason,
				picked.name, picked.handle
			FROM picked JOIN messages m ON m.id = picked.id JOIN conversations c ON c.id = m.conversation_id
			ORDER BY m.ts_utc NULLS LAST, m.id, picked.reason`,
		params: [...b.params, ...r.params, x, y, x, y, x, y, y, x, x, y, y, x]
	};
}

export interface GroupRow {
	id: number;
	title: string;
}

/** Groups and channels where both persons posted in the window. */
export function sharedGroupsSql(w: GraphWindow, x: string, y: string): SqlQuery {
	const b = base(w);
	return {
		sql: `WITH ${b.ctes}
			SELECT c.id, c.title FROM conversations c
			WHERE c.kind IN ('group', 'channel')
				AND c.id IN (SELECT conversation_id FROM msg WHERE person = ?)
				AND c.id IN (SELECT conversation_id FROM msg WHERE person = ?)
			ORDER BY c.title, c.id`,
		params: [...b.params, x, y]
	};
}

export interface TimeBoundsRow {
	first: string | null;
	last: string | null;
}

export function graphTimeBoundsSql(): SqlQuery {
	return {
		sql: `SELECT min(ts_utc) AS first, max(ts_utc) AS last FROM messages WHERE participant_id IS NOT NULL AND kind <> 'system'`,
		params: []
	};
}

export const graphPersons = (db: Connector, w: GraphWindow) => run<PersonRow>(db, graphPersonsSql(w));
export const directPairs = (db: Connector, w: GraphWindow) => run<PairRow>(db, directPairsSql(w));
export const replyPairs = (db: Connector, w: GraphWindow, windowMinutes: number | null) => run<PairRow>(db, replyPairsSql(w, windowMinutes));
export const mentionCandidates = (db: Connector, w: GraphWindow) => run<MentionCandidate>(db, mentionCandidatesSql(w));
export const groupPairs = (db: Connector, w: GraphWindow) => run<PairRow>(db, groupPairsSql(w));
export const edgeMessages = (db: Connector, w: GraphWindow, windowMinutes: number | null, x: string, y: string, limit?: number) =>
	run<EdgeMessageRow>(db, edgeMessagesSql(w, windowMinutes, x, y, limit));
export const sharedGroups = (db: Connector, w: GraphWindow, x: string, y: string) => run<GroupRow>(db, sharedGroupsSql(w, x, y));
export async function graphTimeBounds(db: Connector): Promise<TimeBoundsRow> {
	const [row] = await run<TimeBoundsRow>(db, graphTimeBoundsSql());
	return row ?? { first: null, last: null };
}

/** Everything buildGraph needs for these options; kinds switched off are not queried. */
export async function loadGraphRows(db: Connector, opts: GraphOptions): Promise<{ persons: PersonRow[]; pairs: PairRowsByKind }> {
	const w: GraphWindow = { from: opts.from, to: opts.to };
	// People who share a name are told apart by platform and handle, never by their keys.
	const persons = withDisplayNames(await graphPersons(db, w));
	const pairs: PairRowsByKind = {
		direct: opts.kinds.direct ? await directPairs(db, w) : [],
		reply: opts.kinds.reply ? await replyPairs(db, w, opts.replyWindowMinutes) : [],
		mention: opts.kinds.mention ? mentionPairs(await mentionCandidates(db, w)) : [],
		group: opts.kinds.group ? await groupPairs(db, w) : []
	};
	return { persons, pairs };
}
