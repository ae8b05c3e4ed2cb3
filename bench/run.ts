import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench` runs every suite in order; `BENCH_ONLY=search,risk npm run bench` runs some.
 * A suite is `bench/suites/<name>.ts` exporting `run(): Promise<void>` that prints its own table.
 */
const SUITES = ['whatsapp-parse', 'search', 'search-build', 'risk', 'graph', 'dashboard', 'console-gate', 'cli', 'audit', 'stream-formats'];

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
console.log(`Parley benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const name of SUITES) {
	if (only && !only.includes(name)) continue;
	const file = fileURLToPath(new URL(`./suites/${name}.ts`, import.meta.url));
	if (!existsSync(file)) continue;
	const suite = (await import(file)) as { run(): Promise<void> | void };
	await suite.run();
}
