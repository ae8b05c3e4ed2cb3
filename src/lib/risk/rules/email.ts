import type { RiskHit, RiskRule } from '../types';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit } from './context';

/** Local part and domain labels may hold accented Latin letters (josé.núñez@…, …@bücher.de: RFC 6531 and IDN), not CJK. */
const EMAIL =
	/(?<![\w\u00C0-\u024F.%+-])[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F._%+-]{0,63}@(?:[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F-]{0,61}[A-Za-z0-9\u00C0-\u024F])?\.)+[A-Za-z]{2,24}(?![\w-])/g;
const CONTEXT = contextRegex(['email', 'e-mail', 'mail', 'mail me', 'write to', 'contact', '邮箱', '邮件', '電郵', 'E-Mail-Adresse', 'correo', 'escríbeme']);
/** RFC 2606 / 6761 names reserved for documentation and testing: nobody receives mail there. */
const RESERVED = /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|test|invalid|localhost))$/i;
/** A file name with a density suffix or a media/document extension (logo@2x.png, sprite@1.5x.png): not a domain. */
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|ico|heic|pdf|docx?|xlsx?|pptx?|mp[34]|mov|avi|zip|gz|js|ts|css|html?|json|txt)$/i;
/** Placeholders that show the shape of an address: vorname.nachname@firma.de, usuario@dominio.com, xxx@xxx.com. */
const PLACEHOLDER_LOCAL =
	/^(?:x+|user(?:name)?|usuario|nombre|tu\.?nombre|name|first\.?last|firstname\.lastname|vorname\.nachname|vorname|nachname|nombre\.apellido|your\.?name|test|foo|max\.mustermann)$/i;
const PLACEHOLDER_DOMAIN = /^(?:x+|dominio|domain|empresa|firma|company|yourcompany|tuempresa|mustermann|beispiel|ejemplo)\./i;
/** user:password@host in a connection string or URL, and git@host:repo remotes: credentials or a server, not a mailbox. */
const URL_USERINFO_BEFORE = /[a-z][a-z0-9+.-]*:\/\/[^\s@/]*$/i;

/** Top-level domains an address written out ends in: generic ones and the countries chat exports come from. */
const TLD =
	'(?:com|net|org|edu|gov|info|biz|io|ai|me|co|de|es|mx|ar|cl|pe|br|cn|hk|tw|sg|jp|kr|in|uk|ie|fr|it|ch|at|nl|be|lu|se|no|dk|fi|pl|pt|ru|au|nz|ca|us|za|ae)';
/** "dot", "punto", "punkt", "点" between spaces, or "." / "dot" in brackets: [dot], (dot), {.}, <dot>. */
const DOT = String.raw`(?:\s+(?:dot|punto|punkt)\s+|\s*[[({<]\s*(?:dot|punto|punkt|\.)\s*[\])}>]\s*|\s+点\s+(?=[A-Za-z0-9])|\s*点(?=[A-Za-z0-9])|\.)`;
/** "at", "arroba", "ät" between spaces, "at" / "@" in brackets, an @ with spaces round it, 艾特. */
const AT = String.raw`(?:\s+(?:at|arroba|ät)\s+|\s*[[({<]\s*(?:at|@|arroba)\s*[\])}>]\s*|\s+[@＠]\s*|\s*[@＠]\s+|\s*艾特\s*)`;
/** Written out to dodge scrapers: "kevin dot tran at outlook dot com", "dana(at)firm(dot)de", "marta punto solis arroba gmail punto com", "li @ sina.cn". */
const OBFUSCATED = new RegExp(
	String.raw`(?<![\p{L}\p{N}])([A-Za-z0-9_-]+(?:${DOT}[A-Za-z0-9_-]+)*)${AT}([A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}${TLD})(?![\p{L}\p{N}])`,
	'giu'
);
/** A cheap first test: the message ends some word in a top-level domain written out or after a dot. */
const WRITTEN_TLD = new RegExp(String.raw`(?:dot|punto|punkt|点|\.|[\])}>])\s*${TLD}(?![\p{L}\p{N}])`, 'iu');
const OBFUSCATION_MARK = /\s(?:dot|punto|punkt)\s|[[({<]\s*(?:at|dot|punto|punkt|arroba|\.|@)\s*[\])}>]|\s(?:at|arroba|ät)\s|\s[@＠]|[@＠]\s|艾特|点/i;
/** "works at acme.com", "look at example.org": a word of the sentence before "at", not a mailbox name. */
const SENTENCE_WORD_BEFORE_AT =
	/^(?:i|me|we|us|you|he|him|she|her|they|them|it|is|are|was|were|be|am|work|works|worked|working|look|looking|job|jobs|careers|team|office|based|live|lives|signed|sign|log|logged|visit|check|go|went|found|find|available|here|there|online|up|in|out|and|or|but|the|a|an)$/i;
const DOT_WORDS = /\s+(?:dot|punto|punkt)\s+|\s*[[({<]\s*(?:dot|punto|punkt|\.)\s*[\])}>]\s*|\s+点\s+(?=[A-Za-z0-9])|\s*点(?=[A-Za-z0-9])/gi;

const meta = {
	id: 'pii.email',
	category: 'pii.email',
	severity: 'low',
	description: 'An e-mail address (also written out: "name at domain dot com", name[at]domain).'
} as const;

function plainAddresses(text: string): RiskHit[] {
	const hits: RiskHit[] = [];
	for (const m of text.matchAll(EMAIL)) {
		const start = m.index;
		const end = start + m[0].length;
		const at = m[0].indexOf('@');
		const local = m[0].slice(0, at);
		const domain = m[0].slice(at + 1);
		const notMail = RESERVED.test(domain)
			? `a domain reserved for examples`
			: FILE_EXTENSION.test(domain)
				? `a file name (${domain.slice(domain.lastIndexOf('.'))}), not a domain`
				: URL_USERINFO_BEFORE.test(text.slice(Math.max(0, start - 200), start))
					? 'the user and password part of a URL or connection string'
					: text[end] === ':' && /^git$/i.test(local)
						? 'a git remote (git@host:path)'
						: PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain)
							? 'a placeholder showing the shape of an address'
							: null;
		if (notMail) {
			hits.push(makeHit(meta, start, end, 0.2, `e-mail-shaped text at ${domain}, but ${notMail}`));
			continue;
		}
		const word = contextWord(text, start, end, CONTEXT);
		hits.push(makeHit(meta, start, end, 0.85 + (word ? CONTEXT_BOOST : 0), `e-mail address at ${domain}${word ? `; '${word}' nearby` : ''}`));
	}
	return hits;
}

function writtenOut(text: string): RiskHit[] {
	if (!WRITTEN_TLD.test(text) || !OBFUSCATION_MARK.test(text)) return [];
	const hits: RiskHit[] = [];
	for (const m of text.matchAll(OBFUSCATED)) {
		if (!OBFUSCATION_MARK.test(m[0])) continue;
		const local = m[1].replace(DOT_WORDS, '.');
		const domain = m[2].replace(DOT_WORDS, '.');
		if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(domain + '.')) continue;
		if (SENTENCE_WORD_BEFORE_AT.test(local) && /^\s+at\s+$/i.test(m[0].slice(m[1].length, m[0].length - m[2].length))) continue;
		const word = contextWord(text, m.index, m.index + m[0].length, CONTEXT);
		hits.push(
			makeHit(
				meta,
				m.index,
				m.index + m[0].length,
				0.75 + (word ? CONTEXT_BOOST : 0),
				`e-mail address written out ("at"/"dot" in words) at ${domain}${word ? `; '${word}' nearby` : ''}`
			)
		);
	}
	return hits;
}

/**
 * Scores: an address 0.85; a context word adds 0.35; written out in words ("at", "arroba", "[at]", "dot", "punto")
 * 0.75. Reserved documentation domains, file names (logo@2x.png), URL credentials (scheme://user:pw@host), git
 * remotes and placeholders (vorname.nachname@firma.de) are nobody's address: 0.2, below the report threshold.
 */
export const emailRule: RiskRule = {
	...meta,
	scan(text) {
		const hits = text.includes('@') ? plainAddresses(text) : [];
		return hits.concat(writtenOut(text));
	}
};
