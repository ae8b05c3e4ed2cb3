import type { RiskHit, RiskRule } from '../types';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit, REFERENCE_WORDS } from './context';

/** Identifiers that are not phones but come in phone-like digit groups (NHS 943 476 5919, SSN 219 45 7713). */
const OTHER_ID_WORDS = contextRegex(['NHS', 'SSN', 'social security', 'NPI', 'DEA', 'IBAN', 'account', 'acct', 'card', 'MRN', 'passport', 'ID', '身份证', '卡号', '账号', '护照', 'Konto', 'Karte', 'cuenta', 'tarjeta', 'DNI']);

/** A run of digits with single spaces, dots, dashes, slashes or parentheses between them, optionally after + or 00. */
const CANDIDATE = /(?:(?<=[Tt]el:)(?=\+)|(?<![A-Za-z0-9\u00C0-\u024F+#@/.:_-]|\d[ ./-]))(?:\+|(?=00))?\(?\d[\d ().\/-]{5,20}\d(?![A-Za-z0-9\u00C0-\u024F_/]|[ .,:-]\d)/gu;
const CONTEXT = contextRegex([
	'phone', 'tel', 'telephone', 'call', 'call me', 'ring', 'mobile', 'cell', 'cellphone', 'whatsapp', 'text me', 'sms', 'number', 'reach me', 'fax',
	'电话', '手机', '手机号', '联系方式', '联系电话', '打我电话', '打给我', '微信同号', '致电',
	'Telefon', 'Tel.', 'Handy', 'Handynummer', 'Nummer', 'anrufen', 'ruf', 'Rufnummer', 'Festnetz',
	'teléfono', 'móvil', 'llámame', 'llama', 'llamar', 'número', 'celular', 'whatsapp'
]);
const CURRENCY = /^\s?(?:€|\$|£|¥|元|块|euros?|EUR|USD|GBP|RMB|CNY|dollars?|pesos?)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|¥|EUR|USD|GBP|RMB|CNY)\s?$/i;

const meta = { id: 'pii.phone', category: 'pii.phone', severity: 'low', description: 'A telephone number (international, NANP, UK, DE, ES or CN mobile formats).' } as const;

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
	if (/^\d{1,3}([ .]\d{3})+$/.test(raw) && !/^[6789]\d{2} \d{3} \d{3}$/.test(raw)) return null; // 1.250.000, 1 000 000
	if (/^1[3-9]\d{9}$/.test(digits) && (!separated || /^1\d{2}([ -])\d{4}\1\d{4}$/.test(raw))) return { score: 0.65, what: 'Chinese mobile number (1[3-9] + 9 digits)' };
	if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /^(?:\(\d{3}\) ?|\d{3}([ .-]))\d{3}[ .-]\d{4}$/.test(raw)) return { score: 0.6, what: 'North American (NANP) number' };
	if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /^1[ .-]\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(raw)) return { score: 0.6, what: 'North American (NANP) number with the 1 prefix' };
	if (/^0[1-9]\d{8,10}$/.test(digits) && separated && /^\(?0\d{1,4}\)?[ /-]?\d{2,4}(?:[ -]?\d{2,4}){0,3}$/.test(raw)) return { score: 0.55, what: 'national number with trunk 0 (UK/DE format)' };
	if (/^[6789]\d{8}$/.test(digits) && /^\d{3} (?:\d{3} \d{3}|\d{2} \d{2} \d{2})$/.test(raw)) return { score: 0.55, what: 'Spanish number (9 digits, 6/7/8/9)' };
	if (digits.length >= 7 && separated) return { score: 0.2, what: `${digits.length} grouped digits` };
	if (digits.length >= 7) return { score: 0.1, what: `${digits.length} digits` };
	return null;
}

/**
 * Scores: by plan (0.55–0.8); a phone word nearby adds 0.35; order/invoice/ticket words just before take 0.35 off.
 * Shapes no plan owns (grouped digits 0.2, bare digits 0.1) are only reported with a phone word next to them.
 * Dates, money amounts and digit runs longer than a phone number are never phones.
 */
export const phoneRule: RiskRule = {
	...meta,
	scan(text) {
		if (!/\d{3}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(CANDIDATE)) {
			const raw = m[0];
			const start = m.index;
			const end = start + raw.length;
			if (CURRENCY.test(text.slice(end, end + 8)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
			const plan = classifyPhone(raw);
			if (!plan) continue;
			if (/[A-Z]{2}\d{2}[ -]?$/.test(text.slice(Math.max(0, start - 5), start))) continue; // the tail of an IBAN
			let { score } = plan;
			let why = plan.what;
			const ref = contextWord(text, start, end, REFERENCE_WORDS, 30, 0) ?? contextWord(text, start, end, OTHER_ID_WORDS, 30, 0);
			const word = contextWord(text, start, end, CONTEXT, 40, 20);
			if (ref) [score, why] = [score - CONTEXT_BOOST, `${why}; but '${ref}' nearby suggests a reference or another identifier`];
			else if (word) [score, why] = [score + CONTEXT_BOOST, `${why}; '${word}' nearby`];
			hits.push(makeHit(meta, start, end, score, why));
		}
		return hits;
	}
};
