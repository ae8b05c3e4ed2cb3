import type { RiskRule } from '../types';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit } from './context';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;
const CONTEXT = contextRegex(['email', 'e-mail', 'mail', 'mail me', 'write to', 'contact', '邮箱', '邮件', '電郵', 'E-Mail-Adresse', 'correo', 'escríbeme']);
/** RFC 2606 / 6761 names reserved for documentation and testing: nobody receives mail there. */
const RESERVED = /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|test|invalid|localhost))$/i;

const meta = { id: 'pii.email', category: 'pii.email', severity: 'low', description: 'An e-mail address.' } as const;

/**
 * Scores: an address 0.85; a context word adds 0.35. Addresses at reserved documentation domains
 * (example.com, *.test, *.invalid) are nobody's address: 0.2, below the report threshold.
 */
export const emailRule: RiskRule = {
	...meta,
	scan(text) {
		if (!text.includes('@')) return [];
		const hits = [];
		for (const m of text.matchAll(EMAIL)) {
			const start = m.index;
			const end = start + m[0].length;
			const domain = m[0].slice(m[0].indexOf('@') + 1);
			if (RESERVED.test(domain)) {
				hits.push(makeHit(meta, start, end, 0.2, `e-mail address at ${domain}, a domain reserved for examples`));
				continue;
			}
			const word = contextWord(text, start, end, CONTEXT);
			hits.push(makeHit(meta, start, end, 0.85 + (word ? CONTEXT_BOOST : 0), `e-mail address at ${domain}${word ? `; '${word}' nearby` : ''}`));
		}
		return hits;
	}
};
