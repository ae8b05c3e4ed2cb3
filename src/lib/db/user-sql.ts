import type { Connector } from './connector';
import { checkUserSql, type GateResult } from './sql-gate';
import { EVIDENCE, planVerdict } from './sql-plan';
import { describableLastStatement } from '$lib/sql/last-statement';

/**
 * SQL a person typed or opened from a link. Three locks, each enough for the common case and together for the rest:
 * 1. the lexical gate (sql-gate.ts) refuses before DuckDB sees anything: several statements, invisible characters,
 *    a first word that does not start a read;
 * 2. DuckDB's own plan of the statement (sql-plan.ts) must hold read operators only, and DuckDB must agree that the
 *    text is one statement — what is planned is what runs;
 * 3. it runs in a READ ONLY transaction that is always rolled back, so even a statement that slipped through cannot
 *    write a table, and whatever it did to the session's temporary objects is undone.
 * The engine's own lock (setup.ts: no file or network access, configuration locked) stays underneath.
 */

export class SqlRefusedError extends Error {
	override name = 'SqlRefusedError';
}

const MULTIPLE = /multiple statements/i;
/** DuckDB refusing, while binding, a statement that would write inside the read-only transaction. */
const WRITES = /read-only mode/i;
/** The engine's own lock (setup.ts) refusing a file or URL, or a quoted path taken as a table that does not exist. */
const FILES = /Permission Error|disabled by configuration|Table with name \S*([/\\:]|\.[a-z0-9]{2,7}\b)\S* does not exist/i;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `work` inside a read-only transaction that is rolled back whatever happens; nothing it does persists. */
export function insideReadOnlyTransaction<T>(db: Connector, work: (db: Connector) => Promise<T>): Promise<T> {
	return db.exclusive(async (c) => {
		await c.exec('BEGIN TRANSACTION READ ONLY');
		try {
			return await work(c);
		} finally {
			// A statement that ended the transaction itself (only possible if it slipped past the gate) leaves none to end.
			await c.exec('ROLLBACK').catch(() => {});
		}
	});
}

type Admitted = Extract<GateResult, { ok: true }>;

function passLexicalGate(sql: string): Admitted {
	const gate = checkUserSql(sql);
	if (!gate.ok) throw new SqlRefusedError(gate.reason);
	return gate;
}

/** Refuses, throwing SqlRefusedError, unless DuckDB's plan shows one statement that only reads. */
async function checkPlan(c: Connector, sql: string, gate: Admitted): Promise<void> {
	let plan: { explain_key?: unknown; explain_value?: unknown }[];
	try {
		plan = await c.queryStatement(`EXPLAIN (FORMAT JSON) ${gate.planned}`);
	} catch (explainError) {
		const message = messageOf(explainError);
		if (MULTIPLE.test(message) && /\bpivot(_wider)?\b/i.test(gate.planned)) {
			throw new SqlRefusedError(
				"PIVOT without IN (…) is refused: DuckDB runs it as two statements (it first creates a type of the column's distinct values), so Parley cannot check it. List the values: PIVOT messages ON kind IN ('text', 'media') USING count(*)."
			);
		}
		if (MULTIPLE.test(message)) throw new SqlRefusedError('This text holds more than one statement for DuckDB; only one statement runs at a time.');
		if (WRITES.test(message)) {
			throw new SqlRefusedError(
				`This statement is refused: it writes to the workspace database (DuckDB refuses it in a read-only transaction), and ${EVIDENCE}.`
			);
		}
		// The statement's own error (a misspelt column, a syntax error) reads better, and points into the text as typed.
		await c.prepareStatement(sql).catch((error: unknown) => {
			if (FILES.test(messageOf(error))) {
				throw new SqlRefusedError(`Reading files or URLs is refused: Parley's SQL reads only its own tables, and nothing outside them. (${messageOf(error)})`);
			}
			throw error;
		});
		throw new SqlRefusedError(`DuckDB cannot show this statement's plan, so Parley cannot tell that it only reads: ${message}`);
	}
	const verdict = planVerdict(plan);
	if (!verdict.ok) throw new SqlRefusedError(verdict.reason);
}

/** Gate, then run in a rolled-back read-only transaction; rejects with SqlRefusedError when refused. */
export async function runUserSqlOn<T = Record<string, unknown>>(db: Connector, sql: string): Promise<T[]> {
	const gate = passLexicalGate(sql);
	return insideReadOnlyTransaction(db, async (c) => {
		await checkPlan(c, sql, gate);
		return c.query<T>(gate.statement);
	});
}

/**
 * Why the gate refuses a statement (lexically, or by DuckDB's plan of it), without running it; null when it would
 * run. For showing a received query's fate before anyone runs it; running it still goes through runUserSqlOn.
 */
export async function refusalOfUserSqlOn(db: Connector, sql: string): Promise<string | null> {
	try {
		const gate = passLexicalGate(sql);
		await insideReadOnlyTransaction(db, (c) => checkPlan(c, sql, gate));
		return null;
	} catch (err) {
		// Any other error (a misspelt column) is the statement's own, shown when it runs.
		return err instanceof SqlRefusedError ? err.message : null;
	}
}

/**
 * Result column names and DuckDB types of the statement, without running it again (DESCRIBE only binds). Null when
 * the gate refuses, the statement is not a query DESCRIBE understands, or binding fails.
 */
export async function describeUserSqlOn(db: Connector, sql: string): Promise<{ name: string; type: string }[] | null> {
	const gate = checkUserSql(sql);
	if (!gate.ok) return null;
	const statement = describableLastStatement(gate.statement);
	if (!statement) return null;
	try {
		return await insideReadOnlyTransaction(db, async (c) => {
			await checkPlan(c, sql, gate);
			const rows = await c.queryStatement<{ column_name: string; column_type: string }>(`DESCRIBE ${statement}`);
			return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
		});
	} catch {
		return null;
	}
}
