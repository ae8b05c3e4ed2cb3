import { lexSql, type Token } from './sql-tokens';

/**
 * The app-level gate in front of user-written SQL (console, shared query links). The engine is already locked
 * (setup.ts: no external access, configuration locked); this refuses what the lock lets through — INSTALL answers OK —
 * and says why in words, before anything runs. Every statement of a script is checked.
 */

export type GateResult = { ok: true } | { ok: false; reason: string };

const OFFLINE = 'Parley runs offline and reads nothing outside its own database';

/** Statement-leading words that are refused outright. */
const REFUSED_LEADS: Record<string, string> = {
	install: `INSTALL is not allowed: extensions are never downloaded. ${OFFLINE}.`,
	load: `LOAD is not allowed: extensions are switched off. ${OFFLINE}.`,
	force: `FORCE INSTALL is not allowed: extensions are never downloaded. ${OFFLINE}.`,
	attach: `ATTACH is not allowed: ${OFFLINE}.`,
	detach: 'DETACH is not allowed: the workspace database stays attached.',
	copy: `COPY is not allowed: ${OFFLINE}, and writes no files (use the export buttons).`,
	export: `EXPORT DATABASE is not allowed: ${OFFLINE}, and writes no files.`,
	import: `IMPORT DATABASE is not allowed: ${OFFLINE}.`
};

/** PRAGMAs that only read; also callable as CALL pragma_<name>(…). */
const READ_ONLY_PRAGMAS = new Set([
	'table_info', 'show', 'show_tables', 'show_tables_expanded', 'show_databases', 'database_list', 'database_size',
	'version', 'platform', 'storage_info', 'metadata_info', 'functions', 'collations', 'user_agent'
]);

/** Table functions that read files or URLs, run SQL from a string, or change engine state. */
const RISKY_FUNCTIONS = new Set([
	'glob', 'sniff_csv', 'parquet_metadata', 'parquet_schema', 'parquet_file_metadata', 'parquet_kv_metadata',
	'parquet_bloom_probe', 'iceberg_metadata', 'iceberg_snapshots', 'postgres_query', 'postgres_execute', 'mysql_query',
	'mysql_execute', 'st_read', 'query', 'query_table', 'load_aws_credentials', 'enable_logging', 'disable_logging',
	'truncate_duckdb_logs', 'checkpoint', 'force_checkpoint'
]);
const isRiskyFunction = (name: string) => RISKY_FUNCTIONS.has(name) || /^read_|_scan$|_attach$/.test(name);

/** After these words a string (or a file-like quoted name) is a file to scan, not a value. */
const TABLE_POSITION = new Set(['from', 'join', 'describe', 'summarize', 'show']);
const CLAUSES = new Set(['select', 'from', 'join', 'where', 'group', 'having', 'qualify', 'window', 'order', 'limit', 'offset',
	'union', 'except', 'intersect', 'using', 'on', 'values', 'set', 'returning']);
const FILE_LIKE = /:\/\/|[/\\]|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|gz|zst|xlsx|db|duckdb|sqlite|arrow)$/i;

function splitStatements(tokens: Token[]): Token[][] {
	const out: Token[][] = [[]];
	for (const t of tokens) {
		if (t.kind === 'op' && t.value === ';') out.push([]);
		else out[out.length - 1].push(t);
	}
	return out.filter((s) => s.length > 0);
}

const isWord = (t: Token | undefined, ...values: string[]) => t?.kind === 'word' && (values.length === 0 || values.includes(t.value));
const isOp = (t: Token | undefined, value: string) => t?.kind === 'op' && t.value === value;

function checkLead(s: Token[]): string | null {
	let i = 0;
	while (isOp(s[i], '(')) i++;
	if (isWord(s[i], 'explain')) {
		i++;
		if (isWord(s[i], 'analyze', 'analyse')) i++;
		while (isOp(s[i], '(')) i++;
	}
	const lead = s[i];
	if (!isWord(lead)) return null;
	const next = s[i + 1];
	const refused = REFUSED_LEADS[lead.value];
	if (refused) return refused;
	switch (lead.value) {
		case 'set':
		case 'reset':
			return isWord(next, 'variable') ? null : `${lead.value.toUpperCase()} is not allowed: the engine's settings are fixed (SET VARIABLE is fine).`;
		case 'pragma':
			return isWord(next) && READ_ONLY_PRAGMAS.has(next.value) && !s.some((t) => isOp(t, '='))
				? null
				: `PRAGMA ${next?.value ?? ''} is not allowed: only read-only pragmas (${[...READ_ONLY_PRAGMAS].join(', ')}) may run.`;
		case 'call': {
			const name = next?.kind === 'word' ? next.value : '';
			const ok = name.startsWith('duckdb_') || (name.startsWith('pragma_') && READ_ONLY_PRAGMAS.has(name.slice(7)));
			return ok ? null : `CALL ${name} is not allowed: only read-only pragma_… and duckdb_… functions may be called.`;
		}
		case 'update':
			return isWord(next, 'extensions') ? `UPDATE EXTENSIONS is not allowed: ${OFFLINE}.` : null;
		case 'create':
		case 'drop': {
			let j = i + 1;
			while (isWord(s[j], 'or', 'replace', 'persistent', 'temporary', 'temp', 'if', 'not', 'exists')) j++;
			return isWord(s[j], 'secret') ? 'Secrets are not allowed: they exist to reach remote storage.' : null;
		}
	}
	return null;
}

/** Functions whose arguments use FROM as a separator: substring(x FROM 2), extract(year FROM ts). */
const FROM_ARGUMENT_FUNCTIONS = new Set(['extract', 'substring', 'trim', 'overlay', 'position']);

function checkBody(s: Token[]): string | null {
	// One entry per open parenthesis: the clause last seen at that depth, or 'args' inside a FROM-argument function.
	const clause: (string | undefined)[] = [undefined];
	for (let i = 0; i < s.length; i++) {
		const t = s[i];
		const prev = s[i - 1];
		const here = clause.length - 1;
		if (isOp(t, '(')) {
			if (prev?.kind === 'word' && isRiskyFunction(prev.value)) {
				return `${prev.value}() is not allowed: it reads files or URLs, runs SQL from a string, or changes the engine. ${OFFLINE}.`;
			}
			clause.push(prev?.kind === 'word' && FROM_ARGUMENT_FUNCTIONS.has(prev.value) ? 'args' : undefined);
		} else if (isOp(t, ')')) {
			if (here > 0) clause.pop();
		} else if (t.kind === 'word' && CLAUSES.has(t.value) && clause[here] !== 'args') {
			clause[here] = t.value === 'join' ? 'from' : t.value;
		} else if ((t.kind === 'string' || (t.kind === 'quoted' && FILE_LIKE.test(t.value))) && clause[here] !== 'args') {
			const tablePosition = (prev?.kind === 'word' && TABLE_POSITION.has(prev.value)) || (isOp(prev, ',') && clause[here] === 'from');
			if (tablePosition) return `Reading the file ${JSON.stringify(t.value)} is not allowed: ${OFFLINE}.`;
		}
	}
	return null;
}

export function checkUserSql(sql: string): GateResult {
	const lexed = lexSql(sql);
	if (!lexed.ok) return { ok: false, reason: `Cannot check this SQL: ${lexed.reason} at character ${lexed.at + 1}.` };
	const statements = splitStatements(lexed.tokens);
	if (statements.length === 0) return { ok: false, reason: 'There is no SQL to run.' };
	for (const s of statements) {
		const reason = checkLead(s) ?? checkBody(s);
		if (reason) return { ok: false, reason };
	}
	return { ok: true };
}
