import { EngineState } from './state';
import { TermTable } from './terms';

/**
 * Binary form: "PRLYSIX2", a u32 header length, a JSON header (dimensions, risk categories, section sizes), then
 * the typed-array sections, each starting at a multiple of 8 bytes. Loading wraps the sections where they lie (no
 * parsing, no copy when the bytes start on an 8-byte boundary); the term dictionary is saved as its arrays.
 * Format 1 ("PRLYSIX1") kept the terms as text and is not read: its index is rebuilt.
 */
const MAGIC = 'PRLYSIX2';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Section = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;
const SECTION_TYPES = { f64: Float64Array, i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;
type SectionType = keyof typeof SECTION_TYPES;

interface Header {
	n: number;
	totalLen: number;
	textUsed: number;
	terms: number;
	conversations: { id: number; title: string; platform: string }[];
	authors: { id: number; name: string }[];
	riskCategories: string[];
	sections: { name: string; type: SectionType; length: number }[];
}

type View = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

function typeOf(a: View): SectionType {
	if (a instanceof Float64Array) return 'f64';
	if (a instanceof Int32Array) return 'i32';
	if (a instanceof Uint32Array) return 'u32';
	if (a instanceof Uint16Array) return 'u16';
	return 'u8';
}

const align8 = (x: number) => (x + 7) & ~7;

export function serializeState(s: EngineState): Uint8Array {
	s.compact();
	const n = s.n;
	const categories = [...new Set(s.riskCats)];
	const catIndex = new Map(categories.map((c, k) => [c, k]));
	const terms = s.terms.arrays();
	const sections: [string, View][] = [
		['msgId', s.msgId.subarray(0, n)],
		['convOf', s.convOf.subarray(0, n)],
		['authorOf', s.authorOf.subarray(0, n)],
		['kindOf', s.kindOf.subarray(0, n)],
		['tsOf', s.tsOf.subarray(0, n)],
		['flagsOf', s.flagsOf.subarray(0, n)],
		['monthOf', s.monthOf.subarray(0, n)],
		['lenOf', s.lenOf.subarray(0, n)],
		['textEnd', s.textEnd.subarray(0, n)],
		['textBytes', s.textBytes.subarray(0, s.textUsed)],
		['termChars', terms.chars],
		['termStarts', terms.starts],
		['termSlots', terms.slots],
		['termOrder', terms.sorted],
		['offsets', s.postings.offsets],
		['docs', s.postings.docs],
		['tfs', s.postings.tfs],
		['firsts', s.postings.firsts],
		['riskIds', s.riskIds],
		['riskCat', Int32Array.from(s.riskCats, (c) => catIndex.get(c)!)]
	];
	const header: Header = {
		n,
		totalLen: s.totalLen,
		textUsed: s.textUsed,
		terms: s.terms.count,
		conversations: s.conversations.ids.map((id, k) => ({ id, title: s.conversations.labels[k], platform: s.platformOf(k) })),
		authors: s.authors.ids.map((id, k) => ({ id, name: s.authors.labels[k] })),
		riskCategories: categories,
		sections: sections.map(([name, a]) => ({ name, type: typeOf(a), length: a.length }))
	};
	const head = encoder.encode(JSON.stringify(header));
	let size = align8(MAGIC.length + 4 + head.length);
	for (const [, a] of sections) size = align8(size + a.byteLength);
	const out = new Uint8Array(size);
	out.set(encoder.encode(MAGIC), 0);
	new DataView(out.buffer).setUint32(MAGIC.length, head.length, true);
	out.set(head, MAGIC.length + 4);
	let at = align8(MAGIC.length + 4 + head.length);
	for (const [, a] of sections) {
		out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
		at = align8(at + a.byteLength);
	}
	return out;
}

export function deserializeState(bytes: Uint8Array): EngineState {
	if (decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a Parley search index');
	const headLen = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
	const header = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headLen))) as Header;
	const sections = new Map<string, Section>();
	let at = align8(MAGIC.length + 4 + headLen);
	for (const sec of header.sections) {
		const Type = SECTION_TYPES[sec.type];
		const byteLength = sec.length * Type.BYTES_PER_ELEMENT;
		const start = bytes.byteOffset + at;
		if (start % 8 === 0) sections.set(sec.name, new Type(bytes.buffer as ArrayBuffer, start, sec.length));
		else sections.set(sec.name, new Type(bytes.slice(at, at + byteLength).buffer, 0, sec.length));
		at = align8(at + byteLength);
	}
	const get = <T extends Section>(name: string) => sections.get(name) as T;
	const s = new EngineState();
	s.n = header.n;
	s.totalLen = header.totalLen;
	s.textUsed = header.textUsed;
	s.msgId = get<Float64Array<ArrayBuffer>>('msgId');
	s.convOf = get<Int32Array<ArrayBuffer>>('convOf');
	s.authorOf = get<Int32Array<ArrayBuffer>>('authorOf');
	s.kindOf = get<Uint8Array<ArrayBuffer>>('kindOf');
	s.tsOf = get<Float64Array<ArrayBuffer>>('tsOf');
	s.flagsOf = get<Uint8Array<ArrayBuffer>>('flagsOf');
	s.monthOf = get<Uint16Array<ArrayBuffer>>('monthOf');
	s.lenOf = get<Uint16Array<ArrayBuffer>>('lenOf');
	s.textEnd = get<Uint32Array<ArrayBuffer>>('textEnd');
	s.textBytes = get<Uint8Array<ArrayBuffer>>('textBytes');
	for (const c of header.conversations) {
		const k = s.conversations.setLabel(c.id, c.title);
		s.convPlatform[k] = c.platform;
	}
	for (const a of header.authors) s.authors.setLabel(a.id, a.name);
	s.terms = TermTable.from(
		{
			chars: get<Uint16Array<ArrayBuffer>>('termChars'),
			starts: get<Uint32Array<ArrayBuffer>>('termStarts'),
			slots: get<Int32Array<ArrayBuffer>>('termSlots'),
			sorted: get<Int32Array<ArrayBuffer>>('termOrder')
		},
		header.terms
	);
	s.postings.load(
		get<Uint32Array<ArrayBuffer>>('offsets'),
		get<Int32Array<ArrayBuffer>>('docs'),
		get<Uint8Array<ArrayBuffer>>('tfs'),
		get<Uint8Array<ArrayBuffer>>('firsts')
	);
	s.riskIds = get<Float64Array<ArrayBuffer>>('riskIds');
	const riskCat = get<Int32Array<ArrayBuffer>>('riskCat');
	s.riskCats = Array.from(riskCat, (k) => header.riskCategories[k]);
	s.version++;
	return s;
}
