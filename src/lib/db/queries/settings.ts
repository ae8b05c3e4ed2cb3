import type { Connector } from '../connector';
import { run } from './sql';

/** Workspace settings kept in `meta` (saved with the workspace): keys are the app's own, never user input. */

export type SettingKey = 'redaction';

export async function readSetting(db: Connector, key: SettingKey): Promise<string | null> {
	const [row] = await run<{ value: string }>(db, { sql: 'SELECT value FROM meta WHERE key = ?', params: [key] });
	return row?.value ?? null;
}

export async function writeSetting(db: Connector, key: SettingKey, value: string): Promise<void> {
	await run(db, { sql: 'INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', params: [key, value] });
}

/** Every string a redaction mask may be numbered for, in a stable order: participants, then people, then conversations. */
export async function nameValues(db: Connector): Promise<string[]> {
	const rows = await run<{ v: string }>(db, {
		sql: `SELECT v FROM (
				SELECT 1 AS src, id, 0 AS k, display_name AS v FROM participants
				UNION ALL SELECT 1, id, 1, handle FROM participants
				UNION ALL SELECT 1, id, 2, phone FROM participants WHERE phone IS NOT NULL
				UNION ALL SELECT 1, id, 3, email FROM participants WHERE email IS NOT NULL
				UNION ALL SELECT 2, id, 0, label FROM identities
				UNION ALL SELECT 3, id, 0, title FROM conversations
			) ORDER BY src, id, k`,
		params: []
	});
	return rows.map((r) => r.v);
}
