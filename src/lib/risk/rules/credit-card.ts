import type { RiskHit, RiskRule } from '../types';
import { cardBrand, TEST_CARD_NUMBERS } from '../validators/card-brand';
import { withAsciiDigits } from '../validators/digits';
import { luhnValid } from '../validators/luhn';
import { CONTEXT_BOOST, contextRegex, contextWord, EXAMPLE_WORDS, makeHit, REFERENCE_WORDS } from './context';

/** Blanks that paste in from web pages and PDFs: no-break, figure, thin and narrow no-break spaces. */
const BLANK = '[ \\t\\u00a0\\u2007\\u2009\\u202f]';
/**
 * A run of digits joined by single separators (space or another blank, dash or en dash, dot, tab, or a line break with blanks round it), not
 * glued to a decimal, a path or a dashed number before it. Commas stand outside: a CSV row's fields are read one by one.
 */
const DIGIT_RUN = new RegExp(`(?<![\\d./]|(?<![A-Za-z])-)\\d(?:(?:${BLANK}*\\r?\\n${BLANK}*|${BLANK}|[.\\u2013-])?\\d)*`, 'g');
/** The groupings card issuers print: 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19 digits), 4-4-4-1 (Visa 13), 4-4-5. */
const PRINTED_GROUPINGS = new Set(['4,4,4,4', '4,6,5', '4,6,4', '4,4,4,4,3', '4,4,4,1', '4,4,5', '4,4,4,3']);
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
	'diners',
	'maestro',
	'mir',
	'girocard',
	'ec-karte',
	'cc',
	'cc#',
	'ccnum',
	'pan',
	// field names in logs, JSON and CSV headers, camelCase or glued
	'cardnumber',
	'card_number',
	'cardno',
	'card_no',
	'ccnumber',
	'cc_number',
	'creditcard',
	'card_num',
	'Kartennr',
	'num_tarjeta',
	'numero_tarjeta',
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
/** Numbers given as test cards (payment-provider sandboxes list many more than the published set above). */
const TEST_CARD_WORDS = contextRegex(['test card', 'test cards', 'test number', 'testkarte', 'testkreditkarte', 'tarjeta de prueba', 'sandbox', '测试卡']);
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

type SeparatorKind = 'none' | 'space' | 'dash' | 'other';

/** One kind of separator in the number: none, single spaces, single dashes, or something else (dots, tabs, line breaks, a mix). */
function separatorKind(separators: string[]): SeparatorKind {
	if (separators.length === 0) return 'none';
	if (separators.every((s) => s === ' ')) return 'space';
	if (separators.every((s) => s === '-')) return 'dash';
	return 'other';
}

/** Whitespace with a line break (a number wrapped in a chat window) counts as a space; a dot or tab stays odd. */
function normalised(separator: string): string {
	if (/\n/.test(separator)) return '\n';
	if (/^[\t\u00a0\u2007\u2009\u202f]$/.test(separator)) return separator === '\t' ? '\t' : ' ';
	return separator === '\u2013' ? '-' : separator;
}

export interface CardCandidate {
	start: number;
	end: number;
	digits: string;
	/** How the number was found, for the explanation; null when written as cards are written. */
	unusual: string | null;
}

interface Piece {
	start: number;
	groups: string[];
	separators: string[];
	/** The text right after the piece. */
	after: string;
}

function piece(text: string, start: number, raw: string): Piece {
	return {
		start,
		groups: raw.split(/\D+/),
		separators: (raw.match(/\D+/g) ?? []).map(normalised),
		after: text.slice(start + raw.length, start + raw.length + 2)
	};
}

/**
 * How a piece of a digit run may be a card number, most likely first: the whole piece when it has 13–19 digits with
 * one kind of separator, or in a printed grouping (line breaks or dots between the groups); 13–19 digits broken by
 * one line break anywhere (a pasted number wrapped); the first groups when they are a plain number or a printed
 * grouping and one short group follows (an expiry month or a CVV: "4539 1488 0343 6467 03/27").
 */
function shapes(text: string, p: Piece): CardCandidate[] {
	const out: CardCandidate[] = [];
	const lengths = p.groups.map((g) => g.length);
	const total = lengths.reduce((a, b) => a + b, 0);
	const raw = (n: number) => p.groups.slice(0, n).reduce((len, g, i) => len + g.length + (i > 0 ? p.separators[i - 1].length : 0), 0);
	const kind = separatorKind(p.separators);
	// a number continued by a slash, a dash code or a decimal is a date range, a path or a reference
	if (total >= 13 && total <= 19 && !/^\/|^-\d|^\.\d/.test(p.after)) {
		const printed = PRINTED_GROUPINGS.has(lengths.join(','));
		const uniform = p.separators.every((s) => s === ' ' || s === '\n') || p.separators.every((s) => s === p.separators[0]);
		const breaks = p.separators.filter((s) => s === '\n').length;
		const rest = p.separators.filter((s) => s !== '\n');
		const digits = p.groups.join('');
		const end = p.start + raw(p.groups.length);
		if (kind !== 'other' || (printed && uniform)) out.push({ start: p.start, end, digits, unusual: null });
		else if (breaks === 1 && separatorKind(rest) !== 'other')
			out.push({ start: p.start, end, digits, unusual: 'broken by a line break where no card prints a gap' });
	}
	const last = p.groups[p.groups.length - 1];
	const headTotal = total - last.length;
	if (p.groups.length >= 2 && last.length <= 4 && p.separators[p.separators.length - 1] !== '\n' && headTotal >= 13 && headTotal <= 19) {
		const head = p.groups.slice(0, -1);
		const headKind = separatorKind(p.separators.slice(0, -1));
		if (head.length === 1 || (PRINTED_GROUPINGS.has(head.map((g) => g.length).join(',')) && headKind !== 'other'))
			out.push({
				start: p.start,
				end: p.start + raw(head.length),
				digits: head.join(''),
				// a printed grouping or an expiry date after it says card; a bare run and a short number may be anything
				unusual: head.length > 1 || p.after.startsWith('/') ? null : 'followed by a short number that may belong to it'
			});
	}
	const first = p.groups[0];
	const tailTotal = total - first.length;
	if (p.groups.length >= 2 && first.length <= 4 && p.separators[0] !== '\n' && tailTotal >= 13 && tailTotal <= 19) {
		// a short number, then the card: "exp 03/27 4539 1488 0343 6467", "CVV 123 4539148803436467"
		const tail = p.groups.slice(1);
		const tailKind = separatorKind(p.separators.slice(1));
		if (tail.length === 1 || (PRINTED_GROUPINGS.has(tail.map((g) => g.length).join(',')) && tailKind !== 'other')) {
			const start = p.start + first.length + p.separators[0].length;
			out.push({
				start,
				end: p.start + raw(p.groups.length),
				digits: tail.join(''),
				unusual: tail.length > 1 ? null : 'after a short number that may belong to it'
			});
		}
	}
	return out;
}

/** True when the number could be a card: it passes Luhn, or is a UnionPay number (which need not). */
function cardLike(digits: string): boolean {
	return luhnValid(digits) || cardBrand(digits) === 'unionpay';
}

/**
 * The card-number candidates of a text: per digit run, the first shape that passes Luhn (or is UnionPay), else the
 * first shape (a branded Luhn pass first); a run holding line breaks with no such shape is read line by line (numbers on consecutive lines).
 */
export function cardCandidates(text: string): CardCandidate[] {
	const out: CardCandidate[] = [];
	for (const m of text.matchAll(DIGIT_RUN)) {
		if (m[0].length < 13) continue;
		const found = shapes(text, piece(text, m.index, m[0]));
		const valid = found.find((c) => luhnValid(c.digits) && cardBrand(c.digits)) ?? found.find((c) => cardLike(c.digits));
		if (valid) {
			out.push(valid);
			continue;
		}
		if (!m[0].includes('\n')) {
			if (found.length) out.push(found[0]);
			continue;
		}
		for (const line of m[0].matchAll(/[^\n]+/g)) {
			const raw = line[0].trim();
			if (raw.length < 13) continue;
			const start = m.index + line.index + line[0].indexOf(raw);
			const lineShapes = shapes(text, piece(text, start, raw));
			const lineValid = lineShapes.find((c) => luhnValid(c.digits) && cardBrand(c.digits)) ?? lineShapes.find((c) => cardLike(c.digits)) ?? lineShapes[0];
			if (lineValid) out.push(lineValid);
		}
	}
	return out;
}

/** Identifiers that pass Luhn without being a payment card: loyalty, insurance and transit cards, device (IMEI, MEID), SIM (ICCID) and transaction ids. */
const OTHER_LUHN_IDS = contextRegex([
	// cards that pay nothing: loyalty, membership, insurance, transit
	'loyalty',
	'loyalty card',
	'membership',
	'member card',
	'member number',
	'frequent flyer',
	'payback',
	'bonus card',
	'Kundenkarte',
	'Mitgliedskarte',
	'Mitgliedsnummer',
	'Versichertenkarte',
	'health card',
	'insurance card',
	'library card',
	'transit card',
	'tarjeta sanitaria',
	'tarjeta de socio',
	'tarjeta de fidelización',
	'会员卡',
	'积分卡',
	'医保卡',
	'社保卡',
	'公交卡',
	'交通卡',
	'imei',
	'meid',
	'iccid',
	'sim',
	'sim card',
	'sim-karte',
	'tarjeta sim',
	'device id',
	'serial number',
	'seriennummer',
	'número de serie',
	'transaction id',
	'txn',
	'txn id',
	'trace id',
	'request id',
	'order id',
	'auth code',
	'序列号',
	'串号',
	'设备号',
	'交易号',
	'流水号'
]);

/**
 * The reference word that names this number ("order 4539…", "invoice no. 4539…", "Rechnungsnummer: 4539…"), or null:
 * a reference word earlier in the line that names another value (a CSV column, "order 1234, card 4539…") does not.
 */
function namingReference(text: string, start: number): string | null {
	const before = text.slice(Math.max(0, start - 30), start);
	const m = /(?:^|[^A-Za-z0-9\u00C0-\u024F])([^\s\d:=#]+)[\s:=#.\-_]*(?:no|nr|num|number|id|n°|nº)?[\s:=#.\-_]*$/i.exec(before);
	if (!m) return null;
	const word = REFERENCE_WORDS.exec(m[1]);
	return word && word[0].length === m[1].replace(/[^A-Za-z0-9\u00C0-\u024F\p{Script=Han}.-]/gu, '').length ? word[0] : null;
}

/**
 * Scores: Luhn pass and a known brand 0.8; Luhn pass without a brand 0.4; a UnionPay (62…) number failing Luhn
 * 0.4 (UnionPay does not guarantee Luhn); a context word adds 0.35; order/invoice words nearby take 0.35 off.
 * Published test numbers (4111 1111 1111 1111, 4242…), placeholders made of one digit, numbers next to an example
 * word, a gift-card or voucher word, or a word saying the number is invalid belong to no cardholder: 0.2.
 */
export const creditCardRule: RiskRule = {
	...meta,
	scan(raw) {
		const text = withAsciiDigits(raw);
		if (!/\d{4}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const candidate of cardCandidates(text)) {
			const { digits, start, end } = candidate;
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
			const testCard = contextWord(text, start, end, TEST_CARD_WORDS, 40, 20);
			const notACard = example
				? `'${example}' marks an example`
				: giftCard
					? `'${giftCard}' names a gift card or voucher code`
					: invalid
						? `'${invalid}': the number is said to be invalid`
						: testCard
							? `'${testCard}' marks a test card`
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
			if (candidate.unusual) [score, why] = [Math.min(score, 0.4), `${why}, ${candidate.unusual}`];
			const other = contextWord(text, start, end, OTHER_LUHN_IDS, 40, 20);
			if (other) {
				hits.push(makeHit(meta, start, end, 0.2, `${why}, but '${other}' names another identifier that passes Luhn`));
				continue;
			}
			const word = contextWord(text, start, end, CONTEXT);
			if (word) [score, why] = [score + CONTEXT_BOOST, `${why}; '${word}' nearby`];
			const ref = word ? null : namingReference(text, start);
			if (ref) [score, why] = [score - 0.35, `${why}; but '${ref}' names it as a reference number`];
			hits.push(makeHit(meta, start, end, score, why));
		}
		return hits;
	}
};
