import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/ingest/detect';

describe('detectFormat', () => {
	it.each([
		['Android WhatsApp line', '1/2/24, 9:07\u202fAM - Ana Silva: hello\n', 'whatsapp'],
		['iOS WhatsApp line', '[02/01/2024, 09:05:11] Ana Silva: hello\r\n', 'whatsapp'],
		['WhatsApp after a junk first line', 'exported by someone\n16.01.21, 23:09 - Max: hallo\n', 'whatsapp']
	])('recognises %s', (_name, text, platform) => {
		expect(detectFormat(text)).toEqual({ ok: true, platform });
	});

	it.each([
		['a CSV file', 'id,name\n1,Ana\n'],
		['JSON', '{"messages": []}'],
		['an empty file', '']
	])('refuses %s, naming what was tried and how the file begins', (_name, text) => {
		const result = detectFormat(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain('WhatsApp');
		expect(result.message).toContain(text === '' ? '(empty file)' : JSON.stringify(text.split('\n')[0]));
	});
});
