import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { activityChart } from '$lib/charts/activity';
import { mediaKindsChart } from '$lib/charts/media-kinds';
import { standaloneSvg } from '$lib/charts/standalone-svg';
import { marginForLabels, textWidth } from '$lib/charts/format';

const { window } = new JSDOM('');
const parse = (text: string) => new window.DOMParser().parseFromString(text, 'image/svg+xml').documentElement;

describe('standaloneSvg', () => {
	it('keeps a bare chart as it is, with a namespace and a white background', () => {
		const chart = mediaKindsChart([{ media_type: 'image', attachments: 2 }], {}, window.document);
		const svg = parse(standaloneSvg(chart));
		expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(1);
		expect(svg.querySelector('rect[data-background]')?.getAttribute('fill')).toBe('white');
	});

	it('redraws the swatch legend of a figure as svg above the chart', () => {
		const figure = activityChart(
			[
				{ bucket: '2024-01-01', key: '1', series: 'Team', messages: 6 },
				{ bucket: '2024-01-01', key: '2', series: 'general', messages: 3 }
			],
			{ bucket: 'month' },
			window.document
		);
		const svg = parse(standaloneSvg(figure));
		expect([...svg.querySelectorAll('g[aria-label="legend"] text')].map((t) => t.textContent)).toEqual(['Team', 'general']);
		expect([...svg.querySelectorAll('g[aria-label="legend"] rect')].map((r) => r.getAttribute('fill'))).toEqual(['#4e79a7', '#f28e2c']);
		expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(2);
		expect(Number(svg.getAttribute('height'))).toBe(280 + 28);
	});
});

describe('the saved legend is laid out by measured text', () => {
	const legendOf = (series: string[], width?: number) => {
		const figure = activityChart(
			series.map((s, i) => ({ bucket: '2024-01-01', key: String(i), series: s, messages: 1 })),
			{ bucket: 'month', width },
			window.document
		);
		const svg = parse(standaloneSvg(figure));
		const texts = [...svg.querySelectorAll('g[aria-label="legend"] text')];
		const rects = [...svg.querySelectorAll('g[aria-label="legend"] rect')];
		return texts.map((t, i) => ({
			text: t.textContent!,
			x: Number(t.getAttribute('x')),
			y: Number(t.getAttribute('y')),
			swatchX: Number(rects[i].getAttribute('x'))
		}));
	};

	it.each<[string, string[]]>([
		['wide capitals', ['WWW MMM HARBOR LOGISTICS', 'OPS TEAM']],
		['Chinese titles', ['项目Alpha项目组讨论', '华东销售群']],
		['emoji', ['Hiking Crew ⛰️⛰️⛰️', 'general']]
	])('%s: each swatch starts after the text before it ends', (_, series) => {
		const items = legendOf(series);
		for (let i = 1; i < items.length; i++) {
			if (items[i].y !== items[i - 1].y) continue;
			expect(items[i].swatchX).toBeGreaterThanOrEqual(items[i - 1].x + textWidth(items[i - 1].text));
		}
	});

	it('wraps to a new row instead of running past the right edge', () => {
		const items = legendOf(['Harbor Logistics', 'East China Sales', 'Northwind general', 'Booking 4471 – Familie Weber'], 360);
		for (const it of items) expect(it.x + textWidth(it.text)).toBeLessThanOrEqual(360);
		expect(new Set(items.map((i) => i.y)).size).toBeGreaterThan(1);
	});

	it('shortens a label wider than the chart', () => {
		const [item] = legendOf(['A conversation title far too long to fit in a chart that is only two hundred pixels wide', 'Ops'], 200);
		expect(item.text.endsWith('…')).toBe(true);
		expect(item.x + textWidth(item.text)).toBeLessThanOrEqual(200);
	});
});

describe('textWidth', () => {
	it.each<[string, string, string]>([
		['capitals are wider than lower case', 'HHHH', 'hhhh'],
		['a CJK character is wider than a Latin letter', '项目', 'ab'],
		['lower case is wider than i and l', 'aaaa', 'illi']
	])('%s', (_, wider, narrower) => expect(textWidth(wider)).toBeGreaterThan(textWidth(narrower)));
});

describe('marginForLabels', () => {
	it('leaves room for Chinese labels, which are twice as wide as their character count suggests', () => {
		expect(marginForLabels(['华东销售群项目组'])).toBeGreaterThanOrEqual(16 + 8 * 12);
	});
});
