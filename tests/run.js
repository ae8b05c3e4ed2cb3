#!/usr/bin/env node
// The test command: one vitest run over every project (unit, integration, e2e), then one honest summary line.
// Fails when anything failed, nothing ran, vitest crashed, or any test was skipped or todo.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
const report = join(dir, 'report.json');

const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit'
});

let passed = 0,
	failed = 0,
	skipped = 0;
const problems = [];
if (existsSync(report)) {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	for (const file of json.testResults) {
		const counts = { passed: 0, failed: 0 };
		for (const t of file.assertionResults) {
			if (t.status === 'passed') counts.passed++;
			else if (t.status === 'failed') counts.failed++;
			else {
				skipped++;
				problems.push(`${t.status}: ${t.fullName} (${file.name})`);
			}
		}
		passed += counts.passed;
		failed += counts.failed;
		// A file that fails to load has no failed test of its own; count it so it cannot hide.
		if (file.status === 'failed' && counts.failed === 0) {
			failed++;
			problems.push(`failed to run: ${file.name}${file.message ? ` — ${file.message}` : ''}`);
		}
	}
} else {
	problems.push('vitest wrote no report (crashed before the run finished); counted as 1 failure');
	failed++;
}
rmSync(dir, { recursive: true, force: true });

if (run.status !== 0 && failed === 0) {
	problems.push(`vitest exited with ${run.status ?? run.signal} (e.g. an unhandled error or a failed global setup); counted as 1 failure`);
	failed++;
}
if (passed + failed + skipped === 0) problems.push('no tests ran');
if (skipped > 0) problems.push('skipped or todo tests are defects: make them run or delete them');

console.log('');
for (const p of problems) console.log(p);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
