/**
 * Which node labels to draw so that none overlap: greedy, most important first (a label the user asked for, then
 * bigger nodes, which are the more connected people), each placed right of its node (left of it when the right
 * side would leave the drawing) and skipped when its box meets one already placed. The rest show on hover and in
 * the tables.
 */
export interface LabelCandidate {
	key: string;
	/** Node centre and radius in screen pixels. */
	x: number;
	y: number;
	radius: number;
	/** Measured label size in pixels. */
	width: number;
	height: number;
	/** Drawn before anything else (the focused person, the ego network). */
	forced?: boolean;
}

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Space kept between two labels, in pixels. */
export const LABEL_GAP = 2;

export function labelBox(c: LabelCandidate, side: 'right' | 'left' = 'right'): Box {
	const left = side === 'right' ? c.x + c.radius + 3 : c.x - c.radius - 3 - c.width;
	return { left, top: c.y - c.height / 2, right: left + c.width, bottom: c.y + c.height / 2 };
}

const overlaps = (a: Box, b: Box, gap: number) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** The labels to draw, in drawing order, with where each goes; `width`: the drawing's width in pixels. */
export function placeLabels(candidates: readonly LabelCandidate[], width = Infinity, gap = LABEL_GAP): { key: string; box: Box }[] {
	const order = [...candidates].sort((a, b) => Number(!!b.forced) - Number(!!a.forced) || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const placed: Box[] = [];
	const out: { key: string; box: Box }[] = [];
	for (const c of order) {
		const right = labelBox(c, 'right');
		const box = right.right > width && labelBox(c, 'left').left >= 0 ? labelBox(c, 'left') : right;
		if (placed.some((p) => overlaps(p, box, gap))) continue;
		placed.push(box);
		out.push({ key: c.key, box });
	}
	return out;
}
