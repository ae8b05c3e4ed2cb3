// The kind mapping, one case per entry; records as Meta writes them (already repaired strings here).
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/lib/ingest/messenger/classify';
import type { MessageKind } from '../../../src/lib/model/types';

const base = { sender_name: 'Ana Silva', timestamp_ms: 1704186000000 };
const id = (s: string) => s;

describe('Messenger/Instagram kind mapping', () => {
	it.each<[string, Record<string, unknown>, MessageKind, string, string[]]>([
		['content → text', { content: 'hi there' }, 'text', 'hi there', []],
		['photos → media', { photos: [{ uri: 'p/1.jpg', creation_timestamp: 1 }] }, 'media', '', ['p/1.jpg']],
		['videos → media', { videos: [{ uri: 'v/1.mp4' }] }, 'media', '', ['v/1.mp4']],
		['audio_files → media', { audio_files: [{ uri: 'a/1.mp4' }] }, 'media', '', ['a/1.mp4']],
		['files → media', { files: [{ uri: 'f/report.pdf' }] }, 'media', '', ['f/report.pdf']],
		['gifs → media', { gifs: [{ uri: 'g/1.gif' }] }, 'media', '', ['g/1.gif']],
		['sticker → media', { sticker: { uri: 's/1.png', ai_stickers: [] } }, 'media', '', ['s/1.png']],
		['E2EE media[] → media', { senderName: 'Bo', timestamp: 1, text: '', media: [{ uri: './media/x.jpg' }], type: 'media' }, 'media', '', ['./media/x.jpg']],
		['share link without content → text with the link', { share: { link: 'https://example.org/a' } }, 'text', 'https://example.org/a', []],
		['share link beside content → appended', { content: 'look', share: { link: 'https://example.org/a' } }, 'text', 'look\nhttps://example.org/a', []],
		[
			'share link already in content → not repeated',
			{ content: 'https://example.org/a', share: { link: 'https://example.org/a' } },
			'text',
			'https://example.org/a',
			[]
		],
		['call_duration → call', { content: 'Ana called you.', call_duration: 61 }, 'call', 'Ana called you.', []],
		['type Call → call', { content: 'You called Ana.', type: 'Call' }, 'call', 'You called Ana.', []],
		['missed call text → call', { content: 'You missed a call from Ana.' }, 'call', 'You missed a call from Ana.', []],
		['video chat ended → call', { content: 'The video chat ended.' }, 'call', 'The video chat ended.', []],
		['is_unsent → deleted', { is_unsent: true }, 'deleted', '', []],
		['E2EE isUnsent → deleted', { senderName: 'Bo', timestamp: 1, text: 'User unsent a message', isUnsent: true }, 'deleted', 'User unsent a message', []],
		['type Subscribe → system', { content: 'Ana added Bo.', type: 'Subscribe' }, 'system', 'Ana added Bo.', []],
		['type Unsubscribe → system', { content: 'Bo left.', type: 'Unsubscribe' }, 'system', 'Bo left.', []],
		['named the group → system', { content: 'Ana Silva named the group Ops.' }, 'system', 'Ana Silva named the group Ops.', []],
		['added … to the group → system', { content: 'Ana Silva added Bo Li to the group.' }, 'system', 'Ana Silva added Bo Li to the group.', []],
		['left the group → system', { content: 'Bo Li left the group.' }, 'system', 'Bo Li left the group.', []],
		['You sent an attachment. → system', { content: 'You sent an attachment.' }, 'system', 'You sent an attachment.', []],
		['X sent an attachment. → system', { content: 'Ana Silva sent an attachment.' }, 'system', 'Ana Silva sent an attachment.', []],
		['set the nickname → system', { content: 'Ana Silva set the nickname for Bo Li to Bobo.' }, 'system', 'Ana Silva set the nickname for Bo Li to Bobo.', []],
		['Instagram Liked a message → system', { content: 'Liked a message' }, 'system', 'Liked a message', []],
		['Instagram Reacted … to your message → system', { content: 'Reacted 😂 to your message ' }, 'system', 'Reacted 😂 to your message ', []],
		['Instagram poll → system', { content: 'Ana created a poll: Friday?' }, 'system', 'Ana created a poll: Friday?', []],
		['German group leave → system', { content: 'Bo Li hat die Gruppe verlassen.' }, 'system', 'Bo Li hat die Gruppe verlassen.', []],
		['Spanish attachment line → system', { content: 'Ana envió un archivo adjunto.' }, 'system', 'Ana envió un archivo adjunto.', []],
		['sent a location → location', { content: 'Ana Silva sent a location.' }, 'location', 'Ana Silva sent a location.', []],
		['maps link share → location', { share: { link: 'https://maps.google.com/?q=1,2' } }, 'location', 'https://maps.google.com/?q=1,2', []],
		['geoblocked, no content → other', { is_geoblocked_for_viewer: true }, 'other', '', []],
		['nothing at all → other', {}, 'other', '', []]
	])('%s', (_name, fields, kind, text, attachments) => {
		const r = readRecord('senderName' in fields ? fields : { ...base, ...fields }, id);
		expect({ kind: r.kind, text: r.text, attachments: r.attachments }).toEqual({ kind, text, attachments });
	});

	it('reads the time from timestamp_ms, or E2EE timestamp; NaN when absent', () => {
		expect(readRecord(base, id).ms).toBe(1704186000000);
		expect(readRecord({ senderName: 'Bo', timestamp: 1711913758573, text: 'x' }, id).ms).toBe(1711913758573);
		expect(readRecord({ sender_name: 'Bo', content: 'x' }, id).ms).toBeNaN();
	});

	it('repairs DYI strings but not E2EE ones', () => {
		const fix = (s: string) => s.toUpperCase();
		expect(readRecord({ sender_name: 'ana', timestamp_ms: 1, content: 'hi' }, fix)).toMatchObject({ authorRaw: 'ANA', text: 'HI' });
		expect(readRecord({ senderName: 'ana', timestamp: 1, text: 'hi' }, fix)).toMatchObject({ authorRaw: 'ana', text: 'hi' });
	});
});
