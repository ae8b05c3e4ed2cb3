import { spawnSync } from 'node:child_process';

/** Runs one measurement in a fresh Node process so peak memory belongs to that measurement alone. */
export function runChild<T>(script: string, args: string[]): T {
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=8192', script, ...args], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stderr}`);
	const last = result.stdout.trim().split('\n').at(-1) ?? '';
	return JSON.parse(last) as T;
}
