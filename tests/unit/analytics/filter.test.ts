import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterFromParams, filterToParams, filterWhere, nextDay, validDay, type GlobalFilter } from '$lib/analytics/filter';

const f = (over: Partial<GlobalFilter>): GlobalFilter => ({ ...EMPTY_FILTER, ...over });

describe('filterWhere', () => {
	const cases: [string, GlobalFilter, string, unknown[]][] = [
		['nothing filtered', EMPTY_FILTER, 'TRUE', []],
		['from only', f({ from: '2024-03-01' }), 'm.ts_utc >= CAST(? AS TIMESTAMP)', ['2024-03-01 00:00:00']],
		['to is inclusive: up to the next midnight', f({ to: '2024-02-29' }), 'm.ts_utc < CAST(? AS TIMESTAMP)', ['2024-03-01 00:00:00']],
		['to at year end', f({ to: '2023-12-31' }), 'm.ts_utc < CAST(? AS TIMESTAMP)', ['2024-01-01 00:00:00']],
		['conversations', f({ conversations: [3, 1, 3] }), 'm.conversation_id IN (?, ?)', [3, 1]],
		['participants', f({ participants: [7] }), 'm.participant_id IN (?)', [7]],
		[
			'people through identity_members',
			f({ people: [2, 5] }),
			'm.participant_id IN (SELECT participant_id FROM identity_members WHERE identity_id IN (?, ?))',
			[2, 5]
		],
		[
			'participants or people',
			f({ participants: [1], people: [2] }),
			'(m.participant_id IN (?) OR m.participant_id IN (SELECT participant_id FROM identity_members WHERE identity_id IN (?)))',
			[1, 2]
		],
		[
			'platforms through conversations',
			f({ platforms: ['slack', 'whatsapp'] }),
			'm.conversation_id IN (SELECT id FROM conversations WHERE platform IN (?, ?))',
			['slack', 'whatsapp']
		],
		[
			'everything, in a fixed order',
			f({ from: '2024-01-01', to: '2024-01-31', conversations: [1], participants: [2], platforms: ['slack'] }),
			'm.ts_utc >= CAST(? AS TIMESTAMP) AND m.ts_utc < CAST(? AS TIMESTAMP) AND m.conversation_id IN (?) AND m.participant_id IN (?) AND m.conversation_id IN (SELECT id FROM conversations WHERE platform IN (?))',
			['2024-01-01 00:00:00', '2024-02-01 00:00:00', 1, 2, 'slack']
		]
	];
	it.each(cases)('%s', (_name, filter, sql, params) => {
		expect(filterWhere(filter)).toEqual({ sql, params });
	});

	it('refuses malformed days and ids instead of inlining them', () => {
		expect(() => filterWhere(f({ from: "2024-01-01' OR 1=1 --" }))).toThrow(RangeError);
		expect(() => filterWhere(f({ to: '2024-02-30' }))).toThrow(RangeError);
		expect(() => filterWhere(f({ conversations: [1.5] }))).toThrow(RangeError);
	});
});

describe('days', () => {
	it.each([
		['2024-02-29', '2024-02-29'],
		['2023-02-29', null],
		['2024-13-01', null],
		['2024-1-01', null],
		['', null],
		[null, null]
	])('validDay(%s) = %s', (s, expected) => expect(validDay(s)).toBe(expected));
	it.each([
		['2024-02-28', '2024-02-29'],
		['2023-02-28', '2023-03-01'],
		['2024-12-31', '2025-01-01']
	])('nextDay(%s) = %s', (d, e) => expect(nextDay(d)).toBe(e));
});

describe('URL form', () => {
	it('writes only what is set, lists comma-separated, keeping other parameters', () => {
		const params = filterToParams(f({ from: '2024-03-01', conversations: [2, 5], platforms: ['slack'] }), new URLSearchParams('bucket=week&conv=9'));
		expect(params.toString()).toBe('bucket=week&from=2024-03-01&conv=2%2C5&platform=slack');
	});
	it('reads back what it wrote', () => {
		const filter = f({ from: '2024-03-01', to: '2024-03-31', conversations: [2, 5], participants: [1], people: [4], platforms: ['slack', 'whatsapp'] });
		expect(filterFromParams(filterToParams(filter))).toEqual(filter);
	});
	it('drops malformed values', () => {
		expect(filterFromParams(new URLSearchParams('from=yesterday&to=2024-02-31&conv=1,x,2&part=-3&platform=sl ack,telegram'))).toEqual(
			f({ conversations: [1, 2], platforms: ['telegram'] })
		);
	});
});
