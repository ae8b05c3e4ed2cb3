import type { Bucket } from '$lib/db/queries/dashboard';

/** The start of the bucket after the one starting on `day` ('YYYY-MM-DD', UTC). */
export function bucketEnd(day: string, bucket: Bucket): Date {
	const d = new Date(`${day}T00:00:00Z`);
	if (bucket === 'day') d.setUTCDate(d.getUTCDate() + 1);
	else if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
	else d.setUTCMonth(d.getUTCMonth() + 1);
	return d;
}

/** A Date as its UTC day 'YYYY-MM-DD'. */
export function utcDay(d: Date): string {
	return d.toISOString().slice(0, 10);
}
