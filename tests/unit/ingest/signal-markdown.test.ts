// signal-export's chat.md, in the shapes its Message.to_md writes and chat-miner's Signal fixture holds (lines written here).
import { describe, expect, it } from 'vitest';
import { looksLikeSignalMarkdown, parseSignalMarkdown } from '../../../src/lib/ingest/signal/markdown';
import { detectFormat } from '../../../src/lib/ingest/detect';

const CHAT = [
	'[2024-09-02 19:00:03] Jonas Keller: Handover at 7?  ',
	'[2024-09-02 19:01:10] Me: Yes, ward B.  ',
	'Bring the keys.  ',
	'(- Jonas Keller: 👍 -)',
	'[2024-09-02 19:02:00] Jonas Keller: ![IMG_0001.jpg](./media/IMG_0001.jpg)  ',
	'[2024-09-02 19:03:00] Jonas Keller: (This message was deleted)',
	'[2024-09-02 19:04:00] Li Na: Missed voice call',
	'[2024-09-02 19:05:00] No-Sender: ',
	'[2024-09-02 19:06:00] Li Na: (image not exported)  '
].join('\n');

describe('signal-export Markdown', () => {
	it('reads every record with its kind, reactions out of the text, attachments named', () => {
		const file = parseSignalMarkdown(CHAT, 'Clinic Night Shift/chat.md');
		expect(file.platform).toBe('signal');
		expect(file.conversations).toEqual([{ title: 'Clinic Night Shift', kind: 'group' }]);
		expect(file.messages.map((m) => [m.line, m.lineEnd, m.author, m.kind, m.ts])).toEqual([
			[1, 1, 'Jonas Keller', 'text', '2024-09-02T19:00:03'],
			[2, 4, 'Me', 'text', '2024-09-02T19:01:10'],
			[5, 5, 'Jonas Keller', 'media', '2024-09-02T19:02:00'],
			[6, 6, 'Jonas Keller', 'deleted', '2024-09-02T19:03:00'],
			[7, 7, 'Li Na', 'call', '2024-09-02T19:04:00'],
			[8, 8, '', 'system', '2024-09-02T19:05:00'],
			[9, 9, 'Li Na', 'media', '2024-09-02T19:06:00']
		]);
		expect(file.messages[1].text).toBe('Yes, ward B.\nBring the keys.');
		expect(file.messages[2].attachments).toEqual(['IMG_0001.jpg']);
	});

	it('reads the older comma form without seconds (chat-miner test/signal shape) and detects it as Signal', () => {
		const text = '[2019-12-24, 12:23] Jane Doe: Hello John!\n[2020-01-17, 21:49] John Doe: Hello\nJane!\n';
		expect(detectFormat(text, 'test_export.txt')).toEqual({ ok: true, platform: 'signal' });
		const file = parseSignalMarkdown(text, 'test_export.txt');
		expect(file.messages.map((m) => [m.author, m.text, m.ts])).toEqual([
			['Jane Doe', 'Hello John!', '2019-12-24T12:23:00'],
			['John Doe', 'Hello\nJane!', '2020-01-17T21:49:00']
		]);
	});

	it.each([
		['a Swedish iPhone WhatsApp export (seconds, LRM)', '[2019-12-24 12:23:01] Ana: hej\n\u200e[2019-12-24 12:24:01] Ana: \u200ebild utelämnad\n', ''],
		['bracketed ISO lines without Signal marks or a .md name', '[2019-04-16 02:09] Mary: hi\n[2019-04-16 03:01] John: ho\n', 'lorem.txt'],
		['a WhatsApp iOS export of another date order', '[24.12.19, 12:23:01] Ana: hallo\n', '_chat.txt']
	])('does not take %s', (_name, text, path) => {
		expect(looksLikeSignalMarkdown(text, path)).toBe(false);
	});

	it('keeps an impossible header apart with its continuation', () => {
		const file = parseSignalMarkdown('[2024-02-01 10:00:00] Ana: one\n[2024-02-30 10:00:00] Ana: two\nmore\n[2024-02-01 10:05:00] Ana: three', 'x/chat.md');
		expect(file.messages.map((m) => m.text)).toEqual(['one', 'three']);
		expect(file.unparsed.map((u) => u.line)).toEqual([2, 3]);
	});
});
