/**
 * The scanner of scan.ts over text that arrives in pieces: a JSON export of a gigabyte is never one string. A
 * walk is a generator that yields whenever it needs text not yet given; `TextWindow` holds only the text from the
 * earliest position the walk still needs (the start of the record being read), so memory is bounded by the
 * largest record, not the file. Offsets are absolute (from the start of the text), so positions, lines and
 * messages are exactly those of scan.ts on the whole text — the whole text given in one piece is the same walk.
 */
import { CUT, NO_VALUE, stopAt, type Stop } from './scan';

/** A walk step: yields when it needs more text, returns its result. */
export type Walk<T> = Generator<void, T, void>;

const QUOTE = 34;
const BACKSLASH = 92;

export class TextWindow {
	/** The text from `base` on. */
	private buf = '';
	private base = 0;
	/** Everything before this offset may be dropped. */
	private keepFrom = 0;
	private ended = false;
	// Line counting: `line` is the 1-based line of offset `linePos` (never before `base`); `nextBreak` the first
	// line break at or after it, or -1 when there is none in the text before `searched`.
	private linePos = 0;
	private line = 1;
	private nextBreak = -1;
	private searched = 0;

	// Pieces given but not yet joined to `buf`: while the walk is inside a long value, joining every piece would copy
	// the held text once per piece; it is joined when the pieces are at least as long as the text held.
	private pieces: string[] = [];
	private piecesLength = 0;

	/** Adds the next piece of text; true when the walk should go on now (see `pieces`). */
	push(text: string): boolean {
		this.pieces.push(text);
		this.piecesLength += text.length;
		return this.piecesLength >= this.buf.length - Math.max(0, this.keepFrom - this.base);
	}

	/** Makes every piece given part of the text the walk sees. */
	join(): void {
		if (this.keepFrom > this.base) {
			const drop = Math.min(this.keepFrom, this.base + this.buf.length) - this.base;
			if (this.linePos < this.base + drop) this.lineAt(this.base + drop);
			this.buf = this.buf.slice(drop);
			this.base += drop;
		}
		if (this.pieces.length === 0) return;
		const joined = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
		this.buf = this.buf.length === 0 ? joined : this.buf + joined;
		this.pieces = [];
		this.piecesLength = 0;
	}

	end(): void {
		this.join();
		this.ended = true;
	}

	get isEnded(): boolean {
		return this.ended;
	}

	/** Characters held now. */
	get held(): number {
		return this.buf.length + this.piecesLength;
	}

	/** Offset just past the text given so far. */
	get length(): number {
		return this.base + this.buf.length;
	}

	/** Text before `offset` is no longer needed. */
	release(offset: number): void {
		if (offset > this.keepFrom) this.keepFrom = offset;
	}

	/** Whether the character at `offset` is given; waits for more text while it can come. */
	*has(offset: number): Walk<boolean> {
		while (offset >= this.length && !this.ended) yield;
		return offset < this.length;
	}

	/** Waits until the text reaches `offset` or ends. */
	*until(offset: number): Walk<void> {
		while (offset > this.length && !this.ended) yield;
	}

	code(offset: number): number {
		return this.buf.charCodeAt(offset - this.base);
	}

	char(offset: number): string {
		return this.buf[offset - this.base] ?? '';
	}

	slice(start: number, end: number): string {
		return this.buf.slice(Math.max(0, start - this.base), Math.max(0, end - this.base));
	}

	indexOf(s: string, from: number): number {
		const i = this.buf.indexOf(s, Math.max(0, from - this.base));
		return i < 0 ? -1 : i + this.base;
	}

	/** Runs a sticky or global regex from `from`; the match index is absolute. */
	exec(re: RegExp, from: number): { index: number; text: string } | null {
		re.lastIndex = Math.max(0, from - this.base);
		const m = re.exec(this.buf);
		return m === null ? null : { index: m.index + this.base, text: m[0] };
	}

	/** 1-based line of an offset still held; cheap when asked in increasing order. */
	lineAt(offset: number): number {
		if (offset >= this.linePos) {
			for (;;) {
				if (this.nextBreak < 0) {
					if (this.searched >= this.length) break;
					this.nextBreak = this.indexOf('\n', Math.max(this.searched, this.linePos));
					this.searched = this.length;
					if (this.nextBreak < 0) break;
				}
				if (this.nextBreak >= offset) break;
				this.line++;
				this.nextBreak = this.indexOf('\n', this.nextBreak + 1);
				if (this.nextBreak < 0) this.searched = this.length;
			}
		} else {
			let first = -1;
			for (let i = offset; i < this.linePos; i++) {
				if (this.code(i) !== 10) continue;
				this.line--;
				if (first < 0) first = i;
			}
			if (first >= 0) this.nextBreak = first;
		}
		this.linePos = offset;
		return this.line;
	}
}

/** As scan.ts skipWs. */
export function* skipWs(w: TextWindow, pos: number): Walk<number> {
	while (pos < w.length || (yield* w.has(pos))) {
		const c = w.code(pos);
		if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) pos++;
		else break;
	}
	return pos;
}

/** As scan.ts stringEnd. */
export function* stringEnd(w: TextWindow, pos: number): Walk<number> {
	let from = pos + 1;
	for (;;) {
		const q = w.indexOf('"', from);
		if (q < 0) {
			from = Math.max(from, w.length);
			if (!(yield* w.has(w.length))) return CUT;
			continue;
		}
		let j = q - 1;
		while (j > pos && w.code(j) === BACKSLASH) j--;
		if ((q - 1 - j) % 2 === 0) return q + 1;
		from = q + 1;
	}
}

const STRUCTURE = /["[\]{}]/g;

/** As scan.ts valueEnd. */
export function* valueEnd(w: TextWindow, pos: number): Walk<number> {
	if (pos >= w.length && !(yield* w.has(pos))) return CUT;
	const first = w.code(pos);
	if (first === QUOTE) return yield* stringEnd(w, pos);
	if (first === 123 || first === 91) {
		let depth = 0;
		let from = pos;
		for (;;) {
			const m = w.exec(STRUCTURE, from);
			if (m === null) {
				from = Math.max(from, w.length);
				if (!(yield* w.has(w.length))) return CUT;
				continue;
			}
			if (m.text === '"') {
				const end = yield* stringEnd(w, m.index);
				if (end < 0) return CUT;
				from = end;
			} else if (m.text === '{' || m.text === '[') {
				depth++;
				from = m.index + 1;
			} else if (--depth === 0) return m.index + 1;
			else from = m.index + 1;
		}
	}
	let i = pos;
	while (i < w.length || (yield* w.has(i))) {
		const c = w.code(i);
		if (c === 44 || c === 125 || c === 93 || c === 58 || c <= 32) break;
		i++;
	}
	if (i === pos) return NO_VALUE;
	return i >= w.length ? CUT : i;
}

/** What a visitor returns, as scan.ts Visited; a visitor is itself a walk. */
export type StreamVisited = number | Stop | undefined;

function found(w: TextWindow, i: number): string {
	return i >= w.length ? 'the end of the file' : JSON.stringify(w.char(i));
}

function* visitValue(w: TextWindow, at: number, visited: StreamVisited, what: string): Walk<number | Stop> {
	if (typeof visited === 'object') return visited;
	const end = visited === undefined ? yield* valueEnd(w, at) : visited;
	if (end === CUT) return stopAt(at, `the file ends inside ${what} (cut off?)`, true);
	if (end < 0) return stopAt(at, `no JSON value at ${what}, found ${found(w, at)}`, false);
	return end;
}

/** As scan.ts walkObject; text before each member is released once the member is read. */
export function* walkObject(
	w: TextWindow,
	pos: number,
	visit: (key: string, at: number) => Walk<StreamVisited>,
	where = 'the top-level object'
): Walk<number | Stop> {
	let i = yield* skipWs(w, pos + 1);
	if (w.code(i) === 125 && i < w.length) return i + 1;
	while (yield* w.has(i)) {
		w.release(i);
		if (w.code(i) !== QUOTE) return stopAt(i, `expected a key in ${where}, found ${found(w, i)}`, false);
		const keyEnd = yield* stringEnd(w, i);
		if (keyEnd < 0) return stopAt(i, `the file ends inside a key of ${where} (cut off?)`, true);
		let key: string;
		try {
			key = JSON.parse(w.slice(i, keyEnd)) as string;
		} catch {
			key = w.slice(i + 1, keyEnd - 1);
		}
		i = yield* skipWs(w, keyEnd);
		if (i >= w.length) return stopAt(i, `the file ends after the key "${key}" (cut off?)`, true);
		if (w.code(i) !== 58) return stopAt(i, `expected : after "${key}", found ${found(w, i)}`, false);
		i = yield* skipWs(w, i + 1);
		if (i >= w.length) return stopAt(i, `the file ends before the value of "${key}" (cut off?)`, true);
		w.release(i);
		const end = yield* visitValue(w, i, yield* visit(key, i), `the value of "${key}"`);
		if (typeof end === 'object') return end;
		i = yield* skipWs(w, end);
		w.release(i);
		const c = i < w.length ? w.code(i) : -1;
		if (c === 44) {
			i = yield* skipWs(w, i + 1);
			continue;
		}
		if (c === 125) return i + 1;
		if (i >= w.length) break;
		return stopAt(i, `expected , or } after "${key}", found ${found(w, i)}`, false);
	}
	return stopAt(w.length, `the file ends before ${where} closes (cut off?)`, true);
}

/** As scan.ts walkArray; text before each element is released once the element is read. */
export function* walkArray(
	w: TextWindow,
	pos: number,
	visit: (index: number, at: number) => Walk<StreamVisited>,
	label: (i: number) => string
): Walk<number | Stop> {
	let i = yield* skipWs(w, pos + 1);
	if (i < w.length && w.code(i) === 93) return i + 1;
	for (let n = 0; ; n++) {
		w.release(i);
		if (!(yield* w.has(i)))
			return stopAt(
				i,
				n === 0 ? 'the file ends right after an opening [ (cut off?)' : `the file ends after ${label(n - 1)}; the array was never closed (cut off?)`,
				true
			);
		const end = yield* visitValue(w, i, yield* visit(n, i), label(n));
		if (typeof end === 'object') return end;
		i = yield* skipWs(w, end);
		w.release(i);
		const c = i < w.length ? w.code(i) : -1;
		if (c === 44) {
			i = yield* skipWs(w, i + 1);
			continue;
		}
		if (c === 93) return i + 1;
		if (i >= w.length) return stopAt(i, `the file ends after ${label(n)}; the array was never closed (cut off?)`, true);
		return stopAt(i, `expected , or ] after ${label(n)}, found ${found(w, i)}`, false);
	}
}

/** Drives a walk over text pushed in pieces: `push` runs it as far as the text allows, `end` to its finish. */
export function drive<T>(w: TextWindow, walk: Walk<T>): { push(text: string): void; end(): T } {
	let result: IteratorResult<void, T> = walk.next();
	return {
		push(text) {
			if (result.done || !w.push(text)) return;
			w.join();
			result = walk.next();
		},
		end() {
			w.end();
			while (!result.done) result = walk.next();
			return result.value;
		}
	};
}
