import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { describeSpec, drawChartSpec, guessChartSpec, specProblem, type ChartSpec, type ResultColumn } from '$lib/charts/chart-builder';

const { document } = new JSDOM('').window;

const n = (name: string): ResultColumn => ({ name, type: 'number' });
const t = (name: string): ResultColumn => ({ name, type: 'time' });
const s = (name: string): ResultColumn => ({ name, type: 'text' });
const b = (name: string): ResultColumn => ({ name, type: 'boolean' });
const o = (name: string): ResultColumn => ({ name, type: 'other' });
const spec = (mark: ChartSpec['mark'], x: string, y: string | null, series: string | null): ChartSpec => ({ mark, x, y, series });

describe('guessChartSpec', () => {
	const cases: [string, ResultColumn[], ChartSpec | null][] = [
		['time + number → a line', [t('month'), n('messages')], spec('line', 'month', 'messages', null)],
		['number + time in any order → a line over time', [n('messages'), t('month')], spec('line', 'month', 'messages', null)],
		[
			'conversation × month × count → one line per conversation',
			[s('conversation'), t('month'), n('messages')],
			spec('line', 'month', 'messages', 'conversation')
		],
		['time alone → rows counted per bin', [t('ts_utc')], spec('bar', 'ts_utc', null, null)],
		['time + text → rows per bin, coloured by the text', [t('ts_utc'), s('platform')], spec('bar', 'ts_utc', null, 'platform')],
		['text + number → bars', [s('author'), n('messages')], spec('bar', 'author', 'messages', null)],
		['boolean + number → bars', [b('edited'), n('messages')], spec('bar', 'edited', 'messages', null)],
		['two texts + number → cells coloured by the number', [s('author'), s('conversation'), n('messages')], spec('cell', 'author', 'conversation', 'messages')],
		['two numbers → dots', [n('chars'), n('words')], spec('dot', 'chars', 'words', null)],
		['a text and two numbers → bars of the first number', [n('chars'), n('words'), s('author')], spec('bar', 'author', 'chars', null)],
		['one number → a histogram', [n('chars')], spec('bar', 'chars', null, null)],
		['text alone → nothing', [s('author')], null],
		['two texts → nothing', [s('author'), s('text')], null],
		['other types → nothing', [o('attachments')], null],
		['no columns → nothing', [], null]
	];
	it.each(cases)('%s', (_name, columns, expected) => {
		expect(guessChartSpec(columns)).toEqual(expected);
	});
});

describe('specProblem', () => {
	const columns = [s('conversation'), t('month'), n('messages'), s('author')];
	const cases: [string, ChartSpec, string | null][] = [
		['a line over time with a series', spec('line', 'month', 'messages', 'conversation'), null],
		['a bar count with no y', spec('bar', 'conversation', null, null), null],
		['a line with no y', spec('line', 'month', null, null), 'a line chart needs a y column'],
		['an area over a text y', spec('area', 'month', 'author', null), 'a area chart needs a number for y'],
		['a bar over a text y', spec('bar', 'month', 'author', null), 'a bar chart needs a number for y (or none, to count rows)'],
		['a cell with no colour', spec('cell', 'conversation', 'author', null), 'a cell chart needs x, y and a number for the colour'],
		['a cell coloured by text', spec('cell', 'conversation', 'author', 'month'), 'a cell chart needs a number for the colour'],
		['a column that is not in the result', spec('dot', 'nope', 'messages', null), 'there is no column nope']
	];
	it.each(cases)('%s', (_name, given, expected) => {
		expect(specProblem(given, columns)).toBe(expected);
	});
});

describe('describeSpec', () => {
	it.each([
		[spec('line', 'month', 'messages', 'conversation'), 'line chart of messages by month, one colour per conversation'],
		[spec('bar', 'ts_utc', null, null), 'bar chart of rows per ts_utc'],
		[spec('cell', 'author', 'conversation', 'messages'), 'cell chart of messages by author and conversation']
	])('%o → %s', (given, expected) => {
		expect(describeSpec(given)).toBe(expected);
	});
});

describe('drawChartSpec', () => {
	const columns = [s('conversation'), t('month'), n('messages')];
	// Two conversations over three months: two lines of three points, not one zig-zag through six rows.
	const rows = [
		{ conversation: 'Harbor Logistics', month: '2024-01-01', messages: 10 },
		{ conversation: 'Dana Whitfield', month: '2024-01-01', messages: 4 },
		{ conversation: 'Harbor Logistics', month: '2024-02-01', messages: 30 },
		{ conversation: 'Dana Whitfield', month: '2024-02-01', messages: 6 },
		{ conversation: 'Harbor Logistics', month: '2024-03-01', messages: 20 },
		{ conversation: 'Dana Whitfield', month: '2024-03-01', messages: 5 }
	];

	it('a series column draws one line per value, with a legend', () => {
		const chart = drawChartSpec(spec('line', 'month', 'messages', 'conversation'), columns, rows, 720, document);
		expect(chart.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
		expect([...chart.querySelectorAll('[class$="-swatch"]')].map((e) => e.textContent)).toEqual(['Harbor Logistics', 'Dana Whitfield']);
	});

	it('without a series the same rows are one line', () => {
		const chart = drawChartSpec(spec('line', 'month', 'messages', null), columns, rows, 720, document);
		expect(chart.querySelectorAll('g[aria-label="line"] path')).toHaveLength(1);
	});

	it('bars over a text column sum its rows, largest first', () => {
		const chart = drawChartSpec(spec('bar', 'conversation', 'messages', null), columns, rows, 720, document);
		expect(chart.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
		const ticks = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((e) => e.textContent);
		expect(ticks).toEqual(['Harbor Logistics', 'Dana Whitfield']);
	});

	it('a stacked area has one band per series', () => {
		const chart = drawChartSpec(spec('area', 'month', 'messages', 'conversation'), columns, rows, 720, document);
		expect(chart.querySelectorAll('g[aria-label="area"] path')).toHaveLength(2);
	});

	it('dots: one per row with both values', () => {
		const chart = drawChartSpec(spec('dot', 'month', 'messages', null), columns, [...rows, { conversation: 'x', month: null, messages: 1 }], 720, document);
		expect(chart.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(6);
	});

	it('cells: one per row, coloured by the number', () => {
		const chart = drawChartSpec(spec('cell', 'conversation', 'month', 'messages'), [s('conversation'), s('month'), n('messages')], rows, 720, document);
		expect(chart.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(6);
	});

	it('draws at the width it is given', () => {
		const chart = drawChartSpec(spec('line', 'month', 'messages', null), columns, rows, 480, document);
		const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
		expect(svg.getAttribute('width')).toBe('480');
	});
});
