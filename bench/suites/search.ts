import { benchSearch } from '../search/run.ts';

/**
 * `BENCH_SEARCH_SIZES=100000 npm run bench` for a quick run; default 100k and 1M.
 * `BENCH_SEARCH_BUDGET_S=20` caps the CPU seconds each engine may spend per query kind (slow peers at 1M).
 */
export function run(): void {
	const sizes = (process.env.BENCH_SEARCH_SIZES ?? '100000,1000000').split(',').map((s) => Number(s.trim()));
	for (const size of sizes) benchSearch(size);
}
