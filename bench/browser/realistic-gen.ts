/**
 * A deterministic WhatsApp Android export (en-US, 12-hour clock, U+202F before AM/PM) shaped like a real group
 * archive rather than bench/whatsapp-gen.ts's 6 authors and 60 words: ~200 authors and a ~150k-word generated
 * vocabulary, both Zipf-distributed; multi-line messages, media placeholders, attachments, deleted and edited
 * messages, system lines; and a known share (RISKY_SHARE) of messages with risky content (phone numbers, card
 * numbers that pass Luhn, IBAN-like strings, "delete this chat" and similar off-channel phrases).
 * Written to a file in chunks so that 1M messages never need one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const NNBSP = '\u202f';
export const AUTHOR_COUNT = 200;
export const VOCABULARY = 150_000;
export const RISKY_SHARE = 0.02;

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Cumulative Zipf (s = 1) weights of ranks 1..n, for sampling by binary search. */
function zipfTable(n: number, s = 1): Float64Array {
	const cdf = new Float64Array(n);
	let sum = 0;
	for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
	for (let k = 0; k < n; k++) cdf[k] /= sum;
	return cdf;
}

function sampler(cdf: Float64Array, rand: () => number): () => number {
	return () => {
		const u = rand();
		let lo = 0;
		let hi = cdf.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cdf[mid] < u) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
}

const ONSETS = [
	'',
	'b',
	'br',
	'c',
	'ch',
	'd',
	'dr',
	'f',
	'fl',
	'g',
	'gr',
	'h',
	'j',
	'k',
	'kl',
	'l',
	'm',
	'n',
	'p',
	'pr',
	'qu',
	'r',
	's',
	'sh',
	'st',
	't',
	'tr',
	'v',
	'w',
	'z'
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ie', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'x'];

/** `n` distinct pronounceable words; the most frequent ranks are short, as in real text. */
export function vocabulary(n: number, seed = 1): string[] {
	const rand = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const seen = new Set<string>();
	const words: string[] = [];
	while (words.length < n) {
		const syllables = words.length < 200 ? 1 : words.length < 5000 ? 1 + Math.floor(rand() * 2) : 2 + Math.floor(rand() * 3);
		let w = '';
		for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
		if (w.length < 2 || seen.has(w)) continue;
		seen.add(w);
		words.push(w);
	}
	return words;
}

const FIRST = [
	'Ana',
	'Bo',
	'Chidi',
	'Dana',
	'Eli',
	'Fatima',
	'Gustavo',
	'Hana',
	'Ivan',
	'Jia',
	'Kofi',
	'Lena',
	'Mateo',
	'Nadia',
	'Omar',
	'Priya',
	'Quinn',
	'Rosa',
	'Sven',
	'Tariq'
];
const LAST = ['Silva', 'Li', 'Okafor', 'Weiss', 'Haddad', 'Moreau', 'Tanaka', 'Novak', 'Mensah', 'Costa'];

function authors(rand: () => number): string[] {
	const out: string[] = [];
	for (let i = 0; out.length < AUTHOR_COUNT; i++) {
		const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
		// Some members are not in the exporter's contacts: WhatsApp writes their phone number or `~ name`.
		if (i % 17 === 5) out.push(`+44 7700 9${String(100000 + Math.floor(rand() * 899999)).slice(0, 5)}`);
		else if (i % 13 === 7) out.push(`~${NNBSP}${name}`);
		else out.push(name);
	}
	return out;
}

function luhnCard(rand: () => number): string {
	const digits = [4];
	while (digits.length < 15) digits.push(Math.floor(rand() * 10));
	let sum = 0;
	for (let i = 0; i < 15; i++) {
		let d = digits[14 - i];
		if (i % 2 === 0) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	digits.push((10 - (sum % 10)) % 10);
	const s = digits.join('');
	return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8, 12)} ${s.slice(12)}`;
}

const RISKY = [
	(r: () => number) => `call me on +1 415 555 0${String(100 + Math.floor(r() * 899))}`,
	(r: () => number) => `card is ${luhnCard(r)} exp 09/27`,
	() => 'delete this chat after you read it',
	() => 'move this to signal, not on the work phone',
	(r: () => number) => `wire it to DE89 3704 0044 0532 0130 ${String(Math.floor(r() * 90) + 10)}`,
	() => 'keep this between us, off the record'
];

export interface GeneratedExport {
	messages: number;
	bytes: number;
	risky: number;
	multiLine: number;
	media: number;
}

/** Writes `n` messages to `path`; returns what it wrote. */
export function writeRealisticWhatsApp(path: string, n: number, seed = 42): GeneratedExport {
	const rand = mulberry32(seed);
	const words = vocabulary(VOCABULARY, seed + 1);
	const word = sampler(zipfTable(words.length), rand);
	const people = authors(rand);
	const author = sampler(zipfTable(people.length, 0.9), rand);
	const sentence = (k: number): string => {
		let s = words[word()];
		for (let i = 1; i < k; i++) s += ' ' + words[word()];
		return s;
	};
	const fd = openSync(path, 'w');
	let chunk = `1/1/21, 9:00${NNBSP}AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n`;
	const stats: GeneratedExport = { messages: 1, bytes: 0, risky: 0, multiLine: 0, media: 0 };
	let minutes = 9 * 60;
	const flush = () => {
		stats.bytes += writeSync(fd, chunk);
		chunk = '';
	};
	for (let i = 1; i < n; i++) {
		minutes += Math.floor(rand() * 3);
		const date = new Date(Date.UTC(2021, 0, 1) + minutes * 60000);
		const h24 = date.getUTCHours();
		const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
		const mm = date.getUTCMinutes();
		const header = `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear() % 100}, ${h12}:${mm < 10 ? '0' : ''}${mm}${NNBSP}${h24 < 12 ? 'AM' : 'PM'} - `;
		const who = people[author()];
		const r = rand();
		const length = 3 + Math.floor(-Math.log(1 - rand()) * 8);
		if (r < RISKY_SHARE) {
			stats.risky++;
			chunk += `${header}${who}: ${sentence(3)} ${RISKY[Math.floor(rand() * RISKY.length)](rand)}\n`;
		} else if (r < 0.025) chunk += `${header}${who} added ${people[author()]}\n`;
		else if (r < 0.06) {
			stats.media++;
			chunk += `${header}${who}: <Media omitted>\n`;
		} else if (r < 0.07) {
			stats.media++;
			chunk += `${header}${who}: IMG-2021${String(i % 10000).padStart(4, '0')}-WA${String(i % 1000).padStart(4, '0')}.jpg (file attached)\n${sentence(4)}\n`;
		} else if (r < 0.075) chunk += `${header}${who}: This message was deleted\n`;
		else if (r < 0.085) chunk += `${header}${who}: ${sentence(length)} <This message was edited>\n`;
		else if (r < 0.17) {
			stats.multiLine++;
			chunk += `${header}${who}: ${sentence(length)}\n${sentence(5)}\n\n${sentence(4)}\n`;
		} else chunk += `${header}${who}: ${sentence(length)}\n`;
		stats.messages++;
		if (chunk.length > 1 << 20) flush();
	}
	flush();
	closeSync(fd);
	return stats;
}
