import { textWidth } from './format';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_FONT = 12;

/**
 * A chart as one self-contained SVG document (text). Plot returns a bare `<svg>`, or a `<figure>` holding an HTML
 * swatch legend and the `<svg>`; the legend is redrawn as SVG rects and texts above the chart so the file keeps it.
 * Plot's stylesheet is inside the svg already, so the file looks the same opened on its own.
 */
export function standaloneSvg(element: Element, description?: string): string {
	const source = element.tagName.toLowerCase() === 'svg' ? element : element.querySelector(':scope > svg');
	if (!source) throw new Error('no chart to save');
	const doc = source.ownerDocument;
	const svg = source.cloneNode(true) as SVGSVGElement;
	svg.setAttribute('xmlns', SVG_NS);
	const width = Number(svg.getAttribute('width'));
	const height = Number(svg.getAttribute('height'));
	const swatches = source === element ? [] : legendItems(element);
	if (swatches.length > 0) {
		const legend = doc.createElementNS(SVG_NS, 'g');
		legend.setAttribute('aria-label', 'legend');
		let x = 8;
		let y = 6;
		for (const swatch of swatches) {
			const { colour } = swatch;
			// Measured, and shortened when one label alone is wider than the chart, so no swatch runs into the next.
			const label = fitText(swatch.label, width - 8 - 16 - 8);
			const w = 16 + textWidth(label, LEGEND_FONT) + 14;
			if (x + w > width && x > 8) {
				x = 8;
				y += 20;
			}
			const rect = doc.createElementNS(SVG_NS, 'rect');
			for (const [k, v] of Object.entries({ x, y, width: 12, height: 12, fill: colour })) rect.setAttribute(k, String(v));
			const text = doc.createElementNS(SVG_NS, 'text');
			for (const [k, v] of Object.entries({ x: x + 16, y: y + 10, 'font-size': 12, 'font-family': 'system-ui, sans-serif' })) text.setAttribute(k, String(v));
			text.textContent = label;
			legend.append(rect, text);
			x += w;
		}
		const shift = y + 22;
		const body = doc.createElementNS(SVG_NS, 'g');
		body.setAttribute('transform', `translate(0,${shift})`);
		const style = svg.querySelector(':scope > style');
		for (const child of [...svg.childNodes]) if (child !== style) body.appendChild(child);
		svg.append(legend, body);
		svg.setAttribute('height', String(height + shift));
		svg.setAttribute('viewBox', `0 0 ${width} ${height + shift}`);
	}
	if (!svg.querySelector(':scope > rect[data-background]')) {
		const bg = doc.createElementNS(SVG_NS, 'rect');
		for (const [k, v] of Object.entries({ 'data-background': '', width: '100%', height: '100%', fill: 'white' })) bg.setAttribute(k, v);
		const style = svg.querySelector(':scope > style');
		svg.insertBefore(bg, style ? style.nextSibling : svg.firstChild);
	}
	if (description) {
		const desc = doc.createElementNS(SVG_NS, 'desc');
		desc.textContent = description;
		svg.insertBefore(desc, svg.firstChild);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}`;
}

function fitText(text: string, room: number): string {
	if (textWidth(text, LEGEND_FONT) <= room) return text;
	const chars = [...text];
	while (chars.length > 1 && textWidth(chars.join('') + '…', LEGEND_FONT) > room) chars.pop();
	return chars.join('') + '…';
}

/** Colour and label of each swatch of a Plot swatches legend. */
function legendItems(figure: Element): { colour: string; label: string }[] {
	return [...figure.querySelectorAll(':scope > div span')].flatMap((span) => {
		const colour = span.querySelector('svg')?.getAttribute('fill');
		const label = span.textContent?.trim() ?? '';
		return colour && label ? [{ colour, label }] : [];
	});
}
