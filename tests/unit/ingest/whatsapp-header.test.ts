// The timestamp shapes of the format notes' variant catalog, one case each, with the numbers read by hand.
import { describe, expect, it } from 'vitest';
import { newHeaderScan, scanHeader } from '../../../src/lib/ingest/whatsapp/header';

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
	['13 PM', '1/2/24, 13:00 PM - Ann: hi'],
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
		expect({ ...scan, bodyStart: undefined, d1Len: undefined, d3Len: undefined }).toEqual({
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
			d3Len: undefined
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
