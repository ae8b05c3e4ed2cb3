import type { ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';

/** A small WhatsApp-like group chat, written by hand; read in Europe/Berlin it crosses the 2024 spring-forward gap. */

const msg = (index: number, m: Partial<ParsedMessage> & Pick<ParsedMessage, 'ts' | 'kind' | 'text' | 'line'>): ParsedMessage => ({
	index,
	author: '',
	authorRaw: '',
	attachments: [],
	edited: false,
	lineEnd: m.line,
	raw: '',
	...m
});

export const chat: ParsedFile = {
	platform: 'whatsapp',
	format: 'whatsapp-android-txt',
	conversations: [{ title: 'Trip planning', kind: 'group' }],
	notes: ['date order: day/month'],
	messages: [
		msg(0, {
			ts: '2024-03-30T09:00:00',
			kind: 'system',
			text: 'Messages and calls are end-to-end encrypted.',
			line: 1,
			raw: '30/03/2024, 09:00 - Messages and calls are end-to-end encrypted.'
		}),
		msg(1, {
			ts: '2024-03-30T09:01:00',
			author: 'Alice',
			authorRaw: 'Alice',
			kind: 'text',
			text: 'Hallo 👋 Bob',
			line: 2,
			raw: '30/03/2024, 09:01 - Alice: Hallo 👋 Bob'
		}),
		msg(2, {
			ts: '2024-03-30T23:59:59',
			author: '+49 170 1234567',
			authorRaw: '\u202a+49 170 1234567\u202c',
			kind: 'text',
			text: 'Line one\nLine two',
			edited: true,
			line: 3,
			lineEnd: 4,
			raw: '30/03/2024, 23:59 - \u202a+49 170 1234567\u202c: Line one\nLine two <This message was edited>'
		}),
		msg(3, {
			ts: '2024-03-31T02:30:00',
			author: 'Bob',
			authorRaw: 'Bob',
			kind: 'media',
			text: 'IMG-20240331-WA0001.jpg (file attached)',
			attachments: ['IMG-20240331-WA0001.jpg'],
			line: 6,
			raw: '31/03/2024, 02:30 - Bob: IMG-20240331-WA0001.jpg (file attached)'
		}),
		msg(4, {
			ts: '2024-03-31T03:05:00',
			author: 'Alice',
			authorRaw: 'Alice',
			kind: 'deleted',
			text: 'This message was deleted',
			line: 7,
			raw: '31/03/2024, 03:05 - Alice: This message was deleted'
		}),
		msg(5, {
			ts: '2024-04-01T12:00:00',
			author: 'Bob',
			authorRaw: 'Bob',
			kind: 'text',
			text: '你好，世界',
			line: 8,
			raw: '01/04/2024, 12:00 - Bob: 你好，世界'
		}),
		msg(6, { ts: '2024-04-01T12:01:00', kind: 'system', text: 'Alice added Carol', line: 9, raw: '01/04/2024, 12:01 - Alice added Carol' }),
		msg(7, {
			ts: '2024-04-01T12:02:00',
			author: 'Carol',
			authorRaw: '~\u202fCarol',
			kind: 'media',
			text: '',
			attachments: ['PTT-20240401-WA0002.opus', 'STK-20240401-WA0003.webp'],
			line: 10,
			raw: '01/04/2024, 12:02 - ~\u202fCarol: <attached: PTT-20240401-WA0002.opus>'
		})
	],
	unparsed: [{ line: 5, text: '\u0000 garbage ⚠', reason: 'no timestamp and no message to continue' }]
};

export const chatSource: SourceFile = {
	name: 'WhatsApp Chat with Trip planning.txt',
	bytes: 812,
	sha256: 'aa'.repeat(32)
};
