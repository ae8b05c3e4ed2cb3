/** Where a value sits in the text: [start, end) and the 1-based line it starts on. */
export interface Span {
	start: number;
	end: number;
	line: number;
}

/** Where and why the scan stopped before the root object closed (a cut-off export, or text that is not JSON). */
export interface ScanStop {
	offset: number;
	line: number;
	reason: string;
}

export interface RootScan {
	/** What the text opens with: a JSON object (the only shape the scan walks), an array, nothing, or other text. */
	shape: 'object' | 'array' | 'empty' | 'other';
	/** Top-level values that are complete, except `messages`. */
	fields: Map<string, Span>;
	/** Complete elements of the top-level `messages` array, in file order; null when there is no such array. */
	messages: Span[] | null;
	stop: ScanStop | null;
}

const STRUCT = /["[\]{}]/g;

/**
 * A tolerant, linear walk over a JSON object's top level that records where each value lies and, for the
 * `messages` array, where each element lies. It checks only the structure it needs; each span is later given
 * to JSON.parse on its own, so one bad record does not lose the file and a cut-off export keeps every complete record.
 */
export function scanRoot(text: string): RootScan {
	const len = text.length;
	const fields = new Map<string, Span>();
	let messages: Span[] | null = null;
	let lineNo = 1;
	let linePos = 0;

	function lineAt(pos: number): number {
		// A char loop, not indexOf: in a minified file indexOf would run to the end of the text on every call.
		for (let i = linePos; i < pos; i++) if (text.charCodeAt(i) === 10) lineNo++;
		linePos = pos;
		return lineNo;
	}

	function skipWs(p: number): number {
		while (p < len) {
			const c = text.charCodeAt(p);
			if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
			p++;
		}
		return p;
	}

	function skipString(p: number): number {
		let q = p + 1;
		for (;;) {
			const close = text.indexOf('"', q);
			if (close === -1) return -1;
			let slashes = 0;
			while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
			if (slashes % 2 === 0) return close + 1;
			q = close + 1;
		}
	}

	function skipValue(p: number): number {
		const c = text.charCodeAt(p);
		if (c === 34) return skipString(p);
		if (c === 123 || c === 91) {
			let depth = 0;
			STRUCT.lastIndex = p;
			for (;;) {
				const m = STRUCT.exec(text);
				if (m === null) return -1;
				const ch = m[0];
				if (ch === '"') {
					const end = skipString(m.index);
					if (end === -1) return -1;
					STRUCT.lastIndex = end;
				} else if (ch === '{' || ch === '[') depth++;
				else if (--depth === 0) return m.index + 1;
			}
		}
		let q = p;
		while (q < len) {
			const d = text.charCodeAt(q);
			if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9) return q;
			q++;
		}
		return -1;
	}

	function stopAt(offset: number, reason: string): RootScan {
		return { shape: 'object', fields, messages, stop: { offset, line: lineAt(offset), reason } };
	}

	let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	p = skipWs(p);
	if (p >= len) return { shape: 'empty', fields, messages, stop: null };
	const first = text.charCodeAt(p);
	if (first !== 123) return { shape: first === 91 ? 'array' : 'other', fields, messages, stop: null };
	p++;
	for (;;) {
		p = skipWs(p);
		if (p >= len) return stopAt(p, 'the file ends before the top-level object closes');
		if (text.charCodeAt(p) === 125) return { shape: 'object', fields, messages, stop: null };
		if (text.charCodeAt(p) !== 34) return stopAt(p, 'expected a key');
		const keyEnd = skipString(p);
		if (keyEnd === -1) return stopAt(p, 'the file ends inside a key');
		let key: string;
		try {
			key = JSON.parse(text.slice(p, keyEnd)) as string;
		} catch {
			key = text.slice(p + 1, keyEnd - 1);
		}
		p = skipWs(keyEnd);
		if (text.charCodeAt(p) !== 58) return stopAt(p, `expected ':' after key "${key}"`);
		p = skipWs(p + 1);
		if (p >= len) return stopAt(p, `the file ends before the value of "${key}"`);
		if (key === 'messages' && text.charCodeAt(p) === 91) {
			messages = [];
			p = skipWs(p + 1);
			if (text.charCodeAt(p) === 93) p++;
			else
				for (;;) {
					p = skipWs(p);
					if (p >= len) return stopAt(p, `the file ends inside messages, after messages[${messages.length - 1}]`);
					const end = skipValue(p);
					if (end === -1) return stopAt(p, `the file ends inside messages[${messages.length}]`);
					messages.push({ start: p, end, line: lineAt(p) });
					p = skipWs(end);
					const c = text.charCodeAt(p);
					if (c === 44) p++;
					else if (c === 93) {
						p++;
						break;
					} else if (p >= len) return stopAt(p, `the file ends inside messages, after messages[${messages.length - 1}]`);
					else return stopAt(p, `expected ',' or ']' after messages[${messages.length - 1}]`);
				}
		} else {
			const end = skipValue(p);
			if (end === -1) return stopAt(p, `the file ends inside the value of "${key}"`);
			fields.set(key, { start: p, end, line: lineAt(p) });
			p = end;
		}
		p = skipWs(p);
		const c = text.charCodeAt(p);
		if (c === 44) p++;
		else if (c === 125) return { shape: 'object', fields, messages, stop: null };
		else if (p >= len) return stopAt(p, 'the file ends before the top-level object closes');
		else return stopAt(p, `expected ',' or '}' after the value of "${key}"`);
	}
}
