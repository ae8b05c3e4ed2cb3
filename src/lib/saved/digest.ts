import { lexSql } from '$lib/db/sql-tokens';
import { canonicalJson, sha256Text } from './canonical';

/**
 * The digest of a query's result, so a colleague who runs the same query can tell whether they got the same rows.
 *
 * Serialisation: line 1 is the canonical JSON of the column names (in the result's order); every following line is
 * one row, the canonical JSON of its values in column order. Values are plain JSON data as the database layer gives
 * them (db/connector.ts), with two exceptions JSON has no form for: a BLOB is written {"blob":"<hex>"}, a non-finite
 * number {"number":"NaN"|"Infinity"|"-Infinity"}. When the result has no defined order (a SQL statement without a
 * top-level ORDER BY, a set of search hits) the row lines are sorted (by UTF-16 code units) first. Lines are joined
 * with "\n" and the SHA-256 of the UTF-8 text is the digest.
 */

export interface ResultDigest {
	rows: number;
	/** SHA-256, lowercase hex. */
	digest: string;
}

function plain(value: unknown): unknown {
	if (value === undefined) return null;
	if (typeof value === 'number' && !Number.isFinite(value)) return { number: String(value) };
	if (typeof value === 'bigint') return value.toString();
	if (value instanceof Uint8Array) return { blob: Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('') };
	if (Array.isArray(value)) return value.map(plain);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}

/** The digest of rows given as objects keyed by column name; `ordered` says whether the row order is defined. */
export function resultDigest(columns: readonly string[], rows: readonly Record<string, unknown>[], ordered: boolean): ResultDigest {
	const lines = rows.map((row) => canonicalJson(columns.map((c) => plain(row[c]))));
	if (!ordered) lines.sort();
	return { rows: rows.length, digest: sha256Text([canonicalJson([...columns]), ...lines].join('\n')) };
}

/** The digest of a set of search hits: one column, message_id, in no defined order. */
export function hitsDigest(ids: readonly number[]): ResultDigest {
	return resultDigest(
		['message_id'],
		ids.map((id) => ({ message_id: id })),
		false
	);
}

/**
 * Whether a statement's result has a defined row order: an ORDER BY outside every parenthesis (so not one inside a
 * subquery or a window). Text the lexer cannot read counts as unordered; the gate refuses it anyway.
 */
export function hasTopLevelOrderBy(sql: string): boolean {
	const lexed = lexSql(sql);
	if (!lexed.ok) return false;
	let depth = 0;
	const t = lexed.tokens;
	for (let i = 0; i < t.length; i++) {
		if (t[i].kind === 'op' && t[i].value === '(') depth++;
		else if (t[i].kind === 'op' && t[i].value === ')') depth--;
		else if (depth === 0 && t[i].kind === 'word' && t[i].value === 'order' && t[i + 1]?.kind === 'word' && t[i + 1].value === 'by') return true;
	}
	return false;
}
