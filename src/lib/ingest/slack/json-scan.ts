/**
 * A tolerant scanner over JSON text: finds the extent of each element of an array (or each member of an object)
 * without parsing the whole document, so that one bad record or a cut-off file loses only what is actually broken,
 * and every record knows the line it starts on. Linear in the text; JSON.parse runs once per record.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;

/** Maps offsets to 1-based lines; cheap when asked in increasing order. */
export class LineCounter {
	private line = 1;
	// Offset of the first line break not yet counted (-1: none left). Kept so a text without breaks is scanned once.
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

export function skipWs(text: string, pos: number): number {
	const n = text.length;
	while (pos < n) {
		const c = text.charCodeAt(pos);
		if (c !== 32 && c !== LF && c !== 13 && c !== 9 && c !== 0xfeff) break;
		pos++;
	}
	return pos;
}

/** End (exclusive) of the string opening at pos, or -1 when the text ends inside it. */
function skipString(text: string, pos: number): number {
	const n = text.length;
	for (let i = pos + 1; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === QUOTE) return i + 1;
		if (c === BACKSLASH) i++;
	}
	return -1;
}

/** End (exclusive) of the value starting at pos (no leading whitespace), or -1 when the text ends inside it. */
export function skipValue(text: string, pos: number): number {
	const n = text.length;
	const c0 = text.charCodeAt(pos);
	if (c0 === QUOTE) return skipString(text, pos);
	if (c0 === 123 || c0 === 91) {
		let depth = 0;
		for (let i = pos; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === QUOTE) {
				const e = skipString(text, i);
				if (e < 0) return -1;
				i = e - 1;
			} else if (c === 123 || c === 91) depth++;
			else if (c === 125 || c === 93) {
				if (--depth === 0) return i + 1;
			}
		}
		return -1;
	}
	let i = pos;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 44 || c === 125 || c === 93 || c === 32 || c === LF || c === 13 || c === 9) break;
		i++;
	}
	return i === n ? -1 : i;
}

export interface ScannedItem {
	value: unknown;
	/** Position in the array. */
	index: number;
	line: number;
	lineEnd: number;
}

export interface ScanProblem {
	/** Position in the array, or -1 when the problem is not one element. */
	index: number;
	line: number;
	message: string;
	/** The start of the faulty text (at most 200 characters). */
	text: string;
}

export interface ArrayScan {
	items: ScannedItem[];
	problems: ScanProblem[];
	/** Position after the closing `]`, or -1 when the array never closed. */
	end: number;
}

function excerpt(text: string, from: number): string {
	return text.slice(from, from + 200);
}

/** Scans the array opening at `pos` (which must be `[`), parsing each element on its own. */
export function scanArray(text: string, pos: number, lines: LineCounter): ArrayScan {
	const out: ArrayScan = { items: [], problems: [], end: -1 };
	let i = skipWs(text, pos + 1);
	let index = 0;
	if (text.charCodeAt(i) === 93) {
		out.end = i + 1;
		return out;
	}
	while (i < text.length) {
		const end = skipValue(text, i);
		if (end < 0) {
			out.problems.push({ index, line: lines.at(i), message: `the file ends inside element ${index} (cut off?)`, text: excerpt(text, i) });
			return out;
		}
		const line = lines.at(i);
		const slice = text.slice(i, end);
		try {
			out.items.push({ value: JSON.parse(slice), index, line, lineEnd: lines.at(end - 1) });
		} catch (e) {
			out.problems.push({ index, line, message: `element ${index} is not valid JSON: ${(e as Error).message}`, text: excerpt(slice, 0) });
		}
		index++;
		i = skipWs(text, end);
		const c = text.charCodeAt(i);
		if (c === 44) {
			i = skipWs(text, i + 1);
			continue;
		}
		if (c === 93) {
			out.end = i + 1;
			return out;
		}
		if (i >= text.length) break;
		out.problems.push({ index: -1, line: lines.at(i), message: `expected , or ] after element ${index - 1}, found ${JSON.stringify(text[i])}`, text: excerpt(text, i) });
		return out;
	}
	out.problems.push({ index: -1, line: lines.at(text.length), message: `the file ends after element ${index - 1}; the array was never closed (cut off?)`, text: '' });
	return out;
}

export interface ObjectScan {
	/** Position after the closing `}`, or -1 when the object never closed. */
	end: number;
	problem?: { line: number; message: string };
}

/**
 * Walks the members of the object opening at `pos`. `visit` gets each key and the start of its value and returns
 * the value's end (or -1 when it could not find one); returning undefined lets the walker skip the value.
 */
export function walkObject(text: string, pos: number, lines: LineCounter, visit: (key: string, valueStart: number) => number | undefined): ObjectScan {
	let i = skipWs(text, pos + 1);
	if (text.charCodeAt(i) === 125) return { end: i + 1 };
	while (i < text.length) {
		if (text.charCodeAt(i) !== QUOTE) return fail(i, `expected a key, found ${JSON.stringify(text[i])}`);
		const keyEnd = skipString(text, i);
		if (keyEnd < 0) return fail(i, 'the file ends inside a key');
		let key: string;
		try {
			key = JSON.parse(text.slice(i, keyEnd)) as string;
		} catch {
			return fail(i, 'a key is not a valid JSON string');
		}
		i = skipWs(text, keyEnd);
		if (text.charCodeAt(i) !== 58) return fail(i, `expected : after "${key}"`);
		i = skipWs(text, i + 1);
		if (i >= text.length) return fail(i, `the file ends before the value of "${key}"`);
		const visited = visit(key, i);
		const end = visited === undefined ? skipValue(text, i) : visited;
		if (end < 0) return fail(i, `the file ends inside the value of "${key}" (cut off?)`);
		i = skipWs(text, end);
		const c = text.charCodeAt(i);
		if (c === 44) {
			i = skipWs(text, i + 1);
			continue;
		}
		if (c === 125) return { end: i + 1 };
		if (i >= text.length) break;
		return fail(i, `expected , or } after "${key}", found ${JSON.stringify(text[i])}`);
	}
	return fail(text.length, 'the file ends before the object closes (cut off?)');

	function fail(at: number, message: string): ObjectScan {
		return { end: -1, problem: { line: lines.at(at), message } };
	}
}
