import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode, type NumberType, type PhoneNumber } from 'libphonenumber-js/max';
import { REPORT_THRESHOLD, type RiskHit, type RiskRule } from '../types';
import { guessCountries } from './phone-country';
import { CONTEXT_BOOST, contextRegex, contextWord, EXAMPLE_WORDS, makeHit, REFERENCE_WORDS } from './context';

/** Identifiers that are not phones but come in phone-like digit groups (NHS 943 476 5919, SSN 219 45 7713). */
const OTHER_ID_WORDS = contextRegex([
	'NHS',
	'SSN',
	'social security',
	'social',
	'code',
	'conf',
	'room',
	'PIN',
	'Code',
	'código',
	'Zimmer',
	'房间',
	'验证码',
	'ITIN',
	'EIN',
	'TIN',
	'NPI',
	'DEA',
	'IBAN',
	'routing',
	'ABA',
	'account',
	'acct',
	'card',
	'MRN',
	'passport',
	'ID',
	'version',
	'token',
	'IP',
	'身份证',
	'卡号',
	'账号',
	'护照',
	'会员号',
	'病历号',
	'工号',
	'版本',
	'Konto',
	'Karte',
	'Reisepass',
	'Steuernummer',
	'Steuer-ID',
	'Chargennummer',
	'Charge',
	'Art.-Nr',
	'Artikelnummer',
	'Nr',
	'Version',
	'cuenta',
	'tarjeta',
	'DNI',
	'NIE',
	'seguro social',
	'pasaporte',
	'versión',
	// bank accounts and payments
	'Kto',
	'Kontonummer',
	'BLZ',
	'Bankleitzahl',
	'sort code',
	'account no',
	'pago',
	'payment',
	'Zahlung',
	'Überweisung',
	'Verwendungszweck',
	'concepto',
	'transferencia',
	'账户',
	'转账',
	'付款',
	// customer, member and student numbers
	'customer number',
	'customer no',
	'member number',
	'membership number',
	'student ID',
	'student number',
	'Kundennummer',
	'Kunden-Nr',
	'Kundennr',
	'Mitgliedsnummer',
	'Vertragsnummer',
	'número de cliente',
	'nº de cliente',
	'número de socio',
	'matrícula',
	'学号',
	'客户号',
	'客户编号',
	'合同号',
	// machine values: timestamps and log fields
	'timestamp',
	'created_at',
	'updated_at',
	'epoch',
	'unix time',
	'log entry'
]);
/** Words that name the number as a phone when they stand right before it; they outweigh another identifier's word further off. */
const LABEL = contextRegex([
	'phone',
	'tel',
	'telephone',
	'mobile',
	'cell',
	'whatsapp',
	'call',
	'text',
	'fax',
	'电话',
	'手机',
	'手机号',
	'联系电话',
	'致电',
	'Telefon',
	'Tel.',
	'Handy',
	'Mobil',
	'teléfono',
	'móvil',
	'celular',
	'llámame',
	'llama'
]);

/** Words saying a number is wrong as written: too long, too short, a digit missing, not in service. */
const BROKEN_WORDS = contextRegex([
	'digit short',
	'digits short',
	'digit missing',
	'missing a digit',
	'missing digit',
	'extra digit',
	'one digit too many',
	'too long',
	'too short',
	'incomplete',
	'not a valid',
	'invalid',
	"doesn't exist",
	'does not exist',
	'not in service',
	'unvollständig',
	'zu lang',
	'zu kurz',
	'fehlt eine',
	'fehlt eine Ziffer',
	'Ziffer fehlt',
	'Ziffer zu viel',
	'fehlen Ziffern',
	'Ziffern fehlen',
	'fehlen zwei Ziffern',
	'digits missing',
	'faltan dígitos',
	'faltan números',
	'少了几位',
	'ungültig',
	'ungültige',
	'gibt es nicht',
	'existiert nicht',
	'incompleto',
	'incompleta',
	'le falta',
	'falta un dígito',
	'falta un número',
	'de más',
	'demasiado largo',
	'demasiado corto',
	'no existe',
	'no es válido',
	'inválido',
	'no puede ser',
	'少了一位',
	'少一位',
	'多了一位',
	'多一位',
	'位数不对',
	'不完整',
	'空号',
	'无效',
	'不存在'
]);

/** A run of digits with single spaces, dots, dashes, slashes or parentheses between them, optionally after + or 00. */
const CANDIDATE =
	/(?:(?<=[Tt]el:)(?=\+)|(?<![A-Za-z0-9\u00C0-\u024F+#@/.:_-]|\d[ ./-]))(?:\+|(?=00))?\(?\d[\d ().\/-]{5,20}\d(?![A-Za-z0-9\u00C0-\u024F_/@]|[ .,:-]\d)/gu;
const CONTEXT = contextRegex([
	'phone',
	'tel',
	'telephone',
	'call',
	'call me',
	'ring',
	'mobile',
	'cell',
	'cellphone',
	'whatsapp',
	'text me',
	'sms',
	'number',
	'reach me',
	'fax',
	'电话',
	'手机',
	'手机号',
	'联系方式',
	'联系电话',
	'打我电话',
	'打给我',
	'微信同号',
	'致电',
	'Telefon',
	'Tel.',
	'Handy',
	'Handynummer',
	'Nummer',
	'anrufen',
	'ruf',
	'Rufnummer',
	'Festnetz',
	'teléfono',
	'móvil',
	'llámame',
	'llama',
	'llamar',
	'número',
	'celular',
	'whatsapp'
]);
const CURRENCY = /^\s?(?:€|\$|£|¥|元|块|euros?|EUR|USD|GBP|RMB|CNY|dollars?|pesos?)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|¥|EUR|USD|GBP|RMB|CNY)\s?$/i;

const meta = {
	id: 'pii.phone',
	category: 'pii.phone',
	severity: 'low',
	description:
		'A telephone number, checked against the numbering plans of libphonenumber (international, or national with the country guessed from the message).'
} as const;

interface Plan {
	score: number;
	what: string;
}

/** Which numbering plan the digits fit, from the shape as written; null for dates, amounts and things no plan has. */
export function classifyPhone(raw: string): Plan | null {
	const plain = raw.replace(/[()]/g, ' ').trim().replace(/ {2,}/g, ' ');
	if (/[ ./-]{2,}/.test(plain.replace(/ ?([./-]) ?/g, '$1'))) return null;
	if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(raw)) return null; // a date
	if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s/.test(raw)) return null;
	const digits = raw.replace(/\D/g, '');
	if (/^(\d)\1+$/.test(digits)) return null;
	const separated = /[ ./()-]/.test(raw.replace(/^\+/, ''));
	const international = raw.startsWith('+') || /^00[1-9]/.test(digits);
	if (international) {
		const d = raw.startsWith('+') ? digits : digits.slice(2);
		if (d.length < 8 || d.length > 15) return null;
		if (d.startsWith('1')) return /^1[2-9]\d{2}\d{7}$/.test(d) ? { score: 0.8, what: 'international (+1, North America) number' } : null;
		if (d.startsWith('86')) return /^861[3-9]\d{9}$|^86[2-9]\d{8,10}$/.test(d) ? { score: 0.8, what: 'international (+86, China) number' } : null;
		if (d.startsWith('44')) return /^44[1-9]\d{8,9}$/.test(d) ? { score: 0.8, what: 'international (+44, UK) number' } : null;
		if (d.startsWith('49')) return /^49[1-9]\d{6,12}$/.test(d) ? { score: 0.8, what: 'international (+49, Germany) number' } : null;
		if (d.startsWith('34')) return /^34[6-9]\d{8}$/.test(d) ? { score: 0.8, what: 'international (+34, Spain) number' } : null;
		return { score: 0.75, what: `international number (${d.length} digits)` };
	}
	if (digits.length > 12) return null;
	// 1.250.000, 1 000 000 are amounts; 504 916 124 or 612 345 678 (three groups of three, no group of zeros) is how
	// Spain, Poland, Portugal and others write a 9-digit number: libphonenumber and the context judge it
	if (/^\d{1,3}([ .]\d{3})+$/.test(raw) && (!/^[1-9]\d{2} \d{3} \d{3}$/.test(raw) || / 000/.test(raw))) return null;
	if (/^[1-5]\d{2} \d{3} \d{3}$/.test(raw)) return { score: 0.2, what: 'nine digits in three groups of three (an amount or a national number)' };
	if (/^1[3-9]\d{9}$/.test(digits) && (!separated || /^1\d{2}([ -])\d{4}\1\d{4}$/.test(raw)))
		return { score: 0.65, what: 'Chinese mobile number (1[3-9] + 9 digits)' };
	if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /^(?:\(\d{3}\) ?|\d{3}([ .-]))\d{3}[ .-]\d{4}$/.test(raw))
		return { score: 0.6, what: 'North American (NANP) number' };
	if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /^1[ .-]\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(raw))
		return { score: 0.6, what: 'North American (NANP) number with the 1 prefix' };
	if (/^0[1-9]\d{8,10}$/.test(digits) && separated && /^\(?0\d{1,4}\)?[ /-]?\d{2,4}(?:[ -]?\d{2,4}){0,3}$/.test(raw))
		return { score: 0.55, what: 'national number with trunk 0 (UK/DE format)' };
	if (/^[6789]\d{8}$/.test(digits) && /^\d{3} (?:\d{3} \d{3}|\d{2} \d{2} \d{2})$/.test(raw)) return { score: 0.55, what: 'Spanish number (9 digits, 6/7/8/9)' };
	if (digits.length >= 7 && separated) return { score: 0.2, what: `${digits.length} grouped digits` };
	if (digits.length >= 7) return { score: 0.1, what: `${digits.length} digits` };
	return null;
}

/** Personal lines score up; service numbers (toll-free, premium, shared cost) are not someone's number. */
const TYPE_SCORE: Partial<Record<NonNullable<NumberType>, [number, string]>> = {
	MOBILE: [0.05, 'mobile'],
	FIXED_LINE: [0.05, 'fixed line'],
	FIXED_LINE_OR_MOBILE: [0.05, 'fixed line or mobile'],
	PERSONAL_NUMBER: [0.05, 'personal number'],
	VOIP: [0, 'VoIP'],
	TOLL_FREE: [-0.15, 'toll-free service number'],
	PREMIUM_RATE: [-0.15, 'premium-rate service number'],
	SHARED_COST: [-0.15, 'shared-cost service number'],
	UAN: [-0.1, 'company switchboard (UAN)'],
	PAGER: [-0.1, 'pager']
};

/**
 * True when the digits are written without separators, or grouped as the country formats its numbers (06 59 12 85 28
 * in France, 0151 2345 6789 in Germany); an SSN's 3-2-4 or an article number's 3-4-3 is another identifier's grouping.
 */
function writtenAsPhone(raw: string, number: PhoneNumber): boolean {
	const groups = raw
		.replace(/^\+|[()]/g, ' ')
		.trim()
		.split(/[\s./-]+/)
		.filter(Boolean);
	if (groups.length > 1 && groups[0] === '1' && number.countryCallingCode === '1') groups.shift(); // 1-800-555-0199
	if (groups.length === 1) return !missingTrunkPrefix(raw, number);
	const national = number
		.formatNational()
		.replace(/[()]/g, ' ')
		.trim()
		.split(/[\s./-]+/)
		.filter(Boolean);
	const lengths = (gs: string[]) => gs.map((g) => g.replace(/\D/g, '').length).join(',');
	const written = lengths(groups);
	// the trunk 0 may be written or left out, and a group may be split in two (0151 2345 6789 vs 01512 345 6789)
	return (
		written === lengths(national) ||
		written === lengths(national.map((g, i) => (i === 0 ? g.replace(/^0/, '') : g)).filter(Boolean)) ||
		(groups.every((g) => /^\d{2,4}$/.test(g)) && groups.length >= 3 && nationalDigitsMatch(groups, national))
	);
}

/**
 * A national number written as one run without the trunk 0 its country dials it with (1765966861 for GB 01765 966861,
 * 43495889 for DE 0434 95889): nobody writes their own number that way; a timestamp, a customer or student number is.
 */
function missingTrunkPrefix(raw: string, number: PhoneNumber): boolean {
	return /^0/.test(number.formatNational().replace(/\D/g, '')) && !/^0/.test(raw.replace(/\D/g, ''));
}

/** (212) 555-0187: the parenthesised three-digit area code and the 3-4 split are how North America writes a number. */
const NANP_WRITTEN = /^\([1-9]\d{2}\) ?\d{3}-\d{4}$/;

function nationalDigitsMatch(groups: string[], national: string[]): boolean {
	// a national format like "06 59 12 85 28" or "612 34 56 78": the written groups fall on the same boundaries
	const boundaries = (gs: string[]) => {
		const out = new Set<number>();
		let n = 0;
		for (const g of gs.slice(0, -1)) out.add((n += g.replace(/\D/g, '').length));
		return out;
	};
	const a = boundaries(groups);
	const b = boundaries(national);
	return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Full-width digits (１８８…) as ASCII; one UTF-16 unit each, so offsets stay the same. */
function asciiDigits(text: string): string {
	return /[０-９＋]/.test(text) ? text.replace(/[０-９＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

interface Verdict {
	score: number;
	why: string;
}

function typed(number: PhoneNumber, base: number, what: string): Verdict {
	const type = number.getType();
	const [delta, label] = (type && TYPE_SCORE[type]) || [0, 'type unknown'];
	return { score: base + delta, why: `${what} (${label})` };
}

/**
 * libphonenumber's verdict on one candidate. International numbers name their country; a national number is tried
 * against the guessed countries in order (place names in the message, then its language, then a fixed list):
 * valid for a guessed country 0.65 (+0.05 mobile or fixed line, −0.15 service numbers), valid only for a country
 * of the fixed list 0.4, possible but invalid everywhere the shape's own score − 0.15, impossible 0.1.
 */
function judge(raw: string, text: string, plan: Plan): Verdict {
	const international = raw.startsWith('+') || /^00[1-9]/.test(raw);
	if (international) {
		const number = parsePhoneNumberFromString('+' + raw.replace(/^(?:\+|00)/, ''));
		if (number?.isValid()) return typed(number, 0.8, `valid +${number.countryCallingCode} number (${number.country ?? 'non-geographic'})`);
		// Mexico dropped the mobile 1 after +52 in 2019; numbers saved before are still written with it
		const mexican = /^(?:\+|00)52[ .-]?1[ .-]?(\d[\d ().-]{8,})$/.exec(raw);
		const unprefixed = mexican ? parsePhoneNumberFromString('+52' + mexican[1]) : null;
		if (unprefixed?.isValid()) return typed(unprefixed, 0.8, `valid +52 number written with the old mobile 1 (MX)`);
		// more digits than the country code's plan allows is a mistyped or made-up number, not someone's line
		if (number && validatePhoneNumberLength(number.number) === 'TOO_LONG')
			return { score: 0.1, why: `${plan.what}; libphonenumber: more digits than +${number.countryCallingCode} numbers have` };
		return {
			score: plan.score - 0.2,
			why: `${plan.what}; libphonenumber: ${number?.isPossible() ? 'a possible length but not an assigned range' : 'no numbering plan accepts it as written'}`
		};
	}
	// written the North American way: judged as a North American number only, never as another country's by chance
	if (NANP_WRITTEN.test(raw)) {
		const number = parsePhoneNumberFromString(raw, 'US');
		if (number?.isValid()) return typed(number, 0.65, `valid North American number (${number.country ?? 'NANP'}), written the North American way`);
		return { score: 0.1, why: `written as a North American number (area code in parentheses), but not a valid one: area code or exchange unassigned` };
	}
	const guess = guessCountries(text);
	let possible: CountryCode | null = null;
	for (let i = 0; i < guess.countries.length; i++) {
		const country = guess.countries[i];
		const number = parsePhoneNumberFromString(raw, country);
		if (!number) continue;
		if (number.isValid()) {
			const grouped = writtenAsPhone(raw, number);
			// the message points to a country whose mobile numbers this one is a digit short of: a broken number of that
			// country, not a valid number of another one
			const short =
				i > 0
					? mobileDigitShort(
							raw,
							guess.pointed.filter((c) => guess.countries.indexOf(c) < i)
						)
					: null;
			if (short)
				return { score: 0.1, why: `one digit short of a ${short} mobile number (the message points to ${short}); valid for ${country} only by chance` };
			if (!grouped && !/[ ./()-]/.test(raw) && missingTrunkPrefix(raw, number))
				return { score: 0.1, why: `valid for ${country} only without the trunk 0 its national numbers are written with: a run of digits, not a phone` };
			// 07 14 22 31 45: small numbers in a row, not grouped as any guessed country writes a phone number
			if (!grouped && /^\d{1,2}(?: \d{1,2}){3,}$/.test(raw))
				return { score: 0.2, why: `${plan.what}; small numbers in a row, not grouped as ${country} writes its numbers` };
			if (i < guess.preferred && grouped)
				return typed(number, 0.65, `valid national number for ${country}, grouped as ${country} writes its numbers; country guessed from ${guess.because}`);
			if (i < guess.preferred)
				return {
					score: Math.max(plan.score, 0.3),
					why: `valid national number for ${country} (country guessed from ${guess.because}), but not grouped as a phone number there`
				};
			return { score: Math.min(0.3, plan.score), why: `valid national number for ${country}, tried in turn (nothing in the message points to that country)` };
		}
		if (!possible && number.isPossible()) possible = country;
	}
	if (possible) return { score: plan.score - 0.15, why: `${plan.what}; libphonenumber: possible length for ${possible} but not an assigned range` };
	return { score: 0.1, why: `${plan.what}; libphonenumber: no guessed country's numbering plan accepts it` };
}

/** The first of `countries` for which one more digit makes the number a valid mobile number there, or null. */
function mobileDigitShort(raw: string, countries: readonly CountryCode[]): CountryCode | null {
	const digits = raw.replace(/\D/g, '');
	for (const country of countries) {
		const longer = parsePhoneNumberFromString(digits + '0', country) ?? parsePhoneNumberFromString(digits + '5', country);
		if (longer?.isValid() && longer.getType() === 'MOBILE') return country;
	}
	return null;
}

/**
 * North America's 555-0100…0199, set aside for films, books and documentation and assigned to nobody. (The UK's
 * 07700 900xxx and Australia's 0491 570 xxx are fictional too, but Parley's fixtures use them as real numbers.)
 */
const FICTIONAL_NANP = /^(?:1?[2-9]\d{2})?55501\d{2}$/;

/** True when the digits (with or without the area code, the +1 or 1) fall in North America's fictional 555-01xx range. */
export function isFictionalNumber(raw: string): boolean {
	return FICTIONAL_NANP.test(raw.replace(/\D/g, '').replace(/^00/, ''));
}

/**
 * Scores come from libphonenumber (see `judge`); a phone word nearby adds 0.35, order/invoice/ticket or another
 * identifier's word nearby takes 0.35 off, unless a phone word stands right before the number (手机：139…, cell
 * (312)…), which wins. Dates, money amounts, IBAN tails and digit runs longer than a phone number are never phones.
 */
export const phoneRule: RiskRule = {
	...meta,
	scan(original) {
		if (!/[\d０-９](?:[ .\/()-]{0,2}[\d０-９]){6}/.test(original)) return [];
		const text = asciiDigits(original);
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(CANDIDATE)) {
			const raw = m[0];
			const start = m.index;
			const end = start + raw.length;
			if (CURRENCY.test(text.slice(end, end + 8)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
			if (text[end] === ':' && /[A-Za-z0-9]/.test(text[end + 1] ?? '')) continue; // the id part of a token (123456:AAH…)
			if (/^\d{1,3}(?:\.\d{1,4}){3,}$/.test(raw) && !/^\d{2}(?:\.\d{2}){4}$/.test(raw)) continue; // an IP address or a version, not 06.19.90.61.01
			const plan = classifyPhone(raw.replace(/^(\+\d{1,3}) ?\(0\)/, '$1'));
			if (!plan) continue;
			if (/[A-Z]{2}\d{2}[ -]?(?:[A-Z0-9]{4}[ -]?)*$/.test(text.slice(Math.max(0, start - 40), start))) continue; // the tail of an IBAN
			let { score, why } = judge(raw, text, plan);
			// four groups of four digits is how cards and bank references are written, not phone numbers
			if (/^(?:\+|00)?\d{4}(?: \d{4}){3}$/.test(raw)) [score, why] = [score - 0.3, `${why}; grouped 4-4-4-4 like a card or bank reference`];
			// an example word (placeholder, mockup, Beispiel, 示例) marks nobody's number
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 40, 40);
			if (example) {
				hits.push(makeHit(meta, start, end, Math.min(score, 0.2), `${why}; but '${example}' nearby: an example, nobody's number`));
				continue;
			}
			if (isFictionalNumber(raw)) {
				hits.push(
					makeHit(meta, start, end, Math.min(score, 0.1), `${why}; but in North America's 555-01xx range, reserved for fiction and examples: nobody's number`)
				);
				continue;
			}
			// the message itself says the number is broken (one digit short, zu lang, le falta un número, 少了一位)
			// (only worth looking for when a context word could still lift the number to a finding)
			const broken = score + CONTEXT_BOOST >= REPORT_THRESHOLD ? contextWord(text, start, end, BROKEN_WORDS, 40, 50) : null;
			if (broken) {
				hits.push(makeHit(meta, start, end, Math.min(score, 0.2), `${why}; but '${broken}' nearby: the message says the number is not a working one`));
				continue;
			}
			const label = contextWord(text, start, end, LABEL, 14, 0);
			const ref = label ? null : (contextWord(text, start, end, REFERENCE_WORDS, 30, 0) ?? contextWord(text, start, end, OTHER_ID_WORDS, 30, 0));
			const word = label ?? contextWord(text, start, end, CONTEXT, 40, 20);
			if (ref) [score, why] = [score - CONTEXT_BOOST, `${why}; but '${ref}' nearby suggests a reference or another identifier`];
			else if (word) [score, why] = [score + CONTEXT_BOOST, `${why}; '${word}' nearby`];
			hits.push(makeHit(meta, start, end, score, why));
		}
		return hits;
	}
};
