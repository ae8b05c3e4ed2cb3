import type { RiskCategory, RiskHit, RiskRule, Severity } from '../types';

/** Presidio's context boost: a context word near a match adds this much (capped at 1). */
export const CONTEXT_BOOST = 0.35;

const LATIN_WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F';
const HAN_START = /^\p{Script=Han}/u;

function escapeWord(w: string): string {
	return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]?');
}

/** Longest first, so 'breast cancer' wins over 'cancer' at the same position. */
function alternation(words: readonly string[]): string {
	return [...new Set(words)]
		.sort((a, b) => b.length - a.length)
		.map(escapeWord)
		.join('|');
}

/**
 * The words of a context list as one regex. Latin words must stand alone (letters and digits on neither side);
 * CJK words match anywhere, since Chinese is written without spaces. One boundary check around the whole Latin
 * alternation keeps the regex fast on long lists.
 */
export function contextRegex(words: readonly string[]): RegExp {
	const han = words.filter((w) => HAN_START.test(w));
	const latin = words.filter((w) => !HAN_START.test(w));
	const parts: string[] = [];
	if (latin.length) parts.push(`(?<![${LATIN_WORD_CHAR}])(?:${alternation(latin)})(?![${LATIN_WORD_CHAR}])`);
	if (han.length) parts.push(`(?:${alternation(han)})`);
	return new RegExp(parts.join('|'), 'i');
}

/** The words as a plain alternation (no boundaries: check them with `standsAlone`), which the regex engine scans fastest. */
export function termRegex(words: readonly string[]): RegExp {
	return new RegExp(alternation(words), 'gi');
}

const LATIN_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;

/** A Latin match has no letter or digit right before or after it; a CJK match always stands alone. */
export function standsAlone(text: string, start: number, end: number): boolean {
	if (HAN_START.test(text[start])) return true;
	return !LATIN_CHAR.test(text[start - 1] ?? '') && !LATIN_CHAR.test(text[end] ?? '');
}

/** The first context word within `before` characters before the span or `after` characters after it, or null. */
export function contextWord(text: string, start: number, end: number, words: RegExp, before = 60, after = 30): string | null {
	const window = text.slice(Math.max(0, start - before), start) + ' \u0000 ' + text.slice(end, end + after);
	const m = words.exec(window);
	return m ? m[0] : null;
}

export function clamp01(x: number): number {
	return Math.max(0, Math.min(1, Math.round(x * 100) / 100));
}

export function makeHit(rule: Pick<RiskRule, 'id' | 'category' | 'severity'>, start: number, end: number, score: number, explanation: string): RiskHit {
	return { rule: rule.id, category: rule.category, severity: rule.severity, score: clamp01(score), start, end, explanation };
}

export interface RuleMeta {
	id: string;
	category: RiskCategory;
	severity: Severity;
	description: string;
}

/**
 * A German compound naming a number (Teilenummer, Kundennummer, Vertragsnr): the number is that reference, unless
 * the compound names a phone (Telefonnummer, Handynummer, Rufnummer).
 */
const GERMAN_NUMBER_COMPOUND = `(?<![${LATIN_WORD_CHAR}])(?![${LATIN_WORD_CHAR}]*(?:telefon|handy|mobil|fax|kontakt|ruf|durchwahl|whatsapp|sms|not)(?:nummer|nr))[${LATIN_WORD_CHAR}]{3,}(?:nummer|nr)(?![${LATIN_WORD_CHAR}])`;

/** Number words a candidate is more likely an order, invoice or tracking number than personal data. */
export const REFERENCE_WORDS = withCompounds(
	contextRegex([
		'order',
		'order no',
		'invoice',
		'tracking',
		'ref',
		'reference',
		'booking',
		'ticket',
		'case',
		'po',
		'sku',
		'serial',
		'batch',
		'lot',
		'container',
		'shipment',
		'awb',
		'bl',
		'model',
		'part',
		'version',
		'build',
		'订单',
		'单号',
		'运单',
		'快递',
		'发票',
		'编号',
		'批次',
		'型号',
		'Bestellung',
		'Bestellnummer',
		'Auftrag',
		'Auftragsnummer',
		'Rechnung',
		'Rechnungsnummer',
		'Sendung',
		'Sendungsnummer',
		'Vorgang',
		'pedido',
		'factura',
		'referencia',
		'seguimiento',
		'albarán',
		'envío',
		'expediente',
		'nº',
		'pieza',
		'lote',
		'artículo',
		'Los',
		'Charge',
		'Chargennummer',
		'Auftragsnr',
		'Artikel',
		'Artikelnummer',
		'Art.-Nr',
		'批号',
		'货号',
		'件号',
		'型号'
	])
);

function withCompounds(words: RegExp): RegExp {
	return new RegExp(`${words.source}|${GERMAN_NUMBER_COMPOUND}`, 'i');
}

/** Words saying a number is an example, a placeholder or test data: nobody's real identifier. */
export const EXAMPLE_WORDS = contextRegex([
	'example',
	'sample',
	'placeholder',
	'dummy',
	'test data',
	'docs',
	'documentation',
	'mockup',
	'fake',
	'ejemplo',
	'de ejemplo',
	'prueba',
	'no usar',
	'plantilla',
	'ficticio',
	'Beispiel',
	'Muster',
	'Testdaten',
	'Platzhalter',
	'示例',
	'样例',
	'样本',
	'测试',
	'例子',
	'举例',
	'范例',
	'标准里'
]);

export interface TermMatch {
	start: number;
	end: number;
	/** The matched text as written. */
	text: string;
}

const LATIN_TOKEN = /[A-Za-z0-9\u00C0-\u024F]+/g;
function isLatinWordCode(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

const JOINER = /^[\s_'’-]$/;

/** One space, hyphen, apostrophe or underscore between two words of a term. */
function isJoiner(text: string, from: number, to: number): boolean {
	if (to - from !== 1) return false;
	const c = text.charCodeAt(from);
	if (c < 0x80) return c === 0x20 || c === 0x2d || c === 0x27 || c === 0x5f || (c >= 0x09 && c <= 0x0d);
	return JOINER.test(text[from]);
}

const WORD_HASH_BITS = 18;
const HASH_MULTIPLIER = 0x9e3779b1;

/** A WORD_HASH_BITS-wide hash of a lower-cased word, the one `latinWords` gives each word. */
function wordHash(text: string, start: number, end: number): number {
	let h = 0;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_MULTIPLIER);
	return h >>> (32 - WORD_HASH_BITS);
}

export interface LatinWords {
	/** The text lower-cased once, of the same length (a character whose lower case is longer is lowered alone). */
	lower: string;
	starts: number[];
	ends: number[];
	/** `wordHash` of each word's lower-cased form. */
	hashes: number[];
	/** False when no character of the text is at or above U+2E80, where the Han script begins. */
	mayHoldHan: boolean;
}

let lastText: string | null = null;
/** The last text's words; its arrays are refilled for the next text (callers read them before asking again). */
const lastWords: LatinWords = { lower: '', starts: [], ends: [], hashes: [], mayHoldHan: false };

/** The lowest code unit of a Han character (U+2E80, CJK Radicals Supplement; astral ones start with a surrogate). */
const FIRST_HAN = 0x2e80;

/**
 * The runs of Latin letters and digits of a text (as LATIN_TOKEN finds them) with the text lower-cased once; the
 * last text's words are kept, since every finder of every rule looks at the same message in turn.
 */
export function latinWords(text: string): LatinWords {
	if (text === lastText) return lastWords;
	let lower = text.toLowerCase();
	if (lower.length !== text.length) lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
	const { starts, ends, hashes } = lastWords;
	let count = 0;
	let mayHoldHan = false;
	let start = -1;
	let h = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 0;
		if (isLatinWordCode(c)) {
			if (start < 0) start = i;
			h = Math.imul(h ^ lower.charCodeAt(i), HASH_MULTIPLIER);
			continue;
		}
		if (c >= FIRST_HAN) mayHoldHan = true;
		if (start >= 0) {
			starts[count] = start;
			ends[count] = i;
			hashes[count++] = h >>> (32 - WORD_HASH_BITS);
			start = -1;
			h = 0;
		}
	}
	if (starts.length !== count) {
		starts.length = count;
		ends.length = count;
		hashes.length = count;
	}
	lastText = text;
	lastWords.lower = lower;
	lastWords.mayHoldHan = mayHoldHan;
	return lastWords;
}

const HAN_ANYWHERE = /\p{Script=Han}/u;
let lastHanText: string | null = null;
let lastHan = false;

/** True when the text holds a Han character; the last text's answer is kept, as several finders ask in turn. */
export function holdsHan(text: string): boolean {
	if (text !== lastHanText) {
		lastHan = latinWords(text).mayHoldHan && HAN_ANYWHERE.test(text);
		lastHanText = text;
	}
	return lastHan;
}

/**
 * Finds whole-word terms in a text, like `termRegex` + `standsAlone`, but by looking each word up in a map instead
 * of running one alternation of hundreds of terms over every message: Latin terms are sequences of words joined by
 * one space, hyphen, apostrophe or underscore ("type 2 diabetes", "HIV-positiv", "Alzheimer's"); CJK terms match
 * anywhere, with a regex that runs only on text holding CJK characters. Longest term first at each position.
 */
export function termFinder(words: readonly string[]): (text: string) => TermMatch[] {
	const byFirst = new Map<string, string[][]>();
	const han: string[] = [];
	for (const w of new Set(words)) {
		if (HAN_START.test(w)) {
			han.push(w);
			continue;
		}
		const parts = w.toLowerCase().match(LATIN_TOKEN) ?? [];
		const first = parts[0];
		if (first === undefined) continue;
		const list = byFirst.get(first) ?? [];
		list.push(parts);
		byFirst.set(first, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
	// a bit per whole-word hash of the first words: nearly every word of a message is rejected without a slice
	const firstHashes = new Uint32Array((1 << WORD_HASH_BITS) / 32);
	for (const first of byFirst.keys()) {
		const k = wordHash(first, 0, first.length);
		firstHashes[k >>> 5] |= 1 << (k & 31);
	}
	const hanRegex = han.length ? termRegex(han) : null;
	return (text) => {
		const out: TermMatch[] = [];
		const { lower, starts, ends, hashes } = latinWords(text);
		const count = starts.length;
		for (let i = 0; i < count; i++) {
			const k = hashes[i];
			if ((firstHashes[k >>> 5] & (1 << (k & 31))) === 0) continue;
			const candidates = byFirst.get(lower.slice(starts[i], ends[i]));
			if (!candidates) continue;
			for (const parts of candidates) {
				let ok = i + parts.length <= count;
				for (let k = 1; ok && k < parts.length; k++) {
					ok = ends[i + k] - starts[i + k] === parts[k].length && lower.startsWith(parts[k], starts[i + k]) && isJoiner(text, ends[i + k - 1], starts[i + k]);
				}
				if (!ok) continue;
				const end = ends[i + parts.length - 1];
				out.push({ start: starts[i], end, text: text.slice(starts[i], end) });
				i += parts.length - 1;
				break;
			}
		}
		if (hanRegex && holdsHan(text)) {
			hanRegex.lastIndex = 0;
			for (const m of text.matchAll(hanRegex)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
			out.sort((a, b) => a.start - b.start);
		}
		return out;
	};
}
