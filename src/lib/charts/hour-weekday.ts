import * as Plot from '@observablehq/plot';
import { WEEKDAYS, weekdayName } from '$lib/analytics/bins';
import type { HourWeekdayRow } from '$lib/db/queries/dashboard';
import { DEFAULT_WIDTH, documentFor, FONT, type ChartSize } from './base';
import { formatCount } from './format';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** A 24 × 7 grid of cells, darker for more messages, each with its count; empty slots stay blank. */
export function hourWeekdayChart(rows: HourWeekdayRow[], opts: ChartSize & { clockLabel: string }, doc?: Document): SVGSVGElement | HTMLElement {
	const data = rows.map((r) => ({ hour: r.hour, day: weekdayName(r.weekday), messages: r.messages }));
	const max = data.reduce((m, d) => Math.max(m, d.messages), 0);
	return Plot.plot({
		document: documentFor(doc),
		width: opts.width ?? DEFAULT_WIDTH,
		height: opts.height ?? 260,
		style: FONT,
		marginLeft: 40,
		marginBottom: 40,
		padding: 0.06,
		x: {
			domain: HOURS,
			label: `hour of day (${opts.clockLabel})`,
			labelAnchor: 'center',
			labelOffset: 34,
			tickFormat: (h: number) => String(h).padStart(2, '0')
		},
		y: { domain: [...WEEKDAYS], label: null },
		color: { type: 'sqrt', scheme: 'blues', domain: [0, Math.max(1, max)] },
		marks: [
			Plot.cell(data, { x: 'hour', y: 'day', fill: 'messages', inset: 0.5, title: (d: (typeof data)[number]) => `${d.day} ${d.hour}:00 · ${d.messages}` }),
			Plot.text(data, {
				x: 'hour',
				y: 'day',
				text: (d: (typeof data)[number]) => formatCount(d.messages),
				fontSize: 9,
				fill: (d: (typeof data)[number]) => (d.messages > max * 0.55 ? 'white' : '#1b1b1b')
			})
		]
	});
}
