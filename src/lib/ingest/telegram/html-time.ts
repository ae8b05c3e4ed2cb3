/**
 * Times in Telegram Desktop's HTML export. Each message's date element has a title such as
 * `23.08.2023 13:11:23 UTC-08:00`: the wall-clock time of the exporting computer and an offset. The offset is the
 * *standard* offset of that computer's zone (tdesktop asks Qt for the zone's standard-time name), so in summer it
 * is one hour short of the real one: the same chat exported as JSON says 20:11:23Z for that message, not 21:11:23Z.
 * The true instant therefore needs the zone: when the zone chosen for the import has the stated standard offset,
 * the wall-clock time is read in it (daylight saving time included); otherwise the stated offset is applied as it
 * is, and the parse notes say so.
 */
import { localToUtcMs, zoneOffsetAt } from '../../model/time';

export interface TitleTime {
	/** `YYYY-MM-DDTHH:MM:SS` as written. */
	local: string;
	/** Minutes east of UTC as stated, or null when the title has no offset (older exports). */
	offset: number | null;
}

const TITLE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:(UTC|GMT)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?))?\s*$/;

export function parseDateTitle(title: string): TitleTime | null {
	const m = TITLE.exec(title);
	if (!m) return null;
	const [day, month, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number);
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
	const local = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
	let offset: number | null = null;
	if (m[7] !== undefined) {
		offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0));
		if (Math.abs(offset) > 14 * 60) return null;
	}
	return { local, offset };
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Minutes east of UTC of `zone` at `ms`, or null for a zone the runtime does not know. */
function zoneOffset(zone: string, ms: number): number | null {
	try {
		return Math.round(zoneOffsetAt(ms, zone) / 60_000);
	} catch {
		return null;
	}
}

/** The zone's standard offset now (the smaller of its January and July offsets), as Qt reports it for the export. */
export function standardOffset(zone: string, now = Date.now()): number | null {
	const year = new Date(now).getUTCFullYear();
	const jan = zoneOffset(zone, Date.UTC(year, 0, 1));
	const jul = zoneOffset(zone, Date.UTC(year, 6, 1));
	return jan === null || jul === null ? null : Math.min(jan, jul);
}

/** How the export's times become instants: in a zone (with its daylight saving time), by the stated offset, or as wall-clock time. */
export type TimeReading = { kind: 'zone'; zone: string } | { kind: 'offset' } | { kind: 'local' };

/** The reading for a chat whose titles state `offsets` (usually one value), given the zone chosen for the import. */
export function chooseReading(offsets: ReadonlySet<number | null>, chosenZone: string | undefined, now = Date.now()): TimeReading {
	const stated = [...offsets].filter((o): o is number => o !== null);
	if (stated.length === 0) return { kind: 'local' };
	if (chosenZone && stated.length === 1 && standardOffset(chosenZone, now) === stated[0]) return { kind: 'zone', zone: chosenZone };
	return { kind: 'offset' };
}

/** `YYYY-MM-DDTHH:MM:SSZ`, or the wall-clock time as written when there is no offset to apply. */
export function readTime(t: TitleTime, reading: TimeReading): string {
	if (t.offset === null || reading.kind === 'local') return t.local;
	const ms = reading.kind === 'zone' ? localToUtcMs(t.local, reading.zone) : Date.parse(t.local + 'Z') - t.offset * 60_000;
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const a = Math.abs(minutes);
	return `UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
