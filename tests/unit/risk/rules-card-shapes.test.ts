// Card numbers in the shapes chat, logs and spreadsheets give them: CSV fields, wrapped lines, dotted groups, the
// expiry or CVV right after; and Luhn-passing numbers that are no card (IMEI) or that a reference word names.
// Luhn checked by hand: 4539148803436467 (sum 70), 5425233430109903 (sum 50), 371554433221105 (sum 60),
// 4716108999716531 (sum 70), IMEI 490154203237518 (sum 60), Diners 30569309025904 (sum 50), Mir 2200123456789019
// (sum 60), Maestro 6759123456789015 (sum 70).
import { describe, expect, it } from 'vitest';
import { creditCardRule } from '../../../src/lib/risk/rules/credit-card';
import { reported } from './helpers';

describe('pii.credit_card in the shapes numbers are pasted in', () => {
	it.each([
		['a CSV row, number between commas', '1042,Jane Roe,4539148803436467,03/27', ['4539148803436467']],
		['a CSV row after a numeric field', '2291,4716108999716531,ok', ['4716108999716531']],
		['a log line key=value', 'level=info user=88 pan=5425233430109903 status=declined', ['5425233430109903']],
		['a JSON field', '{"cardNumber":"4539 1488 0343 6467","exp":"03/27"}', ['4539 1488 0343 6467']],
		['grouped, wrapped onto a new line', 'here you go:\n4539 1488 0343\n6467', ['4539 1488 0343\n6467']],
		['grouped by dots', 'Karte 4539.1488.0343.6467 bitte', ['4539.1488.0343.6467']],
		['wrapped anywhere, with a card word', 'card no\n45391488\n03436467', ['45391488\n03436467']],
		['the expiry right after the grouped number', 'visa 4539 1488 0343 6467 03/27 cvv 123', ['4539 1488 0343 6467']],
		['the CVV right after the grouped number', 'use 5425 2334 3010 9903 123 for the hotel', ['5425 2334 3010 9903']],
		['two cards on consecutive lines', 'cards:\n4539148803436467\n5425233430109903', ['4539148803436467', '5425233430109903']],
		['Amex 4-6-5 in a tab-separated row', 'R. Diaz\t3715 544332 21105\tgold', ['3715 544332 21105']],
		['an order column elsewhere in the row', 'order 1182 shipped, card 4716108999716531 charged', ['4716108999716531']],
		['the expiry before the grouped number', 'exp 03/27 4539 1488 0343 6467', ['4539 1488 0343 6467']],
		['a camelCase field name', '{"cardNumber":"2200123456789019"}', ['2200123456789019']],
		['Diners Club, 14 digits', 'Diners 3056 930902 5904 for the dinner', ['3056 930902 5904']],
		['Maestro', 'Maestro 6759 1234 5678 9015', ['6759 1234 5678 9015']],
		['no-break spaces from a web page', 'card 4539\u00a01488\u00a00343\u00a06467', ['4539\u00a01488\u00a00343\u00a06467']],
		['en dashes', 'card 4539–1488–0343–6467', ['4539–1488–0343–6467']],
		['a brand and a dash before it', 'VISA-4539148803436467', ['4539148803436467']],
		['full-width digits', '卡号４５３９１４８８０３４３６４６７', ['４５３９１４８８０３４３６４６７']]
	])('%s', (_name, text, expected) => expect(reported(creditCardRule, text)).toEqual(expected));

	it.each([
		['wrapped anywhere, no card word: two numbers on two lines', 'lines\n45391488\n03436467'],
		['an IMEI next to a SIM card', 'SIM card IMEI 490154203237518 for the phone'],
		['a reference word naming the number', 'Rechnungsnummer: 4539148803436467'],
		['a date range', 'from 4539148803436467/2024'],
		['a number after a dashed number, no card word', 'ref 1000-4539148803436467'],
		['a timestamp with a fraction', 'ts 1765966861.453914'],
		['mixed space and dash', 'card 4539 1488-0343 6467'],
		['a sandbox test card', 'sandbox test card 4716108999716531 declines'],
		['a loyalty card passing Luhn', 'my Payback card 4716108999716531 for the points'],
		['a Chinese health-insurance card', '医保卡 4716108999716531'],
		['a long grouped number, not a card plus a short group', 'acct 4539 1488 0343 6467 8888 2211']
	])('no card: %s', (_name, text) => expect(reported(creditCardRule, text)).toEqual([]));

	it('explains a number wrapped where no card prints a gap', () => {
		const [hit] = creditCardRule.scan('card no\n45391488\n03436467');
		expect(hit.explanation).toContain('broken by a line break');
		expect(hit.explanation).toContain("'card' nearby");
	});

	it('explains a Luhn-passing device number as another identifier', () => {
		const [hit] = creditCardRule.scan('SIM card IMEI 490154203237518');
		expect(hit.score).toBeLessThan(0.5);
		expect(hit.explanation).toMatch(/'(?:SIM card|IMEI)' names another identifier/);
	});
});
