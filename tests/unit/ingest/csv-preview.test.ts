import { describe, expect, it } from 'vitest';
import { genericCsv, previewCsv } from '../../../src/lib/ingest/csv-generic';

const CSV = 'when,who,what\n2024-05-14 09:00,Ana,hello\n2024-05-14 09:05,Bo,"hi, Ana"\n';

describe('previewCsv (what the column-mapping step shows)', () => {
	it('gives the header row, the first rows and the guessed columns', () => {
		const p = previewCsv(CSV);
		expect(p?.headers).toEqual(['when', 'who', 'what']);
		expect(p?.rows).toEqual([
			['2024-05-14 09:00', 'Ana', 'hello'],
			['2024-05-14 09:05', 'Bo', 'hi, Ana']
		]);
		expect(p?.mapping).toMatchObject({ timestamp: 0, text: 2 });
	});

	it.each([
		['an empty file', ''],
		['JSON', '{"a": 1}']
	])('gives nothing for %s', (_n, text) => {
		expect(previewCsv(text)).toBeNull();
	});
});

describe('the confirmed mapping wins over the guess', () => {
	it('reads text from the column the user chose', () => {
		const guessed = previewCsv(CSV)!.mapping;
		const parsed = genericCsv.parse({ path: 'x.csv', text: CSV }, { csvMapping: { ...guessed, text: 1, author: null } });
		expect(parsed.messages.map((m) => m.text)).toEqual(['Ana', 'Bo']);
		expect(parsed.messages.map((m) => m.author)).toEqual(['', '']);
	});
});
