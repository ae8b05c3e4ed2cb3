import type { SavedKind, SavedQueryRow } from '$lib/db/queries/saved';
import { canonicalHash } from './canonical';

/**
 * Query packs: saved queries handed to a colleague as one JSON file, sealed with a SHA-256 over their canonical
 * content so the receiver can tell whether anything was changed on the way.
 *
 *   { format: 'parley-query-pack', version: 1, author, created_at, archives: [{sha256, name}],
 *     queries: [{name, description, tags, kind, sql | search | view, row_count, result_digest}], sha256 }
 *
 * sha256 is over the canonical JSON of the pack without its sha256 member (canonical.ts).
 */

export const PACK_FORMAT = 'parley-query-pack';
export const PACK_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export interface PackArchive {
	sha256: string;
	name: string;
}

export interface PackQuery {
	name: string;
	description: string;
	tags: string[];
	kind: SavedKind;
	sql?: string;
	search?: string;
	view?: string;
	row_count: number | null;
	result_digest: string | null;
}

export interface QueryPack {
	format: typeof PACK_FORMAT;
	version: typeof PACK_VERSION;
	author: string;
	created_at: string;
	archives: PackArchive[];
	queries: PackQuery[];
	sha256: string;
}

/** What a pack query runs: the member named by its kind. */
export function packQueryText(q: PackQuery): string {
	return (q.kind === 'sql' ? q.sql : q.kind === 'search' ? q.search : q.view) ?? '';
}

export function packQueryOf(row: SavedQueryRow): PackQuery {
	const body = row.kind === 'sql' ? { sql: row.sql ?? '' } : row.kind === 'search' ? { search: row.search ?? '' } : { view: row.view ?? '' };
	return {
		name: row.name,
		description: row.description,
		tags: [...row.tags],
		kind: row.kind,
		...body,
		row_count: row.row_count,
		result_digest: row.result_digest
	};
}

export function packHash(pack: Omit<QueryPack, 'sha256'> | QueryPack): string {
	return canonicalHash(pack as unknown as Record<string, unknown>, ['sha256']);
}

/** A pack of the saved queries, with the archives they were made on (those named by any of them, else the workspace's). */
export function buildPack(author: string, createdAt: Date, rows: readonly SavedQueryRow[], archives: readonly PackArchive[]): QueryPack {
	const used = new Set(rows.flatMap((r) => r.archive_sha256));
	const named = archives.filter((a) => used.size === 0 || used.has(a.sha256));
	for (const sha of used) if (!named.some((a) => a.sha256 === sha)) named.push({ sha256: sha, name: '' });
	named.sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
	const body = {
		format: PACK_FORMAT,
		version: PACK_VERSION,
		author,
		created_at: createdAt.toISOString(),
		archives: named.map((a) => ({ sha256: a.sha256, name: a.name })),
		queries: rows.map(packQueryOf)
	} as const;
	return { ...body, archives: [...body.archives], queries: [...body.queries], sha256: packHash(body) };
}

export function packText(pack: QueryPack): string {
	return `${JSON.stringify(pack, null, 2)}\n`;
}

export type PackReading = { ok: true; pack: QueryPack; intact: boolean; computed: string } | { ok: false; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;
const KINDS = new Set(['search', 'sql', 'view']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

function queryProblem(q: unknown, i: number): string | null {
	const at = `query ${i + 1}`;
	if (!isObject(q)) return `${at} is not an object`;
	if (typeof q.name !== 'string' || typeof q.description !== 'string') return `${at} has no name or description text`;
	if (!isStringList(q.tags)) return `${at}: tags must be a list of texts`;
	if (typeof q.kind !== 'string' || !KINDS.has(q.kind)) return `${at}: kind must be search, sql or view`;
	if (typeof q[q.kind] !== 'string') return `${at}: a ${q.kind} query carries its ${q.kind} as text`;
	if (!isCount(q.row_count)) return `${at}: row_count must be a whole number or null`;
	if (!(q.result_digest === null || (typeof q.result_digest === 'string' && HEX64.test(q.result_digest))))
		return `${at}: result_digest must be a SHA-256 or null`;
	return null;
}

/**
 * Reads a pack file without running anything: its shape is checked and its hash recomputed. A pack whose hash does
 * not match is returned with intact = false (shown, never run).
 */
export function readPack(bytes: Uint8Array): PackReading {
	if (bytes.byteLength > MAX_PACK_BYTES)
		return { ok: false, reason: `The file is ${bytes.byteLength.toLocaleString('en')} bytes; a query pack is at most ${MAX_PACK_BYTES.toLocaleString('en')}.` };
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (err) {
		return {
			ok: false,
			reason: `The file is not a query pack: it is not valid UTF-8 JSON (${err instanceof Error ? err.message : String(err)}). It may have been altered.`
		};
	}
	if (!isObject(value) || value.format !== PACK_FORMAT) return { ok: false, reason: `The file is not a query pack: its format is not "${PACK_FORMAT}".` };
	if (value.version !== PACK_VERSION)
		return { ok: false, reason: `This query pack is version ${JSON.stringify(value.version)}; Parley reads version ${PACK_VERSION}.` };
	if (typeof value.author !== 'string' || typeof value.created_at !== 'string') return { ok: false, reason: 'The query pack has no author or creation time.' };
	if (typeof value.sha256 !== 'string' || !HEX64.test(value.sha256)) return { ok: false, reason: 'The query pack carries no SHA-256 of its content.' };
	const archives = value.archives;
	if (!Array.isArray(archives) || !archives.every((a) => isObject(a) && typeof a.sha256 === 'string' && typeof a.name === 'string')) {
		return { ok: false, reason: "The query pack's archives must be a list of {sha256, name}." };
	}
	if (!Array.isArray(value.queries)) return { ok: false, reason: 'The query pack holds no list of queries.' };
	for (const [i, q] of value.queries.entries()) {
		const problem = queryProblem(q, i);
		if (problem) return { ok: false, reason: `The query pack is malformed: ${problem}.` };
	}
	let computed: string;
	try {
		computed = packHash(value as unknown as QueryPack);
	} catch (err) {
		return { ok: false, reason: `The query pack cannot be hashed: ${err instanceof Error ? err.message : String(err)}.` };
	}
	return { ok: true, pack: value as unknown as QueryPack, intact: computed === value.sha256, computed };
}

/** Which of the pack's archives this workspace holds and which it lacks, by SHA-256. */
export function archiveCoverage(pack: Pick<QueryPack, 'archives'>, held: Iterable<string>): { held: PackArchive[]; missing: PackArchive[] } {
	const have = new Set(held);
	return { held: pack.archives.filter((a) => have.has(a.sha256)), missing: pack.archives.filter((a) => !have.has(a.sha256)) };
}

/** "same rows as when it was saved: yes" or "no — 12 rows then, 14 now". */
export function sameRowsWords(then: { rows: number | null; digest: string | null }, now: { rows: number; digest: string }): string {
	if (then.digest === null || then.rows === null)
		return `${now.rows.toLocaleString('en')} ${now.rows === 1 ? 'row' : 'rows'} now; the pack recorded no result to compare with`;
	if (then.digest === now.digest) return 'same rows as when it was saved: yes';
	if (then.rows !== now.rows) return `same rows as when it was saved: no — ${then.rows.toLocaleString('en')} rows then, ${now.rows.toLocaleString('en')} now`;
	return `same rows as when it was saved: no — ${now.rows.toLocaleString('en')} rows then and now, but their values differ`;
}
