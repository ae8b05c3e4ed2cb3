import type { RiskHit, RiskRule } from '../types';
import { IBAN_LENGTHS, ibanChecksumValid } from '../validators/iban';
import { CONTEXT_BOOST, contextRegex, contextWord, EXAMPLE_WORDS, makeHit } from './context';

/** Country code and check digits at a boundary; the rest is read by the country's length. */
const START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})/g;
const CONTEXT = contextRegex([
	'iban',
	'bank',
	'account',
	'transfer',
	'wire',
	'sepa',
	'Konto',
	'Bankverbindung',
	'Überweisung',
	'überweisen',
	'cuenta',
	'transferencia',
	'账户',
	'账号',
	'汇款',
	'转账',
	'银行'
]);

const meta = { id: 'pii.iban', category: 'pii.iban', severity: 'medium', description: 'An IBAN (country length and mod-97 check).' } as const;

/** Reads `length` letters/digits from `from`, allowing one space or dash between them; returns the end offset or -1. */
function readAlnum(text: string, from: number, length: number): number {
	let count = 0;
	let i = from;
	while (count < length && i < text.length) {
		const ch = text[i];
		if (/[A-Za-z0-9]/.test(ch)) {
			count++;
			i++;
		} else if ((ch === ' ' || ch === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '')) i++;
		else break;
	}
	if (count !== length) return -1;
	return /[A-Za-z0-9]/.test(text[i] ?? '') ? -1 : i;
}

/**
 * Scores: right length and mod-97 pass 0.85; a context word adds 0.35; in lower case without a bank word 0.4; an
 * example word nearby (example, ejemplo, Beispiel, 示例) 0.3. Checksum failures are not reported.
 */
export const ibanRule: RiskRule = {
	...meta,
	scan(text) {
		if (!/[A-Za-z]{2}\d{2}/.test(text)) return [];
		const hits: RiskHit[] = [];
		let covered = 0;
		for (const m of text.matchAll(START)) {
			if (m.index < covered) continue;
			const country = m[1].toUpperCase();
			const length = IBAN_LENGTHS[country];
			if (length === undefined) continue;
			const lowerCase = m[1] !== country;
			const start = m.index;
			const end = readAlnum(text, start + 4, length - 4);
			if (end < 0) continue;
			const iban = text.slice(start, end).replace(/[\s-]/g, '').toUpperCase();
			if (!ibanChecksumValid(iban)) continue;
			const word = contextWord(text, start, end, CONTEXT);
			const example = contextWord(text, start, end, EXAMPLE_WORDS, 60, 40);
			const what = `${country} IBAN of the right length (${length}) passing the mod-97 check${lowerCase ? ', written in lower case' : ''}`;
			// lower case is how people type, but also how random text looks: it needs a bank word
			if (example) hits.push(makeHit(meta, start, end, 0.3, `${what}, but '${example}' nearby marks it as an example`));
			else if (lowerCase && !word) hits.push(makeHit(meta, start, end, 0.4, `${what}, with no bank word nearby`));
			else hits.push(makeHit(meta, start, end, 0.85 + (word ? CONTEXT_BOOST : 0), `${what}${word ? `; '${word}' nearby` : ''}`));
			covered = end;
		}
		return hits;
	}
};
