import { describe, expect, it } from 'vitest';
import { importErrorParts } from '$lib/components/import-error';

describe('importErrorParts', () => {
	it('splits a detection failure into what happened, the formats tried and how the file begins', () => {
		const error =
			'not a recognised chat export. Tried: WeChatMsg / MemoTrace CSV (…_utf8.csv); Telegram Desktop HTML export (messages.html, messages2.html, …); Generic CSV (a header row with a time column and a text column). The file begins: "id,name,iban" / "1,Ana,DE89"';
		expect(importErrorParts(error)).toEqual({
			lead: 'not a recognised chat export.',
			tried: [
				'WeChatMsg / MemoTrace CSV (…_utf8.csv)',
				'Telegram Desktop HTML export (messages.html, messages2.html, …)',
				'Generic CSV (a header row with a time column and a text column)'
			],
			begins: '"id,name,iban" / "1,Ana,DE89"'
		});
	});

	it.each([
		['a worker failure', 'the parse worker stopped'],
		['a cancel', 'cancelled — nothing from this file was imported'],
		['words that only mention trying', 'Tried to read the zip: it is cut short at byte 4,096']
	])('keeps %s whole', (_what, error) => {
		expect(importErrorParts(error)).toEqual({ lead: error, tried: null, begins: null });
	});
});
