import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

/** PostgreSQL's grammar with DuckDB's own words: DuckDB's SQL is close to PostgreSQL's and adds these. */
export const DuckDBDialect = SQLDialect.define({
	...PostgreSQL.spec,
	keywords: `${PostgreSQL.spec.keywords ?? ''} qualify pivot unpivot summarize describe asof positional exclude replace columns
		anti semi struct_pack list_value range unnest ilike glob similar macro sample using tablesample`,
	types: `${PostgreSQL.spec.types ?? ''} tinyint utinyint usmallint uinteger ubigint hugeint uhugeint varchar blob list struct map
		union enum uuid timestamptz timestamp_s timestamp_ms timestamp_ns interval`,
	builtin: `${PostgreSQL.spec.builtin ?? ''} count sum avg min max median quantile_cont list string_agg date_trunc date_diff
		date_part strftime strptime epoch_ms regexp_matches regexp_extract len length lower upper coalesce`
});
