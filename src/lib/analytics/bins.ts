/**
 * Logarithmic length bins: bin k holds lengths 2^k … 2^(k+1) − 1 (bin 0 is length 1, bin 1 is 2–3, bin 2 is 4–7…).
 * SQL computes `floor(log2(length))`; these turn a bin number back into its bounds and label.
 */
export interface LogBin {
	bin: number;
	/** Smallest length in the bin. */
	lo: number;
	/** Largest length in the bin. */
	hi: number;
	label: string;
}

export function logBin(bin: number): LogBin {
	if (!Number.isSafeInteger(bin) || bin < 0) throw new RangeError(`bin must be a non-negative integer, got ${bin}`);
	const lo = 2 ** bin;
	const hi = 2 ** (bin + 1) - 1;
	return { bin, lo, hi, label: lo === hi ? String(lo) : `${lo}–${hi}` };
}

/** Which bin a length falls in (lengths below 1 have none). */
export function logBinOf(length: number): number | null {
	return length >= 1 ? Math.floor(Math.log2(length)) : null;
}

/** Every bin from 0 to the largest present, counts filled with 0 where a bin is empty, so the axis has no gaps. */
export function fillLogBins(counts: { bin: number; messages: number }[]): (LogBin & { messages: number })[] {
	const by = new Map(counts.map((c) => [c.bin, c.messages]));
	const top = counts.reduce((m, c) => Math.max(m, c.bin), -1);
	return Array.from({ length: top + 1 }, (_, k) => ({ ...logBin(k), messages: by.get(k) ?? 0 }));
}

/** ISO weekday numbers (1 = Monday) to short names. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export function weekdayName(isoDow: number): string {
	return WEEKDAYS[isoDow - 1] ?? '?';
}
