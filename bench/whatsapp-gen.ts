/**
 * Deterministic synthetic WhatsApp Android export (en-US, 12h, U+202F before AM/PM) for benchmarks:
 * about 94 bytes a message (1M messages ≈ 94 MB), with multi-line messages, media, system lines, deleted and edited messages.
 */

const NNBSP = '\u202f';
const AUTHORS = ['Ana Silva', 'Bo Li', 'Chidi Okafor', 'Dana Weiss', '~\u202fEli', '+1 (555) 010-0123'];
const WORDS = (
	'the shipment invoice customs container port delay confirm thursday pallet warehouse truck driver ' +
	'schedule pickup dock manifest carrier freight booking rate quote route order received loading ' +
	'cleared inspection ok thanks please check tomorrow morning update call'
).split(' ');

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

export function generateWhatsAppText(n: number, seed: number): string {
	const rand = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const sentence = (words: number): string => {
		const out: string[] = [];
		for (let i = 0; i < words; i++) out.push(pick(WORDS));
		return out.join(' ');
	};
	const lines: string[] = ['1/1/20, 9:00' + NNBSP + 'AM - Messages and calls are end-to-end encrypted. Tap to learn more.'];
	// Minutes since 2020-01-01 00:00; advances by 0..3 minutes per message.
	let minutes = 9 * 60;
	for (let i = 1; i < n; i++) {
		minutes += Math.floor(rand() * 4);
		const date = new Date(Date.UTC(2020, 0, 1) + minutes * 60000);
		const h24 = date.getUTCHours();
		const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
		const mm = date.getUTCMinutes();
		const header =
			`${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear() % 100}, ` +
			`${h12}:${mm < 10 ? '0' : ''}${mm}${NNBSP}${h24 < 12 ? 'AM' : 'PM'} - `;
		const r = rand();
		const author = pick(AUTHORS);
		if (r < 0.01) lines.push(header + `${author} added Dana Weiss`);
		else if (r < 0.04) lines.push(header + `${author}: <Media omitted>`);
		else if (r < 0.05) lines.push(header + `${author}: IMG-20200101-WA${String(i % 10000).padStart(4, '0')}.jpg (file attached)`, sentence(4));
		else if (r < 0.06) lines.push(header + `${author}: This message was deleted`);
		else if (r < 0.07) lines.push(header + `${author}: ${sentence(8)} <This message was edited>`);
		else if (r < 0.15) lines.push(header + `${author}: ${sentence(6)}`, sentence(5), '', sentence(4));
		else lines.push(header + `${author}: ${sentence(8)}`);
	}
	return lines.join('\n') + '\n';
}
