// A plain generic CSV: with askMapping and no mapping the tab is asked for one before anything is read; with the
// mapping given it is read in pieces with that mapping, giving what the whole-file parse with it gives.
import { describe, expect, it } from 'vitest';
import type { CsvMapping } from '../../../src/lib/ingest/csv-generic';
import { parseSource } from '../../../src/lib/ingest/parse-source';
import { gatherRecords, streamInput } from '../../helpers/record-events';

/** Date and time in two columns, the author in the third: the mapping guessed would not pick the second column. */
const rows = Array.from({ length: 2000 }, (_, i) => `05.03.2024,14:${String(i % 60).padStart(2, '0')},"Jürgen ${i % 3}","Grüße\nZeile ${i} 👍"`);
const CSV = new TextEncoder().encode(['Datum,Uhrzeit,Absender,Nachricht', ...rows].join('\r\n') + '\r\n');
const MAPPING: CsvMapping = {
	hasHeader: true,
	timestamp: 0,
	time: 1,
	dateFormat: 'dmy',
	text: 3,
	author: 2,
	authorId: null,
	conversation: null,
	sourceId: null
};

describe('a generic CSV through readRecords', () => {
	it('asks for the mapping first when asked to and none is given', async () => {
		const got = await gatherRecords(streamInput('chat.csv', CSV, 4093), { askMapping: true });
		expect(got).toMatchObject({ needsMapping: true, parts: [], done: null });
	});

	it.each([
		['1 KB chunks', 1024],
		['4093-byte chunks', 4093],
		['64 KB chunks', 1 << 16]
	])('with the mapping given, in %s, reads it in pieces as the whole-file parse with that mapping does', async (_label, chunk) => {
		const whole = await parseSource('chat.csv', CSV, { csvMapping: MAPPING });
		const got = await gatherRecords(streamInput('chat.csv', CSV, chunk), { askMapping: true, csvMapping: MAPPING });
		expect(got.needsMapping).toBe(false);
		expect(got.piecewise).toEqual(['']);
		expect(got.parts.map((p) => ({ messages: p.messages, file: p.close?.file, source: p.close?.source }))).toEqual(
			whole.parsed.map((p) => ({ messages: p.file.messages, file: { ...p.file, messages: [] }, source: p.source }))
		);
		expect(got.parts[0].messages).toHaveLength(2000);
		expect(got.parts[0].messages[1]).toMatchObject({ author: 'Jürgen 1', text: 'Grüße\nZeile 1 👍', line: 4, lineEnd: 5 });
		expect(got.done?.problems).toEqual(whole.problems);
	});
});
