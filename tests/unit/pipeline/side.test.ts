import { describe, expect, it } from 'vitest';
import { Side } from '$lib/pipeline/run';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pushes `n` jobs of the given delays; records how many ran at once. */
function load(side: Side, delays: number[], fail: number | null = null) {
	const seen = { running: 0, most: 0, ran: [] as number[] };
	delays.forEach((ms, i) =>
		side.push(
			async () => {
				seen.running++;
				seen.most = Math.max(seen.most, seen.running);
				await tick(ms);
				seen.running--;
				if (i === fail) throw new Error(`job ${i} failed`);
				seen.ran.push(i);
				return 10;
			},
			() => {}
		)
	);
	return seen;
}

describe('Side (a pipeline side worker queue)', () => {
	it.each([
		[1, [5, 5, 5, 5], 1],
		[3, [5, 5, 5, 5, 5, 5], 3],
		[4, [5, 5], 2]
	])('with parallel %i runs at most that many at once (%j → %i)', async (parallel, delays, most) => {
		const side = new Side(parallel);
		const seen = load(side, delays);
		await side.settled();
		expect(seen.most).toBe(most);
		expect(side.done).toBe(10 * delays.length);
		expect(side.pending).toBe(0);
	});

	it('one at a time keeps the order; several at once finish in any order and count every job', async () => {
		const serial = new Side(1);
		const a = load(serial, [20, 1, 10]);
		await serial.settled();
		expect(a.ran).toEqual([0, 1, 2]);
		const parallel = new Side(3);
		const b = load(parallel, [20, 1, 10]);
		await parallel.settled();
		expect(b.ran).toEqual([1, 2, 0]);
		expect(parallel.done).toBe(30);
	});

	it('room() waits until fewer than the limit are queued or running', async () => {
		const side = new Side(1);
		load(side, [10, 10, 10, 10]);
		expect(side.pending).toBe(4);
		await side.room(2);
		expect(side.pending).toBeLessThan(2);
		await side.settled();
	});

	it('after a failure, says why, keeps what was done and drops what had not started', async () => {
		const side = new Side(1);
		const seen = load(side, [1, 1, 1, 1], 1);
		await side.settled();
		expect(side.failure).toBe('job 1 failed');
		expect(seen.ran).toEqual([0]);
		expect(side.done).toBe(10);
	});

	it('settled() on an empty side resolves at once', async () => {
		await expect(new Side(2).settled()).resolves.toBeUndefined();
	});
});
