/**
 * The one tolerant JSON scanner of every JSON export (Telegram, Slack, Discord, WeChat, Messenger): it finds where
 * each member of an object and each element of an array lies without building the document, so each record can be
 * parsed on its own — one bad record costs only itself, a cut-off export keeps every complete record, and every
 * record knows the line it starts on. Linear in the text; it checks only brackets and string quoting, and leaves
 * whether a value is well-formed to JSON.parse on its slice. Positions are plain offsets, so a later streaming
 * reader can feed it windows of the text.
 */

/** The text ended before the value did. */
export const CUT = -1;
/** No JSON value starts here. */
export const NO_VALUE = -2;

const QUOTE = 34;
const BACKSLASH = 92;

/** Skips JSON whitespace, and a byte order mark anywhere between values. */
export function skipWs(text: string, pos: number): number {
	const len = text.length;
	while (pos < len) {
		const c = text.charCodeAt(pos);
		if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) pos++;
		else break;
	}
	return pos;
}

/** End (exclusive) of the string whose opening quote is at `pos`, or CUT. A backslash always escapes the next character. */
export function stringEnd(text: string, pos: number): number {
	let from = pos + 1;
	for (;;) {
		const q = text.indexOf('"', from);
		if (q < 0) return CUT;
		let j = q - 1;
		while (j > pos && text.charCodeAt(j) === BACKSLASH) j--;
		if ((q - 1 - j) % 2 === 0) return q + 1;
		from = q + 1;
	}
}

const STRUCTURE = /["[\]{}]/g;

/** End (exclusive) of the value starting at `pos` (no leading whitespace): CUT when the text ends first, NO_VALUE when nothing starts here. */
export function valueEnd(text: string, pos: number): number {
	const len = text.length;
	if (pos >= len) return CUT;
	const first = text.charCodeAt(pos);
	if (first === QUOTE) return stringEnd(text, pos);
	if (first === 123 || first === 91) {
		// A regex jump to the next structural character: minified exports have lines of many megabytes.
		let depth = 0;
		const re = STRUCTURE;
		re.lastIndex = pos;
		for (;;) {
			const m = re.exec(text);
			if (m === null) return CUT;
			const ch = m[0];
			if (ch === '"') {
				const end = stringEnd(text, m.index);
				if (end < 0) return CUT;
				re.lastIndex = end;
			} else if (ch === '{' || ch === '[') depth++;
			else if (--depth === 0) return m.index + 1;
		}
	}
	let i = pos;
	while (i < len) {
		const c = text.charCodeAt(i);
		if (c === 44 || c === 125 || c === 93 || c === 58 || c <= 32) break;
		i++;
	}
	if (i === pos) return NO_VALUE;
	return i === len ? CUT : i;
}

/** 1-based line of an offset; cheap when asked in increasing order (a step back starts over from the top). */
export class LineCounter {
	private line = 1;
	// The next line break not yet counted (-1: none left), so a text without breaks is searched once.
	private next: number;
	private last = 0;

	constructor(private readonly text: string) {
		this.next = text.indexOf('\n');
	}

	at(offset: number): number {
		if (offset < this.last) {
			this.line = 1;
			this.next = this.text.indexOf('\n');
		}
		this.last = offset;
		while (this.next >= 0 && this.next < offset) {
			this.line++;
			this.next = this.text.indexOf('\n', this.next + 1);
		}
		return this.line;
	}
}

/** Why a walk stopped before its closing bracket: the text ended (`cut`) or stopped looking like JSON. */
export interface Stop {
	stop: true;
	offset: number;
	reason: string;
	cut: boolean;
}

export function stopAt(offset: number, reason: string, cut: boolean): Stop {
	return { stop: true, offset, reason, cut };
}

export function isStop(v: unknown): v is Stop {
	return typeof v === 'object' && v !== null && (v as Stop).stop === true;
}

/** What a visitor returns: where the value it consumed ends, a Stop that ends the whole walk, or undefined to skip the value. */
export type Visited = number | Stop | undefined;

function found(text: string, i: number): string {
	return i >= text.length ? 'the end of the file' : JSON.stringify(text[i]);
}

/** Skips or visits the value at `at`; a value the text ends inside is a cut. */
function visitValue(text: string, at: number, visited: Visited, what: string): number | Stop {
	if (isStop(visited)) return visited;
	const end = visited === undefined ? valueEnd(text, at) : visited;
	if (end === CUT) return stopAt(at, `the file ends inside ${what} (cut off?)`, true);
	if (end < 0) return stopAt(at, `no JSON value at ${what}, found ${found(text, at)}`, false);
	return end;
}

/**
 * Visits each member of the object whose `{` is at `pos`; returns the position after its `}`, or the Stop that
 * ended the walk. `where` names the object in messages ("the top-level object", "chats.list[2]").
 */
export function walkObject(text: string, pos: number, visit: (key: string, at: number) => Visited, where = 'the top-level object'): number | Stop {
	const len = text.length;
	let i = skipWs(text, pos + 1);
	if (text.charCodeAt(i) === 125) return i + 1;
	while (i < len) {
		if (text.charCodeAt(i) !== QUOTE) return stopAt(i, `expected a key in ${where}, found ${found(text, i)}`, false);
		const keyEnd = stringEnd(text, i);
		if (keyEnd < 0) return stopAt(i, `the file ends inside a key of ${where} (cut off?)`, true);
		let key: string;
		try {
			key = JSON.parse(text.slice(i, keyEnd)) as string;
		} catch {
			key = text.slice(i + 1, keyEnd - 1);
		}
		i = skipWs(text, keyEnd);
		if (i >= len) return stopAt(i, `the file ends after the key "${key}" (cut off?)`, true);
		if (text.charCodeAt(i) !== 58) return stopAt(i, `expected : after "${key}", found ${found(text, i)}`, false);
		i = skipWs(text, i + 1);
		if (i >= len) return stopAt(i, `the file ends before the value of "${key}" (cut off?)`, true);
		const end = visitValue(text, i, visit(key, i), `the value of "${key}"`);
		if (isStop(end)) return end;
		i = skipWs(text, end);
		const c = text.charCodeAt(i);
		if (c === 44) {
			i = skipWs(text, i + 1);
			continue;
		}
		if (c === 125) return i + 1;
		if (i >= len) break;
		return stopAt(i, `expected , or } after "${key}", found ${found(text, i)}`, false);
	}
	return stopAt(len, `the file ends before ${where} closes (cut off?)`, true);
}

/**
 * Visits each element of the array whose `[` is at `pos`; returns the position after its `]`, or the Stop that
 * ended the walk. `label(i)` names element i in messages (`element 3`, `messages[3]`).
 */
export function walkArray(text: string, pos: number, visit: (index: number, at: number) => Visited, label: (i: number) => string): number | Stop {
	const len = text.length;
	let i = skipWs(text, pos + 1);
	if (text.charCodeAt(i) === 93) return i + 1;
	for (let n = 0; ; n++) {
		if (i >= len)
			return stopAt(
				i,
				n === 0 ? 'the file ends right after an opening [ (cut off?)' : `the file ends after ${label(n - 1)}; the array was never closed (cut off?)`,
				true
			);
		const end = visitValue(text, i, visit(n, i), label(n));
		if (isStop(end)) return end;
		i = skipWs(text, end);
		const c = text.charCodeAt(i);
		if (c === 44) {
			i = skipWs(text, i + 1);
			continue;
		}
		if (c === 93) return i + 1;
		if (i >= len) return stopAt(i, `the file ends after ${label(n)}; the array was never closed (cut off?)`, true);
		return stopAt(i, `expected , or ] after ${label(n)}, found ${found(text, i)}`, false);
	}
}
