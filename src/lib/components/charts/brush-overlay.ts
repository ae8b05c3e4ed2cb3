import { brushedDays, type TimeScale } from '$lib/charts/brush';

const SVG_NS = 'http://www.w3.org/2000/svg';

type PlotElement = Element & { scale?: (name: string) => { domain: unknown[]; range?: number[] } | undefined };

/**
 * Horizontal brushing on a Plot chart with a UTC x scale: a transparent rect over the plot area takes the drag,
 * a tinted rect shows it, and on release `onRange` gets the UTC days covered. Keyboard users set the same range
 * with the filter's date inputs.
 */
export function attachBrush(chart: Element, onRange: (range: { from: string; to: string }) => void): void {
	const svg = (chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector(':scope > svg')) as SVGSVGElement | null;
	const x = (chart as PlotElement).scale?.('x');
	const y = (chart as PlotElement).scale?.('y');
	if (!svg || !x?.range || !y?.range || x.domain.length !== 2) return;
	const scale: TimeScale = { domain: x.domain as [Date, Date], range: x.range as [number, number] };
	const [left, right] = scale.range;
	const top = Math.min(...y.range);
	const bottom = Math.max(...y.range);

	const selection = document.createElementNS(SVG_NS, 'rect');
	attrs(selection, { y: top, height: bottom - top, width: 0, fill: '#4269d0', 'fill-opacity': 0.18, stroke: '#4269d0', 'pointer-events': 'none' });
	const overlay = document.createElementNS(SVG_NS, 'rect');
	attrs(overlay, { x: left, y: top, width: right - left, height: bottom - top, fill: 'transparent', cursor: 'crosshair', 'data-brush': '' });
	const label = document.createElementNS(SVG_NS, 'title');
	label.textContent = 'Drag across to filter to a date range';
	overlay.append(label);
	svg.append(selection, overlay);

	const svgX = (event: PointerEvent) => {
		const box = svg.getBoundingClientRect();
		const width = Number(svg.getAttribute('width')) || box.width;
		return ((event.clientX - box.left) * width) / box.width;
	};
	let start: number | null = null;
	overlay.addEventListener('pointerdown', (event) => {
		start = svgX(event);
		overlay.setPointerCapture(event.pointerId);
		attrs(selection, { x: start, width: 0 });
	});
	overlay.addEventListener('pointermove', (event) => {
		if (start === null) return;
		const now = Math.min(right, Math.max(left, svgX(event)));
		attrs(selection, { x: Math.min(start, now), width: Math.abs(now - start) });
	});
	const finish = (event: PointerEvent) => {
		if (start === null) return;
		const range = brushedDays(scale, start, svgX(event));
		start = null;
		if (!range) attrs(selection, { width: 0 });
		else onRange(range);
	};
	overlay.addEventListener('pointerup', finish);
	overlay.addEventListener('pointercancel', () => {
		start = null;
		attrs(selection, { width: 0 });
	});
}

function attrs(el: Element, values: Record<string, string | number>): void {
	for (const [k, v] of Object.entries(values)) el.setAttribute(k, String(v));
}
