import type { ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';

// A Telegram-like group chat written by hand for the RSMF export: three UTC days, replies within a day and across
// days, two attachments (one the archive lacks), a system line, a deleted message, an author who is a phone number,
// an e-mail and a card number in the text.

const msg = (index: number, m: Partial<ParsedMessage> & Pick<ParsedMessage, 'ts' | 'text'>): ParsedMessage => ({
	index,
	author: '',
	authorRaw: '',
	kind: 'text',
	attachments: [],
	edited: false,
	line: 0,
	lineEnd: 0,
	raw: '',
	sourceId: String(100 + index),
	path: `messages[${index}]`,
	...m
});

const ana = { author: 'Ana Silva', authorRaw: 'Ana Silva', authorId: 'user1' };
const phone = { author: '+1 (555) 010-0199', authorRaw: '+1 (555) 010-0199', authorId: 'user2' };
const bo = { author: 'Bo Li', authorRaw: 'Bo Li', authorId: 'user3' };

export const PHONE_AUTHOR = '+1 (555) 010-0199';
export const EMAIL = 'ana.silva@harbor-logistics.io';
export const CARD = '4539 1488 0343 6467';

export const threads: ParsedFile = {
	platform: 'telegram',
	format: 'telegram-desktop-json',
	conversations: [{ title: 'Harbor ops', kind: 'group', sourceId: '77' }],
	notes: [],
	messages: [
		msg(0, { ts: '2024-03-11T08:00:00Z', kind: 'system', text: 'Ana Silva created the group', path: 'messages[0]' }),
		msg(1, { ...ana, ts: '2024-03-11T08:01:00Z', text: `Morning. Mail me at ${EMAIL}` }),
		msg(2, { ...phone, ts: '2024-03-11T08:02:30Z', text: 'Photo of the seal', kind: 'media', attachments: ['photos/seal.jpg'], replyTo: '101' }),
		msg(3, { ...bo, ts: '2024-03-11T09:15:00Z', text: 'Got it', replyTo: '102' }),
		msg(4, { ...ana, ts: '2024-03-11T13:40:00Z', text: `Pay with ${CARD} for the deposit` }),
		msg(5, { ...phone, ts: '2024-03-11T17:05:00Z', text: 'Invoice attached', kind: 'media', attachments: ['files/invoice 3.pdf', 'files/missing.pdf'] }),
		msg(6, { ...bo, ts: '2024-03-12T10:00:00Z', text: 'Following up on yesterday', replyTo: '104' }),
		msg(7, { ...ana, ts: '2024-03-12T10:01:00Z', text: 'This message was deleted', kind: 'deleted' }),
		msg(8, { ...phone, ts: '2024-03-14T23:59:59Z', text: 'late: 你好 — "quotes", commas', edited: true, replyTo: '106' }),
		msg(9, { ...bo, ts: '2024-03-15T00:00:00Z', text: 'last one', replyTo: '108' })
	],
	unparsed: []
};

export const threadsSource: SourceFile = { name: 'DataExport_2024-03-15/result.json', bytes: 4096, sha256: 'bc'.repeat(32) };

/** The files the archive carried (missing.pdf is not among them). */
export const files = new Map<string, Uint8Array>([
	['photos/seal.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9])],
	['files/invoice 3.pdf', new TextEncoder().encode('%PDF-1.4\n% invoice 3\n%%EOF\n')]
]);
