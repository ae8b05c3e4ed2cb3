// Figures counted independently (data-samples/instagram/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/lib/ingest/stats';
import { instagramJson, messengerJson } from '../../../src/lib/ingest/messenger/index';

const ROOT = join(import.meta.dirname, '../../../data-samples/instagram');
const PATH = 'your_instagram_activity/messages/inbox/nicoalvarez_17843210987654321/message_1.json';

describe('Instagram data sample', () => {
	it('matches the hand-counted figures', () => {
		const text = readFileSync(join(ROOT, PATH), 'utf8');
		expect(instagramJson.sniff(text.slice(0, 65536), 'message_1.json')).toBe(true);
		expect(messengerJson.sniff(text.slice(0, 65536), 'message_1.json')).toBe(false);
		const file = instagramJson.parse({ path: PATH, text });
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 2,
			records: 36,
			system: 7,
			media: 4,
			deleted: 1,
			unparsed: 0,
			first_ts: '2024-06-10T17:02:11Z',
			last_ts: '2024-06-30T20:06:00Z'
		});
		expect(file.conversations).toEqual([{ title: 'nico.alvarez', kind: 'direct', sourceId: 'inbox/nicoalvarez_17843210987654321' }]);
		expect(file.messages.filter((m) => m.kind === 'text')).toHaveLength(24);
		expect(file.messages.filter((m) => m.kind === 'system').map((m) => m.text)).toEqual([
			'Liked a message',
			'Reacted 😍 to your message ',
			'Reacted 🔥 to your message ',
			'Sofía Herrera sent an attachment.',
			'Liked a message',
			'Reacted 🙌 to your message ',
			'Liked a message'
		]);
	});
});
