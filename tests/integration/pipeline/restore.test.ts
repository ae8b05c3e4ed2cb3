// The start-up restore's order of things through its ports: which steps run, in which order, and what the page is
// told, for a saved workspace, none, one that fails to load, and a database that does not start.
import { describe, expect, it } from 'vitest';
import { restoreWorkspace, type RestorePorts, type SavedState } from '$lib/pipeline/restore';
import type { TaskFailure } from '$lib/pipeline/tasks/run-tasks';

function run(saved: SavedState, over: Partial<RestorePorts> = {}, failures: TaskFailure[] = []) {
	const log: string[] = [];
	const ports: RestorePorts = {
		preloadIndex: () => void log.push('preloadIndex'),
		startDatabase: async () => void log.push('startDatabase'),
		restoreTables: async (report) => {
			report(1, 2);
			log.push('restoreTables');
		},
		savedState: () => saved,
		markReady: () => void log.push('markReady'),
		tidyMedia: async () => void log.push('tidyMedia'),
		restoreRedaction: async () => void log.push('restoreRedaction'),
		openAuditTrail: async () => void log.push('openAuditTrail'),
		afterRestore: async (onProgress) => {
			onProgress('indexing', 3, 4);
			log.push('afterRestore');
			return failures;
		},
		verify: () => void log.push('verify'),
		...over
	};
	const view = {
		progress: (p: { step: string; bytes: number; total: number } | null) =>
			log.push(p ? `view.progress ${p.step} ${p.bytes}/${p.total}` : 'view.progress null'),
		ready: () => void log.push('view.ready'),
		failed: (m: string) => void log.push(`view.failed ${m}`),
		restored: () => void log.push('view.restored'),
		taskFailures: (f: TaskFailure[]) => void log.push(`view.taskFailures ${f.length}`),
		refresh: async () => void log.push('view.refresh')
	};
	return restoreWorkspace(ports, view).then(() => log);
}

describe('restoreWorkspace', () => {
	it('a saved workspace: tables, then media tidied, redaction, audit trail, the page, the tasks, and a background check', async () => {
		expect(await run('saved')).toEqual([
			'preloadIndex',
			'startDatabase',
			'view.progress restoring 0/0',
			'view.progress restoring 1/2',
			'restoreTables',
			'markReady',
			'tidyMedia',
			'restoreRedaction',
			'openAuditTrail',
			'view.ready',
			'view.refresh',
			'view.progress indexing 3/4',
			'afterRestore',
			'view.taskFailures 0',
			'view.progress null',
			'view.restored',
			'view.refresh',
			'verify',
			'view.restored'
		]);
	});

	it('nothing saved: media are tidied, nothing is verified', async () => {
		const log = await run('empty');
		expect(log).toContain('tidyMedia');
		expect(log).not.toContain('verify');
	});

	it('a saved workspace that failed to load keeps its media files (they may be all that is left of it)', async () => {
		const log = await run('error');
		expect(log).not.toContain('tidyMedia');
		expect(log).not.toContain('verify');
		expect(log).toContain('openAuditTrail');
	});

	it('a database that does not start: the page says why, queries are let through to fail, and nothing else runs', async () => {
		const log = await run('unknown', {
			startDatabase: async () => {
				throw new Error('the wasm bundle is missing');
			}
		});
		expect(log).toEqual(['preloadIndex', 'view.failed the wasm bundle is missing', 'view.restored', 'markReady']);
	});

	it('failing tasks after the restore are shown, and the restore still ends', async () => {
		const log = await run('saved', {}, [{ step: 'indexing', message: 'the index worker stopped' }]);
		expect(log).toContain('view.taskFailures 1');
		expect(log.at(-1)).toBe('view.restored');
	});

	it('a step after the tables failing is shown as the database error, and the pages leave their restoring notice', async () => {
		const log = await run('saved', {
			openAuditTrail: async () => {
				throw new Error('audit_log is unreadable');
			}
		});
		expect(log.slice(-2)).toEqual(['view.failed audit_log is unreadable', 'view.restored']);
		expect(log).not.toContain('view.ready');
	});
});
