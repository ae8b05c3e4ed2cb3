import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instagramJson, messengerJson } from '../../../src/lib/ingest/messenger/index';

const FIXTURES = join(import.meta.dirname, '../../fixtures/instagram');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('Instagram JSON fixtures', () => {
	it('dm_likes_reactions_shared_post: Instagram markers, likes and reactions as system lines, shared post link', () => {
		const name = 'dm_likes_reactions_shared_post.json';
		const file = instagramJson.parse({ path: name, text: read(name) });
		expect(file.platform).toBe('instagram');
		expect(file.format).toBe('instagram-json');
		expect(file.conversations).toEqual([{ title: 'mateo.rios', kind: 'direct', sourceId: 'inbox/mateorios_17841400000000000' }]);
		expect(
			file.messages.map((m) => ({ index: m.index, path: m.path, line: m.line, author: m.author, authorRaw: m.authorRaw, ts: m.ts, kind: m.kind, text: m.text }))
		).toEqual([
			{
				index: 0,
				path: 'messages[3]',
				line: 30,
				author: 'Sofía Díaz',
				authorRaw: 'Sofía Díaz',
				ts: '2024-08-05T21:00:00Z',
				kind: 'text',
				text: '¿Vienes mañana?'
			},
			{
				index: 1,
				path: 'messages[2]',
				line: 21,
				author: 'mateo.rios',
				authorRaw: 'mateo.rios',
				ts: '2024-08-05T21:01:00Z',
				kind: 'text',
				text: 'https://www.instagram.com/p/C9xYz12AbCd/'
			},
			{ index: 2, path: 'messages[1]', line: 16, author: '', authorRaw: 'Sofía Díaz', ts: '2024-08-05T21:02:00Z', kind: 'system', text: 'Liked a message' },
			{
				index: 3,
				path: 'messages[0]',
				line: 11,
				author: '',
				authorRaw: 'mateo.rios',
				ts: '2024-08-05T21:03:00Z',
				kind: 'system',
				text: 'Reacted 😂 to your message '
			}
		]);
		expect(file.unparsed).toEqual([]);
	});

	it('is told from Messenger by content first, then by the your_instagram_activity/ path', () => {
		const marked = read('dm_likes_reactions_shared_post.json');
		expect(instagramJson.sniff(marked, 'message_1.json')).toBe(true);
		expect(messengerJson.sniff(marked, 'message_1.json')).toBe(false);
		// Content wins over a Messenger-looking path.
		expect(instagramJson.sniff(marked, 'your_facebook_activity/messages/inbox/x_1/message_1.json')).toBe(true);

		const rel = 'your_instagram_activity/messages/inbox/leo_17841400000000001/message_1.json';
		const plain = read(rel);
		expect(instagramJson.sniff(plain, rel)).toBe(true);
		expect(messengerJson.sniff(plain, rel)).toBe(false);
		expect(instagramJson.sniff(plain, 'message_1.json')).toBe(false);
		expect(messengerJson.sniff(plain, 'message_1.json')).toBe(true);

		const file = instagramJson.parse({ path: rel, text: plain });
		expect(file.messages.map((m) => [m.author, m.ts, m.text])).toEqual([
			['Sofía Díaz', '2024-08-06T07:00:00Z', 'hola'],
			['leo', '2024-08-06T07:00:01Z', 'ok']
		]);
	});
});
