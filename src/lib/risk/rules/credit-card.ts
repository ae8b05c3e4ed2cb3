import type { RiskHit, RiskRule } from '../types';
import { cardBrand, TEST_CARD_NUMBERS } from '../validators/card-brand';
import { luhnValid } from '../validators/luhn';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit, REFERENCE_WORDS } from './context';

/** 13–19 digits, optionally grouped by single spaces or dashes (one kind of separator per number), not part of a longer grouped number. */
const CANDIDATE = /(?<![\d.,/-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\d/-]|[.,]\d|[ -]\d)/g;
const CONTEXT = contextRegex([
	'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'cc', 'cvv', 'expiry', 'exp',
	'信用卡', '银行卡', '卡号', '储蓄卡', '银联', '借记卡', '开户行',
	'Karte', 'Kreditkarte', 'Kartennummer', 'tarjeta', 'crédito', 'débito', 'número de tarjeta'
]);

const meta = { id: 'pii.credit_card', category: 'pii.credit_card', severity: 'high', description: 'A payment card number (Luhn check and card brand).' } as const;

function sameSeparators(raw: string): boolean {
	return !(raw.includes(' ') && raw.includes('-'));
}

/**
 * Scores: Luhn pass and a known brand 0.8; Luhn pass without a brand 0.4; a UnionPay (62…) number failing Luhn
 * 0.4 (UnionPay does not guarantee Luhn); a context word adds 0.35; order/invoice words nearby take 0.35 off.
 * Published test numbers (4111 1111 1111 1111, 4242…) belong to no cardholder: 0.2.
 */
export const creditCardRule: RiskRule = {
	...meta,
	scan(text) {
		if (!/\d{4}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(CANDIDATE)) {
			if (!sameSeparators(m[0])) continue;
			const digits = m[0].replace(/\D/g, '');
			const start = m.index;
			const end = start + m[0].length;
			const brand = cardBrand(digits);
			const luhn = luhnValid(digits);
			if (TEST_CARD_NUMBERS.has(digits)) {
				hits.push(makeHit(meta, start, end, 0.2, `${digits.length} digits: a published test card number, not a real card`));
				continue;
			}
			let score: number;
			let why: string;
			if (luhn && brand) [score, why] = [0.8, `${digits.length}-digit ${brand} number passing the Luhn check`];
			else if (luhn) [score, why] = [0.4, `${digits.length} digits passing the Luhn check, no known card brand`];
			else if (brand === 'unionpay') [score, why] = [0.4, `${digits.length}-digit UnionPay number (UnionPay numbers need not pass Luhn)`];
			else continue;
			const word = contextWord(text, start, end, CONTEXT);
			if (word) [score, why] = [score + CONTEXT_BOOST, `${why}; '${word}' nearby`];
			const ref = word ? null : contextWord(text, start, end, REFERENCE_WORDS, 30, 0);
			if (ref) [score, why] = [score - 0.35, `${why}; but '${ref}' nearby suggests a reference number`];
			hits.push(makeHit(meta, start, end, score, why));
		}
		return hits;
	}
};
