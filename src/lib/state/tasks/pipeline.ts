import { identitiesTask } from './identities';
import { riskScanTask } from './risk-scan';
import { saveWorkspaceTask } from './save-workspace';
import { searchIndexTask } from './search-index';
import type { TaskReport, TaskStep, WorkspaceTask } from './task';

/** In order: people linked first, scanning before indexing (search filters on risk:), saving last so it holds all. */
export const WORKSPACE_TASKS: readonly WorkspaceTask[] = [identitiesTask, riskScanTask, searchIndexTask, saveWorkspaceTask];
/** After a restore nothing is scanned and the index does not depend on the people: the search comes back first. */
export const RESTORE_TASKS: readonly WorkspaceTask[] = [searchIndexTask, identitiesTask, riskScanTask, saveWorkspaceTask];

export interface TaskFailure {
	step: TaskStep;
	message: string;
}

/** Runs every task; one failing does not stop the others (a failed index must not lose the save). */
export async function runTasks(
	run: (task: WorkspaceTask, report: TaskReport) => Promise<void>,
	onProgress: (step: TaskStep, done: number, total: number) => void,
	tasks: readonly WorkspaceTask[] = WORKSPACE_TASKS
): Promise<TaskFailure[]> {
	const failures: TaskFailure[] = [];
	for (const task of tasks) {
		try {
			await run(task, (done, total) => onProgress(task.step, done, total));
		} catch (err) {
			failures.push({ step: task.step, message: err instanceof Error ? err.message : String(err) });
		}
	}
	return failures;
}
