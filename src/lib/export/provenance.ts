import { localToUtc, parseNaive } from '$lib/model/time';

/**
 * Where an exported message comes from and when it was written, in the same form for every platform:
 * - `ts_local`: the wall-clock time as the export wrote it, always `YYYY-MM-DDTHH:MM:SS` without a zone;
 * - `tz`: the zone that wall clock was read in (the zone chosen at import, `UTC` for sources with epoch times);
 * - `utc_offset`: `±HH:MM` of that zone at that time, so `ts_local` + `utc_offset` is one ISO 8601 instant;
 * - `ts_utc`: the instant, always `YYYY-MM-DDTHH:MM:SSZ` (empty when the source time could not be read);
 * - `time_zone`: whether the export itself stated the zone: `UTC` (epoch sources) or TIME_ZONE_NOT_STATED (`tz` was assumed at import).
 */
export interface MessageTimes {
	ts_local: string;
	utc_offset: string | null;
	tz: string;
	ts_utc: string | null;
	time_zone: typeof TIME_ZONE_STATED | typeof TIME_ZONE_NOT_STATED;
}

export const TIME_ZONE_STATED = 'UTC';
export const TIME_ZONE_NOT_STATED = 'local (not stated in the export)';

export interface Provenance extends MessageTimes {
	platform: string;
	/** SHA-256 of the imported file (for a chat inside a zip: of that member). */
	archive_sha256: string;
	/** The imported file's name (`archive.zip/member` for a chat inside a zip). */
	source_file: string;
	/** 1-based first and last source line (text exports; JSON records give the line they start on, or none). */
	line: number | null;
	line_end: number | null;
	/** JSON path or CSV row in structured sources. */
	source_path: string | null;
}

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const m = Math.abs(minutes);
	return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The times of a message from what the database (or a parser) holds: `tsLocal` as stored (`…Z` for epoch sources),
 * the zone it was read in, and the instant when known (computed from `tsLocal` in `tz` when not given).
 */
export function messageTimes(tsLocal: string, tz: string, tsUtc?: string | null): MessageTimes {
	const epoch = tsLocal.length === 20 && tsLocal.endsWith('Z');
	const local = epoch ? tsLocal.slice(0, 19) : tsLocal;
	const zone = epoch ? 'UTC' : tz;
	let utc = tsUtc ?? null;
	if (tsUtc === undefined) {
		try {
			utc = localToUtc(tsLocal, zone);
		} catch {
			utc = null;
		}
	}
	const naive = parseNaive(local);
	const instant = utc ? Date.parse(utc) : NaN;
	const offset = Number.isNaN(naive) || Number.isNaN(instant) ? null : offsetText(Math.round((naive - instant) / 60_000));
	return { ts_local: local, utc_offset: offset, tz: zone, ts_utc: utc, time_zone: epoch ? TIME_ZONE_STATED : TIME_ZONE_NOT_STATED };
}
