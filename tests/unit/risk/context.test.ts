import { describe, expect, it } from 'vitest';
import { contextRegex, contextWord, standsAlone, termRegex } from '../../../src/lib/risk/rules/context';
import { classifyPhone } from '../../../src/lib/risk/rules/phone';

describe('contextRegex', () => {
	const words = contextRegex(['card', 'social security', '卡号']);
	it.each([
		['card', true],
		['my Card:', true],
		['cardboard box', false], // Latin words stand alone
		['discard', false],
		['social-security', true], // a space in a word allows a space, _ or - in the text
		['socialsecurity', true],
		['请提供卡号', true], // Chinese words match inside a sentence
		['Kartenzahlung', false]
	])('%j → %s', (text, found) => expect(words.test(text)).toBe(found));
});

describe('termRegex and standsAlone', () => {
	it('prefers the longest term at a position', () => {
		expect('she has breast cancer'.match(termRegex(['cancer', 'breast cancer']))).toEqual(['breast cancer']);
	});
	it.each([
		['cancers', 0, 6, false],
		['x cancer y', 2, 8, true],
		['癌症患者', 0, 2, true]
	])('%j [%i, %i) stands alone: %s', (text, start, end, alone) => expect(standsAlone(text, start, end)).toBe(alone));
});

describe('contextWord', () => {
	const words = contextRegex(['ssn']);
	it('finds a word before or after the span within the window', () => {
		expect(contextWord('SSN 536-22-1234', 4, 15, words)).toBe('SSN');
		expect(contextWord('536-22-1234 is her ssn', 0, 11, words)).toBe('ssn');
	});
	it('ignores words outside the window and inside the span', () => {
		expect(contextWord('ssn' + ' '.repeat(70) + '536-22-1234', 73, 84, words)).toBeNull();
		expect(contextWord('xssn', 1, 4, words)).toBeNull();
	});
});

describe('classifyPhone', () => {
	it.each([
		['+44 20 7946 0958', 'international (+44, UK) number'],
		['+1 (415) 555-2671', 'international (+1, North America) number'],
		['+33 1 42 68 53 00', 'international number (11 digits)'],
		['+1 555 01', null], // too short for any plan
		['(415) 555-2671', 'North American (NANP) number'],
		['415-155-2671', '10 grouped digits'], // exchange starting with 1 is not NANP
		['13812345678', 'Chinese mobile number (1[3-9] + 9 digits)'],
		['12812345678', '11 digits'], // 12x is not a CN mobile range
		['0151 2345 6789', 'national number with trunk 0 (UK/DE format)'],
		['612 345 678', 'Spanish number (9 digits, 6/7/8/9)'],
		['2024-03-15', null],
		['15.03.2024', null],
		['1 250 000', null],
		['1111111111', null]
	])('%s → %s', (raw, what) => expect(classifyPhone(raw)?.what ?? null).toBe(what));
});
