import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/ingest/parse-source';
import { parseSourceStream } from '../../../src/lib/ingest/parse-source';

// Every date here is ambiguous (day and month both ≤ 12), so only the user's choice decides.
const TEXT = '01/02/24, 10:00 - Ana: first\n03/04/24, 11:00 - Bo: second\n';
const bytes = new TextEncoder().encode(TEXT);

describe('the user overrides the day/month order', () => {
	it.each([
		['DMY', ['2024-02-01T10:00:00', '2024-04-03T11:00:00']],
		['MDY', ['2024-01-02T10:00:00', '2024-03-04T11:00:00']]
	] as const)('%s in a whole-file parse', async (order, expected) => {
		const r = await parseSource('chat.txt', bytes, { dateOrder: order });
		expect(r.parsed[0].file.messages.map((m) => m.ts)).toEqual(expected);
		expect(r.parsed[0].file.notes[0]).toMatch(new RegExp(`^date order ${order}: given by the caller`));
	});

	it.each([
		['DMY', '2024-02-01T10:00:00'],
		['MDY', '2024-01-02T10:00:00']
	] as const)('%s in a streamed parse', async (order, first) => {
		const r = await parseSourceStream(
			'chat.txt',
			bytes.length,
			bytes,
			async function* () {
				yield bytes;
			},
			{ dateOrder: order }
		);
		expect(r.parsed[0].file.messages[0].ts).toBe(first);
	});
});
