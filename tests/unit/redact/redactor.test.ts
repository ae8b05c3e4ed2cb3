import { describe, expect, it } from 'vitest';
import { identifierOf, Pseudonyms } from '$lib/redact/pseudonyms';
import { CLEAR, maskingRedactor, maskText, mergeSpans } from '$lib/redact/redactor';

// The names of a workspace, in participant order: two unsaved WhatsApp contacts, an address used as a Slack name,
// a person with an ordinary name, and the same first number written another way.
const NAMES = new Pseudonyms([
	'Dana Whitfield',
	'+1 (555) 010-0199',
	'\u202a+44 7700 900123\u202c',
	'ops@harbor-logistics.io',
	'0015550100199',
	'~\u202fBo Li'
]);
const r = maskingRedactor(NAMES);

describe('identifierOf: a whole string that is a phone number or an e-mail address', () => {
	it.each([
		['+1 (555) 010-0199', { category: 'pii.phone', key: '15550100199' }],
		['\u202a+44 7700 900123\u202c', { category: 'pii.phone', key: '447700900123' }],
		['~\u202f+49 151 23456789', { category: 'pii.phone', key: '4915123456789' }],
		['0049 151 23456789', { category: 'pii.phone', key: '4915123456789' }],
		['Ops@Harbor-Logistics.IO', { category: 'pii.email', key: 'ops@harbor-logistics.io' }],
		['mailto:ana@x.org', { category: 'pii.email', key: 'ana@x.org' }],
		['Dana Whitfield', null],
		['Dana +1 555 010 0199', null],
		['123456', null],
		['2024-01-08', null],
		['08.01.2024', null],
		['12/31/2024', null],
		['2024-01-08T09:00:00', null],
		['', null]
	])('%j', (text, id) => expect(identifierOf(text)).toEqual(id));
});

describe('Pseudonyms', () => {
	it('numbers each value once, per category, in the order given', () => {
		expect(NAMES.label({ category: 'pii.phone', key: '15550100199' })).toBe('[pii.phone #1]');
		expect(NAMES.label({ category: 'pii.phone', key: '447700900123' })).toBe('[pii.phone #2]');
		expect(NAMES.label({ category: 'pii.email', key: 'ops@harbor-logistics.io' })).toBe('[pii.email #1]');
		expect(NAMES.label({ category: 'pii.phone', key: '12025550143' })).toBe('[pii.phone]');
		expect(NAMES.size).toBe(3);
	});
});

describe('the redaction function', () => {
	it.each([
		['a phone-number author', '+1 (555) 010-0199', '[pii.phone #1]'],
		['the same number written another way', '+1 555 010 0199', '[pii.phone #1]'],
		['a number with bidi marks around it', '\u202a+44 7700 900123\u202c', '[pii.phone #2]'],
		['an e-mail name, other case', 'OPS@harbor-logistics.io', '[pii.email #1]'],
		['an unknown number as a whole name', '+1 202 555 0143', '[pii.phone]'],
		['an ordinary name', 'Dana Whitfield', 'Dana Whitfield'],
		['a chat title with a known number', 'WhatsApp Chat with +1 555 010 0199', 'WhatsApp Chat with [pii.phone #1]'],
		[
			'a system line naming a known number',
			'+44 7700 900123 joined using this group\u2019s invite link',
			'[pii.phone #2] joined using this group\u2019s invite link'
		],
		['a raw WhatsApp line', '3/12/24, 10:01 - +1 (555) 010-0199: see you', '3/12/24, 10:01 - [pii.phone #1]: see you'],
		['a known number glued to other digits', 'Tel.0015550100199', 'Tel.00[pii.phone #1]'],
		['a card number', 'my card is 4539 1488 0343 6467 exp 03/27', 'my card is [pii.credit_card] exp 03/27'],
		['an IBAN and a known address', 'IBAN DE89 3704 0044 0532 0130 00, mail ops@harbor-logistics.io', 'IBAN [pii.iban], mail [pii.email #1]'],
		['an address at a documentation domain', 'write to ana@example.com', 'write to [pii.email]'],
		['a password', 'wifi password: Blue42cat!', 'wifi password: [secret]'],
		['a Chinese ID and mobile', '手机13812345678 身份证11010519491231002X', '手机[pii.phone] 身份证[pii.cn_resident_id]'],
		['health data stays', 'My mother was diagnosed with breast cancer', 'My mother was diagnosed with breast cancer'],
		['times and dates stay', 'see you at 10:30 on 12.03.2024', 'see you at 10:30 on 12.03.2024'],
		['a test card stays', 'staging card 4111 1111 1111 1111', 'staging card 4111 1111 1111 1111'],
		['a mask stays a mask', '[pii.phone #1]', '[pii.phone #1]'],
		['empty', '', '']
	])('%s', (_name, text, expected) => {
		expect(r.shown(text)).toBe(expected);
		// Redacting what is shown again changes nothing.
		expect(r.shown(expected)).toBe(expected);
	});

	it('is the identity when off', () => {
		expect(CLEAR.shown('+1 555 010 0199')).toBe('+1 555 010 0199');
		expect(CLEAR.enabled).toBe(false);
	});

	it('without names, still masks whole numbers and detected spans', () => {
		expect(maskingRedactor().shown('+1 (555) 010-0199')).toBe('[pii.phone]');
		expect(maskText('card 4539 1488 0343 6467', new Pseudonyms())).toBe('card [pii.credit_card]');
	});
});

describe('mergeSpans', () => {
	it('merges overlapping spans under the label of the first', () => {
		expect(
			mergeSpans([
				{ start: 12, end: 20, label: 'b' },
				{ start: 10, end: 18, label: 'a' },
				{ start: 30, end: 35, label: 'c' }
			])
		).toEqual([
			{ start: 10, end: 20, label: 'a' },
			{ start: 30, end: 35, label: 'c' }
		]);
	});
});
