import { describe, expect, it } from 'vitest';
import { fillLogBins, logBin, logBinOf, weekdayName } from '$lib/analytics/bins';

describe('log bins', () => {
	it.each([
		[0, 1, 1, '1'],
		[1, 2, 3, '2–3'],
		[2, 4, 7, '4–7'],
		[10, 1024, 2047, '1024–2047']
	])('bin %i is %i…%i', (bin, lo, hi, label) => expect(logBin(bin)).toEqual({ bin, lo, hi, label }));

	it.each([
		[0, null],
		[1, 0],
		[2, 1],
		[3, 1],
		[4, 2],
		[7, 2],
		[8, 3],
		[1000, 9],
		[1024, 10]
	])('length %i is in bin %s', (len, bin) => expect(logBinOf(len)).toBe(bin));

	it('fills empty bins with zero up to the largest', () => {
		expect(
			fillLogBins([
				{ bin: 2, messages: 5 },
				{ bin: 0, messages: 1 }
			]).map((b) => [b.label, b.messages])
		).toEqual([
			['1', 1],
			['2–3', 0],
			['4–7', 5]
		]);
		expect(fillLogBins([])).toEqual([]);
	});

	it('names ISO weekdays', () => {
		expect([1, 5, 7, 0].map(weekdayName)).toEqual(['Mon', 'Fri', 'Sun', '?']);
	});
});

import { uniqueLabels } from '$lib/analytics/labels';

describe('uniqueLabels', () => {
	it("numbers repeated labels of different keys, keeping a key's label stable", () => {
		const rows = [
			{ key: '1', label: 'General', n: 1 },
			{ key: '2', label: 'General', n: 2 },
			{ key: '1', label: 'General', n: 3 },
			{ key: '3', label: 'Ops', n: 4 },
			{ key: '4', label: 'General', n: 5 }
		];
		expect(uniqueLabels(rows, 'key', 'label').map((r) => r.label)).toEqual(['General', 'General (2)', 'General', 'Ops', 'General (3)']);
	});

	it('tells shared labels apart by a hint first, numbering only what the hint leaves equal', () => {
		const rows = [
			{ key: 'p1', label: 'Bo Li', platforms: 'whatsapp' },
			{ key: 'p2', label: 'Bo Li', platforms: 'slack' },
			{ key: 'p3', label: 'Ana', platforms: 'slack' },
			{ key: 'p4', label: 'Bo Li', platforms: 'slack' }
		];
		expect(uniqueLabels(rows, 'key', 'label', (r) => r.platforms).map((r) => r.label)).toEqual([
			'Bo Li · whatsapp',
			'Bo Li · slack',
			'Ana',
			'Bo Li · slack (2)'
		]);
	});
});
