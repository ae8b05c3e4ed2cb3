import { describe, expect, it } from 'vitest';
import { hitMatch, markedText, type Redactor } from '$lib/risk/analysis/hit-text';
import { csvField, hitsCsv, type CsvHit } from '$lib/risk/analysis/hits-csv';

const off: Redactor = { enabled: false, shown: (t) => t };
// A stand-in redactor that masks one card number, as redactText would.
const on: Redactor = { enabled: true, shown: (t) => t.replaceAll('4111 1111 1111 1111', '[pii.credit_card]') };

const card: CsvHit = {
	message_id: 17, ts_utc: '2024-03-12T15:01:00Z', ts_local: '2024-03-12T15:01:00', conversation: 'Dana Whitfield', author: 'Dana Whitfield',
	text: 'Card for the deposit: 4111 1111 1111 1111, exp 09/27', category: 'pii.credit_card', rule: 'pii.credit_card.luhn', score: 0.95,
	span_start: 22, span_end: 41
};
const policy: CsvHit = {
	message_id: 20, ts_utc: null, ts_local: '2024-03-12T15:04:00', conversation: 'Ops, "night" shift', author: 'Marco',
	text: 'Let\'s move this to my "personal" phone\nnot here', category: 'policy.off_channel', rule: 'policy.off-channel', score: 0.7,
	span_start: 16, span_end: 21
};

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r', '"cr\r"'],
		['你好', '你好'],
		['', '']
	])('%j → %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('hits as CSV', () => {
	it('writes a header and one row per hit, quoting what needs it, local time when UTC is unknown', () => {
		expect(hitsCsv([card, policy], off)).toBe(
			'\ufeffmessage_id,time,conversation,author,category,rule,score,match,text\r\n' +
				'17,2024-03-12T15:01:00Z,Dana Whitfield,Dana Whitfield,pii.credit_card,pii.credit_card.luhn,0.95,4111 1111 1111 1111,"Card for the deposit: 4111 1111 1111 1111, exp 09/27"\r\n' +
				'20,2024-03-12T15:04:00,"Ops, ""night"" shift",Marco,policy.off_channel,policy.off-channel,0.7,to my,"Let\'s move this to my ""personal"" phone\nnot here"\r\n'
		);
	});

	it('with redaction on, the card number appears in neither the match nor the text', () => {
		const csv = hitsCsv([card], on);
		expect(csv).not.toContain('4111');
		expect(csv.split('\r\n')[1]).toBe('17,2024-03-12T15:01:00Z,Dana Whitfield,Dana Whitfield,pii.credit_card,pii.credit_card.luhn,0.95,[pii.credit_card],"Card for the deposit: [pii.credit_card], exp 09/27"');
	});
});

describe('hit text', () => {
	it('masks the match of PII and secret hits when redacting, passes others through the redactor', () => {
		expect(hitMatch(card, off)).toBe('4111 1111 1111 1111');
		expect(hitMatch(card, on)).toBe('[pii.credit_card]');
		expect(hitMatch({ ...card, category: 'secret' }, { enabled: true, shown: (t) => t })).toBe('[secret]');
		expect(hitMatch(policy, on)).toBe('to my');
	});

	it('marks the span when not redacting, shows the redacted text whole when redacting', () => {
		expect(markedText(card, off)).toEqual({ marked: true, before: 'Card for the deposit: ', match: '4111 1111 1111 1111', after: ', exp 09/27' });
		expect(markedText(card, on)).toEqual({ marked: false, text: 'Card for the deposit: [pii.credit_card], exp 09/27' });
	});

	it('cuts long texts to 240 characters either side of the span', () => {
		const long = { ...card, text: `${'a'.repeat(300)}MATCH${'b'.repeat(300)}`, span_start: 300, span_end: 305 };
		const m = markedText(long, off);
		expect(m).toEqual({ marked: true, before: `…${'a'.repeat(240)}`, match: 'MATCH', after: `${'b'.repeat(240)}…` });
	});
});
