import { getWorkspaceDb } from '$lib/db';
import { callSearchWorker } from '$lib/search/client';
import { SUPERSEDED } from '$lib/search/protocol';
import { parseQuery } from '$lib/search/query-parser';
import { search } from '$lib/state/search.svelte';
import { hasTopLevelOrderBy, hitsDigest, resultDigest, type ResultDigest } from './digest';

/**
 * Runs a saved or received query to digest its result. SQL goes through the evidence gate (one read-only statement,
 * checked by its plan, in a rolled-back read-only transaction: db/user-sql.ts); a search runs in the search index.
 */

export interface QueryRun extends ResultDigest {
	columns: string[];
}

export async function runSqlDigest(sql: string): Promise<QueryRun> {
	const db = await getWorkspaceDb();
	await search.hitsTableFor(sql);
	const rows = await db.runUserSql(sql);
	const described = await db.describeUserSql(sql);
	const columns = described?.map((c) => c.name) ?? Object.keys(rows[0] ?? {});
	return { columns, ...resultDigest(columns, rows, hasTopLevelOrderBy(sql)) };
}

const INDEX_WAIT_MS = 120_000;

/** Waits while the index is built or restored; an index still empty after a few seconds means no messages. */
async function indexReady(): Promise<void> {
	const started = Date.now();
	while (search.index.state !== 'ready') {
		const state = search.index;
		if (state.state === 'error') throw new Error(`the search index could not be built: ${state.message}`);
		if (state.state === 'empty' && Date.now() - started > 5_000) throw new Error('there is no search index: the workspace holds no messages');
		if (Date.now() - started > INDEX_WAIT_MS) throw new Error('the search index is not ready yet; try again when indexing has finished');
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** The hits of a search query (as a set of message ids); rejects with the parser's words when the query is invalid. */
export async function runSearchDigest(query: string): Promise<QueryRun> {
	const parsed = parseQuery(query);
	if (!parsed.ast || parsed.errors.length > 0)
		throw new Error(`the search query is not valid: ${parsed.errors.map((e) => e.message).join('; ') || 'it is empty'}`);
	await indexReady();
	// The search page may start a search meanwhile, which supersedes this one in the worker: ask again.
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			const result = await callSearchWorker('search', { ast: parsed.ast, sort: 'rank' });
			return { columns: ['message_id'], ...hitsDigest(Array.from(result.ids)) };
		} catch (err) {
			if (!(err instanceof Error && err.message === SUPERSEDED)) throw err;
		}
	}
	throw new Error('the search was superseded by other searches five times; try again');
}
