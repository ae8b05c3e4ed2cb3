/** The keys that move through a long list of rows, as the ARIA feed and grid patterns use them. */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

const KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);

export function isListKey(key: string): key is ListKey {
	return KEYS.has(key);
}

/**
 * The row a key moves to. `current` is the focused row (null: none yet, so the first key lands on `firstVisible`);
 * `pageSize` is how many rows fit in view. The result stays within 0…count-1; null when the list is empty.
 */
export function rowAfterKey(key: ListKey, current: number | null, count: number, pageSize: number, firstVisible = 0): number | null {
	if (count <= 0) return null;
	const last = count - 1;
	const clamp = (i: number) => Math.min(last, Math.max(0, i));
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	if (current === null) return clamp(firstVisible);
	const page = Math.max(1, pageSize);
	if (key === 'ArrowDown') return clamp(current + 1);
	if (key === 'ArrowUp') return clamp(current - 1);
	if (key === 'PageDown') return clamp(current + page);
	return clamp(current - page);
}
