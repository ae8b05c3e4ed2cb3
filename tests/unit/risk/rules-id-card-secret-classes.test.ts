// Identity documents, cards and secrets whose context or format the rules missed: ID-document words in every language
// (documento, Ausweis, 身分证字号) and place words next to HK and Taiwan IDs; German passport numbers without digits;
// "charge"/"cobrar"/刷卡 naming a card; a user name and password given as a pair; API keys with a service prefix.
import { describe, expect, it } from 'vitest';
import { hkIdRule, passportRule, twIdRule } from '../../../src/lib/risk/rules/national-ids';
import { creditCardRule } from '../../../src/lib/risk/rules/credit-card';
import { passwordRule, vendorKeyRule } from '../../../src/lib/risk/rules/secrets';
import type { RiskRule } from '../../../src/lib/risk/types';
import { reported } from './helpers';

// IDs with check digits worked out by hand: TW letter code (K=19) weighted 1,9,8…1,1, sum ≡ 0 mod 10; HK weights 9…2, mod 11.
describe.each<[string, RiskRule, [string, string, string[]][]]>([
	[
		'Taiwan ID',
		twIdRule,
		[
			['Spanish accent on the place name', 'el cliente es taiwanés, su id K284661005', ['K284661005']],
			['mixed simplified and traditional 身分证', '客户身分证字号K284661005请核对', ['K284661005']],
			['German ID-document word', 'Ausweisnummer aus Taipeh: B234567803', ['B234567803']],
			['hard negative: valid checksum, a part number', 'SKU B234567803 back in stock', []],
			['hard negative: ID word but the check digit fails', 'documento de identidad B234567804', []]
		]
	],
	[
		'Hong Kong ID',
		hkIdRule,
		[
			['HK alone, check digit without parentheses', 'guest from HK, card Z7340193 at check-in', ['Z7340193']],
			['Spanish ID-document word', 'copia del documento P5182666 para el expediente', ['P5182666']],
			['Chinese 证件', '证件号码 P518266(6)', ['P518266(6)']],
			['hard negative: valid check digit, no ID or place word', 'ticket Z7340193 closed yesterday', []]
		]
	],
	[
		'passport',
		passportRule,
		[
			['German passport series without a digit', 'Reisepass: LJGHKZ7RW und CFTRXMHWP liegen vor', ['LJGHKZ7RW', 'CFTRXMHWP']],
			['hard negative: a capitalised word after the passport word', 'passport CONTROLLED at the gate', []]
		]
	],
	[
		'credit card',
		creditCardRule,
		[
			['English verb charge', 'please charge 4539 5787 6362 1486 for the deposit', ['4539 5787 6362 1486']],
			['Spanish cóbralo', 'cóbralo a la 4539578763621486 mañana', ['4539578763621486']],
			['hard negative: order number next to charge, Luhn fails', 'charge 4539 5787 6362 1487 was reversed', []]
		]
	],
	[
		'login pair',
		passwordRule,
		[
			['English login user / password', 'staging login ops-admin / Kx7!harbor22', ['Kx7!harbor22']],
			['German Zugang user:password', 'Zugang mmeier:Fr8#kkLoop', ['Fr8#kkLoop']],
			['hard negative: two words after login', 'login admin / settings page is broken', []]
		]
	],
	[
		'vendor key',
		vendorKeyRule,
		[
			['Twilio API key', 'twilio key SK3fa91c0d7e2b4a8f9c61d5e0b7a2c4f8 for prod', ['SK3fa91c0d7e2b4a8f9c61d5e0b7a2c4f8']],
			['Google API key', 'maps: AIzaSyD3k8vQ-7rTz1LmN0pXc4hJ2bW9eYuFgQs', ['AIzaSyD3k8vQ-7rTz1LmN0pXc4hJ2bW9eYuFgQs']],
			['hard negative: SK and hex too short', 'order SK3fa91c0d ready', []],
			['hard negative: marked as an example', 'example key SK00000000000000000000000000000000a1', []]
		]
	]
])('%s', (_name, rule, cases) => {
	it.each(cases)('%s', (_c, text, expected) => expect(reported(rule, text)).toEqual(expected));
});
