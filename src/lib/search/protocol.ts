import type { AuthorLabel, ConversationLabel, IndexFingerprint } from '$lib/db/queries/search';
import type { QueryNode, SearchResult } from './types';

/** Messages between the main thread (client.ts) and the search worker (search.worker.ts). */

export interface IndexStats {
	size: number;
	/** What the engine reports about itself (memory, terms…), passed through for display. */
	engine: Record<string, unknown>;
}

/** Each operation: what the worker receives and what it answers. */
export interface SearchOps {
	/** Starts an empty index. */
	reset: { args: Record<string, never>; result: null };
	labels: { args: { conversations: ConversationLabel[]; authors: AuthorLabel[] }; result: null };
	/** Arrow IPC of searchBatchSql, decoded in the worker so the main thread stays free. */
	add: { args: { ipc: Uint8Array }; result: { size: number; added: number } };
	/** Arrow IPC of RISK_SQL. */
	risk: { args: { ipc: Uint8Array }; result: null };
	/** Writes the index and the fingerprint of what it holds to the workspace storage. */
	save: { args: { fingerprint: IndexFingerprint }; result: { bytes: number } };
	/**
	 * Reads and decodes the saved index ahead of `restore`, while the tables are still being restored (it does not
	 * replace the index in use); `restore` then only checks its fingerprint. False when nothing is saved.
	 */
	preload: { args: Record<string, never>; result: { loaded: boolean } };
	/** Loads the saved index when its fingerprint equals the database's; `restored` false leaves the index as it was. */
	restore: { args: { fingerprint: IndexFingerprint }; result: { restored: boolean; size: number } };
	/** `offset` / `limit` ask for one page of hits: only those are ordered and sent; `total` counts every hit. */
	search: { args: { ast: QueryNode; sort: 'rank' | 'time'; offset?: number; limit?: number }; result: SearchResult };
	/**
	 * Like search, but never superseded by a newer search and without facets: a further page of a result on screen,
	 * or every hit of it (an export, tagging every hit, the search_hits table), asked for when the user does that.
	 */
	hits: { args: { ast: QueryNode; sort: 'rank' | 'time'; offset?: number; limit?: number }; result: SearchResult };
	/** Ranges to mark in each text (UTF-16 offsets, end exclusive). */
	highlight: { args: { texts: string[]; ast: QueryNode }; result: [number, number][][] };
	stats: { args: Record<string, never>; result: IndexStats };
}

export type SearchOp = keyof SearchOps;

export type SearchRequest = { [K in SearchOp]: { id: number; op: K } & SearchOps[K]['args'] }[SearchOp];

export type SearchResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** The error a search answers with when a newer search arrived before it ran (its result would be thrown away). */
export const SUPERSEDED = 'superseded by a newer search';

/** Saved index files in the workspace storage (OPFS). */
export const INDEX_FILE = 'search-index.bin';
export const INDEX_FINGERPRINT_FILE = 'search-index.json';
/** Bumped when the saved index format changes, so an old file is rebuilt rather than misread. */
export const INDEX_FORMAT = 2;
