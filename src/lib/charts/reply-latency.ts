import * as Plot from '@observablehq/plot';
import type { ReplyLatencyRow } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, INK, type ChartSize } from './base';
import { clip, formatSeconds, marginForLabels } from './format';

/** Pair label "A → B": A replied to B. */
export function pairLabel(r: Pick<ReplyLatencyRow, 'from_label' | 'to_label'>): string {
	return `${clip(r.from_label, 18)} → ${clip(r.to_label, 18)}`;
}

const TICKS = [1, 10, 60, 600, 3600, 21_600, 86_400, 604_800, 2_592_000];
/** log10 of seconds, with a reply within the same second drawn at 1 s. */
const log = (s: number) => Math.log10(Math.max(1, s));

/**
 * Per pair, a line from the lower to the upper quartile and a dot at the median, on a log time axis (a reply within
 * the same second is drawn at 1 s).
 */
export function replyLatencyChart(rows: ReplyLatencyRow[], opts: ChartSize = {}, doc?: Document): SVGSVGElement | HTMLElement {
	const data = rows.map((r) => ({
		pair: pairLabel(r),
		q1: r.q1,
		median: r.median,
		q3: r.q3,
		replies: r.replies,
		explicit: r.explicit,
		lq1: log(r.q1),
		lmedian: log(r.median),
		lq3: log(r.q3)
	}));
	const slowest = data.reduce((m, d) => Math.max(m, d.q3), 10);
	// The axis ends on the first tick past the slowest upper quartile, so its last label shows.
	const top = log(TICKS.find((t) => t >= slowest) ?? slowest);
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 62 + 22 * Math.max(1, data.length),
		style: FONT,
		marginLeft: marginForLabels(data.map((d) => d.pair)),
		marginRight: 30,
		marginBottom: 42,
		x: {
			grid: true,
			label: 'reply time: median and quartiles (log scale)',
			labelAnchor: 'center',
			labelOffset: 34,
			domain: [0, top],
			ticks: TICKS.map(log).filter((t) => t <= top),
			tickFormat: (v: number) => formatSeconds(Math.round(10 ** v))
		},
		y: { domain: data.map((d) => d.pair), label: null },
		marks: [
			Plot.ruleY(data, { y: 'pair', x1: 'lq1', x2: 'lq3', stroke: INK, strokeWidth: 3, strokeOpacity: 0.45 }),
			Plot.dot(data, {
				y: 'pair',
				x: 'lmedian',
				fill: INK,
				r: 4,
				title: (d: (typeof data)[number]) =>
					`${d.pair}: median ${formatSeconds(d.median)}, quartiles ${formatSeconds(d.q1)}–${formatSeconds(d.q3)}, ${d.replies} replies (${d.explicit} explicit)`
			})
		]
	});
}
