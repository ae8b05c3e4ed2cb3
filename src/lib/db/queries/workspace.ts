import type { Connector } from '../connector';
import { run, type SqlQuery } from './sql';

export interface WorkspaceTotals {
	archives: number;
	conversations: number;
	participants: number;
	messages: number;
	attachments: number;
	unparsed_lines: number;
	risk_hits: number;
	/** Earliest and latest message in UTC, null when empty. */
	first_ts: string | null;
	last_ts: string | null;
}

export function workspaceTotalsSql(): SqlQuery {
	return {
		sql: `SELECT
				(SELECT count(*) FROM archives) AS archives,
				(SELECT count(*) FROM conversations) AS conversations,
				(SELECT count(*) FROM participants) AS participants,
				(SELECT count(*) FROM messages) AS messages,
				(SELECT count(*) FROM attachments) AS attachments,
				(SELECT count(*) FROM unparsed_lines) AS unparsed_lines,
				(SELECT count(*) FROM risk_hits) AS risk_hits,
				(SELECT min(ts_utc) FROM messages) AS first_ts,
				(SELECT max(ts_utc) FROM messages) AS last_ts`,
		params: []
	};
}

export async function workspaceTotals(db: Connector): Promise<WorkspaceTotals> {
	const [row] = await run<WorkspaceTotals>(db, workspaceTotalsSql());
	return row;
}

/**
 * The schema version a database file was written with (its meta row), or null when it is not a Parley workspace
 * (no messages or meta table): for the command line to say so rather than fail on the first query.
 */
export async function workspaceSchemaVersion(db: Connector): Promise<number | null> {
	const [tables] = await run<{ n: number }>(db, {
		sql: `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name IN ('messages', 'meta')`,
		params: []
	});
	if ((tables?.n ?? 0) < 2) return null;
	const [row] = await run<{ value: string }>(db, { sql: `SELECT value FROM meta WHERE key = 'schema_version'`, params: [] });
	const version = Number(row?.value);
	return Number.isInteger(version) ? version : null;
}
