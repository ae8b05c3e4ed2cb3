/** What every dashboard chart builder accepts besides its rows. */
export interface ChartSize {
	width?: number;
	height?: number;
}

/** The document Plot draws into: the one given (jsdom in tests) or the page's. */
export function documentFor(doc?: Document): Document {
	return doc ?? globalThis.document;
}

export const FONT = { fontSize: '12px', fontFamily: 'system-ui, sans-serif' } as const;
export const DEFAULT_WIDTH = 720;
/** One colour for single-series charts. */
export const INK = '#4269d0';
