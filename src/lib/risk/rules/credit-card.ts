import type { RiskHit, RiskRule } from '../types';
import { cardBrand, TEST_CARD_NUMBERS } from '../validators/card-brand';
import { luhnValid } from '../validators/luhn';
import { CONTEXT_BOOST, contextRegex, contextWord, EXAMPLE_WORDS, makeHit, REFERENCE_WORDS } from './context';

/** 13–19 digits, optionally grouped by single spaces or dashes (one kind of separator per number), not part of a longer grouped number. */
const CANDIDATE = /(?<![\d.,/-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\d/-]|[.,]\d|[ -]\d)/g;
const CONTEXT = contextRegex([
	'card',
	'credit',
	'debit',
	'visa',
	'mastercard',
	'amex',
	'discover',
	'jcb',
	'unionpay',
	'cc',
	'cvv',
	'expiry',
	'exp',
	'信用卡',
	'银行卡',
	'卡号',
	'储蓄卡',
	'银联',
	'借记卡',
	'开户行',
	'Karte',
	'Kreditkarte',
	'Kartennummer',
	'tarjeta',
	'crédito',
	'débito',
	'número de tarjeta',
	// paying with it: the verb names the number a card (the German noun Charge, a batch, is a reference word)
	'charge it',
	'charge',
	'charged',
	'bill it to',
	'pay with',
	'paid with',
	'cobrar',
	'cóbralo',
	'cárgalo',
	'cargar a',
	'pagar con',
	'abbuchen',
	'belasten',
	'bezahlen mit',
	'刷卡',
	'刷',
	'扣款',
	'付款卡'
]);

/** Stored-value and gift cards: a code to redeem, not a payment card of a person. */
const GIFT_CARD_WORDS = contextRegex([
	'gift card',
	'giftcard',
	'voucher',
	'gift code',
	'redeem',
	'promo code',
	'coupon',
	'top-up',
	'prepaid code',
	'Gutschein',
	'Gutscheincode',
	'Geschenkkarte',
	'Einlösecode',
	'tarjeta regalo',
	'tarjeta de regalo',
	'cupón',
	'código de canje',
	'bono regalo',
	'礼品卡',
	'购物卡',
	'充值卡',
	'兑换码',
	'券码',
	'卡密'
]);
/** The number said to be refused as invalid: a typo or a made-up number, not a working card. */
const INVALID_WORDS = contextRegex([
	'invalid',
	'not valid',
	'ungültig',
	'nicht gültig',
	'inválida',
	'inválido',
	'no válida',
	'no es válida',
	'无效',
	'不存在',
	'错误'
]);

/** A run of one digit, or a number made almost only of one digit (0000 0000 0000 0000, 5500 0000 0000 0004): a placeholder. */
function placeholderDigits(digits: string): boolean {
	const counts = new Map<string, number>();
	for (const d of digits) counts.set(d, (counts.get(d) ?? 0) + 1);
	return Math.max(...counts.values()) >= digits.length * 0.7;
}

const meta = {
	id: 'pii.credit_card',
	category: 'pii.credit_card',
	severity: 'high',
	description: 'A payment card number (Luhn check and card brand).'
} as const;

function sameSeparators(raw: string): boolean {
	return !(raw.includes(' ') && raw.includes('-'));
}

/**
 * Scores: Luhn pass and a known brand 0.8; Luhn pass without a brand 0.4; a UnionPay (62…) number failing Luhn
 * 0.4 (UnionPay does not guarantee Luhn); a context word adds 0.35; order/invoice words nearby take 0.35 off.
 * Published test numbers (4111 1111 1111 1111, 4242…), placeholders made of one digit, numbers next to an example
 * word, a gift-card or voucher word, or a word saying the number is invalid belong to no cardholder: 0.2.
 */
export const creditCardRule: RiskRule = {
	...meta,
	scan(original) {
		if (!/\d{4}/.test(original)) return [];
		// a number wrapped over a line break between its groups ("4230 5252 1036⏎7124") is still one number; the same
		// length keeps the offsets, and the Luhn check and the brand still decide
		const text = original.includes('\n') ? original.replace(/(?<=\d{4}) ?\n ?(?=\d{4})/g, (m) => ' '.repeat(m.length)) : original;
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
			if (placeholderDigits(digits)) {
				hits.push(makeHit(meta, start, end, 0.2, `${digits.length} digits almost all one digit: a placeholder, not a real card`));
				continue;
			}
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 40, 50);
			const giftCard = contextWord(text, start, end, GIFT_CARD_WORDS, 40, 10);
			const invalid = contextWord(text, start, end, INVALID_WORDS, 20, 30);
			const notACard = example
				? `'${example}' marks an example`
				: giftCard
					? `'${giftCard}' names a gift card or voucher code`
					: invalid
						? `'${invalid}': the number is said to be invalid`
						: null;
			if (notACard && (luhnValid(digits) || cardBrand(digits) === 'unionpay')) {
				hits.push(makeHit(meta, start, end, 0.2, `${digits.length} digits, but ${notACard}`));
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
