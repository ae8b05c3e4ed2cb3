import { describe, expect, it } from 'vitest';
import { brushedDays, timeAt, type TimeScale } from '$lib/charts/brush';

// January 2024 (31 days) drawn from x = 50 to x = 670: 20 px per day.
const jan: TimeScale = { domain: [new Date('2024-01-01T00:00:00Z'), new Date('2024-02-01T00:00:00Z')], range: [50, 670] };

describe('brushing', () => {
	it.each([
		[50, '2024-01-01T00:00:00.000Z'],
		[60, '2024-01-01T12:00:00.000Z'],
		[70, '2024-01-02T00:00:00.000Z'],
		[670, '2024-02-01T00:00:00.000Z'],
		[10, '2024-01-01T00:00:00.000Z'],
		[700, '2024-02-01T00:00:00.000Z']
	])('x = %i is %s', (px, iso) => expect(timeAt(jan, px).toISOString()).toBe(iso));

	it.each([
		['a drag inside one day', 55, 65, { from: '2024-01-01', to: '2024-01-01' }],
		['right to left is the same range', 135, 75, { from: '2024-01-02', to: '2024-01-05' }],
		['ending at midnight leaves the next day out', 50, 110, { from: '2024-01-01', to: '2024-01-03' }],
		['past the plot clamps to the domain', 0, 800, { from: '2024-01-01', to: '2024-01-31' }],
		['a click is no range', 100, 102, null]
	])('%s', (_name, a, b, expected) => expect(brushedDays(jan, a as number, b as number)).toEqual(expected));
});
