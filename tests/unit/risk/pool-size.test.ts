import { describe, expect, it } from 'vitest';
import { riskWorkerCount } from '$lib/risk/worker/pool-size';

describe('riskWorkerCount: risk workers for a number of logical cores', () => {
	it.each([
		[undefined, 1],
		[Number.NaN, 1],
		[0, 1],
		[1, 1],
		[2, 1],
		[4, 1],
		[5, 2],
		[6, 3],
		[8, 4],
		[64, 4],
		[6.5, 3]
	])('%s cores → %i', (cores, workers) => {
		expect(riskWorkerCount(cores as number | undefined)).toBe(workers);
	});
});
