/**
 * A deterministic WhatsApp Android export (en-US, 12h) written line by line: plain, multi-line, media, edited and
 * deleted messages, system lines, and every `riskyEvery`-th message carries an e-mail address (a PII risk hit).
 */

const NNBSP = '\u202f';
const AUTHORS = ['Ana Silva', 'Bo Li', 'Chidi Okafor', 'Dana Weiss', '+1 (555) 010-0123'];
const WORDS = 'invoice container port delay confirm pallet warehouse truck driver schedule pickup dock manifest carrier freight rate quote'.split(' ');

function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface GeneratedExport {
	text: string;
	/** Records a parser finds: every header line (the first is the encryption notice). */
	messages: number;
	/** Messages holding the e-mail address. */
	risky: number;
	/** A word that occurs in exactly one message (the last). */
	uniqueWord: string;
}

export function generateExport(n: number, seed: number, riskyEvery = 97): GeneratedExport {
	const rand = random(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
	const lines = [`1/1/20, 9:00${NNBSP}AM - Messages and calls are end-to-end encrypted. Tap to learn more.`];
	let minutes = 9 * 60;
	let risky = 0;
	const uniqueWord = `zebracrossing${seed}`;
	for (let i = 1; i < n; i++) {
		minutes += Math.floor(rand() * 4);
		const d = new Date(Date.UTC(2020, 0, 1) + minutes * 60000);
		const h = d.getUTCHours();
		const mm = d.getUTCMinutes();
		const header = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear() % 100}, ${h % 12 || 12}:${mm < 10 ? '0' : ''}${mm}${NNBSP}${h < 12 ? 'AM' : 'PM'} - `;
		const author = pick(AUTHORS);
		const r = rand();
		if (i === n - 1) lines.push(`${header}${author}: the last word is ${uniqueWord}`);
		else if (i % riskyEvery === 0) {
			risky++;
			lines.push(`${header}${author}: send it to dana.weiss${i}@harborlogistics.de today`);
		} else if (r < 0.01) lines.push(`${header}${author} added Dana Weiss`);
		else if (r < 0.04) lines.push(`${header}${author}: <Media omitted>`);
		else if (r < 0.05) lines.push(`${header}${author}: IMG-20200101-WA${String(i % 10000).padStart(4, '0')}.jpg (file attached)`, words(4));
		else if (r < 0.06) lines.push(`${header}${author}: This message was deleted`);
		else if (r < 0.07) lines.push(`${header}${author}: ${words(8)} <This message was edited>`);
		else if (r < 0.15) lines.push(`${header}${author}: ${words(6)}`, words(5), '', words(4));
		else lines.push(`${header}${author}: ${words(8)}`);
	}
	return { text: lines.join('\n') + '\n', messages: n, risky, uniqueWord };
}
