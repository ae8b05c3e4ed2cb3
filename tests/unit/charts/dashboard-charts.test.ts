import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { activityChart, seriesOrder } from '$lib/charts/activity';
import { formatCount, formatSeconds, clip } from '$lib/charts/format';
import { hourWeekdayChart } from '$lib/charts/hour-weekday';
import { mediaKindsChart } from '$lib/charts/media-kinds';
import { messageLengthChart } from '$lib/charts/message-length';
import { replyLatencyChart } from '$lib/charts/reply-latency';
import { topAuthorsChart } from '$lib/charts/top-authors';
import type { ActivityRow } from '$lib/db/queries/dashboard';

const { document } = new JSDOM('').window;
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
const svgOf = (el: Element) => (el.tagName.toLowerCase() === 'svg' ? el : el.querySelector(':scope > svg')!);

const activityRows: ActivityRow[] = [
	{ bucket: '2024-01-01', key: '', series: 'Other', messages: 4 },
	{ bucket: '2024-01-01', key: '1', series: 'Team', messages: 6 },
	{ bucket: '2024-02-01', key: '1', series: 'Team', messages: 3 },
	{ bucket: '2024-03-01', key: '2', series: 'general', messages: 7 }
];

describe('activity chart', () => {
	it('orders series by total, Other last', () => {
		expect(seriesOrder(activityRows)).toEqual(['Team', 'general', 'Other']);
	});

	it('stacks one bar per row spanning its month, with a legend', async () => {
		const el = activityChart(activityRows, { bucket: 'month' }, document);
		expect(el.tagName.toLowerCase()).toBe('figure');
		const svg = svgOf(el);
		const bars = svg.querySelectorAll('g[aria-label="rect"] rect');
		expect(bars).toHaveLength(4);
		expect(texts(svg, 'g[aria-label="rect"] title')).toContain('2024-02-01 · Team: 3');
		expect(texts(svg, 'g[aria-label="y-axis label"] text').join('')).toContain('messages per month');
		expect(texts(el, 'span').filter((s) => ['Team', 'general', 'Other'].includes(s ?? ''))).toEqual(['Team', 'general', 'Other']);
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/activity-stacked.html');
	});

	it('a single series is one colour and no legend', async () => {
		const el = activityChart(
			[
				{ bucket: '2024-01-01', key: 'all', series: 'All messages', messages: 8 },
				{ bucket: '2024-01-08', key: 'all', series: 'All messages', messages: 2 }
			],
			{ bucket: 'week' },
			document
		);
		expect(el.tagName.toLowerCase()).toBe('svg');
		const bars = [...el.querySelectorAll('g[aria-label="rect"] rect')];
		expect(bars).toHaveLength(2);
		// The first week's bar is four times as tall as the second.
		const [h1, h2] = bars.map((b) => Number(b.getAttribute('height')));
		expect(h1 / h2).toBeCloseTo(4, 1);
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/activity-weekly.svg');
	});
});

describe('hour × weekday chart', () => {
	it('draws a cell and a count per non-empty slot on a Mon–Sun × 00–23 grid', async () => {
		const rows = [
			{ weekday: 1, hour: 9, messages: 4 },
			{ weekday: 1, hour: 10, messages: 2 },
			{ weekday: 4, hour: 23, messages: 1 },
			{ weekday: 5, hour: 0, messages: 2 }
		];
		const el = hourWeekdayChart(rows, { clockLabel: 'local time' }, document);
		expect(el.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(4);
		expect(texts(el, 'g[aria-label="text"] text')).toEqual(['4', '2', '1', '2']);
		expect(texts(el, 'g[aria-label="y-axis tick label"] text')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
		expect(texts(el, 'g[aria-label="x-axis tick label"] text')).toHaveLength(24);
		expect(texts(el, 'g[aria-label="x-axis label"] text').join('')).toContain('hour of day (local time)');
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/hour-weekday.svg');
	});
});

describe('most active participants chart', () => {
	it('one bar per author in the given order, with counts', async () => {
		const rows = [
			{ key: 'p2', label: 'Bo Li', platforms: 'whatsapp', handles: 'Bo Li', messages: 21 },
			{ key: 'p1', label: 'Ana Silva', platforms: 'whatsapp', handles: 'Ana Silva', messages: 20 },
			{ key: 'p5', label: '+1 (555) 010‑0123', platforms: 'whatsapp', handles: '+1 (555) 010‑0123', messages: 11 }
		];
		const el = topAuthorsChart(rows, {}, document);
		expect(el.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(3);
		expect(texts(el, 'g[aria-label="y-axis tick label"] text')).toEqual(['Bo Li', 'Ana Silva', '+1 (555) 010‑0123']);
		expect(texts(el, 'g[aria-label="text"] text')).toEqual(['21', '20', '11']);
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/top-authors.svg');
	});
});

describe('reply latency chart', () => {
	it('a quartile line and a median dot per pair on a log axis', async () => {
		const rows = [
			{ from_key: 'p1', from_label: 'Alice', to_key: 'p2', to_label: 'Bob', replies: 2, explicit: 0, q1: 1575, median: 1950, q3: 2325 },
			{ from_key: 'p5', from_label: 'Erin', to_key: 'p4', to_label: 'Dana', replies: 2, explicit: 1, q1: 2745, median: 5430, q3: 8115 },
			{ from_key: 'p4', from_label: 'Dana', to_key: 'p5', to_label: 'Erin', replies: 1, explicit: 0, q1: 0, median: 0, q3: 0 }
		];
		const el = replyLatencyChart(rows, {}, document);
		expect(el.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
		expect(el.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(3);
		expect(texts(el, 'g[aria-label="y-axis tick label"] text')).toEqual(['Alice → Bob', 'Erin → Dana', 'Dana → Erin']);
		expect(texts(el, 'g[aria-label="x-axis tick label"] text')).toEqual(['1 s', '10 s', '1 min', '10 min', '1 h', '6 h']);
		expect(texts(el, 'g[aria-label="dot"] title')[1]).toBe('Erin → Dana: median 1.5 h, quartiles 46 min–2.3 h, 2 replies (1 explicit)');
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/reply-latency.svg');
	});
});

describe('message length chart', () => {
	it('a column per log2 bin from 1 character up, empty bins included', async () => {
		const el = messageLengthChart(
			[
				{ bin: 1, messages: 2 },
				{ bin: 2, messages: 4 },
				{ bin: 3, messages: 3 },
				{ bin: 6, messages: 1 }
			],
			{},
			document
		);
		expect(el.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(7);
		expect(texts(el, 'g[aria-label="x-axis tick label"] text')).toEqual(['1', '2–3', '4–7', '8–15', '16–31', '32–63', '64–127']);
		const heights = [...el.querySelectorAll('g[aria-label="bar"] rect')].map((r) => Number(r.getAttribute('height')));
		expect(heights[0]).toBe(0);
		expect(heights[2]).toBeCloseTo(2 * heights[1], 5);
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/message-length.svg');
	});
});

describe('media kinds chart', () => {
	it('one bar per media type with its fixed colour', async () => {
		const el = mediaKindsChart(
			[
				{ media_type: 'image', attachments: 2 },
				{ media_type: 'document', attachments: 1 }
			],
			{},
			document
		);
		const bars = [...el.querySelectorAll('g[aria-label="bar"] rect')];
		expect(bars.map((b) => b.getAttribute('fill'))).toEqual(['#4269d0', '#6cc5b0']);
		expect(texts(el, 'g[aria-label="y-axis tick label"] text')).toEqual(['image', 'document']);
		await expect(el.outerHTML).toMatchFileSnapshot('./__snapshots__/media-kinds.svg');
	});
});

describe('formats', () => {
	it.each([
		[0, '0 s'],
		[45, '45 s'],
		[90, '1.5 min'],
		[3600, '1 h'],
		[5430, '1.5 h'],
		[86_400 * 3, '3 d']
	])('formatSeconds(%d) = %s', (s, e) => expect(formatSeconds(s)).toBe(e));
	it.each([
		[999, '999'],
		[1234, '1.2k'],
		[25_000, '25k'],
		[1_200_000, '1.2M']
	])('formatCount(%d) = %s', (n, e) => expect(formatCount(n)).toBe(e));
	it('clips long labels by characters, not code units', () => {
		expect(clip('👩‍💻'.repeat(3) + 'abc', 5)).toBe('👩\u200d💻👩…');
		expect(clip('short', 28)).toBe('short');
	});
});
