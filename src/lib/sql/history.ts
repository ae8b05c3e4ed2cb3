/** Queries run, newest first, each text once (compared after trimming). */
export interface HistoryEntry {
	sql: string;
	/** ISO time of the last run. */
	ranAt: string;
}

export const HISTORY_LIMIT = 100;

export function addToHistory(history: HistoryEntry[], sql: string, ranAt: string, limit = HISTORY_LIMIT): HistoryEntry[] {
	const text = sql.trim();
	if (text === '') return history;
	return [{ sql: text, ranAt }, ...history.filter((h) => h.sql.trim() !== text)].slice(0, limit);
}

/** Reads what localStorage held; anything malformed is dropped rather than breaking the page. */
export function parseHistory(json: string | null): HistoryEntry[] {
	if (!json) return [];
	try {
		const v: unknown = JSON.parse(json);
		if (!Array.isArray(v)) return [];
		return v.filter((h): h is HistoryEntry => !!h && typeof h.sql === 'string' && typeof h.ranAt === 'string');
	} catch {
		return [];
	}
}
