import type { Connector } from '$lib/db/connector';
import { auditRecordsAfter, recordedAuditHead, type LogCursor } from '$lib/db/queries/audit';
import { ChainVerifier, type ChainVerdict } from './chain';

const PAGE = 5_000;

/**
 * Verifies the whole stored log, page by page, against the head the app recorded with its last append.
 * `onProgress` is told how many entries were checked (the page can show it on a long log).
 */
export async function verifyStoredLog(db: Connector, onProgress: (checked: number) => void = () => {}): Promise<ChainVerdict> {
	const verifier = new ChainVerifier();
	let cursor: LogCursor | null = null;
	let checked = 0;
	for (;;) {
		const page = await auditRecordsAfter(db, cursor, PAGE);
		if (page.length === 0) break;
		verifier.push(page);
		checked += page.length;
		onProgress(checked);
		if (verifier.failed || page.length < PAGE) break;
		const last = page[page.length - 1];
		cursor = { seq: last.seq, rowid: last.rowid };
	}
	return verifier.verdict(await recordedAuditHead(db));
}
