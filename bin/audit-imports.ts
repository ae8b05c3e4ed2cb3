import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AuditLog } from '../src/lib/audit/log.ts';
import { archiveFingerprint, recordedArchive } from '../src/lib/audit/fingerprint.ts';
import type { Connector } from '../src/lib/db/connector.ts';
import { archiveIdentities } from '../src/lib/db/queries/fingerprint.ts';

/**
 * The workspace's audit log as `parley import` writes it: the same hash-chained entries the app writes for an import
 * (`import.loaded` with the archive's fingerprint, `import.duplicate`, `import.failed`), so a database or workspace
 * file built on the command line verifies on the app's Audit page like one built in the tab.
 */
export class ImportAudit {
	private readonly log: AuditLog;

	private constructor(db: Connector) {
		this.log = new AuditLog(async () => db);
	}

	static async open(db: Connector): Promise<ImportAudit> {
		const audit = new ImportAudit(db);
		await audit.log.open();
		return audit;
	}

	async loaded(db: Connector, path: string, entry: string, archiveId: number): Promise<void> {
		const identity = (await archiveIdentities(db)).find((a) => a.id === archiveId);
		if (!identity) return;
		const fingerprint = await archiveFingerprint(db, archiveId);
		await this.log.append('import.loaded', `archive:${archiveId}`, { ...(await container(path, entry)), ...recordedArchive(identity, fingerprint) });
	}

	async duplicate(path: string, entry: string, archiveId: number, sha256: string): Promise<void> {
		await this.log.append('import.duplicate', `archive:${archiveId}`, { ...(await container(path, entry)), archive_id: archiveId, sha256 });
	}

	async failed(path: string, error: string): Promise<void> {
		await this.log.append('import.failed', 'file', { ...(await container(path, '')), error });
	}
}

/** The input as the app names a dropped file (no folders of this machine), a member after ' › ', and its size. */
async function container(path: string, entry: string): Promise<{ file: string; file_bytes: number | null }> {
	const info = await stat(path).catch(() => null);
	return { file: entry ? `${basename(path)} › ${entry}` : basename(path), file_bytes: info?.isFile() ? info.size : null };
}
