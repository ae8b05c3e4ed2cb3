/**
 * The analytics dashboard's queries. Every builder takes the global filter and returns `{sql, params}`; the runners
 * bind them to a Connector. Times are UTC unless a query says otherwise.
 *
 * "Author" means a person when the participant is merged into an identity (identity_members), else the participant:
 * keys are 'i<identity id>' or 'p<participant id>', labels the identity's label or the participant's display name.
 */
import { filterWhere, type GlobalFilter } from '$lib/analytics/filter';
import { uniqueLabels } from '$lib/analytics/labels';
import { withDisplayNames } from '$lib/identity';
import type { Connector } from '../connector';
import { ensureDashboardFacts, FACTS_TABLE } from './dashboard-facts';
import { run, type SqlQuery } from './sql';

export type Bucket = 'day' | 'week' | 'month';
export type StackBy = 'none' | 'conversation' | 'author';
export type Clock = 'local' | 'utc';

export const BUCKETS: readonly Bucket[] = ['day', 'week', 'month'];
export const STACKS: readonly StackBy[] = ['none', 'conversation', 'author'];

const WHO_CTE = `who AS (
	SELECT p.id AS participant_id,
		CASE WHEN im.identity_id IS NULL THEN 'p' || p.id ELSE 'i' || im.identity_id END AS who_key,
		coalesce(i.label, p.display_name) AS who_label, p.handle AS who_handle
	FROM participants p
	LEFT JOIN identity_members im ON im.participant_id = p.id
	LEFT JOIN identities i ON i.id = im.identity_id
)`;

function oneOf<T extends string>(name: string, value: T, allowed: readonly T[]): T {
	if (!allowed.includes(value)) throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${value}`);
	return value;
}

function positive(name: string, v: number): number {
	if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
	return v;
}

// ── Summary ──────────────────────────────────────────────────────────────────────────────────────────────────────

export interface DashboardSummary {
	messages: number;
	/** 'YYYY-MM-DD' of the first and last timed message, UTC. */
	first: string | null;
	last: string | null;
}

export function summarySql(filter: GlobalFilter): SqlQuery {
	const where = filterWhere(filter);
	return {
		sql: `SELECT count(*)::INTEGER AS messages, strftime(min(m.ts_utc), '%Y-%m-%d') AS first, strftime(max(m.ts_utc), '%Y-%m-%d') AS last
			FROM messages m WHERE ${where.sql}`,
		params: where.params
	};
}

export async function dashboardSummary(db: Connector, filter: GlobalFilter): Promise<DashboardSummary> {
	const [row] = await run<DashboardSummary>(db, summarySql(filter));
	return row;
}

// ── Activity over time ───────────────────────────────────────────────────────────────────────────────────────────

export interface ActivityOptions {
	bucket: Bucket;
	stackBy: StackBy;
	/** Series kept by name; the rest are summed as "Other". */
	top: number;
}

export interface ActivityRow {
	/** Bucket start, 'YYYY-MM-DD' (UTC; weeks start on Monday). */
	bucket: string;
	/** Series key: conversation id, author key, 'all', or '' for "Other". */
	key: string;
	series: string;
	/** What tells two series of one name apart: the conversation's platform or the author's handle ('' for none). */
	hint?: string;
	messages: number;
}

export const OTHER = 'Other';

/**
 * Messages per bucket and series; every record with a time counts, system records as the author "(system)".
 * Counting happens on integer ids (bucket, conversation or participant) and labels are joined onto the few
 * aggregated rows afterwards, so no string work is done per message.
 */
export function activitySql(filter: GlobalFilter, opts: ActivityOptions): SqlQuery {
	const bucket = oneOf('bucket', opts.bucket, BUCKETS);
	const stackBy = oneOf('stackBy', opts.stackBy, STACKS);
	const where = filterWhere(filter);
	const series = {
		none: { id: '0', key: `'all'`, label: `'All messages'`, hint: `''`, join: '' },
		conversation: {
			id: 'm.conversation_id',
			key: 'CAST(c.id AS VARCHAR)',
			label: 'c.title',
			hint: 'c.platform',
			join: 'JOIN conversations c ON c.id = counts.id'
		},
		author: {
			id: 'coalesce(m.participant_id, -1)',
			key: `coalesce(w.who_key, 'system')`,
			label: `coalesce(w.who_label, '(system)')`,
			hint: `coalesce(w.who_handle, '')`,
			join: 'LEFT JOIN who w ON w.participant_id = counts.id'
		}
	}[stackBy];
	return {
		sql: `WITH ${WHO_CTE},
			counts AS (
				SELECT date_trunc('${bucket}', m.ts_utc) AS bucket, ${series.id} AS id, count(*) AS n
				FROM messages m
				WHERE m.ts_utc IS NOT NULL AND ${where.sql}
				GROUP BY ALL
			),
			keyed AS (SELECT counts.bucket, ${series.key} AS key, ${series.label} AS label, ${series.hint} AS hint, counts.n FROM counts ${series.join}),
			top AS (SELECT key, min(label) AS label, min(hint) AS hint FROM keyed GROUP BY key ORDER BY sum(n) DESC, key LIMIT ?)
			SELECT strftime(k.bucket, '%Y-%m-%d') AS bucket, coalesce(top.key, '') AS key, coalesce(top.label, '${OTHER}') AS series,
				coalesce(top.hint, '') AS hint,
				sum(k.n)::INTEGER AS messages
			FROM keyed k LEFT JOIN top ON top.key = k.key
			GROUP BY ALL ORDER BY bucket, key`,
		params: [...where.params, positive('top', opts.top)]
	};
}

export async function activity(db: Connector, filter: GlobalFilter, opts: ActivityOptions): Promise<ActivityRow[]> {
	const rows = await run<ActivityRow>(db, activitySql(filter, opts));
	// Two series of one name are told apart by platform (conversations) or handle (authors) before any number.
	return uniqueLabels(rows, 'key', 'series', (row) => row.hint ?? '');
}

// ── Hour × weekday ───────────────────────────────────────────────────────────────────────────────────────────────

export interface HourWeekdayRow {
	/** ISO weekday, 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** 0–23. */
	hour: number;
	messages: number;
}

/**
 * Messages per weekday and hour. 'local' reads the wall-clock time as written in the export (ts_local), which is
 * what people mean by "at 9 in the morning" whatever the zone; 'utc' uses ts_utc. Both read the dashboard's facts
 * table (weekday and hour of the written time worked out once per message, see dashboard-facts.ts).
 */
export function hourWeekdaySql(filter: GlobalFilter, clock: Clock): SqlQuery {
	const where = filterWhere(filter);
	const local = oneOf('clock', clock, ['local', 'utc'] as const) === 'local';
	// UTC: count per hour slot first, then take weekday and hour of the few distinct slots.
	const counted = local
		? `SELECT m.local_weekday AS weekday, m.local_hour AS hour, count(*) AS n FROM ${FACTS_TABLE} m WHERE ${where.sql} GROUP BY ALL`
		: `SELECT isodow(slot) AS weekday, hour(slot) AS hour, n FROM (
				SELECT date_trunc('hour', m.ts_utc) AS slot, count(*) AS n FROM ${FACTS_TABLE} m WHERE ${where.sql} GROUP BY 1
			)`;
	return {
		sql: `WITH parsed AS (${counted})
			SELECT weekday::INTEGER AS weekday, hour::INTEGER AS hour, sum(n)::INTEGER AS messages
			FROM parsed WHERE weekday IS NOT NULL AND hour BETWEEN 0 AND 23
			GROUP BY ALL ORDER BY weekday, hour`,
		params: where.params
	};
}

export async function hourWeekday(db: Connector, filter: GlobalFilter, clock: Clock): Promise<HourWeekdayRow[]> {
	await ensureDashboardFacts(db);
	return run<HourWeekdayRow>(db, hourWeekdaySql(filter, clock));
}

// ── Most active participants ─────────────────────────────────────────────────────────────────────────────────────

export interface ActiveAuthorRow {
	key: string;
	label: string;
	/** Platforms the author wrote on, comma-separated. */
	platforms: string;
	/** Handles the author wrote under, comma-separated: with the platforms, what tells two people with one name apart. */
	handles: string;
	messages: number;
}

export function activeAuthorsSql(filter: GlobalFilter, limit: number): SqlQuery {
	const where = filterWhere(filter);
	return {
		sql: `WITH ${WHO_CTE},
			counts AS (
				SELECT m.participant_id, m.conversation_id, count(*) AS n
				FROM messages m WHERE m.participant_id IS NOT NULL AND ${where.sql} GROUP BY ALL
			)
			SELECT w.who_key AS key, min(w.who_label) AS label, string_agg(DISTINCT c.platform, ', ' ORDER BY c.platform) AS platforms,
				string_agg(DISTINCT w.who_handle, ', ' ORDER BY w.who_handle) AS handles, sum(counts.n)::INTEGER AS messages
			FROM counts JOIN who w ON w.participant_id = counts.participant_id JOIN conversations c ON c.id = counts.conversation_id
			GROUP BY w.who_key ORDER BY messages DESC, label, key LIMIT ?`,
		params: [...where.params, positive('limit', limit)]
	};
}

export async function activeAuthors(db: Connector, filter: GlobalFilter, limit: number): Promise<ActiveAuthorRow[]> {
	return withDisplayNames(await run<ActiveAuthorRow>(db, activeAuthorsSql(filter, limit)));
}

// ── Reply latency per pair ───────────────────────────────────────────────────────────────────────────────────────

export interface ReplyLatencyOptions {
	/** An implicit reply is the next authored message within this many seconds by someone else. */
	windowSeconds: number;
	/** Pairs kept, those with the most replies first. */
	top: number;
}

export interface ReplyLatencyRow {
	from_key: string;
	/** Who replied. */
	from_label: string;
	to_key: string;
	/** Who was replied to. */
	to_label: string;
	replies: number;
	/** Replies that were explicit reply links (the rest are implicit). */
	explicit: number;
	/** Seconds: lower quartile, median, upper quartile (linear interpolation). */
	q1: number;
	median: number;
	q3: number;
}

/**
 * Reply latency per directed pair (A replies to B). A reply is a message with an explicit `reply_to` link to a
 * message by someone else (whatever the delay), or else the next authored message in the conversation (system
 * records skipped) when its author differs and it follows within the window. The reply must pass the filter; the
 * message replied to need not (a reply on 1 March to a message of 28 February counts in March). Negative delays
 * (clock skew between exports) are dropped.
 */
export function replyLatencySql(filter: GlobalFilter, opts: ReplyLatencyOptions): SqlQuery {
	const where = filterWhere(filter);
	const windowSeconds = positive('windowSeconds', opts.windowSeconds);
	// The facts table holds who each message answers and after how long (replied_to, reply_seconds), worked out over
	// whole conversations once, so the filter only picks the replies. Pairs are counted by integer author keys (a
	// person's members as one: -identity id, else the participant id) and labelled afterwards.
	return {
		sql: `WITH ${WHO_CTE},
			author AS (
				SELECT w.participant_id, coalesce(-im.identity_id, w.participant_id) AS who, w.who_key, w.who_label
				FROM who w LEFT JOIN identity_members im ON im.participant_id = w.participant_id
			),
			label AS (SELECT who, min(who_key) AS who_key, min(who_label) AS who_label FROM author GROUP BY who),
			replies AS (
				SELECT m.participant_id AS from_id, m.replied_to AS to_id, m.reply_seconds AS seconds, m.explicit_reply AS explicit
				FROM ${FACTS_TABLE} m
				WHERE m.repliable AND m.replied_to IS NOT NULL AND m.reply_seconds >= 0 AND (m.explicit_reply OR m.reply_seconds <= ?) AND ${where.sql}
			),
			pairs AS (
				SELECT af.who AS from_who, at_.who AS to_who, count(*)::INTEGER AS replies, count(*) FILTER (WHERE r.explicit)::INTEGER AS explicit,
					quantile_cont(r.seconds, [0.25, 0.5, 0.75]) AS q
				FROM replies r JOIN author af ON af.participant_id = r.from_id JOIN author at_ ON at_.participant_id = r.to_id
				WHERE af.who <> at_.who
				GROUP BY ALL
			)
			SELECT lf.who_key AS from_key, lf.who_label AS from_label, lt.who_key AS to_key, lt.who_label AS to_label,
				replies, explicit, q[1] AS q1, q[2] AS median, q[3] AS q3
			FROM pairs JOIN label lf ON lf.who = from_who JOIN label lt ON lt.who = to_who
			ORDER BY replies DESC, from_label, to_label LIMIT ?`,
		params: [windowSeconds, ...where.params, positive('top', opts.top)]
	};
}

export async function replyLatency(db: Connector, filter: GlobalFilter, opts: ReplyLatencyOptions): Promise<ReplyLatencyRow[]> {
	await ensureDashboardFacts(db);
	const rows = await run<ReplyLatencyRow>(db, replyLatencySql(filter, opts));
	return uniqueLabels(uniqueLabels(rows, 'from_key', 'from_label'), 'to_key', 'to_label');
}

// ── Message length ───────────────────────────────────────────────────────────────────────────────────────────────

export interface LengthBinRow {
	/** floor(log2(characters)): bin k holds 2^k … 2^(k+1) − 1 characters (see analytics/bins.ts). */
	bin: number;
	messages: number;
}

/** Text messages (kind 'text', non-empty) by length in characters (code points), in log2 bins (from the facts table). */
export function messageLengthSql(filter: GlobalFilter): SqlQuery {
	const where = filterWhere(filter);
	return {
		sql: `SELECT m.length_bin::INTEGER AS bin, count(*)::INTEGER AS messages
			FROM ${FACTS_TABLE} m WHERE m.length_bin IS NOT NULL AND ${where.sql}
			GROUP BY bin ORDER BY bin`,
		params: where.params
	};
}

export async function messageLength(db: Connector, filter: GlobalFilter): Promise<LengthBinRow[]> {
	await ensureDashboardFacts(db);
	return run<LengthBinRow>(db, messageLengthSql(filter));
}

// ── Media kinds ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface MediaKindRow {
	media_type: string;
	attachments: number;
}

/** Attachments by media type, of messages passing the filter. */
export function mediaKindsSql(filter: GlobalFilter): SqlQuery {
	const where = filterWhere(filter);
	return {
		sql: `SELECT a.media_type, count(*)::INTEGER AS attachments
			FROM attachments a JOIN messages m ON m.id = a.message_id
			WHERE ${where.sql}
			GROUP BY a.media_type ORDER BY attachments DESC, a.media_type`,
		params: where.params
	};
}

export function mediaKinds(db: Connector, filter: GlobalFilter): Promise<MediaKindRow[]> {
	return run<MediaKindRow>(db, mediaKindsSql(filter));
}

// ── What the filter bar offers ───────────────────────────────────────────────────────────────────────────────────

export interface FilterOptions {
	conversations: { id: number; title: string; platform: string; messages: number }[];
	participants: { id: number; label: string; platform: string; messages: number }[];
	/** Identities with at least one member; empty when nobody has been merged. */
	people: { id: number; label: string; members: number }[];
	platforms: string[];
	/** First and last day with messages, UTC. */
	first: string | null;
	last: string | null;
}

export async function filterOptions(db: Connector): Promise<FilterOptions> {
	const [conversations, participants, people, platforms, [extent]] = await Promise.all([
		db.query<FilterOptions['conversations'][number]>(
			`SELECT c.id, c.title, c.platform, coalesce(n.messages, 0)::INTEGER AS messages
			FROM conversations c LEFT JOIN (SELECT conversation_id, count(*) AS messages FROM messages GROUP BY 1) n ON n.conversation_id = c.id
			ORDER BY c.title, c.id`
		),
		db.query<FilterOptions['participants'][number]>(
			`SELECT p.id, p.display_name AS label, p.platform, n.messages::INTEGER AS messages
			FROM participants p JOIN (SELECT participant_id, count(*) AS messages FROM messages GROUP BY 1) n ON n.participant_id = p.id
			ORDER BY messages DESC, label, p.id`
		),
		db.query<FilterOptions['people'][number]>(
			`SELECT i.id, i.label, count(*)::INTEGER AS members
			FROM identities i JOIN identity_members im ON im.identity_id = i.id GROUP BY ALL ORDER BY i.label, i.id`
		),
		db.query<{ platform: string }>(`SELECT DISTINCT platform FROM conversations ORDER BY platform`),
		db.query<{ first: string | null; last: string | null }>(
			`SELECT strftime(min(ts_utc), '%Y-%m-%d') AS first, strftime(max(ts_utc), '%Y-%m-%d') AS last FROM messages`
		)
	]);
	return { conversations, participants, people, platforms: platforms.map((p) => p.platform), first: extent.first, last: extent.last };
}
