import { getConnectors, type Connector } from '$lib/db';
import { listPolicyRows } from '$lib/db/queries/policies';
import { deleteArchiveHitsSql, deleteHitsExceptRulesSql } from '$lib/db/queries/risk';
import { enabledDefinitions, policyEntries } from '$lib/risk/analysis/policy-set';
import { BUILTIN_POLICIES } from '$lib/risk/policy';
import { DETECTOR_RULES } from '$lib/risk/registry';
import { scanParallelism, workerScanner } from '$lib/risk/worker/client';
import { runScan, type ScanOutcome } from '$lib/risk/worker/scan-run';
import type { TaskReport, WorkspaceTask } from './task';

/** Scans run one at a time (an import's scan and a policy re-scan must not interleave their deletes and inserts). */
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(job: () => Promise<T>): Promise<T> {
	const next = queue.then(job, job);
	queue = next.catch(() => {});
	return next;
}

export async function enabledPolicies(db: Connector) {
	return enabledDefinitions(policyEntries(BUILTIN_POLICIES, await listPolicyRows(db)));
}

/** Scans the messages of newly imported archives with every detector and every enabled policy. */
export function scanArchives(archiveIds: number[], report: TaskReport, signal?: AbortSignal): Promise<ScanOutcome> {
	return serialised(async () => {
		const { db } = await getConnectors();
		const policies = await enabledPolicies(db);
		await db.exec(deleteArchiveHitsSql(archiveIds));
		return runScan(db, { archiveIds, scan: workerScanner(policies, true), report, signal, parallel: scanParallelism() });
	});
}

/** After a policy changed: drops every policy hit and scans the whole workspace with the enabled policies only. */
export function rescanPolicies(report: TaskReport): Promise<ScanOutcome> {
	return serialised(async () => {
		const { db } = await getConnectors();
		const policies = await enabledPolicies(db);
		await db.exec(deleteHitsExceptRulesSql(DETECTOR_RULES.map((r) => r.id)));
		return runScan(db, { archiveIds: null, scan: workerScanner(policies, false), report, parallel: scanParallelism() });
	});
}

export const riskScanTask: WorkspaceTask = {
	step: 'scanning',
	async afterImport(archiveIds, report, signal, streamed) {
		// Scanned as they loaded; a scan that failed then was reported by the import.
		if (streamed.scanned) return;
		await scanArchives(archiveIds, report, signal);
	},
	// risk_hits is saved and restored with the database
	async afterRestore() {}
};
