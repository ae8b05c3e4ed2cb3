import { search } from './search.svelte';
import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors, getWorkspaceDb, isWorkspaceReady, SqlRefusedError, whenWorkspaceReady } from '$lib/db';
import { schemaTables, type SchemaTable } from '$lib/db/queries/schema-browser';
import { resultColumns, type ResultColumn } from '$lib/sql/column-kinds';
import type { ChartSpec, ResultColumn as ChartColumn } from '$lib/charts/chart-builder';
import { completionSchema } from '$lib/sql/completion-schema';
import { errorPosition, errorSummary, positionAt, structuredError, type SqlPosition } from '$lib/sql/error-position';
import { messageSourcesById } from '$lib/db/queries/exports';
import { messageTimes } from '$lib/export/provenance';
import { messageIdColumn, resultToArrowIPC, resultToCsv, resultToJson, shownDeep, type ResultProvenance } from '$lib/sql/exports';
import { addToHistory, parseHistory, type HistoryEntry } from '$lib/sql/history';
import { LatestQuery } from './latest.svelte';
import { redaction } from './redaction.svelte';

export interface SqlResult {
	sql: string;
	columns: ResultColumn[];
	rows: Record<string, unknown>[];
	ms: number;
}

export interface SqlError {
	/** The engine's or the gate's message, as it was given. */
	message: string;
	/** The message without DuckDB's "LINE n:" excerpt, which the editor marks instead. */
	summary: string;
	position: SqlPosition | null;
	/** Refused by the app's gate before anything ran. */
	refused: boolean;
}

/** The chart builder over the result: the spec the user chose (first guessed from the column types), drawn by the page. */
export type ChartState =
	| { state: 'none' }
	| { state: 'loading' }
	| { state: 'open'; builder: typeof import('$lib/charts/chart-builder'); columns: ChartColumn[]; rows: Record<string, unknown>[]; spec: ChartSpec | null }
	| { state: 'failed'; message: string };

const HISTORY_KEY = 'parley.sql.history';

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** State of the SQL page: one query at a time, its result or its error, the schema beside it, the history. */
class SqlConsole {
	// System lines (a member joined, a missed call) have no author: left out so the top row is a person.
	text = $state("SELECT author, count(*) AS messages\nFROM messages\nWHERE coalesce(author, '') <> ''\nGROUP BY author\nORDER BY messages DESC\nLIMIT 20");
	running = $state(false);
	/** A run is waiting for the saved workspace to finish loading: it would read part of it. */
	waitingForRestore = $state(false);
	/** Set while a run is under way, so the page can show the time it has taken. */
	startedAt = $state<number | null>(null);
	result = $state.raw<SqlResult | null>(null);
	error = $state.raw<SqlError | null>(null);
	/** The last run was cancelled; how long it ran. */
	cancelledAfterMs = $state<number | null>(null);
	history = $state.raw<HistoryEntry[]>(parseHistory(storage()?.getItem(HISTORY_KEY) ?? null));
	schema = $state.raw<SchemaTable[]>([]);
	schemaError = $state<string | null>(null);
	chart = $state.raw<ChartState>({ state: 'none' });
	private readonly chartQuery = new LatestQuery();
	private cancelRequested = false;

	/** table → columns, for the editor's completion. */
	get completion(): Record<string, string[]> {
		return completionSchema(this.schema.flatMap((t) => t.columns.map((c) => ({ table_name: t.name, column_name: c.name }))));
	}

	async loadSchema(): Promise<void> {
		try {
			const { db } = await getConnectors();
			// The schema browser counts rows: search_hits holds the search on screen by then (it is filled on demand).
			await search.fillHitsTable().catch(() => {});
			this.schema = await schemaTables(db);
			this.schemaError = null;
		} catch (err) {
			this.schemaError = messageOf(err);
		}
	}

	async run(): Promise<void> {
		if (this.running) return;
		const sql = this.text;
		this.running = true;
		this.cancelRequested = false;
		this.cancelledAfterMs = null;
		this.error = null;
		this.chartQuery.drop();
		this.chart = { state: 'none' };
		this.remember(sql);
		let started = performance.now();
		try {
			if (!isWorkspaceReady()) {
				this.waitingForRestore = true;
				await whenWorkspaceReady();
				this.waitingForRestore = false;
				if (this.cancelRequested) throw new Error('cancelled');
			}
			started = performance.now();
			this.startedAt = Date.now();
			const db = await getWorkspaceDb();
			await search.hitsTableFor(sql);
			const rows = await db.runUserSql(sql);
			if (this.cancelRequested) throw new Error('cancelled');
			const described = await db.describeUserSql(sql);
			this.result = { sql, columns: resultColumns(described, rows), rows, ms: performance.now() - started };
		} catch (err) {
			this.result = null;
			if (this.cancelRequested) {
				this.cancelledAfterMs = performance.now() - started;
			} else {
				const raw = messageOf(err);
				// Some engine errors arrive as DuckDB's JSON error object: shown in words, its position marked.
				const structured = structuredError(raw, sql);
				const message = structured?.message ?? raw;
				const position = structured ? (structured.offset === null ? null : positionAt(sql, structured.offset)) : errorPosition(raw, sql);
				this.error = { message, summary: errorSummary(message), position, refused: err instanceof SqlRefusedError };
			}
		} finally {
			this.running = false;
			this.waitingForRestore = false;
			this.startedAt = null;
			auditTrail.recordQuery(sql, { rows: this.result?.rows.length ?? null, error: this.error, cancelledAfterMs: this.cancelledAfterMs });
		}
	}

	/** Interrupts the running query; the page then says it was cancelled. */
	async cancel(): Promise<void> {
		if (!this.running) return;
		this.cancelRequested = true;
		if (this.waitingForRestore) return;
		await (await getWorkspaceDb()).cancel();
	}

	load(sql: string): void {
		this.text = sql;
	}

	clearHistory(): void {
		this.history = [];
		storage()?.removeItem(HISTORY_KEY);
	}

	private remember(sql: string): void {
		this.history = addToHistory(this.history, sql, new Date().toISOString());
		try {
			storage()?.setItem(HISTORY_KEY, JSON.stringify(this.history));
		} catch {
			// A full or blocked storage loses the history, not the query.
		}
	}

	/** Provenance of the messages a result names by id (see messageIdColumn), null when it names none. */
	private async provenance(r: SqlResult): Promise<ResultProvenance | null> {
		const column = messageIdColumn(r.columns);
		if (!column) return null;
		const ids = [...new Set(r.rows.map((row) => row[column]).filter((v): v is number => Number.isSafeInteger(v) && (v as number) >= 0))];
		const { db } = await getConnectors();
		const byId = new Map(
			(await messageSourcesById(db, ids)).map((m) => [
				m.message_id,
				{
					platform: m.platform,
					archive_sha256: m.archive_sha256,
					source_file: redaction.shown(m.source_file),
					line: m.line,
					line_end: m.line_end,
					source_path: m.source_path,
					...messageTimes(m.ts_local, m.tz, m.ts_utc)
				}
			])
		);
		return { column, byId };
	}

	/** The current result as a file: text through the redaction switch, message provenance where the result has message ids. */
	async exportFile(
		format: 'csv' | 'json' | 'arrow'
	): Promise<{ name: string; data: string | Uint8Array; type: string; rows: number; redacted: boolean } | null> {
		const r = this.result;
		if (!r) return null;
		const provenance = await this.provenance(r);
		const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
		const base = { rows: r.rows.length, redacted: redaction.enabled };
		switch (format) {
			case 'csv':
				return { ...base, name: `query-${stamp}.csv`, type: 'text/csv;charset=utf-8', data: resultToCsv(r.columns, r.rows, redaction, provenance) };
			case 'json':
				return { ...base, name: `query-${stamp}.json`, type: 'application/json', data: resultToJson(r.columns, r.rows, redaction, provenance) };
			case 'arrow':
				return {
					...base,
					name: `query-${stamp}.arrows`,
					type: 'application/vnd.apache.arrow.stream',
					data: resultToArrowIPC(r.columns, r.rows, redaction, provenance)
				};
		}
	}

	/** Opens the chart builder on the result, with a first chart guessed from the column types (the charts module loads on first use). */
	async chartResult(): Promise<void> {
		const r = this.result;
		if (!r) return;
		this.chart = { state: 'loading' };
		// A new run drops this answer (run() resets the chart); a failure to load the builder is the chart's state.
		await this.chartQuery.run(
			async (): Promise<ChartState> => {
				try {
					const builder = await import('$lib/charts/chart-builder');
					// The chart is drawn from values as shown: a redacted page charts redacted labels.
					const rows = r.rows.map((row) => {
						const out: Record<string, unknown> = {};
						for (const c of r.columns) out[c.name] = shownDeep(row[c.name], redaction);
						return out;
					});
					const columns = r.columns.map((c) => ({ name: c.name, type: c.kind }));
					return { state: 'open', builder, columns, rows, spec: builder.guessChartSpec(columns) };
				} catch (err) {
					return { state: 'failed', message: messageOf(err) };
				}
			},
			(chart) => (this.chart = chart)
		);
	}

	/** The user changed a role or the mark in the builder. */
	setChartSpec(spec: ChartSpec): void {
		if (this.chart.state === 'open') this.chart = { ...this.chart, spec };
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export const sqlConsole = new SqlConsole();
