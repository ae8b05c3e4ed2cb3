import { describe, expect, it } from 'vitest';
import { inferDateOrder, looksLikeWhatsApp, parseWhatsAppText, titleFromFileName } from '../../../src/lib/ingest/whatsapp/index';

describe('inferDateOrder', () => {
	it.each([
		['a day above 12 in the first position', ['13/01/24, 10:00 - A: x'], 'DMY'],
		['a day above 12 in the second position', ['1/13/24, 10:00 AM - A: x'], 'MDY'],
		['year first, day in the last position', ['2019/01/20, 11:23 - A: x'], 'YMD'],
		['year first, day in the middle', ['2019/20/01, 11:23 - A: x'], 'YDM'],
		['only ambiguous lines, no sequence: DMY', ['01/02/24, 10:00 - A: x'], 'DMY'],
		['only ambiguous year-first lines: YMD', ['2019/01/02, 10:00 - A: x'], 'YMD'],
		['no header at all: DMY', ['hello', 'world'], 'DMY'],
		['the decisive line comes late', ['01/02/24, 10:00 - A: x', 'cont', '02/02/24, 10:00 - A: y', '28/02/24, 10:00 - A: z'], 'DMY'],
		['decreasing under D/M, increasing under M/D', ['1/2/24, 9:00 - A: a', '1/3/24, 9:00 - A: b', '2/1/24, 9:00 - A: c'], 'MDY'],
		['more lines fit D/M than M/D', ['13/01/24, 10:00 - A: x', '14/01/24, 10:00 - A: x', '01/13/24, 10:00 - A: x'], 'DMY']
	])('%s → %s', (_name, lines, order) => {
		expect(inferDateOrder(lines).order).toBe(order);
	});

	it('names its evidence', () => {
		expect(inferDateOrder(['x', '01/02/24, 10:00 - A: x', '13/02/24, 10:00 - A: y']).evidence).toBe(
			'1 timestamp(s) fit only DMY (first at line 3), 0 only MDY'
		);
	});

	it('accepts any iterable, and survives one that throws', () => {
		function* gen() {
			yield '1/13/24, 10:00 AM - A: x';
			throw new Error('broken stream');
		}
		expect(inferDateOrder(gen()).order).toBe('MDY');
	});

	it('re-stamps a large file whose first batch suggests M/D and a later line settles D/M', () => {
		const pad = 'padded to make the file longer than one batch of one million characters';
		const lines: string[] = [];
		// Under M/D these go Jan 2 → Feb 1 (increasing), under D/M Feb 1 → Jan 2: the first batch alone says MDY.
		for (let i = 0; i < 5000; i++) lines.push(`01/02/24, 10:00 - Ana: ${i} ${pad}`);
		for (let i = 0; i < 20000; i++) lines.push(`02/01/24, 10:00 - Ana: ${i} ${pad}`);
		lines.push('13/02/24, 10:00 - Bo: decisive');
		expect(inferDateOrder(lines.slice(0, 10000)).order).toBe('MDY');
		const file = parseWhatsAppText(lines.join('\n'), 'big.txt');
		expect(file.messages[0].ts).toBe('2024-02-01T10:00:00');
		expect(file.messages[5000].ts).toBe('2024-01-02T10:00:00');
		expect(file.messages[25000].ts).toBe('2024-02-13T10:00:00');
		expect(file.notes[0]).toMatch(/^date order DMY: 1 timestamp\(s\) fit only DMY \(first at line 25001\)/);
	});

	it('uses a given order instead of inferring', () => {
		const file = parseWhatsAppText('01/02/24, 10:00 - A: x\n', 'chat.txt', { order: 'MDY' });
		expect(file.messages[0].ts).toBe('2024-01-02T10:00:00');
		expect(file.notes[0]).toBe('date order MDY: given by the caller');
	});

	it('reads a header that contradicts the order the other way round', () => {
		const file = parseWhatsAppText('01/02/24, 10:00 - A: x\n13/02/24, 10:00 - A: y\n', 'chat.txt', { order: 'MDY' });
		expect(file.messages[1].ts).toBe('2024-02-13T10:00:00');
	});
});

describe('looksLikeWhatsApp', () => {
	it.each([
		['Android', '1/2/24, 9:05\u202fAM - Ana: hi', true],
		['iOS with LRM', '\u200e[02/01/2024, 9:05:11\u202fAM] Ana: hi', true],
		['after junk lines', 'junk\n\njunk\n13.6.2018 klo 21.25.15 - Aino: moi', true],
		['CSV', 'date,author,text\n2024-01-01,Ana,hi', false],
		['JSON', '{"messages": []}', false],
		['empty', '', false],
		['a header only after 20 non-empty lines', 'x\n'.repeat(20) + '1/2/24, 9:05 AM - Ana: hi', false],
		['a date without time', '1/2/24 - Ana: hi', false]
	])('%s → %s', (_name, text, expected) => {
		expect(looksLikeWhatsApp(text)).toBe(expected);
	});
});

describe('titleFromFileName', () => {
	it.each([
		['WhatsApp Chat with Harbor Logistics.txt', 'Harbor Logistics'],
		['WhatsApp Chat with Ana Silva.zip', 'Ana Silva'],
		['WhatsApp Chat - Ops Team/_chat.txt', 'Ops Team'],
		['exports\\WhatsApp Chat - Ops Team.zip\\_chat.txt', 'Ops Team'],
		['WhatsApp Chat - Ops Team.zip', 'Ops Team'],
		['WhatsApp Chat mit Max Müller.txt', 'Max Müller'],
		['Chat de WhatsApp con Jorge.txt', 'Jorge'],
		['Conversa do WhatsApp com Rita.txt', 'Rita'],
		['Discussion WhatsApp avec Élodie.txt', 'Élodie'],
		['Чат WhatsApp с Иван.txt', 'Иван'],
		['Chat WhatsApp con Giulia.txt', 'Giulia'],
		['WhatsApp_Chat_with_Harbor_Logistics.txt', 'Harbor Logistics'],
		['与王伟的WhatsApp聊天.txt', '王伟'],
		['family chat.txt', 'family chat'],
		['_chat.txt', '_chat'],
		['notes', 'notes']
	])('%s → %s', (name, title) => {
		expect(titleFromFileName(name)).toBe(title);
	});
});
