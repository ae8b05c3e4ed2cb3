import { describe, expect, it } from 'vitest';
import { uniqueLabels } from '../../../src/lib/analytics/labels';

type Row = { key: string; series: string; hint: string };
const row = (key: string, series: string, hint = ''): Row => ({ key, series, hint });
const labels = (rows: Row[], withHint: boolean) => uniqueLabels(rows, 'key', 'series', withHint ? (r) => r.hint : undefined).map((r) => r.series);

describe('series labels made unique per key', () => {
	it.each([
		['distinct names stay as they are', [row('1', 'Ops', 'slack'), row('2', 'Board', 'slack')], true, ['Ops', 'Board']],
		['one key on several rows keeps one label', [row('1', 'Ops'), row('1', 'Ops'), row('2', 'Board')], false, ['Ops', 'Ops', 'Board']],
		['without a hint, a later key of the same name is numbered', [row('1', 'General'), row('2', 'General')], false, ['General', 'General (2)']],
		['a hint tells two of one name apart', [row('1', 'General', 'slack'), row('2', 'General', 'discord')], true, ['General · slack', 'General · discord']],
		[
			'numbers only what the hint leaves equal',
			[row('1', 'General', 'slack'), row('2', 'General', 'slack'), row('3', 'General', 'discord')],
			true,
			['General · slack', 'General · slack (2)', 'General · discord']
		],
		['an empty hint adds nothing, numbering instead', [row('1', 'Bo Li', ''), row('2', 'Bo Li', '')], true, ['Bo Li', 'Bo Li (2)']],
		['a name shared by one key only gets no hint', [row('1', 'Ops', 'slack'), row('2', 'General', 'slack')], true, ['Ops', 'General']]
	])('%s', (_, rows, withHint, expected) => expect(labels(rows, withHint)).toEqual(expected));
});
