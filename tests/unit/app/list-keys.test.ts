import { describe, expect, test } from 'vitest';
import { isListKey, rowAfterKey, type ListKey } from '../../../src/lib/components/list-keys';

describe('rowAfterKey', () => {
	const cases: [string, ListKey, number | null, number, number, number, number | null][] = [
		// name, key, current, count, pageSize, firstVisible, expected
		['empty list', 'ArrowDown', null, 0, 10, 0, null],
		['first key with nothing focused lands on the first row in view', 'ArrowDown', null, 100, 10, 42, 42],
		['first PageDown with nothing focused lands on the first row in view', 'PageDown', null, 100, 10, 7, 7],
		['arrow down moves one', 'ArrowDown', 5, 100, 10, 0, 6],
		['arrow up moves one', 'ArrowUp', 5, 100, 10, 0, 4],
		['arrow up stops at the first row', 'ArrowUp', 0, 100, 10, 0, 0],
		['arrow down stops at the last row', 'ArrowDown', 99, 100, 10, 0, 99],
		['page down moves a page', 'PageDown', 5, 100, 10, 0, 15],
		['page down near the end stops at the last row', 'PageDown', 95, 100, 10, 0, 99],
		['page up near the start stops at the first row', 'PageUp', 3, 100, 10, 0, 0],
		['page up moves a page', 'PageUp', 50, 100, 10, 0, 40],
		['a page of zero rows still moves one', 'PageDown', 5, 100, 0, 0, 6],
		['home goes to the first row', 'Home', 50, 100, 10, 0, 0],
		['end goes to the last row', 'End', 3, 100, 10, 0, 99],
		['end with nothing focused goes to the last row', 'End', null, 100, 10, 20, 99],
		['a focused row past a shrunk list is brought back in', 'ArrowDown', 120, 100, 10, 0, 99]
	];
	test.each(cases)('%s', (_name, key, current, count, pageSize, firstVisible, expected) => {
		expect(rowAfterKey(key, current, count, pageSize, firstVisible)).toBe(expected);
	});
});

describe('isListKey', () => {
	test.each([
		['PageDown', true],
		['End', true],
		['ArrowLeft', false],
		['Enter', false],
		['pagedown', false]
	])('%s → %s', (key, expected) => {
		expect(isListKey(key)).toBe(expected);
	});
});
