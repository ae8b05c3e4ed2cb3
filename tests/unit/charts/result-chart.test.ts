import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartResult, pickResultChart, type ResultColumn } from '$lib/charts/result-chart';

const { document } = new JSDOM('').window;

const n = (name: string): ResultColumn => ({ name, type: 'number' });
const t = (name: string): ResultColumn => ({ name, type: 'time' });
const s = (name: string): ResultColumn => ({ name, type: 'text' });
const b = (name: string): ResultColumn => ({ name, type: 'boolean' });
const o = (name: string): ResultColumn => ({ name, type: 'other' });

describe('pickResultChart', () => {
	const cases: [string, ResultColumn[], string | null][] = [
		['time + number → line', [t('day'), n('messages')], 'line'],
		['number + time (any order) → line', [n('messages'), t('day')], 'line'],
		['time + text + number → line', [t('day'), s('author'), n('messages')], 'line'],
		['time alone → binned counts', [t('ts_utc')], 'rectY'],
		['text + number → sorted bars', [s('author'), n('messages')], 'barX'],
		['boolean + number → bars', [b('edited'), n('messages')], 'barX'],
		['number + number → dots', [n('chars'), n('words')], 'dot'],
		['three numbers → dots', [n('a'), n('b'), n('c')], 'dot'],
		['text + text + number → cell grid', [s('author'), s('conversation'), n('messages')], 'cell'],
		['single number → histogram', [n('chars')], 'rectY'],
		['text alone → nothing', [s('author')], null],
		['two texts → nothing', [s('author'), s('text')], null],
		['other types → nothing', [o('attachments'), o('list')], null],
		['no columns → nothing', [], null],
		['time + text, no number → nothing', [t('day'), s('author')], null]
	];
	it.each(cases)('%s', (_name, columns, mark) => {
		expect(pickResultChart(columns)?.mark ?? null).toBe(mark);
	});

	it('uses the first columns of each type in their roles', () => {
		expect(pickResultChart([s('author'), n('messages'), n('chars')])).toMatchObject({ x: 'messages', y: 'author' });
		expect(pickResultChart([s('a'), s('b'), n('v')])).toMatchObject({ x: 'a', y: 'b', fill: 'v' });
	});
});

describe('chartResult draws', () => {
	it('one bar per text value, largest first, at most 50', () => {
		const rows = Array.from({ length: 60 }, (_, i) => ({ author: `person ${i}`, messages: i + 1 }));
		const chart = chartResult([s('author'), n('messages')], rows, document)!;
		expect(chart.mark).toBe('barX');
		const svg = chart.element as SVGSVGElement;
		expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(50);
		const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((e) => e.textContent);
		expect(ticks[0]).toBe('person 59');
		expect(ticks[49]).toBe('person 10');
	});

	it('a line through time strings in both forms', () => {
		const rows = [
			{ day: '2024-01-01', messages: 3 },
			{ day: '2024-01-02T00:00:00Z', messages: 5 },
			{ day: '2024-01-03', messages: 1 }
		];
		const chart = chartResult([t('day'), n('messages')], rows, document)!;
		const path = chart.element.querySelector('g[aria-label="line"] path')!;
		expect(path.getAttribute('d')!.split(/[ML]/).filter(Boolean)).toHaveLength(3);
		expect(chart.element.textContent).toContain('messages');
	});

	it('a histogram of a single number column counts every row', () => {
		const rows = [1, 2, 2, 3, 3, 3, 10].map((chars) => ({ chars }));
		const chart = chartResult([n('chars')], rows, document)!;
		expect(chart.mark).toBe('rectY');
		expect(chart.element.querySelectorAll('g[aria-label="rect"] rect').length).toBeGreaterThan(1);
		expect(chart.element.querySelector('g[aria-label="rect"]')!.getAttribute('fill')).toBe('#4269d0');
	});

	it('a cell per pair of categories', () => {
		const rows = [
			{ a: 'x', b: 'p', v: 1 }, { a: 'x', b: 'q', v: 2 }, { a: 'y', b: 'p', v: 3 }
		];
		const chart = chartResult([s('a'), s('b'), n('v')], rows, document)!;
		expect(chart.element.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(3);
	});

	it('a dot per row with both numbers', () => {
		const rows = [{ a: 1, b: 2 }, { a: 3, b: null }, { a: 5, b: 6 }];
		const chart = chartResult([n('a'), n('b')], rows, document)!;
		expect(chart.element.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(2);
	});

	it('null when nothing fits', () => {
		expect(chartResult([s('text')], [{ text: 'hi' }], document)).toBeNull();
	});
});
