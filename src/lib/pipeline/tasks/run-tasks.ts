import type { TaskReport, TaskStep, WorkspaceTask } from './task';

export interface TaskFailure {
	step: TaskStep;
	message: string;
}

/** Runs every task in turn; one failing does not stop the others (a failed index must not lose the save). */
export async function runTasks(
	tasks: readonly WorkspaceTask[],
	run: (task: WorkspaceTask, report: TaskReport) => Promise<void>,
	onProgress: (step: TaskStep, done: number, total: number) => void
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
