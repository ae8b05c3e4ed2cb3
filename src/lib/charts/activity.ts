import * as Plot from '@observablehq/plot';
import type { ActivityRow, Bucket } from '$lib/db/queries/dashboard';
import { OTHER } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, INK, type ChartSize } from './base';
import { clip, countTicks, formatCount } from './format';
import { bucketEnd } from './time';

export interface ActivityChartOptions extends ChartSize {
	bucket: Bucket;
}

/** Series in legend and stacking order: largest total first, "Other" last. */
export function seriesOrder(rows: ActivityRow[]): string[] {
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.series, (totals.get(r.series) ?? 0) + r.messages);
	return [...totals].sort((a, b) => (a[0] === OTHER ? 1 : b[0] === OTHER ? -1 : b[1] - a[1] || a[0].localeCompare(b[0]))).map(([s]) => s);
}

/**
 * Messages per time bucket as stacked bars spanning each bucket on a UTC time axis (so a pointer x maps back to a
 * date for brushing). One colour per series, with a legend when there is more than one.
 */
export function activityChart(rows: ActivityRow[], opts: ActivityChartOptions, doc?: Document): SVGSVGElement | HTMLElement {
	const order = seriesOrder(rows);
	const data = rows.map((r) => ({
		start: new Date(`${r.bucket}T00:00:00Z`),
		end: bucketEnd(r.bucket, opts.bucket),
		series: r.series,
		messages: r.messages
	}));
	const stacked = order.length > 1;
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.bucket, (totals.get(r.bucket) ?? 0) + r.messages);
	const tallest = Math.max(0, ...totals.values());
	const months = new Set(rows.map((r) => r.bucket.slice(0, 7))).size;
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 280,
		style: FONT,
		marginLeft: 50,
		x: { type: 'utc', label: null, ...(opts.bucket === 'month' && months <= 12 ? { ticks: 'month' } : {}) },
		y: { grid: true, label: `messages per ${opts.bucket}`, tickFormat: formatCount, ticks: countTicks(tallest) },
		color: { domain: order, scheme: 'tableau10', legend: stacked, tickFormat: (s: string) => clip(s, 24) },
		marks: [
			Plot.rectY(data, {
				x1: 'start',
				x2: 'end',
				y: 'messages',
				fill: stacked ? 'series' : INK,
				...(stacked ? { order } : {}),
				insetLeft: 0.5,
				insetRight: 0.5,
				title: (d: (typeof data)[number]) => `${d.start.toISOString().slice(0, 10)} · ${d.series}: ${d.messages}`
			}),
			Plot.ruleY([0])
		]
	});
}
