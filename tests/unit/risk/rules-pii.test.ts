import { describe, expect, it } from 'vitest';
import { emailRule } from '../../../src/lib/risk/rules/email';
import { phoneRule } from '../../../src/lib/risk/rules/phone';
import { creditCardRule } from '../../../src/lib/risk/rules/credit-card';
import { ibanRule } from '../../../src/lib/risk/rules/iban';
import { usSsnRule } from '../../../src/lib/risk/rules/us-ssn';
import { cnResidentIdRule } from '../../../src/lib/risk/rules/cn-resident-id';
import { hkIdRule, passportRule, twIdRule } from '../../../src/lib/risk/rules/national-ids';
import { reported } from './helpers';

// Card numbers: Luhn check digits worked out by hand (double every second digit from the right, sum, mod 10).
describe('pii.email', () => {
	it.each([
		['plain address', 'reach me at ana.silva@harbor-logistics.com thanks', ['ana.silva@harbor-logistics.com']],
		['plus tag and subdomain', 'send it to bo.li+ops@mail.harbor.co.uk', ['bo.li+ops@mail.harbor.co.uk']],
		['glued to Chinese', '我的邮箱是wang.fang@163.com，谢谢', ['wang.fang@163.com']],
		['two addresses', 'cc dana@weiss.de and chidi@okafor.ng', ['dana@weiss.de', 'chidi@okafor.ng']],
		['an @mention is not an address', '@Dana can you check?', []],
		['no top-level domain', 'ssh root@buildbox then run it', []],
		['reserved example domain', 'the docs use jane@example.com as the sample', []],
		['.test domain', 'login as qa@staging.test', []],
		['a retina file name', 'use logo@2x.png for retina', []],
		['a connection string', 'mongodb+srv://admin:Zx82kqLp@cluster0.ab1cd.mongodb.net/db', []],
		['a git remote', 'git clone git@github.com:acme/ledger.git', []],
		['a placeholder', 'Format: vorname.nachname@firma.de', []],
		['written out in English', 'ping me at dana dot weiss at outlook dot com', ['dana dot weiss at outlook dot com']],
		['written out in Spanish', 'escríbeme a luis punto vega arroba gmail punto com', ['luis punto vega arroba gmail punto com']],
		['[at] form', '邮箱 wang.li[at]example-bank.cn', ['wang.li[at]example-bank.cn']],
		['(at) and (dot) in brackets', 'schreib an dana(at)firm(dot)de', ['dana(at)firm(dot)de']],
		['{at} and {dot}', 'zhang {at} qq {dot} com', ['zhang {at} qq {dot} com']],
		['[at] with [.]', 'j.doe [at] bank [.] ch', ['j.doe [at] bank [.] ch']],
		['an @ with spaces round it', 'li @ sina.cn bitte', ['li @ sina.cn']],
		['艾特 and 点', '邮箱 wang艾特163点com', ['wang艾特163点com']],
		['written out, a second "at" in the sentence', 'write to me at anna dot mueller at web dot de', ['anna dot mueller at web dot de']],
		['a workplace, not an address', 'I work at bloomberg.com now', []],
		['a format written out, not an address', 'just use firstname at company dot com', []],
		['a time with 点 then "at"', 'meet at 10点 at the office', []]
	])('%s', (_name, text, expected) => expect(reported(emailRule, text)).toEqual(expected));
});

describe('pii.phone', () => {
	it.each([
		['E.164 UK', 'Call me on +44 20 7946 0958 tomorrow', ['+44 20 7946 0958']],
		['E.164 US with parentheses', 'my number +1 (415) 555-2671', ['+1 (415) 555-2671']],
		['00 international prefix', 'whatsapp 0049 151 23456789', ['0049 151 23456789']],
		['NANP with dashes', 'text me 415-555-2671', ['415-555-2671']],
		['NANP with area in parentheses', '(212) 643-0188 is the front desk', ['(212) 643-0188']],
		['UK mobile', 'my mobile is 07700 900123', ['07700 900123']],
		['German mobile', 'Handy: 0151 2345 6789', ['0151 2345 6789']],
		['German landline with slash', 'Tel. 030/12345678', ['030/12345678']],
		['Spanish mobile', 'llámame al 612 345 678', ['612 345 678']],
		['CN mobile bare', '我的手机号13812345678，随时打', ['13812345678']],
		['CN mobile grouped', '电话 139-1234-5678', ['139-1234-5678']],
		['+86 mobile', 'WeChat same as +86 138 1234 5678', ['+86 138 1234 5678']],
		['tel: link', 'tap tel:+14155552671 to call', ['+14155552671']],
		['NANP with the 1 prefix', 'toll free 1-800-854-0199', ['1-800-854-0199']],
		['Shanghai landline', '电话：021-6234 5678', ['021-6234 5678']],
		['a date with dashes', 'deadline is 2024-03-15, see you', []],
		['a date with dots', 'Termin am 15.03.2024 um 10:30', []],
		['a time range', 'open 09:00-17:30 daily', []],
		['an order number', 'order 48392017 shipped today', []],
		['an order number shaped like a CN mobile', '订单号 13912345678 已发货', []],
		['a money amount with spaces', 'we sold 1 250 000 units last year', []],
		['an amount in euros', 'total 612 345 678 €', []],
		['an invoice number with dashes', 'invoice 2024-0012-3344 is overdue', []],
		['a 16-digit card is not a phone', 'card 4539 1488 0343 6467', []],
		['bare digits without a phone word', 'batch 5550123 arrived', []],
		['bare digits with a phone word', 'call me at 5550123', []],
		// national formats checked by libphonenumber, the country guessed from the message
		['French mobile with spaces, French place name', 'die Pariser Kollegin: 06 59 12 85 28', ['06 59 12 85 28']],
		['French mobile with dots', 'appelle-moi au 06.19.90.61.01', ['06.19.90.61.01']],
		['UAE landline, Dubai named', 'Dubai office 04 540 1574', ['04 540 1574']],
		['Hong Kong mobile in Traditional Chinese', '陳小姐電話 6755 4445', ['6755 4445']],
		['full-width CN mobile', '手机号：１８８００２４２９７３', ['１８８００２４２９７３']],
		['+44 with the (0) trunk written', 'switchboard +44 (0)20 7151 8880', ['+44 (0)20 7151 8880']],
		['Mexican mobile in Spanish', 'mi celular es 55 1234 5678', ['55 1234 5678']],
		['Italian mobile, Milano named', 'Milano: 347 123 4567', ['347 123 4567']],
		['SSN grouping is not a phone grouping', 'her social 648 54 8226', []],
		['an IP address', 'Drucker auf 192.168.178.44', []],
		['a version number', 'versión 10.4.2.1187 en producción', []],
		['the id part of a bot token', 'Token: 8858585415:AALJm7R04ZhbGSdGWoZ6axl7KBGgMVGOYn7', []],
		['a conference code', 'conf code 889 221 004#', []]
	])('%s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));

	it.each([
		['+49 151 23456789', /valid \+49 number \(DE\) \(mobile\)/],
		['Handy 0151 23456789', /valid national number for DE.*country guessed from the message's language \(German\)/],
		['Madrid: 912 345 678', /valid national number for ES.*a Spanish place name/],
		['hotline 1-800-854-0199', /toll-free service number/]
	])('explains %s', (text, why) =>
		expect(
			phoneRule
				.scan(text)
				.map((h) => h.explanation)
				.join(' | ')
		).toMatch(why)
	);
});

describe('pii.credit_card', () => {
	it.each([
		// 4539 1488 0343 6467: Luhn sum 70
		['Visa with spaces and context', 'my card is 4539 1488 0343 6467 exp 03/27', ['4539 1488 0343 6467']],
		['Mastercard with dashes', 'use 5425-2334-3010-9903 for the deposit', ['5425-2334-3010-9903']],
		['Mastercard 2-series', 'Kreditkarte 2221 0012 3412 3450', ['2221 0012 3412 3450']],
		['Amex 4-6-5', 'amex 3715 544332 21105', ['3715 544332 21105']],
		['Discover bare', 'discover 6011987654321019 please charge', ['6011987654321019']],
		['JCB', 'JCB カード 3530123456789018', ['3530123456789018']],
		['UnionPay passing Luhn', '银行卡号 6212 3456 7890 1232', ['6212 3456 7890 1232']],
		['UnionPay failing Luhn, with context', '卡号 6212345678901234 开户行招商银行', ['6212345678901234']],
		['UnionPay failing Luhn, no context', 'ref 6212345678901234', []],
		['Visa failing Luhn (last digit +1)', 'card 4539 1488 0343 6468', []],
		['published test number', 'use the Stripe test card 4242 4242 4242 4242', []],
		['test Visa 4111…', 'card 4111111111111111 works in staging', []],
		['mixed separators', 'card 4539 1488-0343 6467', []],
		['a tracking number with Luhn pass but no brand', 'tracking 1234 5678 9012 3452', []],
		['digits glued to a decimal', 'ratio 0.4539148803436467', []]
	])('%s', (_name, text, expected) => expect(reported(creditCardRule, text)).toEqual(expected));

	it('explains a UnionPay Luhn failure as lowered confidence', () => {
		const [hit] = creditCardRule.scan('卡号 6212345678901234');
		expect(hit).toMatchObject({ rule: 'pii.credit_card', category: 'pii.credit_card', score: 0.75 });
		expect(hit.explanation).toContain('UnionPay numbers need not pass Luhn');
	});
});

describe('pii.iban', () => {
	it.each([
		['German IBAN grouped', 'IBAN DE89 3704 0044 0532 0130 00 please', ['DE89 3704 0044 0532 0130 00']],
		['UK IBAN compact', 'wire to GB82WEST12345698765432 today', ['GB82WEST12345698765432']],
		['Spanish IBAN with BIC after it', 'cuenta ES91 2100 0418 4502 0005 1332 BIC CAIXESBBXXX', ['ES91 2100 0418 4502 0005 1332']],
		['French IBAN with a letter in the BBAN', 'FR14 2004 1010 0505 0001 3M02 606', ['FR14 2004 1010 0505 0001 3M02 606']],
		['checksum failure', 'IBAN DE89 3704 0044 0532 0130 01', []],
		['one character short', 'IBAN DE89 3704 0044 0532 0130 0', []],
		['unknown country', 'code XY89 3704 0044 0532 0130 00', []],
		['a part number that starts like an IBAN', 'part DE12 is missing', []],
		['an IBAN marked as an example', 'the docs use GB82 WEST 1234 5698 7654 32 as the example IBAN', []],
		['a lower-case IBAN with a bank word', 'iban vom vermieter: de89 3704 0044 0532 0130 00', ['de89 3704 0044 0532 0130 00']],
		['a lower-case IBAN-shaped run without a bank word', 'ref de89 3704 0044 0532 0130 00', []]
	])('%s', (_name, text, expected) => expect(reported(ibanRule, text)).toEqual(expected));
});

describe('pii.us_ssn', () => {
	it.each([
		['dashed with context', 'my SSN is 536-22-1234', ['536-22-1234']],
		['dashed without context', 'here: 536-22-1234', ['536-22-1234']],
		['spaces with context', 'social security 536 22 1234', ['536 22 1234']],
		['bare nine digits with context', 'SSN 536221234', ['536221234']],
		['bare nine digits without context', 'batch 536221234 arrived', []],
		['area 666', 'SSN 666-22-1234', []],
		['area 9xx (ITIN range)', 'SSN 912-22-1234', []],
		['group 00', 'SSN 536-00-1234', []],
		['Woolworth sample', 'SSN 078-05-1120', []],
		['dashed ticket number', 'ticket 536-22-1234 closed', []],
		['mixed separators', 'SSN 536-22 1234', []]
	])('%s', (_name, text, expected) => expect(reported(usSsnRule, text)).toEqual(expected));
});

describe('pii.cn_resident_id', () => {
	it.each([
		['with 身份证', '身份证号：11010519491231002X', ['11010519491231002X']],
		['without context still valid', '请核对 34052419800101001X', ['34052419800101001X']],
		['English context', 'her ID card number is 44030419900307123X', ['44030419900307123X']],
		['legacy 15-digit with context', '老身份证 110105491231002', ['110105491231002']],
		['legacy 15-digit without context', '批次 110105491231002', []],
		['wrong check digit', '身份证 340524198001010013', []],
		['impossible date', '身份证 110105202302291236', []],
		['a 19-digit bank number', '账号 6222021234567890123', []]
	])('%s', (_name, text, expected) => expect(reported(cnResidentIdRule, text)).toEqual(expected));
});

describe('HK, TW IDs and passports (under pii.cn_resident_id)', () => {
	it.each([
		['HKID with context', 'HKID A123456(3)', hkIdRule, ['A123456(3)']],
		['HKID in Chinese', '香港身份證 C668668(9)', hkIdRule, ['C668668(9)']],
		['HKID without context', 'model A123456(3)', hkIdRule, []],
		['HKID wrong check', 'HKID A123456(4)', hkIdRule, []],
		['TW ID with context', '身分證字號 A123456789', twIdRule, ['A123456789']],
		['TW ID without context', 'SKU A123456789', twIdRule, []],
		['TW ID wrong check', '身分證 A123456788', twIdRule, []],
		['passport EN', 'passport number E12345678 expires 2030', passportRule, ['E12345678']],
		['passport ZH', '护照号码 G87654321', passportRule, ['G87654321']],
		['passport DE', 'Reisepass Nr. C01234567', passportRule, ['C01234567']],
		['passport without the word', 'container E12345678 at berth 4', passportRule, []]
	])('%s', (_name, text, rule, expected) => expect(reported(rule, text)).toEqual(expected));

	it('files HK, TW and passport hits under pii.cn_resident_id', () => {
		for (const rule of [hkIdRule, twIdRule, passportRule]) expect(rule.category).toBe('pii.cn_resident_id');
	});
});

describe('passports and Taiwan IDs by the words around them', () => {
	it.each([
		['a Dutch passport with letters inside', 'Pass-Nr. NK9HLHFG4 der Kundin', passportRule, ['NK9HLHFG4']],
		['a Korean passport after 여권번호', '여권번호 M49851808 for Mr. Choi', passportRule, ['M49851808']],
		['a code with no passport word', 'Gate NK9HLHFG4 opens at 10', passportRule, []],
		['a Taiwan ID after "TW ID"', 'TW ID A123456789 for the Taipei onboarding', twIdRule, ['A123456789']]
	])('%s', (_name, text, rule, expected) => expect(reported(rule, text)).toEqual(expected));
});
