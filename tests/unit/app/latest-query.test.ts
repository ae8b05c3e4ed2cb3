import { describe, expect, test } from 'vitest';
import { LatestQuery } from '$lib/state/latest.svelte';

/** A promise settled from outside, so a test decides the order answers arrive in. */
function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

describe('LatestQuery', () => {
	test('an answer applies, loading is true while it runs, and false after', async () => {
		const q = new LatestQuery();
		const answer = deferred<number>();
		const applied: number[] = [];
		const run = q.run(
			() => answer.promise,
			(v) => applied.push(v)
		);
		expect(q.loading).toBe(true);
		answer.resolve(1);
		expect(await run).toBe(true);
		expect(applied).toEqual([1]);
		expect(q.loading).toBe(false);
		expect(q.error).toBeNull();
	});

	test('an older answer arriving after a newer run started is dropped, and does not end loading', async () => {
		const q = new LatestQuery();
		const older = deferred<string>();
		const newer = deferred<string>();
		const applied: string[] = [];
		const first = q.run(
			() => older.promise,
			(v) => applied.push(v)
		);
		const second = q.run(
			() => newer.promise,
			(v) => applied.push(v)
		);
		older.resolve('old');
		expect(await first).toBe(false);
		expect(q.loading).toBe(true);
		newer.resolve('new');
		expect(await second).toBe(true);
		expect(applied).toEqual(['new']);
		expect(q.loading).toBe(false);
	});

	test('the latest failure is the error; an older failure after a newer run is dropped', async () => {
		const q = new LatestQuery();
		const older = deferred<number>();
		const newer = deferred<number>();
		const first = q.run(
			() => older.promise,
			() => {}
		);
		const second = q.run(
			() => newer.promise,
			() => {}
		);
		older.reject(new Error('old failure'));
		await first;
		expect(q.error).toBeNull();
		newer.reject(new Error('table messages does not exist'));
		expect(await second).toBe(false);
		expect(q.error).toBe('table messages does not exist');
		expect(q.loading).toBe(false);
	});

	test('a run that applies clears the error of the one before', async () => {
		const q = new LatestQuery();
		await q.run(
			() => Promise.reject('refused'),
			() => {}
		);
		expect(q.error).toBe('refused');
		await q.run(
			() => Promise.resolve(1),
			() => {}
		);
		expect(q.error).toBeNull();
	});

	test('drop forgets the run under way', async () => {
		const q = new LatestQuery();
		const answer = deferred<number>();
		const applied: number[] = [];
		const run = q.run(
			() => answer.promise,
			(v) => applied.push(v)
		);
		q.drop();
		expect(q.loading).toBe(false);
		answer.resolve(5);
		expect(await run).toBe(false);
		expect(applied).toEqual([]);
	});

	test('isLatest, handed to apply, turns false once a newer run starts or the run is dropped', async () => {
		const q = new LatestQuery();
		const checks: (() => boolean)[] = [];
		await q.run(
			() => Promise.resolve(1),
			(_, isLatest) => checks.push(isLatest)
		);
		expect(checks[0]()).toBe(true);
		const newer = deferred<number>();
		const second = q.run(
			() => newer.promise,
			(_, isLatest) => checks.push(isLatest)
		);
		expect(checks[0]()).toBe(false);
		newer.resolve(2);
		await second;
		expect(checks[1]()).toBe(true);
		q.drop();
		expect(checks[1]()).toBe(false);
	});
});
