import type { RiskHit, RiskRule } from '../types';
import { usSsnValid } from '../validators/us-ssn';
import { withAsciiDigits } from '../validators/digits';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit, REFERENCE_WORDS } from './context';

/** 3-2-4 digits with one kind of separator, or nine bare digits. */
const CANDIDATE = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-]|\.\d)/g;
const CONTEXT = contextRegex([
	'ssn',
	'ssns',
	'social security',
	'social security number',
	'social',
	'soc sec',
	'social sec',
	'ss#',
	'ss #',
	'ss no',
	'ssn#',
	'ss-5',
	// US forms and checks that ask for the number: employment eligibility, tax and payroll
	'I-9',
	'W-9',
	'W-4',
	'W-2',
	'e-verify',
	'everify',
	'taxpayer id',
	'tax id',
	'taxpayer',
	'SSA',
	'社会安全号',
	'社安号',
	'número de seguro social',
	'seguro social',
	'Sozialversicherungsnummer',
	// the abbreviations and the US forms that ask for the number
	'ss#',
	'ss #',
	'ss no',
	'ssn#',
	'soc sec no',
	'W-9',
	'W9',
	'W-4',
	'W-2',
	'I-9',
	'E-Verify',
	'1099'
]);

const meta = { id: 'pii.us_ssn', category: 'pii.us_ssn', severity: 'high', description: 'A US Social Security number (SSA area/group/serial rules).' } as const;

/**
 * Scores: 123-45-6789 shape 0.6, spaces or dots 0.4, nine bare digits 0.15 (bare digits need context);
 * an SSN context word adds 0.5 (stronger than the usual boost: the shapes are common); order/ticket words take 0.3 off.
 * Numbers the SSA never issues (area 000/666/9xx, group 00, serial 0000, advertising samples) are not reported.
 */
export const usSsnRule: RiskRule = {
	...meta,
	scan(raw) {
		const text = withAsciiDigits(raw);
		if (!/\d{3}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(CANDIDATE)) {
			const digits = m[1] + m[3] + m[4];
			if (!usSsnValid(digits)) continue;
			const start = m.index;
			const end = start + m[0].length;
			const sep = m[2];
			let score = sep === '-' ? 0.6 : sep ? 0.4 : 0.15;
			let why = sep === '-' ? 'nine digits in the 3-2-4 SSN shape within the issued ranges' : 'nine digits within the issued SSN ranges';
			const word = contextWord(text, start, end, CONTEXT, 60, 20);
			if (word) [score, why] = [score + CONTEXT_BOOST + 0.15, `${why}; '${word}' nearby`];
			else {
				const ref = contextWord(text, start, end, REFERENCE_WORDS, 30, 0);
				if (ref) [score, why] = [score - 0.3, `${why}; but '${ref}' nearby suggests a reference number`];
			}
			hits.push(makeHit(meta, start, end, score, why));
		}
		return hits;
	}
};
