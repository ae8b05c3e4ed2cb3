/** Structural scanning of JSON text without building values, so an export can be read one record at a time. */

/** The text ended before the value did. */
export const CUT = -1;
/** No JSON value starts here. */
export const NO_VALUE = -2;

export function skipWs(text: string, pos: number): number {
	const len = text.length;
	while (pos < len) {
		const c = text.charCodeAt(pos);
		if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) pos++;
		else break;
	}
	return pos;
}

/** End (exclusive) of the string whose opening quote is at `pos`, or CUT. */
export function stringEnd(text: string, pos: number): number {
	let from = pos + 1;
	for (;;) {
		const q = text.indexOf('"', from);
		if (q < 0) return CUT;
		let j = q - 1;
		while (j > pos && text.charCodeAt(j) === 92) j--;
		if ((q - 1 - j) % 2 === 0) return q + 1;
		from = q + 1;
	}
}

/**
 * End (exclusive) of the value starting at `pos`, by bracket depth and string quoting only: whether the value
 * is well-formed is left to JSON.parse on the slice. CUT when the text ends first, NO_VALUE when nothing starts here.
 */
export function valueEnd(text: string, pos: number): number {
	const len = text.length;
	if (pos >= len) return CUT;
	const first = text.charCodeAt(pos);
	if (first === 34) return stringEnd(text, pos);
	if (first === 123 || first === 91) {
		let depth = 0;
		let i = pos;
		while (i < len) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				const e = stringEnd(text, i);
				if (e < 0) return CUT;
				i = e;
				continue;
			}
			if (c === 123 || c === 91) depth++;
			else if (c === 125 || c === 93) {
				if (--depth === 0) return i + 1;
			}
			i++;
		}
		return CUT;
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

/** 1-based line of an offset, for offsets visited in increasing order (linear over the whole walk). */
export function createLineCounter(text: string): (pos: number) => number {
	let line = 1;
	let countedUpTo = 0;
	// The next line break not yet counted (text.length when there is none), so a long line is searched once.
	let next = -2;
	return (pos: number) => {
		if (next === -2 || pos < countedUpTo) {
			line = 1;
			next = findBreak(text, 0);
		}
		while (next < pos) {
			line++;
			next = findBreak(text, next + 1);
		}
		countedUpTo = pos;
		return line;
	};
}

function findBreak(text: string, from: number): number {
	const i = text.indexOf('\n', from);
	return i < 0 ? text.length : i;
}
