import { describe, expect, it } from 'vitest';
import { matchKeys, normaliseEmail, normaliseHandle, normalisePhone } from '$lib/identity';

describe('normalisePhone', () => {
	it.each([
		['+49 151 2345 6789', '+4915123456789'],
		['+1 (555) 010-0123', '+15550100123'],
		['+1 (555) 010\u20110123', '+15550100123'], // non-breaking hyphen, as WhatsApp writes it
		['0049 151 23456789', '+4915123456789'],
		['0049-151-23456789', '+4915123456789'],
		['+44 7700.900.123', '+447700900123'],
		['\u202a+34 612 345 678\u202c', '+34612345678'], // direction marks around the number
		['0151 2345678', '01512345678'], // national number: kept as is, no country guessed
		['+86 138 0013 8000', '+8613800138000'],
		['12345', null], // too short for a phone number
		['+1234567890123456', null], // longer than E.164 allows
		['Ana Silva', null],
		['user5100000001', null],
		['', null],
		[null, null]
	])('%j → %j', (raw, expected) => {
		expect(normalisePhone(raw)).toBe(expected);
	});
});

describe('normaliseEmail', () => {
	it.each([
		['Ana.Silva@Example.COM', 'ana.silva@example.com'],
		['  bo@harbor.io ', 'bo@harbor.io'],
		['mailto:Klara@web.de', 'klara@web.de'],
		['first.last@gmail.com', 'first.last@gmail.com'], // dots kept
		['not an email', null],
		['ana@localhost', null],
		[null, null]
	])('%j → %j', (raw, expected) => {
		expect(normaliseEmail(raw)).toBe(expected);
	});
});

describe('normaliseHandle', () => {
	it.each([
		['@Nico.Alvarez', 'nico.alvarez'],
		['  @@bo ', 'bo'],
		['U024BE7LH', 'u024be7lh'],
		['@', null],
		['', null]
	])('%j → %j', (raw, expected) => {
		expect(normaliseHandle(raw)).toBe(expected);
	});
});

describe('matchKeys', () => {
	const p = (handle: string, display_name: string, phone: string | null = null, email: string | null = null) => ({
		id: 1,
		platform: 'x',
		handle,
		display_name,
		phone,
		email
	});
	it.each([
		['a display name used as handle gives no key', p('Ana Silva', 'Ana Silva'), []],
		['a stable id gives a handle key', p('user5100000001', 'Lena Fischer'), ['handle:user5100000001']],
		['a phone-shaped handle gives a phone key', p('+1 (555) 010\u20110123', '+1 (555) 010\u20110123'), ['phone:+15550100123']],
		['the phone column and the id', p('+49 151 2345 6789', 'Klara Weber', '+4915123456789'), ['phone:+4915123456789', 'handle:+49 151 2345 6789']],
		['an e-mail handle', p('Ana@Example.com', 'Ana'), ['email:ana@example.com', 'handle:ana@example.com']],
		['the e-mail column', p('U1', 'Ana', null, 'ANA@example.com'), ['email:ana@example.com', 'handle:u1']]
	])('%s', (_, participant, expected) => {
		expect(matchKeys(participant)).toEqual(expected);
	});
});
