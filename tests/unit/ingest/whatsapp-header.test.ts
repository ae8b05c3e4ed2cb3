// The timestamp shapes of the format notes' variant catalog, one case each, with the numbers read by hand.
import { describe, expect, it } from 'vitest';
import { newHeaderScan, scanHeader } from '../../../src/lib/ingest/whatsapp/header';
import { hourOfDay } from '../../../src/lib/ingest/whatsapp/timestamp';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const LRM = '\u200e';

// [line, d1, d2, d3, hour, minute, second, meridiem (0 none, 1 AM, 2 PM), form, body]
type Row = [string, number, number, number, number, number, number, number, string, string];

const ACCEPTED: Row[] = [
	['8/21/21, 11:06 PM - Ann: hi', 8, 21, 21, 11, 6, 0, 2, 'dash', 'Ann: hi'],
	[`8/21/21, 11:06${NNBSP}PM - Ann: hi`, 8, 21, 21, 11, 6, 0, 2, 'dash', 'Ann: hi'],
	['20/01/19, 11:23 - Ann: hi', 20, 1, 19, 11, 23, 0, 0, 'dash', 'Ann: hi'],
	['30/12/2020 13:00 - Ann: hi', 30, 12, 2020, 13, 0, 0, 0, 'dash', 'Ann: hi'],
	['16.01.21, 23:09 - Ann: hi', 16, 1, 21, 23, 9, 0, 0, 'dash', 'Ann: hi'],
	['03-12-2023 12:34 - Ann: hi', 3, 12, 2023, 12, 34, 0, 0, 'dash', 'Ann: hi'],
	[`20/6/2017 8:28 p.${NBSP}m. - Ann: hi`, 20, 6, 2017, 8, 28, 0, 2, 'dash', 'Ann: hi'],
	['20/6/2017 8:28 p. m. - Ann: hi', 20, 6, 2017, 8, 28, 0, 2, 'dash', 'Ann: hi'],
	['20/6/2017 8:28 a.m. - Ann: hi', 20, 6, 2017, 8, 28, 0, 1, 'dash', 'Ann: hi'],
	['2019/01/20, 11:23 - Ann: hi', 2019, 1, 20, 11, 23, 0, 0, 'dash', 'Ann: hi'],
	['2019-01-01 12:00 - Ann: hi', 2019, 1, 1, 12, 0, 0, 0, 'dash', 'Ann: hi'],
	['2024/12/01, 10:04 pm - Ann: hi', 2024, 12, 1, 10, 4, 0, 2, 'dash', 'Ann: hi'],
	['13.6.2018 klo 21.25.15 - Ann: hi', 13, 6, 2018, 21, 25, 15, 0, 'dash', 'Ann: hi'],
	['13. 6. 2018. 21:25:15 Ann: hi', 13, 6, 2018, 21, 25, 15, 0, 'bare', 'Ann: hi'],
	[`[8/15/23, 9:12:33${NNBSP}AM] Ann: hi`, 8, 15, 23, 9, 12, 33, 1, 'bracket', 'Ann: hi'],
	['[8/15/23, 9:12:33 AM] Ann: hi', 8, 15, 23, 9, 12, 33, 1, 'bracket', 'Ann: hi'],
	[`[14/10/2021, 3:34:09${NNBSP}PM] Ann: hi`, 14, 10, 2021, 3, 34, 9, 2, 'bracket', 'Ann: hi'],
	['[27/12/20, 18:51:14] Ann: hi', 27, 12, 20, 18, 51, 14, 0, 'bracket', 'Ann: hi'],
	['[05.08.23, 17:52:02] Ann: hi', 5, 8, 23, 17, 52, 2, 0, 'bracket', 'Ann: hi'],
	[`[05.08.23, 5:52:02${NNBSP}PM] Ann: hi`, 5, 8, 23, 5, 52, 2, 2, 'bracket', 'Ann: hi'],
	['[22.4.2026, 20.20.13] Ann: hi', 22, 4, 2026, 20, 20, 13, 0, 'bracket', 'Ann: hi'],
	['[1.1.2019, 12.00.00] Ann: hi', 1, 1, 2019, 12, 0, 0, 0, 'bracket', 'Ann: hi'],
	['[2022/7/21 05:11:12] Ann: hi', 2022, 7, 21, 5, 11, 12, 0, 'bracket', 'Ann: hi'],
	['[2018/06/13, 21:25:15] Ann: hi', 2018, 6, 13, 21, 25, 15, 0, 'bracket', 'Ann: hi'],
	['[15-01-20 02:22:56] Ann: hi', 15, 1, 20, 2, 22, 56, 0, 'bracket', 'Ann: hi'],
	[`${LRM}[17.01.25, 09:48:45] Ann: hi`, 17, 1, 25, 9, 48, 45, 0, 'bracket', 'Ann: hi'],
	['[06.13.18 21:25:15] Ann: hi', 6, 13, 18, 21, 25, 15, 0, 'bracket', 'Ann: hi'],
	['2022/12/24, 13:01. - Ann: hi', 2022, 12, 24, 13, 1, 0, 0, 'dash', 'Ann: hi'],
	['12/9/20, 23:16 - Alice created group "X"', 12, 9, 20, 23, 16, 0, 0, 'dash', 'Alice created group "X"'],
	['13/01/24, 10:00 -', 13, 1, 24, 10, 0, 0, 0, 'dash', '']
];

const REJECTED: [string, string][] = [
	['a continuation line', 'to Thursday.'],
	['a numbered list item', '1. Commercial invoice'],
	['a line starting with a date but no time', '2/14/24 is the new cutoff'],
	['a date without time', '1/2/24 - Ann: hi'],
	['hour 25', '1/2/24, 25:00 - Ann: hi'],
	['minute 60', '1/2/24, 10:60 - Ann: hi'],
	['second 60', '[1/2/24, 10:00:60] Ann: hi'],
	['month or day 0 in the middle', '1/0/24, 10:00 - Ann: hi'],
	['two four-digit years', '2024/01/2024, 10:00 - Ann: hi'],
	['a three-digit component', '123/01/24, 10:00 - Ann: hi'],
	['mixed date separators', '1/2.24, 10:00 - Ann: hi'],
	['a bracket not closed', '[1/2/24, 10:00:00 Ann: hi'],
	['no dash and no trailing-dot date', '13/06/2018 21:25:15 Ann: hi'],
	['bare form with nothing after the time', '13. 6. 2018. 21:25:15'],
	['an empty line', ''],
	['a lone LRM', LRM]
];

describe('scanHeader', () => {
	it.each(ACCEPTED)('reads %s', (line, d1, d2, d3, hour, minute, second, meridiem, form, body) => {
		const scan = newHeaderScan();
		expect(scanHeader(line, scan)).toBe(true);
		expect({ ...scan, bodyStart: undefined, d1Len: undefined, d3Len: undefined, era: undefined, reject: undefined }).toEqual({
			d1,
			d2,
			d3,
			hour,
			minute,
			second,
			meridiem,
			form,
			bodyStart: undefined,
			d1Len: undefined,
			d3Len: undefined,
			era: undefined,
			reject: undefined,
			namedMonth: false
		});
		expect(line.slice(scan.bodyStart)).toBe(body);
		expect(scan.d1Len).toBe(String(d1).length === 4 ? 4 : line.replace(/^\u200e?\[?/, '').search(/\D/));
	});

	it('does not take an author starting with "Am" for a meridiem', () => {
		const scan = newHeaderScan();
		expect(scanHeader('13. 6. 2018. 21:25:15 Amy: bok', scan)).toBe(true);
		expect(scan.meridiem).toBe(0);
		expect(scan.hour).toBe(21);
	});

	it.each(REJECTED)('rejects %s', (_name, line) => {
		expect(scanHeader(line, newHeaderScan())).toBe(false);
	});
});

const RLM = '\u200f';
const BOM = '\ufeff';

// Every timestamp form of the real exports in other scripts and calendars (whats_json test/data, WhatsR inst/,
// chat-miner, issue 12), written here in that shape: [line, y-or-d1, d2, d3, hour 0–23 as meant, minute, second, body].
const WRITTEN_FORMS: [string, string, number, number, number, number, number, number, string][] = [
	['Arabic-Indic digits, RLM marks, Arabic comma, م for PM', `[١٨${RLM}/٣${RLM}/٢٠٢٢، ٢:٥٦:٠٠${NBSP}م] Ana: hi`, 18, 3, 2022, 14, 56, 0, 'Ana: hi'],
	['RLM before the date parts, 24-hour', `[${RLM}27${RLM}/3${RLM}/2022، 21:41:55] Ana: hi`, 27, 3, 2022, 21, 41, 55, 'Ana: hi'],
	['Persian digits', '[۱۸/۳/۲۰۲۲, ۱۴:۵۶:۰۱] Ana: hi', 18, 3, 2022, 14, 56, 1, 'Ana: hi'],
	['Devanagari digits', '[१८/३/२२, १४:५६:०१] Ana: hi', 18, 3, 22, 14, 56, 1, 'Ana: hi'],
	['Bengali digits, Android', '১৮/৩/২২, ১৪:৫৬ - Ana: hi', 18, 3, 22, 14, 56, 0, 'Ana: hi'],
	['Thai digits', '[๑๘/๓/๒๒ ๑๔:๕๖:๐๑] Ana: hi', 18, 3, 22, 14, 56, 1, 'Ana: hi'],
	['time first (Vietnamese iOS)', '[14:56:01, 3/18/22] Ana: hi', 3, 18, 22, 14, 56, 1, 'Ana: hi'],
	['Buddhist era with BE', '[3/18/2565 BE, 14:56:01] Ana: hi', 3, 18, 2022, 14, 56, 1, 'Ana: hi'],
	['Buddhist era year alone', '[18/3/2565 14:56:01] Ana: hi', 18, 3, 2022, 14, 56, 1, 'Ana: hi'],
	['Japanese era R4', '[3/18/R4, 14:56:01] Ana: hi', 3, 18, 2022, 14, 56, 1, 'Ana: hi'],
	['Korean year-first with dots and 오후', '[2022. 3. 18. 오후 2:56:01] Ana: hi', 2022, 3, 18, 14, 56, 1, 'Ana: hi'],
	['Korean Android', '2022. 3. 18. 오전 9:05 - Ana: hi', 2022, 3, 18, 9, 5, 0, 'Ana: hi'],
	['Japanese 午後 before the time', '[2022/03/18 午後2:56:01] Ana: hi', 2022, 3, 18, 14, 56, 1, 'Ana: hi'],
	['Chinese 上午', '[2022/3/18 上午12:05:01] Ana: hi', 2022, 3, 18, 0, 5, 1, 'Ana: hi'],
	['German nachm.', '[18.03.22, 2:56:01 nachm.] Ana: hi', 18, 3, 22, 14, 56, 1, 'Ana: hi'],
	['Spanish hour 00 with a. m.', '06/20/2020, 00:08 a. m. - Ana: hi', 6, 20, 2020, 0, 8, 0, 'Ana: hi'],
	['hour 23 with PM', '1/29/18, 23:59 PM - Bob: hi', 1, 29, 18, 23, 59, 0, 'Bob: hi'],
	['hour 24 on a 1–24 clock', '29.01.18, 24:40 - Bob: hi', 29, 1, 18, 0, 40, 0, 'Bob: hi'],
	['BOM at the start of a line mid-file', `${BOM}29.01.18, 12:24 - Bob: hi`, 29, 1, 18, 12, 24, 0, 'Bob: hi'],
	['two BOMs before the bracket', `${BOM}${BOM}[29.01.18, 12:24:03] Bob: hi`, 29, 1, 18, 12, 24, 3, 'Bob: hi'],
	['BOM inside the bracket', `${BOM}[${BOM}29.01.18, 12:26:03] Dave: hi`, 29, 1, 18, 12, 26, 3, 'Dave: hi'],
	['the 2012–13 colon form', '08/10/13 14:07:41: Ana: hi', 8, 10, 13, 14, 7, 41, 'Ana: hi'],
	['the dotted colon form', '13.06.18 21.25.15: Laura: hi', 13, 6, 18, 21, 25, 15, 'Laura: hi'],
	[
		'an LRM after the bracket stays in the body',
		`${LRM}[3/27/22, 21:41:55] Dmitry S: ${LRM}image omitted`,
		3,
		27,
		22,
		21,
		41,
		55,
		`Dmitry S: ${LRM}image omitted`
	]
];

describe('scanHeader: every written form', () => {
	it.each(WRITTEN_FORMS)('reads %s', (_name, line, d1, d2, d3, hour, minute, second, body) => {
		const scan = newHeaderScan();
		expect(scanHeader(line, scan)).toBe(true);
		expect([scan.d1, scan.d2, scan.d3, hourOfDay(scan.hour, scan.meridiem), scan.minute, scan.second]).toEqual([d1, d2, d3, hour, minute, second]);
		expect(line.slice(scan.bodyStart)).toBe(body);
	});

	it('marks era years as converted', () => {
		const scan = newHeaderScan();
		expect(scanHeader('[3/18/R4, 14:56:01] Ana: hi', scan)).toBe(true);
		expect(scan.era).toBe(1 + 1);
		expect(scanHeader('[3/18/2565 BE, 14:56:01] Ana: hi', scan)).toBe(true);
		expect(scan.era).toBe(1);
	});
});

// Header-shaped lines whose numbers are no timestamp: refused, with the reason.
const SHAPED_BUT_WRONG: [string, string, RegExp][] = [
	['minute 60', '1/2/24, 10:60 - Ann: hi', /minute 60/],
	['second 60', '[1/2/24, 10:00:60] Ann: hi', /second 60/],
	['hour 25', '1/2/24, 25:00 - Ann: hi', /hour 25/],
	['hour 13 with AM', '1/2/24, 13:00 AM - Ann: hi', /hour 13 with AM/],
	['hour 24 with PM', '[1/2/24, 24:10:00 PM] Ann: hi', /hour 24 with PM/],
	['minute 60 behind a BOM', `${BOM}1/2/24, 10:60 - Ann: hi`, /minute 60/],
	['minute 60 in Arabic-Indic digits', `[١/٢/٢٤، ١٠:٦٠:٠٠] Ann: hi`, /minute 60/]
];

describe('scanHeader: shaped like a header, but no timestamp', () => {
	it.each(SHAPED_BUT_WRONG)('refuses %s and says why', (_name, line, reason) => {
		const scan = newHeaderScan();
		expect(scanHeader(line, scan)).toBe(false);
		expect(scan.reject).toMatch(reason);
	});

	const SHAPED = new Set(['hour 25', 'minute 60', 'second 60', 'month or day 0 in the middle', 'two four-digit years']);
	it.each(REJECTED)('gives a reason for %s only when it is header-shaped', (name, line) => {
		const scan = newHeaderScan();
		scanHeader(line, scan);
		expect(scan.reject !== '').toBe(SHAPED.has(name));
	});
});
