// Figures counted independently (data-samples/csv/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/lib/ingest/stats';
import { genericCsv } from '../../../src/lib/ingest/csv-generic/index';

const PATH = join(import.meta.dirname, '../../../data-samples/csv/travel_agency_sms_export.csv');

describe('generic CSV data sample', () => {
	it('travel_agency_sms_export.csv matches the hand-counted figures', () => {
		const text = readFileSync(PATH, 'utf8');
		expect(genericCsv.sniff(text.slice(0, 65536), 'travel_agency_sms_export.csv')).toBe(true);
		const file = genericCsv.parse({ path: 'travel_agency_sms_export.csv', text });
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 7,
			records: 42,
			system: 0,
			media: 0,
			deleted: 0,
			unparsed: 2,
			first_ts: '2024-05-14T07:12:03Z',
			last_ts: '2024-05-17T06:00:00Z'
		});
		expect(file.unparsed.map((u) => u.line)).toEqual([17, 32]);
		expect(file.messages.filter((m) => m.kind === 'other').map((m) => m.line)).toEqual([29]);
		expect(file.conversations.map((c) => [c.title, c.kind])).toEqual([
			['Booking 4471 – Familie Weber', 'group'],
			['Booking 4488 – Sr. Ortega', 'direct'],
			['Booking 4502 – 陈先生', 'direct'],
			['Booking 4510 – Ms Hill', 'direct']
		]);
		expect(file.messages[0].authorId).toBe('+49 151 2345 6789');
	});
});
