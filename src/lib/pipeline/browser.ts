import { getConnectors } from '$lib/db';
import { removeFrom, type IdsFrom } from '$lib/db/stream-load';
import { parseInWorker } from '$lib/ingest/client';
import type { ParseChoices, ParseInput } from '$lib/ingest/worker-protocol';
import { scanParallelism, workerScanner } from '$lib/risk/worker/client';
import { enabledPolicies } from './tasks/risk-scan';
import { databaseLoader } from './ports';
import { runPipeline, type PipelineOptions, type PipelineResult } from './run';

/**
 * One input of an import in the tab: parsed in the parse worker, loaded through the import connection, scanned in
 * the risk worker and indexed in the search worker, all at once.
 */
export async function importInput(
	input: ParseInput,
	choices: ParseChoices,
	indexer: ((ipc: Uint8Array) => Promise<unknown>) | null,
	opts: PipelineOptions
): Promise<PipelineResult> {
	const { db, importDb } = await getConnectors();
	const scanner = workerScanner(await enabledPolicies(db), true);
	return runPipeline({ source: parseInWorker(input, choices), loader: databaseLoader(importDb), scanner, indexer, scanParallel: scanParallelism() }, opts);
}

/** Removes what the imports starting at these ids added (a cancel after their load finished), in one transaction. */
export async function removeImports(froms: readonly IdsFrom[]): Promise<void> {
	if (froms.length === 0) return;
	const first = froms.reduce((a, b) => (b.messageId < a.messageId ? b : a));
	await removeFrom((await getConnectors()).importDb, first);
}
