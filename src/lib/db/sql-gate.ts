import { lexSql, type Token } from './sql-tokens';

/**
 * The lexical half of the gate in front of user-written SQL (console, shared query links), decided before anything
 * reaches DuckDB: one statement, no character DuckDB would read differently from what is shown, and a first word
 * that starts a read. The other half asks DuckDB for the statement's plan (sql-plan.ts, user-sql.ts), because a
 * first word proves little: `WITH x AS (…) DELETE …` starts like a query.
 */

export type GateResult =
	| {
			ok: true;
			/** The text to run: the statement from its first word (leading comments dropped). */
			statement: string;
			/** The statement whose plan decides: `statement` without a leading EXPLAIN [ANALYZE]. */
			planned: string;
			/** The first word of `planned`, lower case. */
			lead: string;
	  }
	| { ok: false; reason: string };

/** Words that start a statement the console runs. */
const READ_LEADS = new Set([
	'select',
	'with',
	'from',
	'values',
	'table',
	'describe',
	'desc',
	'summarize',
	'show',
	'pivot',
	'pivot_wider',
	'unpivot',
	'pivot_longer'
]);

export const READ_STATEMENTS = 'SELECT, WITH … SELECT, FROM …, EXPLAIN, DESCRIBE, SUMMARIZE, SHOW, PIVOT, UNPIVOT and VALUES';
const ONLY_READS = `The console runs read statements only (${READ_STATEMENTS})`;
const EVIDENCE = "the archive's records are evidence, and nothing typed here may change them";
const OFFLINE = 'Parley runs offline and reads nothing outside its own database';

/** Why a statement that starts with this word is refused. */
const REFUSED_LEADS: Record<string, string> = {};
const refuse = (words: string, reason: (word: string) => string) => {
	for (const w of words.split(' ')) REFUSED_LEADS[w] = reason(w.toUpperCase());
};
refuse('delete update insert merge truncate upsert', (w) => `${w} is refused: ${EVIDENCE}.`);
refuse(
	'create drop alter comment',
	(w) => `${w} is refused: the workspace's tables and schema are part of the evidence and stay as imported; a WITH … SELECT gives you intermediate results.`
);
refuse('set reset', (w) => `${w} is refused: the engine's settings are fixed.`);
refuse(
	'pragma',
	() => "PRAGMA is refused: some pragmas change the engine. To read metadata use SHOW TABLES, DESCRIBE <table> or FROM pragma_table_info('<table>')."
);
refuse('call', () => 'CALL is refused: write FROM <function>(…) instead, which is checked like any query.');
refuse('install load force', (w) => `${w} is refused: extensions are never downloaded or loaded. ${OFFLINE}.`);
refuse('attach detach use', (w) => `${w} is refused: the console works on the workspace database only. ${OFFLINE}.`);
refuse('copy export import', (w) => `${w} is refused: SQL reads and writes no files here (use the export buttons). ${OFFLINE}.`);
refuse('checkpoint vacuum analyze analyse', (w) => `${w} is refused: Parley maintains its storage itself.`);
refuse(
	'begin start commit end rollback abort savepoint release',
	(w) => `${w} is refused: each console statement runs in a read-only transaction of its own, which Parley opens and closes.`
);
refuse('prepare execute deallocate', (w) => `${w} is refused: prepared statements are not available in the console; run the query itself.`);

const isWord = (t: Token | undefined, ...values: string[]) => t?.kind === 'word' && (values.length === 0 || values.includes(t.value));
const isOp = (t: Token | undefined, value: string) => t?.kind === 'op' && t.value === value;

function splitStatements(tokens: Token[]): Token[][] {
	const out: Token[][] = [[]];
	for (const t of tokens) {
		if (isOp(t, ';')) out.push([]);
		else out[out.length - 1].push(t);
	}
	return out.filter((s) => s.length > 0);
}

function shown(t: Token): string {
	return t.kind === 'string' ? `'${t.value}'` : t.kind === 'quoted' ? `"${t.value}"` : t.value.toUpperCase();
}

/** Null when the token starts a read statement, else why not. */
function leadReason(t: Token | undefined): string | null {
	if (!t) return `There is no statement after EXPLAIN. ${ONLY_READS}.`;
	if (t.kind === 'word' && READ_LEADS.has(t.value)) return null;
	if (t.kind === 'word' && REFUSED_LEADS[t.value]) return REFUSED_LEADS[t.value];
	if (isWord(t, 'explain')) return 'EXPLAIN is refused here: it may only begin a statement, and explains a statement that is not itself an EXPLAIN.';
	return `A statement starting with ${shown(t)} is refused. ${ONLY_READS}.`;
}

/**
 * EXPLAIN, EXPLAIN ANALYZE and EXPLAIN (option, …): the index of the explained statement's first token, or a reason.
 * EXPLAIN ANALYZE runs the statement, which is fine once its plan shows that it only reads.
 */
function afterExplain(s: Token[]): number | string {
	let i = 1;
	if (isWord(s[i], 'analyze', 'analyse')) i++;
	if (isOp(s[i], '(') && isWord(s[i + 1], 'format', 'analyze', 'analyse')) {
		i++;
		while (i < s.length && !isOp(s[i], ')')) {
			if (!(s[i].kind === 'word' || s[i].kind === 'string' || isOp(s[i], ','))) return 'EXPLAIN options may be FORMAT and ANALYZE only.';
			i++;
		}
		if (!isOp(s[i], ')')) return 'The EXPLAIN options are not closed with ).';
		i++;
	}
	return i;
}

export function checkUserSql(sql: string): GateResult {
	const lexed = lexSql(sql);
	if (!lexed.ok) return { ok: false, reason: `Cannot check this SQL: ${lexed.reason} at character ${lexed.at + 1}.` };
	const statements = splitStatements(lexed.tokens);
	if (statements.length === 0) return { ok: false, reason: 'There is no SQL to run.' };
	if (statements.length > 1) {
		return {
			ok: false,
			reason: `Only one statement runs at a time, and this text holds ${statements.length}: the second begins at character ${statements[1][0].start + 1}.`
		};
	}
	const s = statements[0];
	let first = 0;
	if (isWord(s[0], 'explain')) {
		const after = afterExplain(s);
		if (typeof after === 'string') return { ok: false, reason: after };
		first = after;
	}
	let lead = first;
	while (isOp(s[lead], '(')) lead++;
	const reason = leadReason(s[lead]);
	if (reason) return { ok: false, reason };
	return { ok: true, statement: sql.slice(s[0].start), planned: sql.slice(s[first].start), lead: s[lead].value };
}
