// Figures counted independently (data-samples/messenger/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/lib/ingest/stats';
import { messengerJson, messengerThreadParts } from '../../../src/lib/ingest/messenger/index';
import type { ParsedFile } from '../../../src/lib/model/types';

const ROOT = join(import.meta.dirname, '../../../data-samples/messenger');
const DIR = 'your_facebook_activity/messages/inbox/hikingcrew_4815162342';
const entry = (name: string) => ({ path: `${DIR}/${name}`, text: readFileSync(join(ROOT, DIR, name), 'utf8') });

function figures(file: ParsedFile) {
	const { conversations: _c, ...rest } = computeStats(file);
	const kinds: Record<string, number> = {};
	for (const m of file.messages) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
	return { ...rest, conversations: file.conversations.length, kinds };
}

const PEOPLE = ['Lena Schmidt', 'Marco Rossi', 'Sofía Herrera', 'Tom Becker', '王军'];

describe('Messenger data sample', () => {
	it('both parts, merged, match the hand-counted figures', () => {
		const parts = [entry('message_1.json'), entry('message_2.json')];
		expect(messengerThreadParts.sniff(parts.map((p) => ({ path: p.path, sample: p.text.slice(0, 65536) })))).toBe(true);
		const file = messengerThreadParts.parse(parts);
		expect(figures(file)).toEqual({
			conversations: 1,
			participants: 5,
			records: 68,
			system: 10,
			media: 7,
			deleted: 2,
			unparsed: 0,
			first_ts: '2024-04-02T18:00:00Z',
			last_ts: '2024-04-08T12:07:00Z',
			kinds: { text: 44, system: 10, media: 7, deleted: 2, call: 3, location: 1, other: 1 }
		});
		expect(file.conversations).toEqual([{ title: 'Hiking Crew ⛰️', kind: 'group', sourceId: 'inbox/hikingcrew_4815162342' }]);
		expect([...new Set(file.messages.filter((m) => m.kind !== 'system').map((m) => m.author))].sort()).toEqual(PEOPLE);
		const ts = file.messages.map((m) => m.ts);
		expect(ts).toEqual([...ts].sort());
		expect(file.messages[0].path).toBe(`${DIR}/message_2.json#messages[29]`);
		expect(file.messages[67].path).toBe(`${DIR}/message_1.json#messages[0]`);
	});

	it('message_1.json alone matches the hand-counted figures', () => {
		const e = entry('message_1.json');
		expect(messengerJson.sniff(e.text.slice(0, 65536), e.path)).toBe(true);
		const file = messengerJson.parse(e);
		expect(figures(file)).toEqual({
			conversations: 1,
			participants: 5,
			records: 38,
			system: 3,
			media: 6,
			deleted: 1,
			unparsed: 0,
			first_ts: '2024-04-03T20:17:00Z',
			last_ts: '2024-04-08T12:07:00Z',
			kinds: { text: 23, system: 3, media: 6, deleted: 1, call: 3, location: 1, other: 1 }
		});
	});
});
