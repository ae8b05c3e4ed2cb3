/**
 * Which node labels to draw so that none overlap: greedy, most important first (a label the user asked for, then
 * bigger nodes, which are the more connected people), each placed right of its node and skipped when its box
 * meets one already placed. The rest show on hover and in the tables.
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

export function labelBox(c: LabelCandidate): Box {
	const left = c.x + c.radius + 3;
	return { left, top: c.y - c.height / 2, right: left + c.width, bottom: c.y + c.height / 2 };
}

const overlaps = (a: Box, b: Box, gap: number) =>
	a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** Keys of the labels to draw, in drawing order. */
export function placeLabels(candidates: readonly LabelCandidate[], gap = LABEL_GAP): string[] {
	const order = [...candidates].sort(
		(a, b) => Number(!!b.forced) - Number(!!a.forced) || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
	const placed: Box[] = [];
	const keys: string[] = [];
	for (const c of order) {
		const box = labelBox(c);
		if (placed.some((p) => overlaps(p, box, gap))) continue;
		placed.push(box);
		keys.push(c.key);
	}
	return keys;
}
