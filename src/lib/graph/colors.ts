/** Colours and sizes of the drawing; pure so the legend and the canvas agree. */

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939'];

export function communityColor(community: number): string {
	return PALETTE[community % PALETTE.length];
}

/** Risk hits per 100 messages → colour bands (the legend lists them). */
export const RISK_BANDS: { below: number; color: string; label: string }[] = [
	{ below: Number.EPSILON, color: '#9fb3c8', label: 'no hits' },
	{ below: 1, color: '#f2d04b', label: 'under 1 per 100 messages' },
	{ below: 5, color: '#f39237', label: '1 to 5 per 100' },
	{ below: 20, color: '#d64534', label: '5 to 20 per 100' },
	{ below: Infinity, color: '#7a0f2f', label: '20 or more per 100' }
];

export const NO_MESSAGES_COLOR = '#d0d5db';

/** Hits per 100 messages, or null when there are no messages to rate (an edge made of shared groups only). */
export function riskRate(hits: number, messages: number): number | null {
	return messages > 0 ? (100 * hits) / messages : null;
}

export function riskColor(rate: number | null): string {
	if (rate === null) return NO_MESSAGES_COLOR;
	return RISK_BANDS.find((b) => rate < b.below)!.color;
}

/**
 * Node radius from weighted degree, by square root so area follows weight: 3 px up to 18 px in a small graph; the
 * largest shrinks with the number of people (down to 7 px at 5,000) so a big graph is not a solid disc.
 */
export function nodeSize(weightedDegree: number, maxWeightedDegree: number, people = 0): number {
	const largest = Math.max(7, Math.min(18, 18 * Math.sqrt(750 / Math.max(people, 1))));
	const smallest = largest > 10 ? 3 : 1.5;
	if (maxWeightedDegree <= 0) return smallest;
	return smallest + (largest - smallest) * Math.sqrt(weightedDegree / maxWeightedDegree);
}
