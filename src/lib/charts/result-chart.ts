import * as Plot from '@observablehq/plot';
import { INK } from './base';
import { parseTime, toNumber } from './values';

/** A column of a query result, typed coarsely enough to choose a chart. */
export type ResultColumn = { name: string; type: 'number' | 'time' | 'text' | 'boolean' | 'other' };

/** Plot marks the picker can choose; a histogram and binned time counts are both `rectY` over `binX`. */
export type ResultMark = 'line' | 'rectY' | 'barX' | 'dot' | 'cell';

export interface ResultPlan {
	mark: ResultMark;
	/** Column names in the roles the mark uses them. */
	x: string;
	y?: string;
	fill?: string;
	/** A short phrase saying what is drawn, for a caption. */
	title: string;
}

export const TOP_BARS = 50;

const byType = (columns: ResultColumn[], type: ResultColumn['type']) => columns.filter((c) => c.type === type).map((c) => c.name);

/**
 * Which mark to draw for these column types, or null when nothing sensible fits. Booleans count as categories.
 * Order matters: time wins over text, and two categories with a number are a grid before a bar chart.
 */
export function pickResultChart(columns: ResultColumn[]): ResultPlan | null {
	const numbers = byType(columns, 'number');
	const times = byType(columns, 'time');
	const categories = columns.filter((c) => c.type === 'text' || c.type === 'boolean').map((c) => c.name);
	if (times.length > 0 && numbers.length > 0) {
		return { mark: 'line', x: times[0], y: numbers[0], title: `${numbers[0]} over ${times[0]}` };
	}
	if (times.length > 0 && columns.length === 1) {
		return { mark: 'rectY', x: times[0], title: `rows per ${times[0]} bin` };
	}
	if (categories.length >= 2 && numbers.length > 0) {
		return { mark: 'cell', x: categories[0], y: categories[1], fill: numbers[0], title: `${numbers[0]} by ${categories[0]} and ${categories[1]}` };
	}
	if (categories.length === 1 && numbers.length > 0) {
		return { mark: 'barX', x: numbers[0], y: categories[0], title: `${numbers[0]} by ${categories[0]} (top ${TOP_BARS})` };
	}
	if (numbers.length >= 2 && categories.length === 0) {
		return { mark: 'dot', x: numbers[0], y: numbers[1], title: `${numbers[1]} against ${numbers[0]}` };
	}
	if (numbers.length === 1 && columns.length === 1) {
		return { mark: 'rectY', x: numbers[0], title: `distribution of ${numbers[0]}` };
	}
	return null;
}

function label(v: unknown): string {
	return v == null ? '(null)' : String(v);
}

function marginFor(labels: string[]): number {
	const longest = labels.reduce((m, s) => Math.max(m, s.length), 0);
	return Math.min(220, Math.max(40, 8 + longest * 6.5));
}

/** Draws the plan on the rows; rows whose plotted values are missing are left out. */
export function drawResultChart(plan: ResultPlan, rows: Record<string, unknown>[], doc?: Document): SVGSVGElement | HTMLElement {
	const document = doc ?? globalThis.document;
	const base = { document, width: 720, style: { fontSize: '12px' } } as const;
	switch (plan.mark) {
		case 'line': {
			const data = rows
				.map((r) => ({ x: parseTime(r[plan.x]), y: toNumber(r[plan.y!]) }))
				.filter((d): d is { x: Date; y: number } => d.x != null && d.y != null)
				.sort((a, b) => a.x.getTime() - b.x.getTime());
			return Plot.plot({
				...base, height: 320, x: { type: 'utc', label: plan.x }, y: { grid: true, label: plan.y },
				marks: [Plot.lineY(data, { x: 'x', y: 'y', stroke: INK }), Plot.ruleY([0])]
			});
		}
		case 'rectY': {
			const isTime = rows.some((r) => parseTime(r[plan.x]) != null) && rows.every((r) => typeof r[plan.x] !== 'number');
			const values = rows.map((r) => (isTime ? parseTime(r[plan.x]) : toNumber(r[plan.x]))).filter((v) => v != null);
			return Plot.plot({
				...base, height: 320, x: { label: plan.x, ...(isTime ? { type: 'utc' as const } : {}) }, y: { grid: true, label: 'rows' },
				marks: [Plot.rectY(values, { ...Plot.binX({ y: 'count' }, { x: (d: unknown) => d }), fill: INK, insetLeft: 0.5, insetRight: 0.5 }), Plot.ruleY([0])]
			});
		}
		case 'barX': {
			const data = rows
				.map((r) => ({ y: label(r[plan.y!]), x: toNumber(r[plan.x]) }))
				.filter((d): d is { y: string; x: number } => d.x != null)
				.sort((a, b) => b.x - a.x)
				.slice(0, TOP_BARS);
			return Plot.plot({
				...base, height: 40 + data.length * 18, marginLeft: marginFor(data.map((d) => d.y)),
				x: { grid: true, label: plan.x }, y: { label: null, domain: data.map((d) => d.y) },
				marks: [Plot.barX(data, { x: 'x', y: 'y', fill: INK }), Plot.ruleX([0])]
			});
		}
		case 'dot': {
			const data = rows
				.map((r) => ({ x: toNumber(r[plan.x]), y: toNumber(r[plan.y!]) }))
				.filter((d): d is { x: number; y: number } => d.x != null && d.y != null);
			return Plot.plot({
				...base, height: 400, grid: true, x: { label: plan.x }, y: { label: plan.y },
				marks: [Plot.dot(data, { x: 'x', y: 'y', fill: INK, r: 3 })]
			});
		}
		case 'cell': {
			const data = rows
				.map((r) => ({ x: label(r[plan.x]), y: label(r[plan.y!]), fill: toNumber(r[plan.fill!]) }))
				.filter((d): d is { x: string; y: string; fill: number } => d.fill != null);
			return Plot.plot({
				...base, marginLeft: marginFor(data.map((d) => d.y)), marginBottom: 60, padding: 0.05,
				x: { label: plan.x, tickRotate: data.some((d) => d.x.length > 6) ? -30 : 0 }, y: { label: plan.y }, color: { type: 'quantize', n: 6, scheme: 'blues', legend: true, label: plan.fill },
				marks: [Plot.cell(data, { x: 'x', y: 'y', fill: 'fill', title: (d: { fill: number }) => String(d.fill) })]
			});
		}
	}
}

/**
 * "Chart this result": picks a mark from the column types and draws it with Observable Plot, or returns null when
 * no mark fits. Pass a document when there is no global one (Node with jsdom).
 */
export function chartResult(
	columns: ResultColumn[],
	rows: Record<string, unknown>[],
	doc?: Document
): { mark: string; element: SVGSVGElement | HTMLElement } | null {
	const plan = pickResultChart(columns);
	if (!plan) return null;
	return { mark: plan.mark, element: drawResultChart(plan, rows, doc) };
}
