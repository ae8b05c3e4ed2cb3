/** A continuous time scale as Plot reports it (`figure.scale('x')`): domain in dates, range in svg pixels. */
export interface TimeScale {
	domain: [Date | number, Date | number];
	range: [number, number];
}

/** The time at svg x `px`, by linear mapping of the scale's range onto its domain, clamped to the domain. */
export function timeAt(scale: TimeScale, px: number): Date {
	const [d0, d1] = scale.domain.map(Number);
	const [r0, r1] = scale.range;
	const t = Math.min(1, Math.max(0, (px - r0) / (r1 - r0)));
	return new Date(d0 + t * (d1 - d0));
}

/**
 * The UTC days a horizontal drag from `a` to `b` (svg x, either direction) covers, both inclusive. A drag ending
 * exactly at midnight does not take in the day after it. Null when the drag is too short to mean a range.
 */
export function brushedDays(scale: TimeScale, a: number, b: number, minPixels = 4): { from: string; to: string } | null {
	if (Math.abs(b - a) < minPixels) return null;
	const start = timeAt(scale, Math.min(a, b));
	const end = timeAt(scale, Math.max(a, b));
	const last = new Date(end.getTime() - 1);
	const from = start.toISOString().slice(0, 10);
	const to = last < start ? from : last.toISOString().slice(0, 10);
	return { from, to };
}
