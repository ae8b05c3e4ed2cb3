import { checkUserSql } from '$lib/db/sql-gate';
import { parseViewHref } from '$lib/url-state';
import { packQueryText, type PackQuery } from './pack';

export type QueryCheck = { runnable: true; href: string | null } | { runnable: false; reason: string };

/**
 * Whether a pack's query may run here, and why not, decided on its text alone: SQL by the lexical gate (DuckDB's plan
 * is checked too before it runs: db/user-sql.ts), a view only when its link is one of Parley's own views.
 */
export function checkPackQuery(q: PackQuery): QueryCheck {
	const text = packQueryText(q);
	if (q.kind === 'sql') {
		const gate = checkUserSql(text);
		return gate.ok ? { runnable: true, href: null } : { runnable: false, reason: gate.reason };
	}
	if (q.kind === 'view') {
		const view = parseViewHref(text);
		return view ? { runnable: true, href: view.href } : { runnable: false, reason: "This is not a link to one of Parley's views, so it is not opened." };
	}
	return text.trim() === '' ? { runnable: false, reason: 'The search query is empty.' } : { runnable: true, href: null };
}
