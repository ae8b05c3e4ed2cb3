export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'unionpay' | 'diners' | 'maestro' | 'mir' | 'troy' | 'hipercard';

/** Card brand from the issuer identification number (leading digits) and the length; null when no brand fits. */
export function cardBrand(digits: string): CardBrand | null {
	const n = digits.length;
	const p2 = Number(digits.slice(0, 2));
	const p3 = Number(digits.slice(0, 3));
	const p4 = Number(digits.slice(0, 4));
	if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
	if (n === 16 && ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))) return 'mastercard';
	if (n === 15 && (p2 === 34 || p2 === 37)) return 'amex';
	// UnionPay before Discover: 622126–622925 is co-branded, and a 62 number is read as UnionPay.
	if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
	if (n >= 16 && n <= 19 && (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65)) return 'discover';
	if (n >= 16 && n <= 19 && p4 >= 3528 && p4 <= 3589) return 'jcb';
	if (n >= 14 && n <= 19 && ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39)) return 'diners';
	if (n >= 16 && n <= 19 && p4 >= 2200 && p4 <= 2204) return 'mir';
	if (n === 16 && p4 === 9792) return 'troy';
	if ((n === 16 || n === 19) && (digits.startsWith('606282') || p4 === 3841)) return 'hipercard';
	// Maestro's own ranges only (the wider 50/56–69 space overlaps other schemes and random numbers)
	if (n >= 13 && n <= 19 && [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return 'maestro';
	return null;
}

/** Published test numbers from card-network and payment-provider documentation: no real cardholder has them. */
export const TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
	'4111111111111111',
	'4242424242424242',
	'4012888888881881',
	'4000056655665556',
	'4222222222222',
	'5555555555554444',
	'5105105105105100',
	'2223003122003222',
	'5200828282828210',
	'378282246310005',
	'371449635398431',
	'378734493671000',
	'6011111111111117',
	'6011000990139424',
	'3530111333300000',
	'3566002020360505',
	'6200000000000005'
]);
