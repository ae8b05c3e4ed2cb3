import * as Plot from '@observablehq/plot';
import { fillLogBins } from '$lib/analytics/bins';
import type { LengthBinRow } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, INK, type ChartSize } from './base';
import { countTicks, formatCount } from './format';

/** Columns of text messages per length bin (1, 2–3, 4–7… characters), empty bins shown as gaps on the axis. */
export function messageLengthChart(rows: LengthBinRow[], opts: ChartSize = {}, doc?: Document): SVGSVGElement | HTMLElement {
	const data = fillLogBins(rows);
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 260,
		style: FONT,
		marginLeft: 50,
		marginBottom: 40,
		x: { domain: data.map((d) => d.label), label: 'characters (log₂ bins)', tickRotate: data.length > 10 ? -30 : 0 },
		y: { grid: true, label: 'messages', tickFormat: formatCount, ticks: countTicks(Math.max(0, ...data.map((d) => d.messages))) },
		marks: [
			Plot.barY(data, { x: 'label', y: 'messages', fill: INK, title: (d: (typeof data)[number]) => `${d.label} characters: ${d.messages}` }),
			Plot.ruleY([0])
		]
	});
}
