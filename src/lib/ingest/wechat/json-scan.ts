/**
 * A structural scan of a JSON object's top level that survives a cut-off file: it finds the values of
 * the root's keys and the elements of one array-valued key without building the whole tree, so that
 * every complete record before the cut can still be parsed on its own.
 */

export interface Span {
	start: number;
	end: number;
}

export interface RootScan {
	/** What the text starts with: an object, an array, something else, or nothing. */
	root: 'object' | 'array' | 'other' | 'empty';
	/** Complete top-level values by key (the array key's value is not among them). */
	values: Map<string, Span>;
	/** Complete elements of the array key, in order; null when the key was not found. */
	elements: Span[] | null;
	/** Where the scan stopped before the end of a well-formed object, and why. */
	cut: { offset: number; reason: string } | null;
}

const WS = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** End (exclusive) of the string starting at `pos` (a quote), or -1 when it never closes. */
function skipString(text: string, pos: number): number {
	let i = pos + 1;
	for (;;) {
		const q = text.indexOf('"', i);
		if (q === -1) return -1;
		let backslashes = 0;
		for (let j = q - 1; j > pos && text.charCodeAt(j) === 92; j--) backslashes++;
		if (backslashes % 2 === 0) return q + 1;
		i = q + 1;
	}
}

/** End (exclusive) of the value starting at `pos`, or -1 when the text ends first. */
function skipValue(text: string, pos: number): number {
	const c = text.charCodeAt(pos);
	if (c === 34) return skipString(text, pos);
	if (c === 123 || c === 91) {
		let depth = 0;
		let i = pos;
		while (i < text.length) {
			const d = text.charCodeAt(i);
			if (d === 34) {
				const e = skipString(text, i);
				if (e === -1) return -1;
				i = e;
				continue;
			}
			if (d === 123 || d === 91) depth++;
			else if (d === 125 || d === 93) {
				depth--;
				if (depth === 0) return i + 1;
			}
			i++;
		}
		return -1;
	}
	let i = pos;
	while (i < text.length) {
		const d = text.charCodeAt(i);
		if (d === 44 || d === 125 || d === 93 || WS(d)) break;
		i++;
	}
	return i === pos || i === text.length ? -1 : i;
}

function skipWs(text: string, pos: number): number {
	while (pos < text.length && WS(text.charCodeAt(pos))) pos++;
	return pos;
}

export function scanRoot(text: string, arrayKey: string): RootScan {
	const scan: RootScan = { root: 'empty', values: new Map(), elements: null, cut: null };
	let pos = skipWs(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
	if (pos >= text.length) return scan;
	const first = text.charCodeAt(pos);
	scan.root = first === 123 ? 'object' : first === 91 ? 'array' : 'other';
	if (scan.root !== 'object') return scan;
	const stop = (offset: number, reason: string): RootScan => {
		scan.cut = { offset, reason };
		return scan;
	};
	pos++;
	for (;;) {
		pos = skipWs(text, pos);
		if (pos >= text.length) return stop(pos, 'file ends inside the top-level object');
		if (text.charCodeAt(pos) === 125) return scan;
		if (text.charCodeAt(pos) !== 34) return stop(pos, 'expected a key');
		const keyEnd = skipString(text, pos);
		if (keyEnd === -1) return stop(pos, 'file ends inside a key');
		let key: string;
		try {
			key = JSON.parse(text.slice(pos, keyEnd)) as string;
		} catch {
			return stop(pos, 'malformed key');
		}
		pos = skipWs(text, keyEnd);
		if (text.charCodeAt(pos) !== 58) return stop(pos, `expected ':' after "${key}"`);
		pos = skipWs(text, pos + 1);
		if (pos >= text.length) return stop(pos, `file ends before the value of "${key}"`);
		if (key === arrayKey && text.charCodeAt(pos) === 91 && scan.elements === null) {
			scan.elements = [];
			pos = skipWs(text, pos + 1);
			if (text.charCodeAt(pos) === 93) pos++;
			else
				for (;;) {
					pos = skipWs(text, pos);
					const end = pos < text.length ? skipValue(text, pos) : -1;
					if (end === -1) return stop(pos, `file ends inside ${arrayKey}[${scan.elements.length}]`);
					scan.elements.push({ start: pos, end });
					pos = skipWs(text, end);
					const c = text.charCodeAt(pos);
					if (c === 44) {
						pos++;
						continue;
					}
					if (c === 93) {
						pos++;
						break;
					}
					return stop(pos, pos >= text.length ? `file ends after ${arrayKey}[${scan.elements.length - 1}]` : `expected ',' or ']' after ${arrayKey}[${scan.elements.length - 1}]`);
				}
		} else {
			const end = skipValue(text, pos);
			if (end === -1) return stop(pos, `file ends inside the value of "${key}"`);
			scan.values.set(key, { start: pos, end });
			pos = end;
		}
		pos = skipWs(text, pos);
		const c = text.charCodeAt(pos);
		if (c === 44) {
			pos++;
			continue;
		}
		if (c === 125) return scan;
		return stop(pos, pos >= text.length ? 'file ends inside the top-level object' : 'expected \',\' or \'}\'');
	}
}

/** 1-based line of offsets asked for in increasing order, counting forward only (linear overall). */
export function lineCounter(text: string): (offset: number) => number {
	let at = 0;
	let line = 1;
	return (offset: number) => {
		for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
		return line;
	};
}
