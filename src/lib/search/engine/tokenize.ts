/**
 * Tokenizer shared by indexing, querying and highlighting (pure).
 *
 * A text is cut into runs: a *word run* is a maximal sequence of letters and digits of any non-CJK script
 * (combining marks inside it are dropped); a *CJK run* is a maximal sequence of Han, Hiragana, Katakana or Hangul
 * letters. Word runs fold to lowercase, NFKD without combining marks, ß→ss; a word with a German umlaut (ä ö ü)
 * also has an alternative form with ae/oe/ue (Müller → muller and mueller). CJK runs are NFKC per character and
 * are indexed as overlapping bigrams (a one-character run as a unigram).
 */

export interface Run {
	/** Folded form: lowercase, accents stripped, umlauts as plain vowels, ß as ss; CJK runs NFKC. */
	text: string;
	/** The ae/oe/ue form when the word has a German umlaut, else null. */
	alt: string | null;
	cjk: boolean;
	/** UTF-16 offsets into the source text, end exclusive. */
	start: number;
	end: number;
}

export interface IndexToken {
	term: string;
	start: number;
	end: number;
}

const SEP = 1;
const WORD = 2;
const CJK = 3;
const MARK = 4;

const WORD_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
const CJK_RE = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]$/u;
const MARKS_G = /\p{M}/gu;

const classCache = new Uint8Array(65536);
const foldCache: (string | undefined)[] = new Array(65536);

function classifyChar(ch: string): number {
	if (MARK_RE.test(ch)) return MARK;
	if (!WORD_RE.test(ch)) return SEP;
	return CJK_RE.test(ch) ? CJK : WORD;
}

function classOfCode(code: number): number {
	let c = classCache[code];
	if (c === 0) {
		c = classifyChar(String.fromCharCode(code));
		classCache[code] = c;
	}
	return c;
}

function foldChar(ch: string, cls: number): string {
	if (cls === CJK) {
		const k = ch.normalize('NFKC');
		return k;
	}
	const lower = ch.toLowerCase();
	if (lower === 'ß') return 'ss';
	return lower.normalize('NFKD').replace(MARKS_G, '');
}

function foldOfCode(code: number, cls: number): string {
	let f = foldCache[code];
	if (f === undefined) {
		f = foldChar(String.fromCharCode(code), cls);
		foldCache[code] = f;
	}
	return f;
}

/** ä ö ü and their capitals (precomposed). */
function umlautBase(code: number): string | null {
	switch (code) {
		case 0xe4:
		case 0xc4:
			return 'a';
		case 0xf6:
		case 0xd6:
			return 'o';
		case 0xfc:
		case 0xdc:
			return 'u';
		default:
			return null;
	}
}

/**
 * Receives a word run of ASCII letters and digits as text[start, end) instead of `onRun`: its folded form is the
 * run with A–Z lowered, which the indexer writes out unit by unit without making a string.
 */
export type AsciiWordSink = (text: string, start: number, end: number) => void;

/**
 * Calls `onRun` for each run of `text` in order. The callback receives plain values (no allocation per run
 * beyond the folded strings), which keeps indexing of a million messages cheap.
 */
export function scanRuns(
	text: string,
	onRun: (folded: string, alt: string | null, cjk: boolean, start: number, end: number) => void,
	onAsciiWord?: AsciiWordSink
): void {
	const len = text.length;
	let i = 0;
	while (i < len) {
		let code = text.charCodeAt(i);
		let width = 1;
		let cls: number;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
			const cp = text.codePointAt(i)!;
			if (cp > 0xffff) {
				width = 2;
				cls = classifyChar(String.fromCodePoint(cp));
			} else cls = classOfCode(code);
		} else cls = classOfCode(code);
		if (cls === SEP || cls === MARK) {
			i += width;
			continue;
		}
		const start = i;
		if (cls === CJK) {
			let folded = '';
			while (i < len) {
				code = text.charCodeAt(i);
				width = 1;
				let ch: string;
				if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
					const cp = text.codePointAt(i)!;
					width = cp > 0xffff ? 2 : 1;
					ch = String.fromCodePoint(cp);
					cls = width === 2 ? classifyChar(ch) : classOfCode(code);
					if (cls === CJK) folded += width === 2 ? foldChar(ch, CJK) : foldOfCode(code, CJK);
				} else {
					cls = classOfCode(code);
					if (cls === CJK) folded += foldOfCode(code, CJK);
				}
				if (cls === MARK) {
					i += width;
					continue;
				}
				if (cls !== CJK) break;
				i += width;
			}
			onRun(folded, null, true, start, i);
			continue;
		}
		// Word run. ASCII fast path first.
		let ascii = true;
		let j = i;
		while (j < len) {
			code = text.charCodeAt(j);
			if (code < 128) {
				if (classOfCode(code) !== WORD) break;
				j++;
				continue;
			}
			ascii = false;
			break;
		}
		if (ascii) {
			if (onAsciiWord) onAsciiWord(text, i, j);
			else onRun(text.slice(i, j).toLowerCase(), null, false, i, j);
			i = j;
			continue;
		}
		let folded = '';
		let alt: string | null = null;
		let lastBase = '';
		while (i < len) {
			code = text.charCodeAt(i);
			width = 1;
			let ch: string | null = null;
			if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
				const cp = text.codePointAt(i)!;
				if (cp > 0xffff) {
					width = 2;
					ch = String.fromCodePoint(cp);
					cls = classifyChar(ch);
				} else cls = classOfCode(code);
			} else cls = classOfCode(code);
			if (cls === MARK) {
				// A decomposed umlaut: a/o/u followed by U+0308.
				if (code === 0x308 && (lastBase === 'a' || lastBase === 'o' || lastBase === 'u')) {
					if (alt === null) alt = folded;
					alt += 'e';
				}
				lastBase = '';
				i += width;
				continue;
			}
			if (cls !== WORD) break;
			const base = umlautBase(code);
			if (base !== null) {
				if (alt === null) alt = folded;
				folded += base;
				alt += base + 'e';
			} else {
				const f = ch !== null ? foldChar(ch, WORD) : foldOfCode(code, WORD);
				folded += f;
				if (alt !== null) alt += f;
			}
			lastBase = folded.length > 0 ? folded[folded.length - 1] : '';
			i += width;
		}
		if (folded.length > 0) onRun(folded, alt === folded ? null : alt, false, start, i);
	}
}

/** The runs of a text as objects (queries, highlighting, tests). */
export function runs(text: string): Run[] {
	const out: Run[] = [];
	scanRuns(text, (t, alt, cjk, start, end) => out.push({ text: t, alt, cjk, start, end }));
	return out;
}

/** Code points of a string. */
export function codePoints(s: string): string[] {
	return Array.from(s);
}

/** Index terms of one CJK run: overlapping bigrams, or the single character. */
export function cjkTerms(run: string): string[] {
	const cps = codePoints(run);
	if (cps.length <= 1) return cps;
	const out: string[] = [];
	for (let k = 0; k + 1 < cps.length; k++) out.push(cps[k] + cps[k + 1]);
	return out;
}

/** Every index term of a text with the UTF-16 range it came from (umlaut alternatives share the range). */
export function tokenize(text: string): IndexToken[] {
	const out: IndexToken[] = [];
	scanRuns(text, (t, alt, cjk, start, end) => {
		if (!cjk) {
			out.push({ term: t, start, end });
			if (alt !== null) out.push({ term: alt, start, end });
			return;
		}
		const offsets = codePointOffsets(text, start, end);
		const cps = codePoints(t);
		if (cps.length !== offsets.length - 1) {
			for (const term of cjkTerms(t)) out.push({ term, start, end });
			return;
		}
		if (cps.length === 1) out.push({ term: t, start, end });
		else for (let k = 0; k + 1 < cps.length; k++) out.push({ term: cps[k] + cps[k + 1], start: offsets[k], end: offsets[k + 2] });
	});
	return out;
}

/** Start offsets of the CJK code points in text[start, end) (marks skipped), plus `end`. */
export function codePointOffsets(text: string, start: number, end: number): number[] {
	const out: number[] = [];
	let i = start;
	while (i < end) {
		const cp = text.codePointAt(i)!;
		const w = cp > 0xffff ? 2 : 1;
		const ch = String.fromCodePoint(cp);
		const cls = w === 1 ? classOfCode(cp) : classifyChar(ch);
		if (cls !== MARK) out.push(i);
		i += w;
	}
	out.push(end);
	return out;
}

/**
 * The folded text that phrases are verified against: the folded runs joined by one space.
 * `"Grüße, Müller!"` → `"grusse muller"`; `"用WeChat聊"` → `"用 wechat 聊"`.
 */
export function foldText(text: string): string {
	let out = '';
	scanRuns(text, (t) => {
		out = out.length === 0 ? t : out + ' ' + t;
	});
	return out;
}

/**
 * Forms of a query word to compare with folded text: the word itself, and where it has an umlaut or an
 * ae/oe/ue spelling, the plain-vowel form (folded text keeps umlauts as plain vowels).
 */
export function verifyForms(run: Run): string[] {
	if (run.cjk) return [run.text];
	const forms = [run.text];
	if (run.alt !== null) forms.push(run.alt);
	const reduced = run.text.replace(/([aou])e/g, '$1');
	if (!forms.includes(reduced)) forms.push(reduced);
	return forms;
}

/**
 * The folded text (as `foldText`) with, for each of its UTF-16 units, the source range it came from; used to map
 * matches in folded text back to the source for highlighting.
 */
export function foldTextWithOffsets(text: string): { folded: string; from: number[]; to: number[] } {
	let folded = '';
	const from: number[] = [];
	const to: number[] = [];
	scanRuns(text, (t, _alt, _cjk, start, end) => {
		if (folded.length > 0) {
			folded += ' ';
			from.push(start);
			to.push(start);
		}
		let piece = '';
		const pf: number[] = [];
		const pt: number[] = [];
		let i = start;
		while (i < end) {
			const cp = text.codePointAt(i)!;
			const w = cp > 0xffff ? 2 : 1;
			const ch = String.fromCodePoint(cp);
			const cls = w === 1 ? classOfCode(cp) : classifyChar(ch);
			let f = '';
			if (cls === CJK) f = foldChar(ch, CJK);
			else if (cls === WORD) f = umlautBase(cp) ?? foldChar(ch, WORD);
			piece += f;
			for (let k = 0; k < f.length; k++) {
				pf.push(i);
				pt.push(i + w);
			}
			i += w;
		}
		if (piece !== t) {
			// Cannot map character by character: the whole run stands for each of its folded units.
			piece = t;
			pf.length = 0;
			pt.length = 0;
			for (let k = 0; k < t.length; k++) {
				pf.push(start);
				pt.push(end);
			}
		}
		folded += piece;
		from.push(...pf);
		to.push(...pt);
	});
	return { folded, from, to };
}
