import type { Connector } from '$lib/db/connector';
import { scanBatchSql, scanExtent } from '$lib/db/queries/risk';
import type { ScannedBatch } from './batch';

/** Reads messages in id ranges, has each range scanned (in the worker), and appends the hits to risk_hits. */

export const SCAN_BATCH = 50_000;

export interface ScanRun {
	/** Archives whose messages are scanned; null: the whole workspace. */
	archiveIds: readonly number[] | null;
	/** Scans one Arrow IPC batch of (id, kind, text); the worker in the app, the same function in-process in tests. */
	scan: (ipc: Uint8Array) => Promise<ScannedBatch>;
	report: (done: number, total: number) => void;
	signal?: AbortSignal;
	batchSize?: number;
	/** Ranges scanned at once (one per risk worker); the next range is read while they scan. */
	parallel?: number;
}

export interface ScanOutcome {
	messages: number;
	hits: number;
}

export async function runScan(db: Connector, { archiveIds, scan, report, signal, batchSize = SCAN_BATCH, parallel = 1 }: ScanRun): Promise<ScanOutcome> {
	const extent = await scanExtent(db, archiveIds);
	const total = extent.messages;
	let done = 0;
	let hits = 0;
	report(0, total);
	if (total === 0 || extent.min_id === null || extent.max_id === null) return { messages: 0, hits: 0 };
	const running = new Set<Promise<void>>();
	let failure: unknown = null;
	for (let from = extent.min_id; from <= extent.max_id; from += batchSize) {
		if (failure !== null) break;
		if (signal?.aborted) break;
		const batch = await db.queryArrowIPC(scanBatchSql(archiveIds, from, from + batchSize));
		const job: Promise<void> = scan(batch)
			.then(async (scanned) => {
				if (scanned.hits > 0) await db.insertArrowIPC('risk_hits', scanned.ipc);
				done += scanned.messages;
				hits += scanned.hits;
				report(done, total);
			})
			.catch((err: unknown) => void (failure ??= err))
			.finally(() => running.delete(job));
		running.add(job);
		if (running.size >= Math.max(1, parallel)) await Promise.race(running);
	}
	await Promise.all(running);
	if (failure !== null) throw failure;
	if (signal?.aborted) throw new Error(`risk scan cancelled after ${done} of ${total} messages; run it again from the risk page`);
	return { messages: done, hits };
}
