// A card number wrapped over a line break between its groups is still one number (the Luhn check and the brand
// decide); digits on separate lines that fail the check stay apart.
import { describe, expect, it } from 'vitest';
import { creditCardRule } from '../../../src/lib/risk/rules/credit-card';
import { reported } from './helpers';

describe('pii.credit_card: a number wrapped over a line break', () => {
	it.each([
		['wrapped before the last group', 'card:\n4532 0187 3465\n1210 thx', ['4532 0187 3465\n1210']],
		['wrapped in the middle', 'card for the booking 4532 0187\n3465 1210', ['4532 0187\n3465 1210']],
		['on one line, as before', 'card 4532 0187 3465 1210', ['4532 0187 3465 1210']]
	])('%s', (_name, text, expected) => expect(reported(creditCardRule, text)).toEqual(expected));

	it.each([
		['four PIN-like codes on separate lines', 'codes:\n1234\n5678\n9012\n3456', []],
		['a Luhn-failing wrapped run', 'card:\n4532 0187 3465\n1211', []]
	])('not a card: %s', (_name, text, expected) => expect(reported(creditCardRule, text)).toEqual(expected));
});
