// A national number is judged as it is written: an unbroken run without the trunk 0 its country dials (a timestamp,
// a customer or student number), the North American (NXX) NXX-XXXX shape judged only against North America, digits
// that are an e-mail's local part, small numbers in a row, plural "digits missing" wording, and cities that point to
// a country (Joburg, Moscow, SG).
import { describe, expect, it } from 'vitest';
import { phoneRule } from '../../../src/lib/risk/rules/phone';
import { reported } from './helpers';

describe('pii.phone: judged as written', () => {
	it.each([
		['a unix timestamp in a log line', 'job finished, updated_at 1712345678 per the scheduler', []],
		['ten digits with no trunk 0 in English text', 'retry count reset at 1854407731 according to ops', []],
		['a German customer number without trunk 0', 'meine Vertragsnummer lautet 52761904, bitte prüfen', []],
		['a Chinese student number', '我的学号是 2021087745，帮我查一下成绩', []],
		['an unassigned North American exchange', 'the caller ID showed (303) 055-7812, looks made up', []],
		['an N11 area code written North American', 'prank texts from (411) 876-2210 again', []],
		['fictional 555-01xx without area code', 'the detective in the show dials 555-0178', []],
		['digits that are an e-mail local part', '简历请发 881204557@qq.com 谢谢', []],
		['lottery numbers', 'my picks this week: 03 11 19 27 38 and bonus 04', []],
		['German plural: digits missing', 'die Nummer 0176 4412 – da fehlen Ziffern', []]
	])('not a phone: %s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));

	it.each([
		['a valid North American number', 'call me at (646) 555-2391 after four', ['(646) 555-2391']],
		['Joburg points to South Africa', 'Joburg office: 011 483 2290, ask for Sipho', ['011 483 2290']],
		['SG points to Singapore', 'SG desk line 6532 1187 for the settlement', ['6532 1187']],
		['Moscow points to Russia', '莫斯科办事处 8 (495) 123-45-67', ['8 (495) 123-45-67']],
		['a GB mobile with its trunk 0 unbroken', 'text me on 07911123456 tonight', ['07911123456']],
		['a Chinese mobile unbroken', '手机 13812345678 随时打', ['13812345678']]
	])('a phone: %s', (_name, text, expected) => expect(reported(phoneRule, text)).toEqual(expected));
});
