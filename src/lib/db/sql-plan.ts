/**
 * The verdict on a statement from DuckDB's own physical plan (`EXPLAIN (FORMAT JSON) <statement>`): every operator
 * of the plan must be one that only reads. Writes, schema changes, settings, extensions, files and transactions each
 * plan as an operator of their own (DELETE, UPDATE, INSERT, CREATE_TABLE_AS, DROP, SET, LOAD — INSTALL plans as LOAD —,
 * COPY_TO_FILE, TRANSACTION …), and a table function plans as a scan named after the function, so an allow-list of
 * operators and of table functions decides, whatever the statement's text looked like.
 */

export type PlanVerdict = { ok: true } | { ok: false; reason: string };

/** Operators that read and compute, and nothing else. */
const READ_OPERATORS = new Set([
	'PROJECTION',
	'FILTER',
	'ORDER_BY',
	'TOP_N',
	'LIMIT',
	'STREAMING_LIMIT',
	'LIMIT_PERCENT',
	'WINDOW',
	'STREAMING_WINDOW',
	'UNNEST',
	'UNGROUPED_AGGREGATE',
	'HASH_GROUP_BY',
	'PERFECT_HASH_GROUP_BY',
	'PARTITIONED_AGGREGATE',
	'HASH_JOIN',
	'NESTED_LOOP_JOIN',
	'BLOCKWISE_NL_JOIN',
	'PIECEWISE_MERGE_JOIN',
	'IE_JOIN',
	'ASOF_JOIN',
	'CROSS_PRODUCT',
	'POSITIONAL_JOIN',
	'POSITIONAL_SCAN',
	'LEFT_DELIM_JOIN',
	'RIGHT_DELIM_JOIN',
	'DELIM_SCAN',
	'UNION',
	'CTE',
	'CTE_SCAN',
	'REC_CTE',
	'REC_CTE_SCAN',
	'REC_KEY_CTE',
	'REC_REC_CTE_SCAN',
	'DUMMY_SCAN',
	'COLUMN_DATA_SCAN',
	'CHUNK_SCAN',
	'EXPRESSION_SCAN',
	'EMPTY_RESULT',
	'RESERVOIR_SAMPLE',
	'STREAMING_SAMPLE',
	'PIVOT'
]);

/** Scans of a stored table (the plan names the table). */
const TABLE_SCANS = new Set(['SEQ_SCAN', 'TABLE_SCAN', 'INDEX_SCAN']);

/** Table functions that read the catalog or generate values; none reads a file, the network or changes state. */
const READ_FUNCTIONS = new Set([
	'DUCKDB_APPROX_DATABASE_COUNT',
	'DUCKDB_COLUMNS',
	'DUCKDB_CONNECTION_COUNT',
	'DUCKDB_CONSTRAINTS',
	'DUCKDB_DATABASES',
	'DUCKDB_DEPENDENCIES',
	'DUCKDB_EXTENSIONS',
	'DUCKDB_EXTERNAL_FILE_CACHE',
	'DUCKDB_FUNCTIONS',
	'DUCKDB_INDEXES',
	'DUCKDB_KEYWORDS',
	'DUCKDB_LOG_CONTEXTS',
	'DUCKDB_LOGS',
	'DUCKDB_MEMORY',
	'DUCKDB_OPTIMIZERS',
	'DUCKDB_PREPARED_STATEMENTS',
	'DUCKDB_SCHEMAS',
	'DUCKDB_SECRET_TYPES',
	'DUCKDB_SECRETS',
	'DUCKDB_SEQUENCES',
	'DUCKDB_SETTINGS',
	'DUCKDB_TABLE_SAMPLE',
	'DUCKDB_TABLES',
	'DUCKDB_TEMPORARY_FILES',
	'DUCKDB_TYPES',
	'DUCKDB_VARIABLES',
	'DUCKDB_VIEWS',
	'PRAGMA_COLLATIONS',
	'PRAGMA_DATABASE_SIZE',
	'PRAGMA_METADATA_INFO',
	'PRAGMA_PLATFORM',
	'PRAGMA_SHOW',
	'PRAGMA_STORAGE_INFO',
	'PRAGMA_TABLE_INFO',
	'PRAGMA_USER_AGENT',
	'PRAGMA_VERSION',
	'RANGE',
	'GENERATE_SERIES',
	'REPEAT',
	'REPEAT_ROW',
	'UNNEST',
	'SUMMARY',
	'TEST_ALL_TYPES',
	'TEST_VECTOR_TYPES'
]);

export const EVIDENCE = "the console only reads: the archive's records are evidence, and nothing typed here may change them";

/** Why an operator that is not a read is refused, by what it does. */
function operatorReason(op: string): string {
	if (/^(DELETE|UPDATE|INSERT|MERGE_INTO)$/.test(op))
		return `its plan ${op === 'MERGE_INTO' ? 'merges into' : op === 'INSERT' ? 'inserts into' : op === 'UPDATE' ? 'updates' : 'deletes from'} a table (${op}), and ${EVIDENCE}`;
	if (/^(BATCH_)?CREATE_|^DROP$|^ALTER$/.test(op)) return `its plan changes the workspace's schema (${op}), and ${EVIDENCE}`;
	if (/^(SET|RESET|SET_VARIABLE)$/.test(op)) return `its plan changes a setting (${op}); the engine's settings are fixed`;
	if (/^(LOAD|UPDATE_EXTENSIONS|EXTENSION)$/.test(op)) return `its plan installs or loads an extension (${op}); Parley runs offline and never downloads one`;
	if (/COPY|EXPORT/.test(op)) return `its plan writes files (${op}); use the export buttons instead`;
	if (op === 'TRANSACTION') return 'it begins or ends a transaction; Parley runs each console statement in a read-only transaction of its own';
	if (/CHECKPOINT|VACUUM/.test(op)) return `its plan maintains the storage (${op}), which is Parley's job`;
	return `its plan holds ${op}, which is not an operator that only reads`;
}

function functionReason(fn: string): string {
	if (/^READ_|^GLOB$|^SNIFF_CSV$|_SCAN$/.test(fn))
		return `it reads files or memory outside the workspace (${fn.toLowerCase()}); Parley's SQL reads only its own tables`;
	return `it calls the table function ${fn.toLowerCase()}, which is not one that only reads`;
}

interface PlanNode {
	name?: unknown;
	children?: unknown;
	extra_info?: unknown;
}

function nodeReason(node: PlanNode): string | null {
	const name = typeof node.name === 'string' ? node.name.trim() : '';
	const info = (node.extra_info && typeof node.extra_info === 'object' ? node.extra_info : {}) as Record<string, unknown>;
	if (typeof info.Function === 'string') return READ_FUNCTIONS.has(info.Function.toUpperCase()) ? null : functionReason(info.Function.toUpperCase());
	if (typeof info.Table === 'string' && TABLE_SCANS.has(name)) return null;
	if (READ_OPERATORS.has(name)) return null;
	return operatorReason(name || '(an unnamed operator)');
}

function walk(node: unknown): string | null {
	if (!node || typeof node !== 'object') return 'its plan could not be read';
	const reason = nodeReason(node as PlanNode);
	if (reason) return reason;
	const children = (node as PlanNode).children;
	if (!Array.isArray(children)) return null;
	for (const child of children) {
		const r = walk(child);
		if (r) return r;
	}
	return null;
}

/** The rows of `EXPLAIN (FORMAT JSON) …`: each an explain_key and a JSON text of plan trees. */
export function planVerdict(rows: { explain_key?: unknown; explain_value?: unknown }[]): PlanVerdict {
	if (rows.length === 0) return { ok: false, reason: 'DuckDB showed no plan for it, so Parley cannot tell that it only reads.' };
	for (const row of rows) {
		let trees: unknown;
		try {
			trees = JSON.parse(String(row.explain_value));
		} catch {
			return { ok: false, reason: 'DuckDB showed a plan Parley cannot read, so it cannot tell that the statement only reads.' };
		}
		if (!Array.isArray(trees) || trees.length === 0) return { ok: false, reason: 'DuckDB showed an empty plan, so Parley cannot tell that it only reads.' };
		for (const tree of trees) {
			const reason = walk(tree);
			if (reason) return { ok: false, reason: `This statement is refused: ${reason}.` };
		}
	}
	return { ok: true };
}
