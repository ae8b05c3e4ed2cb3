/**
 * The lexicon language (dtSearch-like):
 *
 *   term            guarantee        case- and accent-insensitive, ß = ss
 *   wildcards       guarant*  unauthori?ed   `*` any characters inside one word, `?` exactly one character
 *   phrase          "text me"  or adjacent bare words: text me   (hyphens split words: risk-free = "risk free")
 *   Chinese         加我微信          matches as a substring; `?` stands for one character (保?收益)
 *   boolean         a AND b, a OR b, NOT a, a AND NOT b (operators in capitals; lower-case and/or/not are words)
 *   proximity       a w/5 b          within 5 words, either order (between CJK terms: 5 characters)
 *                   a pre/5 b        a, then b within 5 words
 *                   a post/5 b       a, preceded by b within 5 words (an extension; dtSearch has pre/N only)
 *                   a NOT w/5 b      a with no b within 5 words; a NOT pre/5 b: no b after a;
 *                                    a NOT post/3 b: no b before a (e.g. guarantee* NOT post/3 (not OR cannot))
 *   grouping        ( … )
 *
 * Precedence, tightest first: NOT (unary), proximity, AND, OR. Proximity chains left to right.
 * "Within N words" means at most N−1 words between the two matches.
 */
import type { PolicyNode, QueryError, TermNode, WordPattern } from './ast';
import { tokenize } from './tokenize';

export const MAX_PROXIMITY = 100;
/** Bounds parse and match work for user-written queries (the built-ins are a fraction of this). */
export const MAX_QUERY_LENGTH = 20_000;

type Lexeme =
	| { kind: 'word'; text: string; start: number; end: number }
	| { kind: 'quoted'; text: string; start: number; end: number }
	| { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; start: number; end: number }
	| { kind: 'near'; distance: number; op: 'w' | 'pre' | 'post'; start: number; end: number };

const SPECIAL = new Set(['(', ')', '"', '“', '”']);
const NEAR = /^(w|pre|post)\/(\d*)$/i;

function isSpace(ch: string): boolean {
	return /\s/u.test(ch);
}

function lex(query: string, errors: QueryError[]): Lexeme[] {
	const out: Lexeme[] = [];
	let i = 0;
	while (i < query.length) {
		const ch = query[i];
		if (isSpace(ch)) {
			i++;
		} else if (ch === '(') {
			out.push({ kind: 'lparen', start: i, end: i + 1 });
			i++;
		} else if (ch === ')') {
			out.push({ kind: 'rparen', start: i, end: i + 1 });
			i++;
		} else if (ch === '"' || ch === '“' || ch === '”') {
			const close = findClosingQuote(query, i + 1);
			if (close < 0) {
				errors.push({ message: `unclosed quote at ${i}`, start: i, end: query.length });
				return out;
			}
			out.push({ kind: 'quoted', text: query.slice(i + 1, close), start: i, end: close + 1 });
			i = close + 1;
		} else {
			let j = i;
			while (j < query.length && !isSpace(query[j]) && !SPECIAL.has(query[j])) j++;
			const text = query.slice(i, j);
			const near = NEAR.exec(text);
			if (text === 'AND') out.push({ kind: 'and', start: i, end: j });
			else if (text === 'OR') out.push({ kind: 'or', start: i, end: j });
			else if (text === 'NOT') out.push({ kind: 'not', start: i, end: j });
			else if (near) {
				const distance = Number(near[2]);
				if (near[2] === '' || !Number.isInteger(distance) || distance < 1 || distance > MAX_PROXIMITY) {
					errors.push({
						message: `${text} needs a distance from 1 to ${MAX_PROXIMITY}, e.g. ${near[1].toLowerCase()}/5, at ${i}`,
						start: i,
						end: j
					});
				}
				out.push({ kind: 'near', distance, op: near[1].toLowerCase() as 'w' | 'pre' | 'post', start: i, end: j });
			} else out.push({ kind: 'word', text, start: i, end: j });
			i = j;
		}
	}
	return out;
}

function findClosingQuote(query: string, from: number): number {
	for (let k = from; k < query.length; k++) if (query[k] === '"' || query[k] === '”' || query[k] === '“') return k;
	return -1;
}

function wordPattern(norm: string): WordPattern {
	if (!norm.includes('*') && !norm.includes('?')) return { exact: norm };
	const stem = norm.slice(0, -1);
	if (norm.endsWith('*') && stem !== '' && !/[*?]/u.test(stem)) return { prefix: stem };
	const body = [...norm].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
	return { regex: new RegExp(`^${body}$`, 'u'), source: norm };
}

/** A term's words, or an error message when it has nothing to match. */
function termWords(text: string): { words: WordPattern[]; key: string } | string {
	const words = tokenize(text, '*?').map((t) => t.norm);
	if (words.length === 0) return `empty term`;
	if (words.every((w) => /^[*?]+$/u.test(w))) return `'${text}' needs at least one letter or digit`;
	if (words.some((w) => (w.match(/\*/g)?.length ?? 0) > 3)) return `'${text}' has more than 3 * in one word`;
	return { words: words.map(wordPattern), key: words.join(' ') };
}

class Parser {
	private pos = 0;
	constructor(
		private readonly lexemes: Lexeme[],
		private readonly errors: QueryError[],
		private readonly queryLength: number
	) {}

	private peek(): Lexeme | undefined {
		return this.lexemes[this.pos];
	}

	private fail(message: string, start: number, end: number): null {
		this.errors.push({ message: `${message} at ${start}`, start, end });
		return null;
	}

	parseQuery(): PolicyNode | null {
		const node = this.parseOr();
		const rest = this.peek();
		if (node && rest) {
			if (rest.kind === 'rparen') return this.fail(`unmatched ')'`, rest.start, rest.end);
			return this.fail(`unexpected '${describe(rest)}'`, rest.start, rest.end);
		}
		return node;
	}

	private parseOr(): PolicyNode | null {
		let left = this.parseAnd();
		while (left && this.peek()?.kind === 'or') {
			const op = this.lexemes[this.pos++];
			const right = this.parseAnd();
			if (!right) return this.errors.length ? null : this.fail(`OR needs a term after it`, op.start, op.end);
			left = { type: 'or', left, right, start: left.start, end: right.end };
		}
		return left;
	}

	private parseAnd(): PolicyNode | null {
		let left = this.parseNear();
		while (left) {
			const next = this.peek();
			if (!next) break;
			if (next.kind === 'and') {
				this.pos++;
				const right = this.parseNear();
				if (!right) return this.errors.length ? null : this.fail(`AND needs a term after it`, next.start, next.end);
				left = { type: 'and', left, right, start: left.start, end: right.end };
			} else if (next.kind === 'not' && this.lexemes[this.pos + 1]?.kind !== 'near') {
				// `a NOT b` reads as `a AND NOT b`
				const right = this.parseNear();
				if (!right) return null;
				left = { type: 'and', left, right, start: left.start, end: right.end };
			} else if (next.kind === 'word' || next.kind === 'quoted' || next.kind === 'lparen') {
				// two terms side by side with no operator between them
				return this.fail(`missing operator (AND, OR, w/N) before '${describe(next)}'`, next.start, next.end);
			} else break;
		}
		return left;
	}

	private parseNear(): PolicyNode | null {
		let left = this.parseUnary();
		while (left) {
			let next = this.peek();
			let negated = false;
			if (next?.kind === 'not' && this.lexemes[this.pos + 1]?.kind === 'near') {
				negated = true;
				this.pos++;
				next = this.peek();
			}
			if (next?.kind !== 'near') break;
			this.pos++;
			const right = this.parseUnary();
			if (!right) return this.errors.length ? null : this.fail(`${describe(next)} needs a term after it`, next.start, next.end);
			if (containsNot(left) || containsNot(right)) {
				return this.fail(`NOT cannot be inside a proximity operand (use a NOT w/N b)`, next.start, next.end);
			}
			left = {
				type: 'near',
				left,
				right,
				distance: next.distance,
				order: next.op === 'pre' ? 'after' : next.op === 'post' ? 'before' : null,
				negated,
				start: left.start,
				end: right.end
			};
		}
		return left;
	}

	private parseUnary(): PolicyNode | null {
		const next = this.peek();
		if (!next) return null;
		if (next.kind === 'not') {
			this.pos++;
			const operand = this.parseUnary();
			if (!operand) return this.errors.length ? null : this.fail(`NOT needs a term after it`, next.start, next.end);
			return { type: 'not', operand, start: next.start, end: operand.end };
		}
		if (next.kind === 'lparen') {
			this.pos++;
			const after = this.peek();
			if (after?.kind === 'rparen') return this.fail(`empty parentheses`, next.start, after.end);
			const inner = this.parseOr();
			if (!inner) return this.errors.length ? null : this.fail(`unclosed '('`, next.start, next.end);
			const close = this.peek();
			if (close?.kind !== 'rparen') {
				if (close) return this.fail(`unexpected '${describe(close)}'`, close.start, close.end);
				return this.fail(`unclosed '('`, next.start, next.end);
			}
			this.pos++;
			return inner;
		}
		if (next.kind === 'quoted') {
			this.pos++;
			return this.term(next.text, next.start, next.end);
		}
		if (next.kind === 'word') {
			// adjacent bare words form a phrase, as in dtSearch
			const first = next;
			let last = next;
			const parts = [next.text];
			this.pos++;
			while (this.peek()?.kind === 'word') {
				last = this.lexemes[this.pos++] as typeof first;
				parts.push(last.text);
			}
			return this.term(parts.join(' '), first.start, last.end);
		}
		if (next.kind === 'rparen') return this.fail(`unmatched ')'`, next.start, next.end);
		return this.fail(`'${describe(next)}' needs a term before it`, next.start, next.end);
	}

	private term(text: string, start: number, end: number): TermNode | null {
		const words = termWords(text);
		if (typeof words === 'string') return this.fail(words, start, end);
		return { type: 'term', text, words: words.words, key: words.key, start, end };
	}
}

function describe(l: Lexeme): string {
	switch (l.kind) {
		case 'word':
			return l.text;
		case 'quoted':
			return `"${l.text}"`;
		case 'lparen':
			return '(';
		case 'rparen':
			return ')';
		case 'and':
			return 'AND';
		case 'or':
			return 'OR';
		case 'not':
			return 'NOT';
		case 'near':
			return `${l.op}/${Number.isNaN(l.distance) ? '' : l.distance}`;
	}
}

function containsNot(node: PolicyNode): boolean {
	switch (node.type) {
		case 'term':
			return false;
		case 'not':
			return true;
		case 'near':
			return containsNot(node.left) || containsNot(node.right);
		default:
			return containsNot(node.left) || containsNot(node.right);
	}
}

/** True when the expression can match a message on the strength of some term (not only through NOT). */
export function hasPositiveTerm(node: PolicyNode): boolean {
	switch (node.type) {
		case 'term':
			return true;
		case 'not':
			return false;
		case 'near':
			return true;
		case 'and':
			return hasPositiveTerm(node.left) || hasPositiveTerm(node.right);
		case 'or':
			return hasPositiveTerm(node.left) && hasPositiveTerm(node.right);
	}
}

export function parsePolicyQuery(query: string): { ok: true; ast: PolicyNode } | { ok: false; errors: QueryError[] } {
	try {
		if (typeof query !== 'string') return { ok: false, errors: [{ message: 'query must be text', start: 0, end: 0 }] };
		if (query.length > MAX_QUERY_LENGTH) {
			return {
				ok: false,
				errors: [{ message: `the query is too long (${query.length} characters, at most ${MAX_QUERY_LENGTH})`, start: MAX_QUERY_LENGTH, end: query.length }]
			};
		}
		const errors: QueryError[] = [];
		const lexemes = lex(query, errors);
		if (errors.length) return { ok: false, errors };
		if (lexemes.length === 0) return { ok: false, errors: [{ message: 'empty query', start: 0, end: query.length }] };
		const ast = new Parser(lexemes, errors, query.length).parseQuery();
		if (errors.length || !ast) {
			return { ok: false, errors: errors.length ? errors : [{ message: 'empty query', start: 0, end: query.length }] };
		}
		if (!hasPositiveTerm(ast)) {
			return {
				ok: false,
				errors: [{ message: 'the query needs a term that is not under NOT (it would match every message)', start: 0, end: query.length }]
			};
		}
		return { ok: true, ast };
	} catch (e) {
		return { ok: false, errors: [{ message: `could not parse: ${(e as Error).message}`, start: 0, end: query.length }] };
	}
}
