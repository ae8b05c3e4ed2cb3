/**
 * A SQL lexer just precise enough to find statement boundaries and bare words the way DuckDB's lexer does:
 * '…' with '' escapes, E'…' with backslash escapes, "…" identifiers, $tag$…$tag$ strings, -- and nested /* *\/ comments.
 * Comments are dropped. Unterminated strings, identifiers and comments are reported, not guessed at.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'op';

export interface Token {
	kind: TokenKind;
	/** word: lowercased; quoted and string: the unescaped content; others: the source text. */
	value: string;
	start: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; reason: string; at: number };

const isWordStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isWordChar = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

export function lexSql(sql: string): LexResult {
	const tokens: Token[] = [];
	let i = 0;
	const n = sql.length;
	while (i < n) {
		const c = sql[i];
		const start = i;
		if (/\s/.test(c)) {
			i++;
		} else if (c === '-' && sql[i + 1] === '-') {
			while (i < n && sql[i] !== '\n') i++;
		} else if (c === '/' && sql[i + 1] === '*') {
			let depth = 0;
			do {
				if (sql.startsWith('/*', i)) (depth++, (i += 2));
				else if (sql.startsWith('*/', i)) (depth--, (i += 2));
				else i++;
			} while (depth > 0 && i < n);
			if (depth > 0) return { ok: false, reason: 'unterminated /* comment', at: start };
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
