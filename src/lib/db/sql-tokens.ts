/**
 * A SQL lexer just precise enough to find statement boundaries and bare words the way DuckDB's lexer does:
 * '…' with '' escapes, E'…' with backslash escapes, "…" identifiers, $tag$…$tag$ strings, -- comments (ended by
 * LF or CR, as DuckDB ends them) and nested /* *\/ comments. Comments are dropped. Unterminated strings,
 * identifiers and comments are reported, not guessed at.
 *
 * Outside string literals and quoted identifiers only plain spaces, tabs and line breaks separate words: DuckDB turns
 * some Unicode spaces (U+00A0, U+2003, U+200B, U+3000, a leading U+FEFF …) into spaces before it parses, its
 * tokenizer does not, and a NUL ends the text it sees. Every such character (control, format, separator, unassigned)
 * is reported with its position instead, so what is checked here is what DuckDB parses.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'op';

export interface Token {
	kind: TokenKind;
	/** word: lowercased; quoted and string: the unescaped content; others: the source text. */
	value: string;
	start: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; reason: string; at: number };

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}]/u;
/** A control, format, private-use or unassigned character, or any space but U+0020 (tab and line breaks are fine). */
export const isInvisible = (c: string) => c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && INVISIBLE.test(c);
const isWordStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c) && !isInvisible(c);
const isWordChar = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c) && !isInvisible(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

const NAMES: Record<string, string> = {
	'\u0000': 'NUL',
	'\u000b': 'LINE TABULATION',
	'\u000c': 'FORM FEED',
	'\u0085': 'NEXT LINE',
	'\u00a0': 'NO-BREAK SPACE',
	'\u00ad': 'SOFT HYPHEN',
	'\u1680': 'OGHAM SPACE MARK',
	'\u180e': 'MONGOLIAN VOWEL SEPARATOR',
	'\u2002': 'EN SPACE',
	'\u2003': 'EM SPACE',
	'\u2009': 'THIN SPACE',
	'\u200b': 'ZERO WIDTH SPACE',
	'\u200c': 'ZERO WIDTH NON-JOINER',
	'\u200d': 'ZERO WIDTH JOINER',
	'\u2028': 'LINE SEPARATOR',
	'\u2029': 'PARAGRAPH SEPARATOR',
	'\u202e': 'RIGHT-TO-LEFT OVERRIDE',
	'\u202f': 'NARROW NO-BREAK SPACE',
	'\u2060': 'WORD JOINER',
	'\u3000': 'IDEOGRAPHIC SPACE',
	'\ufeff': 'BYTE ORDER MARK'
};

/** 'U+2003 (EM SPACE)' */
export function describeCharacter(c: string): string {
	const hex = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return NAMES[c] ? `${hex} (${NAMES[c]})` : hex;
}

const invisible = (c: string, at: number, where: string, advice = 'type a plain space or remove it'): LexResult => ({
	ok: false,
	reason: `invisible or control character ${describeCharacter(c)} ${where}; ${advice}`,
	at
});

/** The first character DuckDB could read differently from what is shown, inside [from, to), or -1. */
function firstInvisible(sql: string, from: number, to: number): number {
	for (let i = from; i < to; i++) if (isInvisible(sql[i])) return i;
	return -1;
}

export function lexSql(sql: string): LexResult {
	const tokens: Token[] = [];
	let i = 0;
	const n = sql.length;
	const nul = sql.indexOf('\u0000');
	if (nul >= 0) return invisible('\u0000', nul, 'in the text (DuckDB would stop reading there)', 'remove it');
	while (i < n) {
		const c = sql[i];
		const start = i;
		if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
			i++;
		} else if (isInvisible(c)) {
			return invisible(c, i, 'outside a string');
		} else if (c === '-' && sql[i + 1] === '-') {
			while (i < n && sql[i] !== '\n' && sql[i] !== '\r') i++;
			const bad = firstInvisible(sql, start, i);
			if (bad >= 0) return invisible(sql[bad], bad, 'in a comment');
		} else if (c === '/' && sql[i + 1] === '*') {
			let depth = 0;
			do {
				if (sql.startsWith('/*', i)) (depth++, (i += 2));
				else if (sql.startsWith('*/', i)) (depth--, (i += 2));
				else i++;
			} while (depth > 0 && i < n);
			if (depth > 0) return { ok: false, reason: 'unterminated /* comment', at: start };
			const bad = firstInvisible(sql, start, i);
			if (bad >= 0) return invisible(sql[bad], bad, 'in a comment');
		} else if (c === "'" || ((c === 'E' || c === 'e') && sql[i + 1] === "'" && !isWordChar(sql[i - 1] ?? ' '))) {
			const backslash = c !== "'";
			i += backslash ? 2 : 1;
			let value = '';
			for (;;) {
				if (i >= n) return { ok: false, reason: 'unterminated string literal', at: start };
				const d = sql[i];
				if (backslash && d === '\\') {
					value += sql[i + 1] ?? '';
					i += 2;
				} else if (d === "'") {
					if (sql[i + 1] !== "'") break;
					value += "'";
					i += 2;
				} else {
					value += d;
					i++;
				}
			}
			i++;
			tokens.push({ kind: 'string', value, start });
		} else if (c === '"') {
			i++;
			let value = '';
			for (;;) {
				if (i >= n) return { ok: false, reason: 'unterminated quoted identifier', at: start };
				if (sql[i] === '"') {
					if (sql[i + 1] !== '"') break;
					value += '"';
					i += 2;
				} else value += sql[i++];
			}
			i++;
			tokens.push({ kind: 'quoted', value, start });
		} else if (c === '$' && isDigit(sql[i + 1] ?? '')) {
			i++;
			while (i < n && isDigit(sql[i])) i++;
			tokens.push({ kind: 'param', value: sql.slice(start, i), start });
		} else if (c === '$' && /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.test(sql.slice(i, i + 64))) {
			const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64))![0];
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) return { ok: false, reason: 'unterminated $-quoted string', at: start };
			tokens.push({ kind: 'string', value: sql.slice(i + tag.length, end), start });
			i = end + tag.length;
		} else if (isWordStart(c)) {
			while (i < n && isWordChar(sql[i])) i++;
			tokens.push({ kind: 'word', value: sql.slice(start, i).toLowerCase(), start });
		} else if (isDigit(c) || (c === '.' && isDigit(sql[i + 1] ?? ''))) {
			while (i < n && (isWordChar(sql[i]) || sql[i] === '.' || ((sql[i] === '+' || sql[i] === '-') && /[eE]/.test(sql[i - 1])))) i++;
			tokens.push({ kind: 'number', value: sql.slice(start, i), start });
		} else {
			i++;
			tokens.push({ kind: c === '?' ? 'param' : 'op', value: c, start });
		}
	}
	return { ok: true, tokens };
}
