import type { Connector } from '../connector';

/**
 * What the dashboard needs of every message, worked out once instead of on every filter change: the length bin of
 * its text, the weekday and hour written in its local time, and the previous authored message of its conversation
 * (for reply latency). Reading `text` and `ts_local` and windowing a million messages cost most of a redraw; this
 * table is narrow and numeric, so the charts that read it scan a few megabytes.
 *
 * It is a temporary table of the connection that builds it (no other connection, no save, no SQL console sees it),
 * rebuilt when the messages it was built from may no longer be the table's: a different count or highest id of
 * messages (an import added rows, a cancelled one removed them), a different archives table (an archive's rows under
 * ids another one had: its file name, hash and time of import differ), or `forgetDashboardFacts` (the app's
 * workspace changed). Imported records are never changed in place.
 *
 * It has the columns of `messages` that `filterWhere` reads (ts_utc, conversation_id, participant_id), so the global
 * filter applies to it as to `messages m`.
 */
export const FACTS_TABLE = 'dashboard_facts';

/** A message can be replied to, or be an implicit reply: it has an author and a time, and is not a system record. */
const REPLIABLE = `m.participant_id IS NOT NULL AND m.ts_utc IS NOT NULL AND m.kind <> 'system'`;

export const BUILD_FACTS_SQL = `CREATE OR REPLACE TEMP TABLE ${FACTS_TABLE} AS
	WITH previous AS (
		SELECT m.id, lag(m.participant_id) OVER w AS prev_participant, lag(m.ts_utc) OVER w AS prev_ts
		FROM messages m WHERE ${REPLIABLE}
		WINDOW w AS (PARTITION BY m.conversation_id ORDER BY m.pos)
	)
	SELECT m.id, m.conversation_id, m.participant_id, m.ts_utc,
		coalesce(${REPLIABLE}, false) AS repliable,
		m.reply_to IS NOT NULL AS explicit_reply,
		-- who this message answers, and after how many seconds: the message its reply link names, or else the previous
		-- authored message of its conversation (NULL where neither is there)
		CASE WHEN m.reply_to IS NULL THEN p.prev_participant ELSE t.participant_id END AS replied_to,
		epoch(m.ts_utc) - epoch(CASE WHEN m.reply_to IS NULL THEN p.prev_ts ELSE t.ts_utc END) AS reply_seconds,
		-- floor(log2(characters)) of a non-empty text message: bin k holds 2^k … 2^(k+1) − 1 characters
		CASE WHEN m.kind = 'text' AND length(m.text) > 0 THEN floor(log2(length(m.text)))::TINYINT END AS length_bin,
		-- weekday and hour of the wall-clock time as written ('YYYY-MM-DDTHH…'); NULL where it does not read as one
		isodow(TRY_CAST(substr(m.ts_local, 1, 10) AS DATE))::TINYINT AS local_weekday,
		TRY_CAST(substr(m.ts_local, 12, 2) AS INTEGER)::TINYINT AS local_hour
	FROM messages m
	LEFT JOIN previous p ON p.id = m.id
	LEFT JOIN (SELECT id, participant_id, ts_utc FROM messages WHERE id IN (SELECT reply_to FROM messages)) t ON t.id = m.reply_to`;

interface Built {
	/** Messages count, highest id and the archives rows the table was built from. */
	key: string;
	ready: Promise<void>;
}

const built = new WeakMap<Connector, Built>();
/** The check under way per connection: the charts of one redraw ask together and share one round trip. */
const checking = new WeakMap<Connector, Promise<void>>();

/** Builds the facts table on this connection unless it is up to date; concurrent callers share one check and build. */
export function ensureDashboardFacts(db: Connector): Promise<void> {
	const pending = checking.get(db);
	if (pending) return pending;
	const check = checkFacts(db).finally(() => checking.delete(db));
	checking.set(db, check);
	return check;
}

async function checkFacts(db: Connector): Promise<void> {
	const [now] = await db.query<{ key: string }>(
		`SELECT concat_ws(' ', (SELECT count(*) FROM messages), (SELECT max(id) FROM messages), (SELECT string_agg(a::VARCHAR, ' ' ORDER BY a.id) FROM archives a)) AS key`
	);
	const have = built.get(db);
	if (have?.key === now.key) return have.ready;
	const entry: Built = { key: now.key, ready: db.exec(BUILD_FACTS_SQL) };
	built.set(db, entry);
	// A failed build is tried again by the next caller.
	entry.ready.catch(() => built.get(db) === entry && built.delete(db));
	return entry.ready;
}

/** The next dashboard query rebuilds the facts table (after anything that may have changed the messages). */
export function forgetDashboardFacts(db: Connector): void {
	built.delete(db);
}
