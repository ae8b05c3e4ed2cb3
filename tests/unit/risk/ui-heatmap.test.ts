import { describe, expect, it } from 'vitest';
import { buildHeatmap, heatBin, HEATMAP_LEGEND } from '$lib/risk/analysis/heatmap';

describe('heatBin: hits per 100 messages → legend bin', () => {
	it.each([
		{ per100: null, bin: -1, label: 'no messages' },
		{ per100: 0, bin: 0, label: '0' },
		{ per100: 0.4, bin: 1, label: 'under 1' },
		{ per100: 1, bin: 2, label: '1–5' },
		{ per100: 4.99, bin: 2, label: '1–5' },
		{ per100: 5, bin: 3, label: '5–10' },
		{ per100: 12.5, bin: 4, label: '10–25' },
		{ per100: 25, bin: 5, label: '25 or more' },
		{ per100: 300, bin: 5, label: '25 or more' }
	])('$per100 → $label', ({ per100, bin, label }) => {
		expect(heatBin(per100)).toBe(bin);
		if (bin >= 0) expect(HEATMAP_LEGEND[bin].label).toBe(label);
	});
});

describe('buildHeatmap', () => {
	it('is empty without rows', () => {
		expect(buildHeatmap([])).toEqual({ weeks: [], rows: [] });
	});

	it('fills the weeks between the first and last without gaps, and orders conversations by hits', () => {
		const map = buildHeatmap([
			{ conversation_id: 1, title: 'Quiet', week: '2024-02-26', messages: 10, hits: 1 },
			{ conversation_id: 2, title: 'Busy', week: '2024-02-19', messages: 4, hits: 0 },
			{ conversation_id: 2, title: 'Busy', week: '2024-03-11', messages: 8, hits: 2 },
			{ conversation_id: 2, title: 'Busy', week: '2024-03-04', messages: 20, hits: 6 }
		]);
		// 2024-02-19 to 2024-03-11: four Mondays, across the end of February (2024 is a leap year)
		expect(map.weeks).toEqual(['2024-02-19', '2024-02-26', '2024-03-04', '2024-03-11']);
		expect(map.rows.map((r) => [r.title, r.hits, r.messages])).toEqual([
			['Busy', 8, 32],
			['Quiet', 1, 10]
		]);
		expect(map.rows[0].cells.map((c) => [c.messages, c.hits, c.per100, c.bin])).toEqual([
			[4, 0, 0, 0],
			[0, 0, null, -1],
			[20, 6, 30, 5],
			[8, 2, 25, 5]
		]);
		expect(map.rows[1].cells.map((c) => c.per100)).toEqual([null, 10, null, null]);
	});
});
