import type { WorkspaceTask } from './task';

/** Placeholder until the risk-scan task is built: does nothing. */
export const riskScanTask: WorkspaceTask = {
	step: 'scanning',
	async afterImport() {},
	async afterRestore() {}
};
