/**
 * The global filter every chart follows, as plain data, with its SQL and its URL form.
 *
 * Dates are whole UTC days, both ends inclusive: `from = '2024-03-01', to = '2024-03-31'` is all of March (UTC).
 * Conversations, participants, people (identities) and platforms are "any of" lists; an empty list means no
 * restriction. Participants and people together select the union of their messages (a person is a set of
 * participants), and the groups combine with AND.
 */
export interface GlobalFilter {
	from: string | null;
	to: string | null;
	conversations: number[];
	participants: number[];
	people: number[];
	platforms: string[];
}

export const EMPTY_FILTER: GlobalFilter = { from: null, to: null, conversations: [], participants: [], people: [], platforms: [] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' when the string is a real calendar day, else null. */
export function validDay(s: string | null | undefined): string | null {
	if (!s || !DAY.test(s)) return null;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

/** The day after a 'YYYY-MM-DD' day. */
export function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

export function isFilterEmpty(f: GlobalFilter): boolean {
	return !f.from && !f.to && f.conversations.length + f.participants.length + f.people.length + f.platforms.length === 0;
}

export interface WhereClause {
	/** A boolean SQL expression over `messages m`; 'TRUE' when nothing is filtered. */
	sql: string;
	params: unknown[];
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function ids(name: string, list: number[]): number[] {
	for (const v of list) if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be integers, got ${v}`);
	return [...new Set(list)];
}

/**
 * The WHERE expression for the filter over `messages m`, with `?` parameters in order. It uses subqueries rather
 * than joins so callers can add their own joins freely. A date bound excludes messages whose time is unknown.
 */
export function filterWhere(f: GlobalFilter): WhereClause {
	const parts: string[] = [];
	const params: unknown[] = [];
	const from = validDay(f.from);
	const to = validDay(f.to);
	if (f.from && !from) throw new RangeError(`from must be a YYYY-MM-DD day, got ${f.from}`);
	if (f.to && !to) throw new RangeError(`to must be a YYYY-MM-DD day, got ${f.to}`);
	if (from) {
		parts.push('m.ts_utc >= CAST(? AS TIMESTAMP)');
		params.push(`${from} 00:00:00`);
	}
	if (to) {
		parts.push('m.ts_utc < CAST(? AS TIMESTAMP)');
		params.push(`${nextDay(to)} 00:00:00`);
	}
	const conversations = ids('conversations', f.conversations);
	if (conversations.length > 0) {
		parts.push(`m.conversation_id IN (${marks(conversations.length)})`);
		params.push(...conversations);
	}
	const participants = ids('participants', f.participants);
	const people = ids('people', f.people);
	const who: string[] = [];
	if (participants.length > 0) {
		who.push(`m.participant_id IN (${marks(participants.length)})`);
		params.push(...participants);
	}
	if (people.length > 0) {
		who.push(`m.participant_id IN (SELECT participant_id FROM identity_members WHERE identity_id IN (${marks(people.length)}))`);
		params.push(...people);
	}
	if (who.length === 1) parts.push(who[0]);
	if (who.length === 2) parts.push(`(${who.join(' OR ')})`);
	const platforms = [...new Set(f.platforms)];
	if (platforms.length > 0) {
		parts.push(`m.conversation_id IN (SELECT id FROM conversations WHERE platform IN (${marks(platforms.length)}))`);
		params.push(...platforms);
	}
	return { sql: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params };
}

const LIST_KEYS = { conversations: 'conv', participants: 'part', people: 'person', platforms: 'platform' } as const;

/** The filter as URL query parameters (`from`, `to`, `conv`, `part`, `person`, `platform`, lists comma-separated). */
export function filterToParams(f: GlobalFilter, into = new URLSearchParams()): URLSearchParams {
	for (const key of ['from', 'to', ...Object.values(LIST_KEYS)]) into.delete(key);
	if (f.from) into.set('from', f.from);
	if (f.to) into.set('to', f.to);
	for (const [field, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, string][]) {
		const list = f[field] as (number | string)[];
		if (list.length > 0) into.set(key, list.map((v) => String(v)).join(','));
	}
	return into;
}

function intList(raw: string | null): number[] {
	if (!raw) return [];
	return raw
		.split(',')
		.filter((s) => /^\d+$/.test(s))
		.map(Number)
		.filter(Number.isSafeInteger);
}

/** The filter a URL carries; anything malformed is dropped rather than guessed. */
export function filterFromParams(params: URLSearchParams): GlobalFilter {
	return {
		from: validDay(params.get('from')),
		to: validDay(params.get('to')),
		conversations: intList(params.get('conv')),
		participants: intList(params.get('part')),
		people: intList(params.get('person')),
		platforms: (params.get('platform') ?? '').split(',').filter((s) => /^[a-z0-9_-]+$/i.test(s))
	};
}
