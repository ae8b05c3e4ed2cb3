import { describe, expect, it } from 'vitest';
import { mergeSpans, redactText } from '../../../src/lib/risk/redact';
import type { RiskHit } from '../../../src/lib/risk/types';

describe('redactText', () => {
	it.each([
		['a card number', 'my card is 4539 1488 0343 6467 exp 03/27', 'my card is [pii.credit_card] exp 03/27'],
		['an IBAN and an e-mail', 'IBAN DE89 3704 0044 0532 0130 00, mail ana@harbor.io', 'IBAN [pii.iban], mail [pii.email]'],
		['a password', 'wifi password: Blue42cat!', 'wifi password: [secret]'],
		['a Chinese ID and mobile', '手机13812345678 身份证11010519491231002X', '手机[pii.phone] 身份证[pii.cn_resident_id]'],
		['PHI stays visible', 'My mother was diagnosed with breast cancer', 'My mother was diagnosed with breast cancer'],
		['nothing to hide', 'see you at 10:30 on 12.03.2024', 'see you at 10:30 on 12.03.2024'],
		['a test card stays', 'staging card 4111 1111 1111 1111', 'staging card 4111 1111 1111 1111'],
		['empty', '', '']
	])('%s', (_name, text, expected) => expect(redactText(text)).toBe(expected));
});

describe('mergeSpans', () => {
	const hit = (category: RiskHit['category'], start: number, end: number, score: number): RiskHit => ({ rule: category, category, severity: 'low', score, start, end, explanation: '' });
	it('merges overlapping spans under the first hit’s category', () => {
		expect(mergeSpans([hit('pii.phone', 12, 20, 0.6), hit('pii.us_ssn', 10, 18, 0.9), hit('secret', 30, 35, 0.9)])).toEqual([
			{ start: 10, end: 20, label: 'pii.us_ssn' },
			{ start: 30, end: 35, label: 'secret' }
		]);
	});
});
