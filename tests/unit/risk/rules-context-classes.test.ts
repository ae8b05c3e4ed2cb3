import { describe, expect, it } from 'vitest';
import { creditCardRule } from '../../../src/lib/risk/rules/credit-card';
import { phoneRule } from '../../../src/lib/risk/rules/phone';
import { usSsnRule } from '../../../src/lib/risk/rules/us-ssn';
import { phiConditionRule } from '../../../src/lib/risk/rules/phi';
import { passwordRule } from '../../../src/lib/risk/rules/secrets';
import { urlCredentialsRule } from '../../../src/lib/risk/rules/secret-urls';
import type { RiskRule } from '../../../src/lib/risk/types';
import { reported } from './helpers';

// Card numbers: Luhn check digits worked out by hand (double every second digit from the right, sum, mod 10).
const VISA = '4539 8712 0456 7818';
const MASTERCARD = '5273 6401 9283 7468';

/**
 * One row per cause class the blind batches showed for numbers and secrets: a context that lowers a finding
 * (placeholder, example, gift card, invalid, a German "-nummer" compound, a bank reference, a variable reference),
 * or a form that was missed (a place name naming the country, a password after a qualifier). Sentences written for
 * the class, none a corpus line.
 */
const CLASSES: [cause: string, rule: RiskRule, text: string, expected: string[]][] = [
	['card: the number itself', creditCardRule, `mi tarjeta es ${VISA}, caduca 09/28`, [VISA]],
	['card: a placeholder made of one digit', creditCardRule, 'Kartennummer im Formular: 1111 1111 1111 1111', []],
	['card: an example word after it', creditCardRule, `${MASTERCARD} is the sample number in the checkout docs`, []],
	['card: a gift card or voucher code', creditCardRule, `Gutschein einlösen mit Code ${VISA.replace(/ /g, '')}`, []],
	['card: a gift card in Chinese', creditCardRule, `礼品卡卡密 ${VISA}`, []],
	['card: said to be invalid', creditCardRule, `la tarjeta ${MASTERCARD} sale como inválida en el TPV`, []],
	['phone: a Thai place name names the country', phoneRule, 'our agent in Bangkok: 089 123 4567', ['089 123 4567']],
	['phone: an Indonesian place name names the country', phoneRule, 'kantor Surabaya, hubungi 0813-1234-5678', ['0813-1234-5678']],
	['phone: a payment reference grouped 4-4-4-4', phoneRule, 'Verwendungszweck 0049 7731 2290 4418 nicht vergessen', []],
	['phone: a bank account word', phoneRule, 'BLZ 370 501 98 und Kto 1234 567 89', []],
	['phone: a placeholder in a mockup', phoneRule, 'the mockup shows +44 20 7946 0958 as a placeholder', []],
	['ssn: a German "-nummer" compound names another identifier', usSsnRule, 'Kundennummer 512-44-7781 laut Vertrag', []],
	['ssn: the number itself', usSsnRule, 'her SSN is 512-44-7781', ['512-44-7781']],
	['password: after a qualifier word and a colon', passwordRule, 'Kennwort Server: Blau#Fuchs29', ['Blau#Fuchs29']],
	['password: after a two-word qualifier and "ist"', passwordRule, 'Passwort für das neue VPN Konto ist Qm4!rT8z', ['Qm4!rT8z']],
	['password: a variable reference is not the value', passwordRule, 'SMTP_PASSWORD=${SMTP_PASSWORD} comes from the vault', []],
	['password: a label ending in a colon is not the value', passwordRule, 'password rules: 12 characters, one symbol', []],
	['phi: an examination and its result about a person', phiConditionRule, '我爸昨天做了肠镜，结果要下周出', ['肠镜']],
	['phi: a trial subject with a safety event', phiConditionRule, 'participant 112 reported a serious adverse event after dose 2', ['serious adverse event']],
	['phi: a company pipeline is not a person', phiConditionRule, '我们公司的高血压新药下个月上市', []],
	['phi: a purchase is not a person', phiConditionRule, 'la clínica compró 40 plumas de insulina, factura en el correo', []],
	['phi: a denied procedure is not a health fact', phiConditionRule, 'they billed me for a colonoscopy I never had', []],
	[
		'secret: an OpenAI key',
		urlCredentialsRule,
		'use sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12T3BlbkFJMn34Op56Qr78St90Uv12Wx34 for the demo',
		['sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12T3BlbkFJMn34Op56Qr78St90Uv12Wx34']
	]
];

describe('number and secret rules, one row per cause class', () => {
	it.each(CLASSES)('%s', (_cause, rule, text, expected) => expect(reported(rule, text)).toEqual(expected));
});

describe('a lowered finding still explains itself', () => {
	it('names the gift-card word', () => {
		const [hit] = creditCardRule.scan(`Gutschein einlösen mit Code ${VISA.replace(/ /g, '')}`);
		expect(hit.explanation).toContain("'Gutschein'");
		expect(hit.score).toBeLessThan(0.5);
	});
	it('names the example word next to a phone number', () => {
		const [hit] = phoneRule.scan('the mockup shows +44 20 7946 0958 as a placeholder');
		expect(hit.explanation).toMatch(/mockup|placeholder/);
	});
});
