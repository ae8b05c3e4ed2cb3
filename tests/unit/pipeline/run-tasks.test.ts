import { describe, expect, it } from 'vitest';
import { runTasks } from '$lib/pipeline/tasks/run-tasks';
import type { TaskStep, WorkspaceTask } from '$lib/pipeline/tasks/task';

const task = (step: TaskStep, fail?: string): WorkspaceTask => ({
	step,
	afterImport: async () => {},
	afterRestore: async (report) => {
		report(1, 1);
		if (fail) throw new Error(fail);
	}
});

describe('runTasks', () => {
	it('runs every task in order, reporting progress by step', async () => {
		const seen: string[] = [];
		const failures = await runTasks(
			[task('linking'), task('indexing'), task('saving')],
			(t, report) => t.afterRestore(report),
			(step, done, total) => seen.push(`${step} ${done}/${total}`)
		);
		expect(failures).toEqual([]);
		expect(seen).toEqual(['linking 1/1', 'indexing 1/1', 'saving 1/1']);
	});

	it('a failing task does not stop the ones after it (a failed index must not lose the save)', async () => {
		const seen: TaskStep[] = [];
		const failures = await runTasks(
			[task('linking'), task('indexing', 'the index worker stopped'), task('saving')],
			(t, report) => t.afterRestore(report),
			(step) => seen.push(step)
		);
		expect(failures).toEqual([{ step: 'indexing', message: 'the index worker stopped' }]);
		expect(seen).toEqual(['linking', 'indexing', 'saving']);
	});
});
