/** `"1452845865.000008"` (Slack ts: epoch seconds + a sequence) → `2016-01-15T08:17:45Z`; null when not a ts. */
export function slackTsToUtc(ts: unknown): string | null {
	if (typeof ts !== 'string' && typeof ts !== 'number') return null;
	const s = String(ts);
	if (!/^\d{1,12}(\.\d+)?$/.test(s)) return null;
	return epochSecondsToUtc(Math.floor(Number(s)));
}

export function epochSecondsToUtc(seconds: number): string | null {
	const d = new Date(seconds * 1000);
	const t = d.getTime();
	if (!Number.isFinite(t)) return null;
	const iso = d.toISOString();
	// Years past 9999 come out as +0YYYYY and would not sort with the rest.
	return iso.length === 24 ? iso.slice(0, 19) + 'Z' : null;
}
