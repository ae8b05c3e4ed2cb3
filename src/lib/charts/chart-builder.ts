import * as Plot from '@observablehq/plot';
import { INK } from './base';
import { parseTime, toNumber } from './values';

/** A column of a query result, typed coarsely enough to choose a chart. */
export type ResultColumn = { name: string; type: 'number' | 'time' | 'text' | 'boolean' | 'other' };

export const BUILDER_MARKS = ['line', 'bar', 'dot', 'area', 'cell'] as const;
export type BuilderMark = (typeof BUILDER_MARKS)[number];

/** What the chart builder draws: a column per role. For `cell`, `series` is the value that colours each cell. */
export interface ChartSpec {
	mark: BuilderMark;
	x: string;
	/** null: count rows (a histogram of x). */
	y: string | null;
	/** Colour: one line, area or set of bars or dots per value; for `cell` the number behind each cell's colour. */
	series: string | null;
}

/** At most this many categories on a bar chart (the largest totals). */
export const TOP_BARS = 50;
/** At most this many series; the rest are drawn as "other" would mislead, so they are left out and said so. */
export const TOP_SERIES = 12;

const named = (columns: ResultColumn[], ...types: ResultColumn['type'][]) => columns.filter((c) => types.includes(c.type)).map((c) => c.name);

/**
 * A sensible first chart for these columns, or null when none fits. Time beats text for x; a number is y; with two
 * dimensions the second is the series (conversation × month × count is one line per conversation). Two categories
 * and a number with no time make a grid of cells.
 */
export function guessChartSpec(columns: ResultColumn[]): ChartSpec | null {
	const numbers = named(columns, 'number');
	const times = named(columns, 'time');
	const categories = named(columns, 'text', 'boolean');
	if (times.length > 0 && numbers.length > 0) return { mark: 'line', x: times[0], y: numbers[0], series: categories[0] ?? null };
	if (times.length > 0 && categories.length > 0) return { mark: 'bar', x: times[0], y: null, series: categories[0] };
	if (times.length > 0) return { mark: 'bar', x: times[0], y: null, series: null };
	if (categories.length >= 2 && numbers.length > 0) return { mark: 'cell', x: categories[0], y: categories[1], series: numbers[0] };
	if (categories.length === 1 && numbers.length > 0) return { mark: 'bar', x: categories[0], y: numbers[0], series: null };
	if (numbers.length >= 2) return { mark: 'dot', x: numbers[0], y: numbers[1], series: categories[0] ?? null };
	if (numbers.length === 1) return { mark: 'bar', x: numbers[0], y: null, series: null };
	return null;
}

/** Why the spec cannot be drawn on these columns (in words), or null when it can. */
export function specProblem(spec: ChartSpec, columns: ResultColumn[]): string | null {
	const type = (name: string | null) => columns.find((c) => c.name === name)?.type ?? null;
	for (const name of [spec.x, spec.y, spec.series]) if (name !== null && type(name) === null) return `there is no column ${name}`;
	if ((spec.mark === 'line' || spec.mark === 'area' || spec.mark === 'dot') && spec.y === null) return `a ${spec.mark} chart needs a y column`;
	if ((spec.mark === 'line' || spec.mark === 'area') && type(spec.y) !== 'number') return `a ${spec.mark} chart needs a number for y`;
	if (spec.mark === 'bar' && spec.y !== null && type(spec.y) !== 'number') return 'a bar chart needs a number for y (or none, to count rows)';
	if (spec.mark === 'cell' && (spec.y === null || spec.series === null)) return 'a cell chart needs x, y and a number for the colour';
	if (spec.mark === 'cell' && type(spec.series) !== 'number') return 'a cell chart needs a number for the colour';
	return null;
}

/** A short phrase saying what is drawn, for the caption. */
export function describeSpec(spec: ChartSpec): string {
	const what = spec.mark === 'cell' ? `${spec.series} by ${spec.x} and ${spec.y}` : spec.y === null ? `rows per ${spec.x}` : `${spec.y} by ${spec.x}`;
	const series = spec.series !== null && spec.mark !== 'cell' ? `, one colour per ${spec.series}` : '';
	return `${spec.mark} chart of ${what}${series}`;
}

function label(v: unknown): string {
	return v == null ? '(null)' : String(v);
}

function marginFor(labels: string[]): number {
	const longest = labels.reduce((m, s) => Math.max(m, s.length), 0);
	return Math.min(240, Math.max(40, 14 + longest * 7.2));
}

type Datum = { x: Date | number | string; y: number; s: string };

/** The values of x as the scale wants them: dates for time, numbers for numbers, labels for the rest. */
function xValue(type: ResultColumn['type'] | undefined, v: unknown): Date | number | string | null {
	if (type === 'time') return parseTime(v);
	if (type === 'number') return toNumber(v);
	return label(v);
}

/** The series with the largest totals first, at most TOP_SERIES of them. */
function topSeries(data: Datum[]): string[] {
	const totals = new Map<string, number>();
	for (const d of data) totals.set(d.s, (totals.get(d.s) ?? 0) + Math.abs(d.y));
	return [...totals.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, TOP_SERIES)
		.map(([s]) => s);
}

/**
 * Draws the spec with Observable Plot; rows whose plotted values are missing are left out. `width` is the drawing's
 * width in pixels. Pass a document when there is no global one (Node with jsdom).
 */
export function drawChartSpec(
	spec: ChartSpec,
	columns: ResultColumn[],
	rows: Record<string, unknown>[],
	width = 720,
	doc?: Document
): SVGSVGElement | HTMLElement {
	const document = doc ?? globalThis.document;
	const typeOf = (name: string | null) => columns.find((c) => c.name === name)?.type;
	const xType = typeOf(spec.x);
	const base = { document, width, style: { fontSize: '12px' } } as const;
	const xScale = xType === 'time' ? ({ type: 'utc', label: spec.x } as const) : { label: spec.x };

	if (spec.mark === 'cell') {
		const data = rows
			.map((r) => ({ x: label(r[spec.x]), y: label(r[spec.y!]), fill: toNumber(r[spec.series!]) }))
			.filter((d): d is { x: string; y: string; fill: number } => d.fill != null);
		return Plot.plot({
			...base,
			marginLeft: marginFor(data.map((d) => d.y)),
			marginBottom: 60,
			padding: 0.05,
			x: { type: 'band', label: spec.x, tickRotate: data.some((d) => d.x.length > 6) ? -30 : 0 },
			y: { type: 'band', label: spec.y },
			color: { type: 'quantize', n: 6, scheme: 'blues', legend: true, label: spec.series },
			marks: [Plot.cell(data, { x: 'x', y: 'y', fill: 'fill', title: (d: { fill: number }) => String(d.fill) })]
		});
	}

	// Rows without a y count one each (a histogram or counts per category).
	const all: Datum[] = [];
	for (const r of rows) {
		const x = xValue(xType, r[spec.x]);
		const y = spec.y === null ? 1 : toNumber(r[spec.y]);
		if (x === null || y === null) continue;
		all.push({ x, y, s: spec.series === null ? '' : label(r[spec.series]) });
	}
	const keep = spec.series === null ? null : new Set(topSeries(all));
	const data = keep ? all.filter((d) => keep.has(d.s)) : all;
	const colour = spec.series === null ? {} : { color: { legend: true, label: spec.series, domain: [...keep!] } };
	const by = spec.series === null ? INK : 's';

	if (spec.mark === 'bar' && xType !== 'time' && xType !== 'number') {
		// Categories read best down the side, largest total first.
		const totals = new Map<string, number>();
		for (const d of data) totals.set(String(d.x), (totals.get(String(d.x)) ?? 0) + d.y);
		const domain = [...totals.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, TOP_BARS)
			.map(([x]) => x);
		const shown = new Set(domain);
		return Plot.plot({
			...base,
			...colour,
			height: 60 + domain.length * 20,
			marginLeft: marginFor(domain),
			x: { grid: true, label: spec.y ?? 'rows' },
			y: { label: null, domain },
			marks: [
				Plot.barX(
					data.filter((d) => shown.has(String(d.x))),
					Plot.groupY({ x: 'sum' }, { y: 'x', x: 'y', fill: by })
				),
				Plot.ruleX([0])
			]
		});
	}
	if (spec.mark === 'bar') {
		// Time or numbers along x: binned, so uneven steps and many rows still draw one bar per bin.
		return Plot.plot({
			...base,
			...colour,
			height: 340,
			x: xScale,
			y: { grid: true, label: spec.y ?? 'rows' },
			marks: [
				Plot.rectY(data, Plot.binX({ y: 'sum' }, { x: 'x', y: 'y', fill: by, insetLeft: 0.5, insetRight: 0.5 } as Plot.BinXInputs<Plot.RectYOptions>)),
				Plot.ruleY([0])
			]
		});
	}
	const sorted = xType === 'time' || xType === 'number' ? [...data].sort((a, b) => Number(a.x) - Number(b.x)) : data;
	if (spec.mark === 'line') {
		return Plot.plot({
			...base,
			...colour,
			height: 340,
			x: xScale,
			y: { grid: true, label: spec.y },
			marks: [Plot.lineY(sorted, { x: 'x', y: 'y', stroke: by, z: spec.series === null ? null : 's', marker: sorted.length <= 60 }), Plot.ruleY([0])]
		});
	}
	if (spec.mark === 'area') {
		return Plot.plot({
			...base,
			...colour,
			height: 340,
			x: xScale,
			y: { grid: true, label: spec.y },
			marks: [Plot.areaY(sorted, { x: 'x', y: 'y', fill: by, z: spec.series === null ? null : 's', fillOpacity: 0.85 }), Plot.ruleY([0])]
		});
	}
	return Plot.plot({
		...base,
		...colour,
		height: 400,
		grid: true,
		x: xScale,
		y: { label: spec.y },
		marks: [Plot.dot(sorted, { x: 'x', y: 'y', fill: by, r: 3 })]
	});
}
