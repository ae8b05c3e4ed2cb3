import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS, keyAction, keyedTags, normaliseTag, progressOf, pushUndo, resumeAt, step, type UndoStep } from '$lib/review/queue';

const QUEUE = [40, 12, 77, 3, 58];

describe('review queue order and progress', () => {
	it('counts decided messages of the queue only', () => {
		const table: [number[], { reviewed: number; total: number; done: boolean }][] = [
			[[], { reviewed: 0, total: 5, done: false }],
			[[12, 3], { reviewed: 2, total: 5, done: false }],
			[[12, 3, 999], { reviewed: 2, total: 5, done: false }],
			[[40, 12, 77, 3, 58], { reviewed: 5, total: 5, done: true }]
		];
		for (const [decided, progress] of table) expect(progressOf(QUEUE, new Set(decided)), decided.join()).toEqual(progress);
		expect(progressOf([], new Set())).toEqual({ reviewed: 0, total: 0, done: false });
	});

	it('resumes at the first undecided message in queue order, not in id order', () => {
		expect(resumeAt(QUEUE, new Set())).toBe(0);
		expect(resumeAt(QUEUE, new Set([40, 12]))).toBe(2);
		// 3 has the lowest id and is undecided, but 77 comes first in the queue.
		expect(resumeAt(QUEUE, new Set([40, 12, 58]))).toBe(2);
		expect(resumeAt(QUEUE, new Set(QUEUE))).toBe(4);
		expect(resumeAt([], new Set())).toBe(0);
	});

	it('moves within the queue and stops at its ends', () => {
		expect(step(0, 1, 5)).toBe(1);
		expect(step(4, 1, 5)).toBe(4);
		expect(step(0, -1, 5)).toBe(0);
		expect(step(2, -1, 5)).toBe(1);
		expect(step(0, 1, 0)).toBe(0);
	});
});

describe('tags and keys', () => {
	it('puts the default tags on 1–4 and the reviewer’s own after them, at most nine', () => {
		expect(keyedTags([])).toEqual([...DEFAULT_TAGS]);
		expect(keyedTags(['zeta', 'responsive', 'alpha'])).toEqual([...DEFAULT_TAGS, 'alpha', 'zeta']);
		expect(keyedTags(Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`))).toHaveLength(9);
	});

	it('normalises a tag typed by the reviewer', () => {
		expect(normaliseTag('  Needs   Legal ')).toBe('needs legal');
		expect(normaliseTag('   ')).toBeNull();
		expect(normaliseTag('x'.repeat(61))).toBeNull();
	});

	it('maps j, k, 1–9, n, u and ? and leaves modified keys to the browser', () => {
		const tags = keyedTags(['alpha']);
		const table: [string, ReturnType<typeof keyAction>][] = [
			['j', { action: 'next' }],
			['k', { action: 'previous' }],
			['n', { action: 'note' }],
			['u', { action: 'undo' }],
			['?', { action: 'help' }],
			['1', { action: 'toggle', tag: 'responsive' }],
			['4', { action: 'toggle', tag: 'false positive' }],
			['5', { action: 'toggle', tag: 'alpha' }],
			['6', null],
			['0', null],
			['x', null],
			['J', null]
		];
		for (const [key, action] of table) expect(keyAction({ key }, tags), key).toEqual(action);
		expect(keyAction({ key: 'j', ctrlKey: true }, tags)).toBeNull();
		expect(keyAction({ key: '1', metaKey: true }, tags)).toBeNull();
	});

	it('keeps the newest undo steps up to its limit', () => {
		let stack: UndoStep[] = [];
		for (let i = 0; i < 5; i++) stack = pushUndo(stack, { kind: 'tag', messageId: i, tag: 'x', added: true }, 3);
		expect(stack.map((s) => s.messageId)).toEqual([2, 3, 4]);
	});
});
