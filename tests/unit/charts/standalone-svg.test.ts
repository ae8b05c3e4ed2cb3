import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { activityChart } from '$lib/charts/activity';
import { mediaKindsChart } from '$lib/charts/media-kinds';
import { standaloneSvg } from '$lib/charts/standalone-svg';

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
		const figure = activityChart([
			{ bucket: '2024-01-01', key: '1', series: 'Team', messages: 6 },
			{ bucket: '2024-01-01', key: '2', series: 'general', messages: 3 }
		], { bucket: 'month' }, window.document);
		const svg = parse(standaloneSvg(figure));
		expect([...svg.querySelectorAll('g[aria-label="legend"] text')].map((t) => t.textContent)).toEqual(['Team', 'general']);
		expect([...svg.querySelectorAll('g[aria-label="legend"] rect')].map((r) => r.getAttribute('fill'))).toEqual(['#4e79a7', '#f28e2c']);
		expect(svg.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(2);
		expect(Number(svg.getAttribute('height'))).toBe(280 + 28);
	});
});
