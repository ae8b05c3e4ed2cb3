/**
 * Deterministic message texts for the search benchmark: words drawn from a Zipf-like distribution (s = 1) over a
 * vocabulary of 60,000 synthetic Latin words, 40 accented Spanish/German words and 3,000 CJK words (Chinese and
 * Japanese, written between spaces as chat users often do), plus a 2% tail of one-off tokens (numbers, codes)
 * so the dictionary grows with the corpus as real chats do. 4–16 words a message, some punctuation and capitals.
 */

export const CORPUS_DESCRIPTION =
	'texts generated directly (not via the WhatsApp parser): Zipf s=1 over 60k Latin + 40 accented + 3k CJK words, 2% one-off tokens, 4–16 words a message';

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ACCENTED = (
	'canción niño mañana también corazón información está después teléfono música año señor pequeño ' +
	'Müller Grüße Straße über schön Mädchen fünf Größe Änderung Bär Tür Öl müssen Brücke Käse ' +
	'café résumé façade crème naïve São Zürich Ångström déjà élève'
).split(' ');

const HAN =
	'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切局乎阿格验断照微信认证失败身份聊'.split(
		''
	);
const KANA =
	'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロワン'.split(
		''
	);

const SYLLABLES = (() => {
	const c = 'b c d f g h j k l m n p r s t v w z br ch st tr pl gr sh th'.split(' ');
	const v = 'a e i o u ai ea ou'.split(' ');
	const out: string[] = [];
	for (const x of c) for (const y of v) out.push(x + y);
	return out;
})();

export interface Corpus {
	texts: string[];
	/** Vocabulary, most frequent first. */
	vocabulary: string[];
	/** Draws a vocabulary word by its Zipf frequency. */
	drawWord(rand: () => number): string;
}

function buildVocabulary(rand: () => number): string[] {
	const seen = new Set<string>();
	const latin: string[] = [];
	while (latin.length < 60_000) {
		const syllables = 1 + Math.floor(rand() * 3) + (rand() < 0.5 ? 1 : 0);
		let w = '';
		for (let k = 0; k < syllables; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
		if (rand() < 0.3) w += 'nrstlmk'[Math.floor(rand() * 7)];
		if (!seen.has(w)) {
			seen.add(w);
			latin.push(w);
		}
	}
	const cjk: string[] = [];
	while (cjk.length < 3000) {
		const japanese = rand() < 0.25;
		const len = 2 + Math.floor(rand() * 3);
		let w = '';
		for (let k = 0; k < len; k++) {
			const pool = japanese && k > 0 ? KANA : HAN;
			w += pool[Math.floor(rand() * pool.length)];
		}
		if (!seen.has(w)) {
			seen.add(w);
			cjk.push(w);
		}
	}
	// Accented and CJK words are spread over the frequency ranks rather than all rare or all common.
	const ranked = latin.map((w, k) => ({ w, key: k }));
	for (const w of [...ACCENTED, ...cjk]) ranked.push({ w, key: rand() * latin.length });
	return ranked.sort((a, b) => a.key - b.key).map((r) => r.w);
}

export function generateCorpus(n: number, seed = 7): Corpus {
	const rand = mulberry32(seed);
	const vocabulary = buildVocabulary(rand);
	const cdf = new Float64Array(vocabulary.length);
	let sum = 0;
	for (let r = 0; r < vocabulary.length; r++) {
		sum += 1 / (r + 1);
		cdf[r] = sum;
	}
	const drawWord = (rnd: () => number): string => {
		const x = rnd() * sum;
		let lo = 0;
		let hi = cdf.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cdf[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return vocabulary[lo];
	};
	const texts: string[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const words = 4 + Math.floor(rand() * 13);
		const parts: string[] = [];
		for (let k = 0; k < words; k++) {
			let w: string;
			if (rand() < 0.02) w = rand() < 0.5 ? String(Math.floor(rand() * 1e7)) : 'x' + Math.floor(rand() * 36 ** 5).toString(36);
			else w = drawWord(rand);
			if (k === 0 && rand() < 0.5) w = w[0].toUpperCase() + w.slice(1);
			parts.push(w);
			if (rand() < 0.05) parts[parts.length - 1] += ',';
		}
		texts[i] = parts.join(' ') + (rand() < 0.2 ? '?' : rand() < 0.2 ? '!' : '');
	}
	return { texts, vocabulary, drawWord };
}

export type QueryKind = 'one word' | 'two words' | 'phrase' | 'prefix' | 'fuzzy';
export const QUERY_KINDS: QueryKind[] = ['one word', 'two words', 'phrase', 'prefix', 'fuzzy'];

/** `count` queries of each kind, drawn with a fixed seed: words by frequency, phrases from the texts. */
export function drawQueries(corpus: Corpus, count: number, seed = 99): Record<QueryKind, string[]> {
	const rand = mulberry32(seed);
	const latin = (minLen: number): string => {
		for (;;) {
			const w = corpus.drawWord(rand);
			if (/^[a-z]+$/.test(w) && w.length >= minLen) return w;
		}
	};
	const out: Record<QueryKind, string[]> = { 'one word': [], 'two words': [], phrase: [], prefix: [], fuzzy: [] };
	for (let i = 0; i < count; i++) {
		out['one word'].push(corpus.drawWord(rand));
		out['two words'].push(corpus.drawWord(rand) + ' ' + corpus.drawWord(rand));
		for (;;) {
			const words = corpus.texts[Math.floor(rand() * corpus.texts.length)].split(' ').filter((w) => /^[a-z]+$/.test(w));
			if (words.length < 2) continue;
			const k = Math.floor(rand() * (words.length - 1));
			out.phrase.push(words[k] + ' ' + words[k + 1]);
			break;
		}
		const p = latin(5);
		out.prefix.push(p.slice(0, 4));
		const f = latin(4);
		const at = Math.floor(rand() * f.length);
		const sub = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)];
		out.fuzzy.push(f.slice(0, at) + sub + f.slice(at + 1));
	}
	return out;
}

/** Words for the recall check: half by frequency, half uniform over the vocabulary (rare words too). */
export function drawRecallWords(corpus: Corpus, count: number, seed = 5): string[] {
	const rand = mulberry32(seed);
	const out = new Set<string>();
	while (out.size < count) {
		const w = out.size % 2 === 0 ? corpus.drawWord(rand) : corpus.vocabulary[Math.floor(rand() * corpus.vocabulary.length)];
		if ([...w].length >= 2) out.add(w);
	}
	return [...out];
}
