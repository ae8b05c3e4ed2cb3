import * as Plot from '@observablehq/plot';
import type { ActiveAuthorRow } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, INK, type ChartSize } from './base';
import { clip, countTicks, formatCount, marginForLabels } from './format';

/** One horizontal bar per author, most messages first, with the count at the end of the bar. */
export function topAuthorsChart(rows: ActiveAuthorRow[], opts: ChartSize = {}, doc?: Document): SVGSVGElement | HTMLElement {
	const data = rows.map((r) => ({ label: clip(r.label), messages: r.messages, platforms: r.platforms }));
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 40 + 22 * Math.max(1, data.length),
		style: FONT,
		marginLeft: marginForLabels(data.map((d) => d.label)),
		marginRight: 50,
		x: { grid: true, label: 'messages', tickFormat: formatCount, ticks: countTicks(Math.max(0, ...data.map((d) => d.messages))) },
		y: { domain: data.map((d) => d.label), label: null },
		marks: [
			Plot.barX(data, { x: 'messages', y: 'label', fill: INK, title: (d: (typeof data)[number]) => `${d.label} (${d.platforms}): ${d.messages}` }),
			Plot.text(data, { x: 'messages', y: 'label', text: (d: (typeof data)[number]) => formatCount(d.messages), textAnchor: 'start', dx: 4 }),
			Plot.ruleX([0])
		]
	});
}
