import { describe, expect, it, test } from 'vitest';
import { countOf, formatBytes, formatDateRange, formatTs, LOCAL_TIME_NOTE, tsZoneNote } from '../../../src/lib/format';
import { conversationHref, selectedConversationId } from '../../../src/lib/url';

describe('display helpers', () => {
	it.each([
		[0, '0 B'],
		[1023, '1023 B'],
		[1536, '1.5 KB'],
		[97 * 1024 * 1024, '97 MB']
	])('formatBytes(%d) = %s', (n, text) => expect(formatBytes(n)).toBe(text));

	it.each([
		['a wall-clock time written without a zone (WhatsApp, Signal Markdown)', '2024-01-02T09:05:00', '2024-01-02 09:05 local'],
		['a wall-clock time with seconds and milliseconds', '2024-03-14T09:06:59.250', '2024-03-14 09:06 local'],
		['a UTC time from an epoch source (Telegram JSON, Slack, Discord)', '2024-03-20T07:00:00Z', '2024-03-20 07:00 UTC'],
		['a UTC time at midnight', '2024-12-31T00:00:00Z', '2024-12-31 00:00 UTC'],
		['no time', null, '—'],
		['an empty time', '', '—']
	])('formatTs: %s', (_name, ts, text) => expect(formatTs(ts)).toBe(text));

	it.each([
		['a wall-clock time', '2024-01-02T09:05:00', `Wall-clock time (${LOCAL_TIME_NOTE})`],
		['a UTC time', '2024-03-20T07:00:00Z', 'UTC, as the export states it'],
		['no time', null, '']
	])('tsZoneNote: %s', (_name, ts, text) => expect(tsZoneNote(ts)).toBe(text));

	it.each([
		['2024-01-02T09:05:00', '2024-03-30T10:00:00', '2024-01-02 – 2024-03-30'],
		['2024-01-02T09:05:00', '2024-01-02T23:00:00', '2024-01-02'],
		[null, null, 'no dated messages']
	])('formatDateRange(%s, %s) = %s', (a, b, text) => expect(formatDateRange(a, b)).toBe(text));
});

describe('URL state', () => {
	it('round-trips the selected conversation', () => {
		const url = new URL('http://127.0.0.1:4173/' + conversationHref(42));
		expect(selectedConversationId(url)).toBe(42);
	});

	it.each([['?c=abc'], ['?c=-1'], ['?c='], ['']])('ignores a malformed selection %s', (query) => {
		expect(selectedConversationId(new URL('http://127.0.0.1:4173/' + query))).toBeNull();
	});
});

describe('countOf', () => {
	test.each([
		[1, 'person', undefined, '1 person'],
		[2, 'person', undefined, '2 people'],
		[0, 'person', undefined, '0 people'],
		[1, 'message', undefined, '1 message'],
		[1234, 'message', undefined, '1,234 messages'],
		[1, 'reply', undefined, '1 reply'],
		[3, 'reply', undefined, '3 replies'],
		[2, 'participant', undefined, '2 participants'],
		[2, 'index', 'indexes', '2 indexes']
	])('%d %s', (n, singular, plural, expected) => {
		expect(countOf(n, singular, plural)).toBe(expected);
	});
});
