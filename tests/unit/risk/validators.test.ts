import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../../src/lib/risk/validators/luhn';
import { cardBrand } from '../../../src/lib/risk/validators/card-brand';
import { ibanValid } from '../../../src/lib/risk/validators/iban';
import { usSsnValid } from '../../../src/lib/risk/validators/us-ssn';
import { cnResidentIdValid } from '../../../src/lib/risk/validators/cn-resident-id';
import { hkIdValid } from '../../../src/lib/risk/validators/hk-id';
import { twIdValid } from '../../../src/lib/risk/validators/tw-id';
import { deaValid, nhsValid, npiValid } from '../../../src/lib/risk/validators/health-ids';
import { decodeJwt } from '../../../src/lib/risk/validators/jwt';
import { shannonEntropy } from '../../../src/lib/risk/validators/entropy';

describe('luhnValid', () => {
	it.each([
		['4111111111111111', true], // reference §1.7
		['4111111111111112', false], // reference §1.7
		// 7 9 9 2 7 3 9 8 7 1 3: doubled from the right (1,8,3,2,9 → 2,16→7,6,4,18→9): 3+2+7+7+9+6+7+4+9+9+7 = 70
		['79927398713', true],
		['79927398710', false], // same sum with 0 for 3: 67
		['378282246310005', true], // Amex test number
		['4111-1111-1111-1111', false], // separators must be stripped first
		['', false]
	])('%s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));
});

describe('cardBrand', () => {
	it.each([
		['4111111111111111', 'visa'],
		['4222222222222', 'visa'], // 13 digits
		['5555555555554444', 'mastercard'],
		['2223003122003222', 'mastercard'], // 2-series 2221–2720
		['2721003122003222', null], // just past the 2-series
		['378282246310005', 'amex'],
		['3782822463100050', null], // Amex prefix, wrong length
		['6011111111111117', 'discover'],
		['6445644564456445', 'discover'],
		['3530111333300000', 'jcb'],
		['6200000000000005', 'unionpay'],
		['6221260000000000', 'unionpay'], // co-branded range read as UnionPay
		['30569309025904', 'diners'], // 14 digits, 305
		['36227206271667', 'diners'], // 14 digits, 36
		['2200123456789010', 'mir'],
		['9792123456789012', 'troy'],
		['6062821234567890', 'hipercard'],
		['6759123456789012', 'maestro'],
		['5612345678901234', null], // the wide 56 range is not read as Maestro
		['1234567812345670', null],
		['411111111', null]
	])('%s → %s', (digits, brand) => expect(cardBrand(digits)).toBe(brand));
});

describe('ibanValid', () => {
	it.each([
		['DE89370400440532013000', true], // reference §1.7
		['GB82WEST12345698765432', true], // reference §1.7
		['DE89 3704 0044 0532 0130 00', true], // printed form
		['de89370400440532013000', true],
		['FR1420041010050500013M02606', true],
		['ES9121000418450200051332', true],
		['NL91ABNA0417164300', true],
		['AT611904300234573201', true],
		['CH9300762011623852957', true],
		['DE89370400440532013001', false], // last digit changed: remainder 28, not 1
		['DE8937040044053201300', false], // 21 characters, Germany has 22
		['XX89370400440532013000', false], // no such country
		['GB82WEST1234569876543', false] // 21 characters, the UK has 22
	])('%s → %s', (iban, valid) => expect(ibanValid(iban)).toBe(valid));
});

describe('usSsnValid', () => {
	it.each([
		['536221234', true],
		['772105678', true],
		['000221234', false], // area 000
		['666221234', false], // area 666
		['900221234', false], // area 900–999 (ITIN range)
		['999221234', false],
		['536001234', false], // group 00
		['536220000', false], // serial 0000
		['078051120', false], // Woolworth wallet card
		['123456789', false], // sample
		['111111111', false], // all one digit
		['53622123', false] // 8 digits
	])('%s → %s', (ssn, valid) => expect(usSsnValid(ssn)).toBe(valid));
});

describe('cnResidentIdValid', () => {
	const now = new Date('2026-11-28T00:00:00Z');
	it.each([
		['11010519491231002X', true], // GB 11643 example; reference §1.7
		['11010519491231002x', true], // lower-case X
		['34052419800101001X', true], // reference §1.7
		['340524198001010013', false], // reference §1.7: wrong check digit
		// 4 4 0 3 0 4 1 9 9 0 0 3 0 7 1 2 3 × 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
		// = 28+36+0+15+0+16+2+9+54+0+0+27+0+35+8+8+6 = 244; 244 % 11 = 2 → "10X98765432"[2] = X
		['44030419900307123X', true],
		['440304199003071230', false],
		// 1 1 0 1 0 5 2 0 2 4 0 2 2 9 1 2 3: 7+9+0+5+0+20+4+0+12+12+0+18+20+45+8+8+6 = 174; 174 % 11 = 9 → '3'; 29 Feb 2024 exists
		['110105202402291233', true],
		// 110105 2023-02-29: 7+9+0+5+0+20+4+0+12+9+0+18+20+45+8+8+6 = 171; 171 % 11 = 6 → '6', checksum right but no 29 Feb 2023
		['110105202302291236', false],
		// 1 1 0 1 0 5 2 0 9 9 1 2 3 1 0 0 2: 7+9+0+5+0+20+4+0+54+27+7+18+30+5+0+0+4 = 190; 190 % 11 = 3 → '9': checksum right, date in the future
		['110105209912310029', false],
		// 9 9 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2: 63+81+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 295; 295 % 11 = 9 → '3': checksum right, province 99 does not exist
		['990105194912310023', false],
		['1101051949123100', false] // too short
	])('%s → %s', (id, valid) => expect(cnResidentIdValid(id, now)).toBe(valid));
});

describe('hkIdValid', () => {
	it.each([
		['A123456(3)', true], // reference §1.7
		['A1234563', true],
		['A123456(4)', false],
		// C668668: space 36×9 + C 12×8 + 6×7 + 6×6 + 8×5 + 6×4 + 6×3 + 8×2 = 324+96+42+36+40+24+18+16 = 596; 596 % 11 = 2; 11 − 2 = 9
		['C668668(9)', true],
		// AB987654: 10×9 + 11×8 + 9×7 + 8×6 + 7×5 + 6×4 + 5×3 + 4×2 = 90+88+63+48+35+24+15+8 = 371; 371 % 11 = 8; 11 − 8 = 3
		['AB987654(3)', true],
		['AB987654(2)', false],
		// G123456: 324 + 16×8 + (1×7+2×6+3×5+4×4+5×3+6×2 = 77) = 529; 529 % 11 = 1; 11 − 1 = 10 → A
		['G123456(A)', true],
		['G123456(0)', false],
		['ABC123456(7)', false] // three letters
	])('%s → %s', (id, valid) => expect(hkIdValid(id)).toBe(valid));
});

describe('twIdValid', () => {
	it.each([
		['A123456789', true], // reference §1.7
		['A123456788', false],
		// B → 1 1; digits 1 1 2 3 4 5 6 7 8 9 4 × 1 9 8 7 6 5 4 3 2 1 1 = 1+9+16+21+24+25+24+21+16+9+4 = 170 → % 10 = 0
		['B234567894', true],
		['B234567890', false], // 166
		['A323456789', false], // second character must be 1 or 2
		['a123456789', false]
	])('%s → %s', (id, valid) => expect(twIdValid(id)).toBe(valid));
});

describe('health identifiers', () => {
	it.each([
		['1234567893', true], // reference §1.7: Luhn over 808401234567893
		['1234567890', false],
		['3234567893', false], // must start with 1 or 2
		['1111111112', false] // nine identical leading digits
	])('NPI %s → %s', (npi, valid) => expect(npiValid(npi)).toBe(valid));

	it.each([
		['AB1234563', true], // reference §1.7: (1+3+5) + 2·(2+4+6) = 9 + 24 = 33 → 3
		['AB1234564', false],
		['IB1234563', false], // I is not a registrant type
		// 9 as second character; 7 6 5 4 3 2: (7+5+3) + 2·(6+4+2) = 15 + 24 = 39 → 9
		['M97654329', true],
		['AB123456', false]
	])('DEA %s → %s', (dea, valid) => expect(deaValid(dea)).toBe(valid));

	it.each([
		['9434765919', true], // reference §1.7: 90+36+24+28+42+30+20+27+2 = 299; 299 % 11 = 2; 11 − 2 = 9
		['943 476 5919', true],
		['9434765918', false],
		// 1 0 0 0 0 0 0 0 1: 10 + 2 = 12; 12 % 11 = 1; 11 − 1 = 10 → no valid check digit
		['1000000010', false],
		['0000000000', false]
	])('NHS %s → %s', (nhs, valid) => expect(nhsValid(nhs)).toBe(valid));
});

describe('decodeJwt', () => {
	// jwt.io example: {"alg":"HS256","typ":"JWT"} . {"sub":"1234567890","name":"John Doe","iat":1516239022}
	const JWT =
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
	it('decodes the header and payload of a real token', () => {
		expect(decodeJwt(JWT)).toEqual({ header: { alg: 'HS256', typ: 'JWT' }, payload: { sub: '1234567890', name: 'John Doe', iat: 1516239022 } });
	});
	it.each([
		['two parts', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0'],
		['payload "not json"', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.abc'],
		['header {"typ":"JWT"} without alg', 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.abc'],
		['payload a JSON array [1]', 'eyJhbGciOiJIUzI1NiJ9.WzFd.abc'],
		['a dotted version string', '1.2.3']
	])('rejects %s', (_name, token) => expect(decodeJwt(token)).toBeNull());
});

describe('shannonEntropy', () => {
	it.each([
		['', 0],
		['aaaa', 0],
		['ab', 1], // two symbols at ½: −2·½·log2 ½ = 1
		['aabb', 1],
		['abcd', 2],
		['abcdefgh', 3]
	])('%j → %d bits', (s, bits) => expect(shannonEntropy(s)).toBeCloseTo(bits, 10));
});
