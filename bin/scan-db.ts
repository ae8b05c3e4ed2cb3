import type { Connector } from '../src/lib/db/connector.ts';
import { listPolicyRows } from '../src/lib/db/queries/policies.ts';
import { deleteArchiveHitsSql } from '../src/lib/db/queries/risk.ts';
import { enabledDefinitions, policyEntries } from '../src/lib/risk/analysis/policy-set.ts';
import { BUILTIN_POLICIES } from '../src/lib/risk/policy/index.ts';
import { scanBatch } from '../src/lib/risk/scan.ts';
import { scanIpcBatch } from '../src/lib/risk/worker/batch.ts';
import { scanRules } from '../src/lib/risk/worker/rules.ts';
import { runScan, type ScanOutcome } from '../src/lib/risk/worker/scan-run.ts';

/**
 * The app's scan of newly imported archives (pipeline/tasks/risk-scan.ts), in this process instead of a worker:
 * every detector and every enabled policy, the archives' old hits removed first.
 */
export async function scanArchives(db: Connector, archiveIds: number[], report: (done: number, total: number) => void): Promise<ScanOutcome> {
	const rules = scanRules(enabledDefinitions(policyEntries(BUILTIN_POLICIES, await listPolicyRows(db))), true);
	await db.exec(deleteArchiveHitsSql(archiveIds));
	return runScan(db, { archiveIds, report, scan: async (ipc) => scanIpcBatch(ipc, rules, scanBatch) });
}
