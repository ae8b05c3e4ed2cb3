import { describe, expect, it } from 'vitest';
import { formatUtc, localToUtc, localToUtcMs, zoneOffsetAt } from '$lib/model/time';

// Expectations computed by hand from each zone's rules (offsets in the comments).
const cases: [zone: string, local: string, utc: string, why: string][] = [
	['UTC', '2024-03-10T02:30:00', '2024-03-10T02:30:00Z', 'UTC is identity'],
	['UTC', '2000-02-29T23:59:59', '2000-02-29T23:59:59Z', 'leap day in a century leap year'],
	['Europe/Berlin', '2024-07-15T14:00:00', '2024-07-15T12:00:00Z', 'summer, CEST +02:00'],
	['Europe/Berlin', '2024-01-15T09:30:00', '2024-01-15T08:30:00Z', 'winter, CET +01:00'],
	['Europe/Berlin', '2024-01-01T00:30:00', '2023-12-31T23:30:00Z', 'crosses the year back'],
	['Europe/Berlin', '2024-03-31T01:59:59', '2024-03-31T00:59:59Z', 'last second before the gap, +01:00'],
	['Europe/Berlin', '2024-03-31T02:30:00', '2024-03-31T01:30:00Z', 'gap 02:00–03:00: offset before, +01:00'],
	['Europe/Berlin', '2024-03-31T03:00:00', '2024-03-31T01:00:00Z', 'first valid time after the gap, +02:00'],
	['Europe/Berlin', '2024-10-27T02:30:00', '2024-10-27T00:30:00Z', 'overlap 02:00–03:00: earlier, +02:00'],
	['Europe/Berlin', '2024-10-27T03:00:00', '2024-10-27T02:00:00Z', 'after the overlap, +01:00'],
	['America/New_York', '2024-07-04T12:00:00', '2024-07-04T16:00:00Z', 'summer, EDT -04:00'],
	['America/New_York', '2024-12-25T20:00:00', '2024-12-26T01:00:00Z', 'winter, EST -05:00, crosses the day'],
	['America/New_York', '2024-03-10T01:59:59', '2024-03-10T06:59:59Z', 'before the gap, EST'],
	['America/New_York', '2024-03-10T02:30:00', '2024-03-10T07:30:00Z', 'gap 02:00–03:00: EST, lands on 03:30 EDT'],
	['America/New_York', '2024-03-10T03:00:00', '2024-03-10T07:00:00Z', 'after the gap, EDT'],
	['America/New_York', '2024-11-03T00:59:59', '2024-11-03T04:59:59Z', 'before the overlap, EDT'],
	['America/New_York', '2024-11-03T01:30:00', '2024-11-03T05:30:00Z', 'overlap 01:00–02:00: earlier, EDT'],
	['America/New_York', '2024-11-03T02:00:00', '2024-11-03T07:00:00Z', 'after the overlap, EST'],
	['Asia/Shanghai', '2024-02-10T00:15:00', '2024-02-09T16:15:00Z', 'CST +08:00, no DST'],
	['Asia/Shanghai', '2024-07-01T12:00:00', '2024-07-01T04:00:00Z', 'summer is still +08:00'],
	['Asia/Kolkata', '2024-05-01T12:00:00', '2024-05-01T06:30:00Z', 'half-hour offset +05:30'],
	['Australia/Lord_Howe', '2024-10-06T02:15:00', '2024-10-05T15:45:00Z', 'half-hour gap 02:00–02:30: +10:30']
];

describe('localToUtc', () => {
	it.each(cases)('%s %s → %s (%s)', (zone, local, utc) => {
		expect(localToUtc(local, zone)).toBe(utc);
	});

	it('is stable when the same day is asked again (cached path)', () => {
		for (const [zone, local, utc] of cases) expect(localToUtc(local, zone)).toBe(utc);
	});

	it('passes UTC timestamps with Z through whatever the zone', () => {
		expect(localToUtc('2024-03-10T02:30:00Z', 'America/New_York')).toBe('2024-03-10T02:30:00Z');
	});

	it.each(['2023-02-29T10:00:00', '2024-13-01T00:00:00', '2024-01-01 10:00:00', '2024-01-01T24:00:00', '', '2024-01-01T10:00'])(
		'refuses the malformed %j',
		(bad) => {
			expect(() => localToUtc(bad, 'UTC')).toThrow(RangeError);
			expect(localToUtcMs(bad, 'UTC')).toBeNaN();
		}
	);

	it('refuses an unknown zone', () => {
		expect(() => localToUtc('2024-01-01T00:00:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
	});
});

/** The rule stated directly: every instant whose wall clock reads `naive`, earliest first; in a gap, the offset before. */
function oracle(naive: number, zone: string): number {
	const before = zoneOffsetAt(naive - 86_400_000, zone);
	const after = zoneOffsetAt(naive + 86_400_000, zone);
	const valid = [before, after].map((o) => naive - o).filter((t) => naive - t === zoneOffsetAt(t, zone));
	return valid.length ? Math.min(...valid) : naive - before;
}

describe('localToUtcMs on transition days', () => {
	it.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago'])(
		'%s: every 5 minutes of 2023–2024 agrees with the stated rule',
		(zone) => {
			let checked = 0;
			for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000) {
				// Only days near a change of offset are interesting; the rest share one offset.
				if (zoneOffsetAt(day - 86_400_000, zone) === zoneOffsetAt(day + 2 * 86_400_000, zone)) continue;
				for (let naive = day; naive < day + 86_400_000; naive += 5 * 60_000) {
					const local = formatUtc(naive).slice(0, 19);
					expect(localToUtcMs(local, zone), `${zone} ${local}`).toBe(oracle(naive, zone));
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(1000);
		}
	);
});
