/**
 * The engine-neutral face of DuckDB that the rest of the app codes against.
 *
 * Rows are plain objects keyed by column name, converted once by `tableToRows` (rows.ts):
 * - BIGINT/HUGEINT and other integers → number; values beyond ±2^53 → decimal string (never a BigInt)
 * - DECIMAL → number (scale 0 beyond ±2^53 → decimal string)
 * - TIMESTAMP / TIMESTAMPTZ → UTC string 'YYYY-MM-DDTHH:MM:SSZ' ('…SS.sssZ' when sub-second), like localToUtc
 * - DATE → 'YYYY-MM-DD'; TIME → 'HH:MM:SS'
 * - LIST → array, STRUCT → object, MAP → object with string keys; BLOB → Uint8Array; NULL → null
 */
export interface Connector {
	/** Runs SQL and returns every row; `params` bind to `?` placeholders through a prepared statement. */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Runs one or more statements, discarding results. */
	exec(sql: string): Promise<void>;
	/** Appends an Arrow IPC stream to an existing table; columns are matched by position. */
	insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
	/** Runs SQL and returns the result as one Arrow IPC stream (bulk reads: index building, snapshots). */
	queryArrowIPC(sql: string): Promise<Uint8Array>;
	/**
	 * Runs exactly one statement through a prepared statement: the engine itself refuses a text that holds several
	 * (where `query` without parameters would run them all).
	 */
	queryStatement<T = Record<string, unknown>>(sql: string): Promise<T[]>;
	/** Parses, binds and plans exactly one statement without running it; rejects with the engine's message. */
	prepareStatement(sql: string): Promise<void>;
	/** Runs `work` with no other call on this connection in between, so that a transaction can span several calls. */
	exclusive<T>(work: (db: Connector) => Promise<T>): Promise<T>;
	/** Interrupts the running query, where the engine allows it. */
	cancel?(): Promise<void>;
}
