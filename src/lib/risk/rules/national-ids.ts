import type { RiskHit, RiskRule } from '../types';
import { hkIdValid } from '../validators/hk-id';
import { twIdValid } from '../validators/tw-id';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit } from './context';

/**
 * Identity documents other than the PRC resident ID file under `pii.cn_resident_id`, the category for
 * government identity numbers. All three are context-gated: the shapes alone (a letter and digits) are product codes too.
 */
const HKID = /(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A])(?![A-Za-z0-9])/g;
/** Words that name an identity document in any of Parley's languages; with a valid check digit they suffice. */
const ID_DOCUMENT_WORDS = [
	'ID',
	'ID no',
	'ID number',
	'ID card',
	'identity card',
	'identity number',
	'national ID',
	'documento',
	'documento de identidad',
	'identificación',
	'identidad',
	'cédula',
	'carnet',
	'Ausweis',
	'Ausweisnummer',
	'Personalausweis',
	'Ausweis-Nr',
	'身份证',
	'身份證',
	'身分证',
	'身分證',
	'身分',
	'身份',
	'证件',
	'證件',
	'字号',
	'字號'
];
const HK_CONTEXT = contextRegex([
	...ID_DOCUMENT_WORDS,
	'HKID',
	'HK ID',
	'HK',
	'Hong Kong',
	'Hongkong',
	'Hong Kong ID',
	'香港',
	'香港身份证',
	'香港身份證',
	'身份證號碼'
]);
const TWID = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])/g;
const TW_CONTEXT = contextRegex([
	...ID_DOCUMENT_WORDS,
	'統一編號',
	'台湾身份证',
	'Taiwan ID',
	'TW ID',
	'Taiwanese',
	'Taiwan',
	'taiwán',
	'taiwanés',
	'taiwanesa',
	'taiwanesisch',
	'Taipei',
	'台湾',
	'台灣',
	'臺灣',
	'台北',
	'臺北'
]);
/** Passport numbers: 6–9 upper-case letters and digits with at least five digits (E12345678, C01X4L7T2, PAB123456, 561234789). */
/** Six to nine capitals and digits with at least one digit: Dutch (NK9HLHFG4) and Korean (M49851808) numbers mix letters in. */
/** German passports draw on digits and the capitals without vowels or look-alikes (CFGHJKLMNPRTVWXYZ): nine of them may hold no digit. */
const PASSPORT = /(?<![A-Za-z0-9])(?:(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}|[CFGHJKLMNPRTVWXYZ]{9})(?![A-Za-z0-9])/g;
const PASSPORT_CONTEXT = contextRegex([
	'passport',
	'passport no',
	'passport number',
	'护照',
	'護照',
	'护照号',
	'护照号码',
	'Reisepass',
	'Passnummer',
	'Pass-Nr',
	'Pass-Nr.',
	'Passnr',
	'Reisepassnummer',
	'pasaporte',
	'número de pasaporte',
	'passeport',
	'passaporto',
	'paspoort',
	'여권',
	'여권번호',
	'パスポート',
	'旅券'
]);

const hkMeta = {
	id: 'pii.hk_id',
	category: 'pii.cn_resident_id',
	severity: 'high',
	description: 'A Hong Kong identity card number (mod 11 check), with context.'
} as const;
const twMeta = {
	id: 'pii.tw_id',
	category: 'pii.cn_resident_id',
	severity: 'high',
	description: 'A Taiwan national ID number (weighted mod 10 check), with context.'
} as const;
const passportMeta = {
	id: 'pii.passport',
	category: 'pii.cn_resident_id',
	severity: 'high',
	description: 'A passport number next to the word passport (护照, Reisepass, pasaporte).'
} as const;

/** Scores: check digit valid 0.45 alone (below the report threshold); HKID or 身份證 nearby adds 0.35. */
export const hkIdRule: RiskRule = {
	...hkMeta,
	scan(text) {
		if (!/[A-Z]\d{6}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(HKID)) {
			if (!hkIdValid(m[0])) continue;
			const word = contextWord(text, m.index, m.index + m[0].length, HK_CONTEXT);
			hits.push(
				makeHit(
					hkMeta,
					m.index,
					m.index + m[0].length,
					0.45 + (word ? CONTEXT_BOOST : 0),
					`Hong Kong ID shape with a valid check digit${word ? `; '${word}' nearby` : ', no ID wording nearby'}`
				)
			);
		}
		return hits;
	}
};

/** Scores: check digit valid 0.45 alone; 身分證 or similar nearby adds 0.35. */
export const twIdRule: RiskRule = {
	...twMeta,
	scan(text) {
		if (!/[A-Z][12]\d{8}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(TWID)) {
			if (!twIdValid(m[0])) continue;
			const word = contextWord(text, m.index, m.index + m[0].length, TW_CONTEXT);
			hits.push(
				makeHit(
					twMeta,
					m.index,
					m.index + m[0].length,
					0.45 + (word ? CONTEXT_BOOST : 0),
					`Taiwan ID shape with a valid check digit${word ? `; '${word}' nearby` : ', no ID wording nearby'}`
				)
			);
		}
		return hits;
	}
};

/** No checksum exists: reported only with a passport word within 40 characters before (score 0.8). */
export const passportRule: RiskRule = {
	...passportMeta,
	scan(text) {
		if (!/\d/.test(text) || !PASSPORT_CONTEXT.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(PASSPORT)) {
			const word = contextWord(text, m.index, m.index + m[0].length, PASSPORT_CONTEXT, 40, 0);
			if (!word) continue;
			hits.push(makeHit(passportMeta, m.index, m.index + m[0].length, 0.8, `passport-number shape; '${word}' just before it`));
		}
		return hits;
	}
};
