import { getWorkspaceDb } from '$lib/db';

export const SHOWN_ROWS = 1000;

export interface SqlResult {
	columns: string[];
	rows: Record<string, unknown>[];
	ms: number;
}

/** State of the SQL page: one query at a time, its result or its error. */
class SqlConsole {
	text = $state('SELECT author, count(*) AS messages\nFROM messages\nGROUP BY author\nORDER BY messages DESC\nLIMIT 20');
	running = $state(false);
	result = $state.raw<SqlResult | null>(null);
	error = $state<string | null>(null);

	async run(): Promise<void> {
		if (this.running) return;
		this.running = true;
		this.error = null;
		const started = performance.now();
		try {
			const db = await getWorkspaceDb();
			const rows = await db.runUserSql(this.text);
			this.result = { columns: rows.length > 0 ? Object.keys(rows[0]) : [], rows, ms: performance.now() - started };
		} catch (err) {
			this.result = null;
			this.error = err instanceof Error ? err.message : String(err);
		} finally {
			this.running = false;
		}
	}
}

export const sqlConsole = new SqlConsole();
