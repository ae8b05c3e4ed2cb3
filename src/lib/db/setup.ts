import type { Connector } from './connector';
import { SCHEMA_SQL } from './schema';

/**
 * Brings a fresh connection to Parley's state; the same steps in the browser and in Node.
 * Order matters: extensions must never be fetched (offline, a download would hang), the schema is created
 * while the configuration is still open, then file and network access are switched off and the
 * configuration is locked so no later statement can turn them back on.
 */
export async function setupDatabase(db: Connector): Promise<void> {
	await db.exec('SET autoload_known_extensions = false; SET autoinstall_known_extensions = false;');
	await db.exec(SCHEMA_SQL);
	await db.exec('SET enable_external_access = false; SET lock_configuration = true;');
}
