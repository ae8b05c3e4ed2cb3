// Old Android exports (2013–2015) that write the month as a word and leave out the year of the current year; the
// shapes are those of real exports in public repositories, the lines here are written for the test.
import { describe, expect, it } from 'vitest';
import { newHeaderScan, scanHeader } from '../../../src/lib/ingest/whatsapp/header';
import { looksLikeWhatsApp, parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';

const NNBSP = '\u202f';

// [line, year (0 = none written), month, day, hour, minute, meridiem, body]
const HEADERS: [string, number, number, number, number, number, number, string][] = [
	['19:23, 28 Aug 2013 - Ann: hi', 2013, 8, 28, 19, 23, 0, 'Ann: hi'],
	['00:01, 1 Jan - Ann: Happy New Year!', 0, 1, 1, 0, 1, 0, 'Ann: Happy New Year!'],
	['Mar 5, 8:11 PM - Ann: hi', 0, 3, 5, 8, 11, 2, 'Ann: hi'],
	[`Mar 15, 10:02${NNBSP}AM - Ann: hi`, 0, 3, 15, 10, 2, 1, 'Ann: hi'],
	['Aug 28, 2013, 7:23 PM - Ann: hi', 2013, 8, 28, 7, 23, 2, 'Ann: hi'],
	['1 Oct 07:56 - Ann: hi', 0, 10, 1, 7, 56, 0, 'Ann: hi'],
	['28 Aug 2013, 19:23 - Ann: hi', 2013, 8, 28, 19, 23, 0, 'Ann: hi'],
	['18 Mar 12:14 - Bo was added', 0, 3, 18, 12, 14, 0, 'Bo was added'],
	['September 3, 2014, 9:05 AM - Ann: hi', 2014, 9, 3, 9, 5, 1, 'Ann: hi'],
	['21:40, 3 Sept 2014 - Ann: hi', 2014, 9, 3, 21, 40, 0, 'Ann: hi'],
	['10:00, 3 Okt 2014 - Ann: German month abbreviation', 2014, 10, 3, 10, 0, 0, 'Ann: German month abbreviation'],
	['10:00, 3 ago 2014 - Ann: Spanish, Portuguese or Italian August', 2014, 8, 3, 10, 0, 0, 'Ann: Spanish, Portuguese or Italian August'],
	['10:00, 3 déc. 2014 - Ann: French December with its dot', 2014, 12, 3, 10, 0, 0, 'Ann: French December with its dot'],
	['3 mei 2014, 10:00 - Ann: Dutch or Indonesian May', 2014, 5, 3, 10, 0, 0, 'Ann: Dutch or Indonesian May']
];

// Lines that open like these headers but are none: they continue the message before them.
const NOT_HEADERS: [string, string][] = [
	['13 July - 17 July, Pulau Tekong', 'a date range without a time'],
	['November 15, 2022, 11:59 PM (IST)', 'a date and time without the dash'],
	['19:23, 28 Foo 2013 - Ann: hi', 'a word that is no month name'],
	['Dock 5, 8:11 PM - by the pier', 'a word that is no month name before the numbers'],
	['8:11 PM - Ann: hi', 'a time without a date'],
	['28 Aug 2013 - Ann: hi', 'a date without a time']
];

describe('old Android headers with month names', () => {
	it.each(HEADERS)('%s', (line, year, month, day, hour, minute, meridiem, body) => {
		const scan = newHeaderScan();
		expect(scanHeader(line, scan)).toBe(true);
		expect(scan).toMatchObject({ namedMonth: true, d1: year, d2: month, d3: day, hour, minute, meridiem, form: 'dash' });
		expect(line.slice(scan.bodyStart)).toBe(body);
	});

	it.each(NOT_HEADERS)('%s is no header (%s)', (line) => {
		const scan = newHeaderScan();
		expect(scanHeader(line, scan)).toBe(false);
		expect(scan.reject).toBe('');
	});

	it('a month-name header with minute 60 is reported, not glued', () => {
		const file = parseWhatsAppText(['19:23, 28 Aug 2013 - Ann: hi', '19:60, 28 Aug 2013 - Bo: late', '19:24, 28 Aug 2013 - Ann: ok'].join('\n'), 'chat.txt');
		expect(file.messages.map((m) => m.text)).toEqual(['hi', 'ok']);
		expect(file.unparsed).toMatchObject([{ line: 2, reason: expect.stringContaining('minute 60') }]);
	});
});

describe('old Android files', () => {
	it('a dated file whose last lines leave out the year: the year carried, turning after December', () => {
		const text = [
			'19:23, 28 Aug 2013 - Ann: Viresh joined the team',
			'23:58, 31 Dec 2013 - Bo: almost',
			'00:01, 1 Jan - Ann: Happy New Year!',
			'Mar 5, 8:11 PM - Bo: spring',
			'line two of spring',
			'1 Oct 07:56 - Ann: autumn'
		].join('\n');
		const file = parseWhatsAppText(text, 'WhatsApp Chat with Crew.txt');
		expect(file.unparsed).toEqual([]);
		expect(file.messages.map((m) => [m.ts, m.author, m.text])).toEqual([
			['2013-08-28T19:23:00', 'Ann', 'Viresh joined the team'],
			['2013-12-31T23:58:00', 'Bo', 'almost'],
			['2014-01-01T00:01:00', 'Ann', 'Happy New Year!'],
			['2014-03-05T20:11:00', 'Bo', 'spring\nline two of spring'],
			['2014-10-01T07:56:00', 'Ann', 'autumn']
		]);
		expect(file.notes).toEqual(expect.arrayContaining([expect.stringContaining('3 timestamp(s) written without a year')]));
	});

	it('a file without any year: recognised, every header reported with why, nothing invented', () => {
		const text = ['Mar 5, 8:11 PM - Ann: hi', 'Mar 5, 8:29 PM - Bo: hey', 'a second line', '18 Mar 12:14 - Cy was added'].join('\n');
		expect(looksLikeWhatsApp(text)).toBe(true);
		const file = parseWhatsAppText(text, 'chat.txt');
		expect(file.messages).toEqual([]);
		expect(
			file.unparsed.map((u) => [u.line, u.reason.includes('no year is written') || u.reason.includes('continues the unreadable header at line 2')])
		).toEqual([
			[1, true],
			[2, true],
			[3, true],
			[4, true]
		]);
	});

	it('a month-name file is not mistaken for day/month evidence', () => {
		const file = parseWhatsAppText(['19:23, 28 Aug 2013 - Ann: hi', '19:24, 3 Sep 2013 - Bo: ok'].join('\n'), 'chat.txt');
		expect(file.messages.map((m) => m.ts)).toEqual(['2013-08-28T19:23:00', '2013-09-03T19:24:00']);
		expect(file.notes.join(' ')).toContain('name their month');
	});
});

describe('English day periods instead of AM/PM', () => {
	it.each([
		['03/01/2021, 9:15 in the morning - Ann: hi', '2021-01-03T09:15:00'],
		['03/01/2021, 4:05 in the afternoon - Ann: hi', '2021-01-03T16:05:00']
	])('%s', (line, ts) => {
		const file = parseWhatsAppText(`${line}\n04/01/2021, 9:16 in the morning - Bo: ok`, 'chat.txt');
		expect(file.unparsed).toEqual([]);
		expect(file.messages[0]).toMatchObject({ ts, author: 'Ann', text: 'hi' });
	});
});

describe('old Android group events after an author name', () => {
	it.each([
		['Viresh changed the subject to “NITGians 2012 - 2016”', 'system'],
		['Prabhav changed the subject from “Crew” to “Crew: Q3”', 'system'],
		['he changed the subject to "cars", typed by a person', 'text'],
		['Viresh changed the subject to “NITGians” and then left', 'text']
	])('%s → %s', (body, kind) => {
		const file = parseWhatsAppText(`19:23, 28 Aug 2013 - Ann: hi\n19:24, 28 Aug 2013 - Tanay Gahlot: ${body}`, 'chat.txt');
		expect(file.messages[1].kind).toBe(kind);
	});
});
