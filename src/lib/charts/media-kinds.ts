import * as Plot from '@observablehq/plot';
import type { MediaKindRow } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, type ChartSize } from './base';
import { countTicks, formatCount, marginForLabels } from './format';

/** Fixed colours per media type, so a kind keeps its colour whatever the filter. */
export const MEDIA_COLOURS: Record<string, string> = {
	image: '#4269d0',
	video: '#efb118',
	audio: '#ff725c',
	document: '#6cc5b0',
	sticker: '#a463f2',
	other: '#9498a0'
};

/** One horizontal bar per media type, most attachments first. */
export function mediaKindsChart(rows: MediaKindRow[], opts: ChartSize = {}, doc?: Document): SVGSVGElement | HTMLElement {
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 40 + 26 * Math.max(1, rows.length),
		style: FONT,
		marginLeft: marginForLabels(
			rows.map((r) => r.media_type),
			80
		),
		marginRight: 50,
		x: { grid: true, label: 'attachments', tickFormat: formatCount, ticks: countTicks(Math.max(0, ...rows.map((r) => r.attachments))) },
		y: { domain: rows.map((r) => r.media_type), label: null },
		color: { domain: Object.keys(MEDIA_COLOURS), range: Object.values(MEDIA_COLOURS) },
		marks: [
			Plot.barX(rows, { x: 'attachments', y: 'media_type', fill: 'media_type' }),
			Plot.text(rows, { x: 'attachments', y: 'media_type', text: (d: MediaKindRow) => formatCount(d.attachments), textAnchor: 'start', dx: 4 }),
			Plot.ruleX([0])
		]
	});
}
