// Phone numbers that are not someone's line: a made-up international number, a national number a digit short of a
// mobile of the country the message points to, North America's fictional 555-01xx range, a message saying the
// number is broken. And 9-digit national numbers grouped 3-3-3 that the amount filter used to drop.
import { describe, expect, it } from 'vitest';
import { phoneRule } from '../../../src/lib/risk/rules/phone';
import { reported } from './helpers';

describe('pii.phone: numbers that are nobody’s line', () => {
	it.each([
		// international numbers with more digits than the country code's plan
		['+44 with two digits too many', 'his old mobile was +44 7911 123456 78, try it', []],
		['+34 with a digit too many', 'mi tío dejó el +34 655 120 4471 en la ficha', []],
		['+33 with a digit too many', 'mi tío dejó el +33 6 41 27 88 30 5 en la ficha', []],
		// a digit short of the pointed country's mobile numbers, though another country's plan accepts the digits
		['Chinese text, a CN mobile one digit short', '给客户回个电话 139 2284 017', []],
		['Spanish text, an ES mobile one digit short', 'llámame al 654.320.17 cuando puedas', []],
		['UK named, a UK mobile one digit short', 'the london client gave 07812 34567 as her mobile', []],
		['Swiss adjective names the country', 'seine schweizer handynummer: 079 214 55 8', []],
		// the NANP fictional range, in every way it is written
		['555-01xx with area code in parentheses', 'ring the front desk at (415) 555-0123', []],
		['555-01xx after +1', 'whatsapp me on +1 646 555 0107', []],
		['555-01xx after Chinese phone word', '联系电话 (702) 555-0166', []],
		// the message says the number does not work
		['German: incomplete', 'die handynummer 0176 2231 894 ist unvollständig', []],
		['Spanish: a digit missing', 'el teléfono 612 44 71 2 no existe, le falta un dígito', []],
		['Chinese: one digit short', '他给的号码 0755 2661 031 少了一位', []],
		['English: too short', 'that number, 0161 496 2, is too short to dial', []]
	])('%s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));
});

describe('pii.phone: real numbers the classes above must keep', () => {
	it.each([
		['Polish mobile grouped 3-3-3 with a Polish place name', 'nowy numer z krakau: 512 384 207', ['512 384 207']],
		['Portuguese mobile in an English message naming Lisbon', 'her lisbon mobile is 912 645 380', ['912 645 380']],
		['Mexican mobile with the pre-2019 1 after +52', 'mándale whatsapp al +52 1 55 2843 1907', ['+52 1 55 2843 1907']],
		['a full CN mobile in Chinese text', '给客户回个电话 139 2284 0175', ['139 2284 0175']],
		['a full UK mobile with a UK place name', 'the london client gave 07812 345670 as her mobile', ['07812 345670']],
		['a Swiss mobile with the Swiss adjective', 'seine schweizer handynummer: 079 214 55 81', ['079 214 55 81']],
		['a NANP number outside the fictional range', 'ring the front desk at (415) 555-2123', ['(415) 555-2123']],
		['a German mobile in an English message', 'call me on 0152 31846620 tonight', ['0152 31846620']]
	])('%s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));

	it.each([
		['an amount grouped in thousands', 'the fund raised 250 000 000 last year, call me', []],
		['an amount of 1 250 000', 'number of shares: 1 250 000', []]
	])('%s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));

	it.each([
		['+1 646 555 0107', /555-01xx range/],
		['给客户回个电话 139 2284 017', /one digit short of a CN mobile number/],
		['die handynummer 0176 2231 894 ist unvollständig', /'unvollständig' nearby/],
		['mi tío dejó el +33 6 41 27 88 30 5 en la ficha', /more digits than \+33 numbers have/]
	])('explains why %s is not reported', (text, why) =>
		expect(
			phoneRule
				.scan(text)
				.map((h) => h.explanation)
				.join(' | ')
		).toMatch(why)
	);
});
