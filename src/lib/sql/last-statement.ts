import { lexSql } from '$lib/db/sql-tokens';

/** Statements whose result columns DuckDB's DESCRIBE can tell without running them. */
const DESCRIBABLE = new Set(['select', 'with', 'from', 'values', 'table', 'pivot', 'unpivot']);

/** The last statement of a script when it is a query DESCRIBE can bind, else null. */
export function describableLastStatement(sql: string): string | null {
	const lexed = lexSql(sql);
	if (!lexed.ok) return null;
	const tokens = lexed.tokens;
	let start = 0;
	for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'op' && tokens[i].value === ';' && i + 1 < tokens.length) start = i + 1;
	const first = tokens[start];
	if (!first) return null;
	let lead = start;
	while (tokens[lead]?.kind === 'op' && tokens[lead].value === '(') lead++;
	if (tokens[lead]?.kind !== 'word' || !DESCRIBABLE.has(tokens[lead].value)) return null;
	const text = sql.slice(first.start).trim().replace(/;\s*$/, '');
	return text || null;
}
