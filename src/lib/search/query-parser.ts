import { MESSAGE_KINDS, PLATFORMS } from '$lib/model/types';
import { CUSTOM_CATEGORY, RISK_CATEGORIES } from '$lib/risk/types';
import type { FilterField, ParsedQuery, QueryError, QueryNode } from './types';

/**
 * The search box's query language → QueryNode tree. Pure and total: every input yields a ParsedQuery, never a throw.
 *
 * Precedence, loosest first: juxtaposition or `AND` (all must match) < `OR` < `NOT`/`-` < a word, "phrase",
 * field:value or (group). `OR` binding tighter than the implied AND is what Gmail and Google do, so
 * `invoice OR quote from:ana` means (invoice OR quote) AND from:ana.
 */

export const FILTER_FIELDS: readonly FilterField[] = ['from', 'in', 'platform', 'kind', 'before', 'after', 'on', 'has', 'risk'];
export const HAS_VALUES = ['attachment', 'link'] as const;

/** `scheme:rest` in these is text (a link), not a field. */
const URI_SCHEMES = new Set(['http', 'https', 'ftp', 'mailto', 'tel', 'file', 'data', 'www']);

export interface ParseOptions {
	riskCategories?: readonly string[];
}

type Token =
	| { kind: 'lparen' | 'rparen' | 'or' | 'and' | 'not' | 'minus'; start: number; end: number }
	| { kind: 'node'; node: QueryNode; start: number; end: number }
	/** A lexical error already reported; stands in for the operand so parsing can go on. */
	| { kind: 'bad'; start: number; end: number };

const isSpace = (c: string) => /\s/.test(c);
const endsWord = (c: string) => isSpace(c) || c === '(' || c === ')' || c === '"';

export function parseQuery(input: string, opts: ParseOptions = {}): ParsedQuery {
	const errors: QueryError[] = [];
	const tokens = tokenize(input, opts.riskCategories ?? RISK_CATEGORIES, errors);
	const parser = new Parser(tokens, errors);
	const ast = parser.parseAll();
	if (errors.length > 0) return { ast: null, errors: errors.sort((a, b) => a.start - b.start || a.end - b.end) };
	return { ast, errors: [] };
}

function tokenize(input: string, riskCategories: readonly string[], errors: QueryError[]): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const n = input.length;
	while (i < n) {
		const c = input[i];
		if (isSpace(c)) {
			i++;
			continue;
		}
		if (c === '(' || c === ')') {
			tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
			i++;
			continue;
		}
		if (c === '"') {
			const close = input.indexOf('"', i + 1);
			if (close < 0) {
				errors.push({ message: 'unclosed quote: add a closing " to end the phrase', start: i, end: n });
				tokens.push({ kind: 'bad', start: i, end: n });
				i = n;
				continue;
			}
			const value = input.slice(i + 1, close);
			if (value.trim() === '') {
				errors.push({ message: 'empty phrase: put words between the quotes', start: i, end: close + 1 });
				tokens.push({ kind: 'bad', start: i, end: close + 1 });
			} else {
				tokens.push({ kind: 'node', node: { type: 'phrase', value, start: i, end: close + 1 }, start: i, end: close + 1 });
			}
			i = close + 1;
			continue;
		}
		// `-` directly before something negates it; a lone `-` (as in "Mon - Fri") is punctuation and is dropped.
		if (c === '-') {
			const next = input[i + 1];
			if (next !== undefined && !isSpace(next) && next !== ')') tokens.push({ kind: 'minus', start: i, end: i + 1 });
			i++;
			continue;
		}
		let end = i;
		while (end < n && !endsWord(input[end])) end++;
		const word = input.slice(i, end);
		if (word === 'OR' || word === 'AND' || word === 'NOT') {
			tokens.push({ kind: word === 'OR' ? 'or' : word === 'AND' ? 'and' : 'not', start: i, end });
			i = end;
			continue;
		}
		const field = /^([A-Za-z_]+):(.*)$/s.exec(word);
		if (field) {
			const name = field[1].toLowerCase() as FilterField;
			if (FILTER_FIELDS.includes(name)) {
				let value = field[2];
				let valueEnd = end;
				if (value === '' && input[end] === '"') {
					const close = input.indexOf('"', end + 1);
					if (close < 0) {
						errors.push({ message: 'unclosed quote: add a closing " to end the value', start: end, end: n });
						tokens.push({ kind: 'bad', start: i, end: n });
						i = n;
						continue;
					}
					value = input.slice(end + 1, close);
					valueEnd = close + 1;
				}
				const checked = checkValue(name, value.trim(), riskCategories);
				if (typeof checked === 'string') {
					tokens.push({ kind: 'node', node: { type: 'filter', field: name, value: checked, start: i, end: valueEnd }, start: i, end: valueEnd });
				} else {
					errors.push({ message: checked.error, start: i, end: valueEnd });
					tokens.push({ kind: 'bad', start: i, end: valueEnd });
				}
				i = valueEnd;
				continue;
			}
			if (field[2] !== '' && !field[2].startsWith('/') && !URI_SCHEMES.has(name)) {
				errors.push({ message: `unknown field '${field[1]}' — fields are ${FILTER_FIELDS.join(', ')}`, start: i, end });
				tokens.push({ kind: 'bad', start: i, end });
				i = end;
				continue;
			}
		}
		const node = termNode(word, i, end);
		if (node) tokens.push({ kind: 'node', node, start: i, end });
		else {
			errors.push({ message: `'${word}' needs at least one character before the '${word.at(-1)}'`, start: i, end });
			tokens.push({ kind: 'bad', start: i, end });
		}
		i = end;
	}
	return tokens;
}

function termNode(word: string, start: number, end: number): QueryNode | null {
	let mode: 'exact' | 'prefix' | 'fuzzy' = 'exact';
	let value = word;
	if (word.endsWith('*')) {
		mode = 'prefix';
		value = word.replace(/\*+$/, '');
	} else if (word.endsWith('~')) {
		mode = 'fuzzy';
		value = word.replace(/~+$/, '');
	}
	if (value === '') return null;
	return { type: 'term', value, mode, start, end };
}

function checkValue(field: FilterField, value: string, riskCategories: readonly string[]): string | { error: string } {
	if (value === '') return { error: `empty value: write ${field}:something (quote values with spaces: ${field}:"two words")` };
	const lower = value.toLowerCase();
	switch (field) {
		case 'from':
		case 'in':
			return value;
		case 'before':
		case 'after':
		case 'on':
			return validDate(value) ? value : { error: `invalid date '${value}' — write YYYY, YYYY-MM or YYYY-MM-DD (e.g. ${field}:2024-03-15)` };
		case 'has':
			return (HAS_VALUES as readonly string[]).includes(lower) ? lower : { error: `has: takes ${HAS_VALUES.join(' or ')}, not '${value}'` };
		case 'platform':
			return (PLATFORMS as readonly string[]).includes(lower) ? lower : { error: `unknown platform '${value}' — platforms are ${PLATFORMS.join(', ')}` };
		case 'kind':
			return (MESSAGE_KINDS as readonly string[]).includes(lower) ? lower : { error: `unknown kind '${value}' — kinds are ${MESSAGE_KINDS.join(', ')}` };
		case 'risk': {
			const known = riskValues(riskCategories);
			// the user's own categories (custom.kyc) are not known to the parser; their shape is enough
			return known.includes(lower) || lower === 'custom' || CUSTOM_CATEGORY.test(lower)
				? lower
				: { error: `unknown risk category '${value}' — categories are ${known.join(', ')}, or custom.<name> for your own` };
		}
	}
}

/** Every category and every prefix before a '.', e.g. 'pii' for 'pii.email'. */
export function riskValues(categories: readonly string[]): string[] {
	const prefixes = categories.filter((c) => c.includes('.')).map((c) => c.slice(0, c.indexOf('.')));
	return [...new Set([...prefixes, ...categories])];
}

function validDate(value: string): boolean {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return false;
	if (m[2] === undefined) return true;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return false;
	if (m[3] === undefined) return true;
	const day = Number(m[3]);
	const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

class Parser {
	private at = 0;
	constructor(
		private readonly tokens: Token[],
		private readonly errors: QueryError[]
	) {}

	parseAll(): QueryNode | null {
		const node = this.parseAnd(false);
		while (this.at < this.tokens.length) {
			const t = this.tokens[this.at++];
			if (t.kind === 'rparen') this.errors.push({ message: "unmatched ')': there is no '(' to close", start: t.start, end: t.end });
		}
		return node;
	}

	private peek(): Token | undefined {
		return this.tokens[this.at];
	}

	/** Operands side by side (or joined by AND) until ')' or the end. */
	private parseAnd(inGroup: boolean): QueryNode | null {
		const children: QueryNode[] = [];
		for (;;) {
			const t = this.peek();
			if (!t) break;
			if (t.kind === 'rparen') {
				if (inGroup) break;
				this.errors.push({ message: "unmatched ')': there is no '(' to close", start: t.start, end: t.end });
				this.at++;
				continue;
			}
			if (t.kind === 'and') {
				this.at++;
				if (children.length === 0 || this.startsOperand() === false) {
					this.errors.push({ message: 'AND needs a term on both sides', start: t.start, end: t.end });
				}
				continue;
			}
			if (t.kind === 'or') {
				this.at++;
				this.errors.push({ message: 'OR needs a term on both sides', start: t.start, end: t.end });
				continue;
			}
			const node = this.parseOr();
			if (node) children.push(node);
		}
		if (children.length === 0) return null;
		if (children.length === 1) return children[0];
		return { type: 'and', children, start: children[0].start, end: children[children.length - 1].end };
	}

	private startsOperand(): boolean {
		const t = this.peek();
		return t !== undefined && (t.kind === 'node' || t.kind === 'bad' || t.kind === 'lparen' || t.kind === 'not' || t.kind === 'minus');
	}

	private parseOr(): QueryNode | null {
		const first = this.parseUnary();
		const children = first ? [first] : [];
		let broken = first === null;
		while (this.peek()?.kind === 'or') {
			const or = this.tokens[this.at++];
			if (!this.startsOperand()) {
				this.errors.push({ message: 'OR needs a term on both sides', start: or.start, end: or.end });
				broken = true;
				break;
			}
			const next = this.parseUnary();
			if (next) children.push(next);
			else broken = true;
		}
		if (broken || children.length === 0) return children.length === 1 && !broken ? children[0] : null;
		if (children.length === 1) return children[0];
		return { type: 'or', children, start: children[0].start, end: children[children.length - 1].end };
	}

	private parseUnary(): QueryNode | null {
		const t = this.peek();
		if (!t) return null;
		if (t.kind === 'not' || t.kind === 'minus') {
			this.at++;
			if (!this.startsOperand()) {
				const message = t.kind === 'not' ? 'NOT needs a term after it' : "'-' needs a term right after it";
				this.errors.push({ message, start: t.start, end: t.end });
				return null;
			}
			const child = t.kind === 'minus' ? this.parsePrimary() : this.parseUnary();
			return child ? { type: 'not', child, start: t.start, end: child.end } : null;
		}
		return this.parsePrimary();
	}

	private parsePrimary(): QueryNode | null {
		const t = this.tokens[this.at++];
		if (!t) return null;
		if (t.kind === 'node') return t.node;
		if (t.kind === 'bad') return null;
		if (t.kind === 'lparen') {
			const inner = this.parseAnd(true);
			const close = this.peek();
			if (close?.kind !== 'rparen') {
				this.errors.push({ message: "unclosed '(': add a ')'", start: t.start, end: t.end });
				return null;
			}
			this.at++;
			if (!inner) {
				if (!this.errors.some((e) => e.start > t.start && e.end <= close.end)) {
					this.errors.push({ message: 'empty parentheses', start: t.start, end: close.end });
				}
				return null;
			}
			return inner;
		}
		// An operator where an operand belongs: reported by the caller's loop on the next round.
		this.at--;
		if (t.kind === 'not' || t.kind === 'minus') return this.parseUnary();
		this.at++;
		this.errors.push({ message: `${t.kind === 'or' ? 'OR' : t.kind === 'and' ? 'AND' : "')'"} needs a term on both sides`, start: t.start, end: t.end });
		return null;
	}
}

/** `field:value` as the query language writes it: quoted when the value has spaces or characters the parser splits on. */
export function filterText(field: FilterField, value: string): string {
	const clean = value.replaceAll('"', '').trim();
	return /[\s()]/.test(clean) || clean === '' ? `${field}:"${clean}"` : `${field}:${clean}`;
}

/** The query with one more filter ANDed to it (a facet narrowing the search). */
export function addFilter(query: string, field: FilterField, value: string): string {
	const base = query.trim();
	const filter = filterText(field, value);
	return base === '' ? filter : `${base} ${filter}`;
}
