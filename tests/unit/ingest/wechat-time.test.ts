// WeChat time fields: epoch seconds or milliseconds → UTC, formatted local strings → naive.
import { describe, expect, it } from 'vitest';
import { epochToUtc, localToNaive } from '../../../src/lib/ingest/wechat/time';

describe('epochToUtc', () => {
	it.each<[unknown, string | null]>([
		[1628863878, '2021-08-13T14:11:18Z'],
		['1628863878', '2021-08-13T14:11:18Z'],
		[1628863878123, '2021-08-13T14:11:18Z'],
		['1628863878999', '2021-08-13T14:11:18Z'],
		[' 1704067200 ', '2024-01-01T00:00:00Z'],
		[946684800, '2000-01-01T00:00:00Z'],
		[946684799, null],
		[4102444800, null],
		[0, null],
		[-5, null],
		['', null],
		['1718xx', null],
		['2024-01-01 10:00:00', null],
		[null, null],
		[Number.NaN, null]
	])('%j → %s', (value, want) => {
		expect(epochToUtc(value)).toBe(want);
	});
});

describe('localToNaive', () => {
	it.each<[unknown, string | null]>([
		['2024-10-04 21:25:04', '2024-10-04T21:25:04'],
		['2024/10/4 11:42', '2024-10-04T11:42:00'],
		['2024-1-5 9:05:07', '2024-01-05T09:05:07'],
		['2024-10-04T21:25:04', '2024-10-04T21:25:04'],
		['2024.10.04 21:25', '2024-10-04T21:25:00'],
		['2024-13-01 10:00:00', null],
		['2024-10-04 24:00:00', null],
		['2024-06-07 1?:??', null],
		['10/04/2024 11:42', null],
		['', null],
		[1718000000, null]
	])('%j → %s', (value, want) => {
		expect(localToNaive(value)).toBe(want);
	});
});
