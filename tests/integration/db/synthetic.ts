import type { ParsedFile, ParsedMessage } from '$lib/model/types';

/** A large, deterministic chat: 50 authors, one message a minute from 2023-01-01, every 100th system, every other 20th media. */
export function syntheticChat(count: number, unparsed = 10): ParsedFile {
	const messages: ParsedMessage[] = new Array(count);
	const start = Date.UTC(2023, 0, 1);
	for (let i = 0; i < count; i++) {
		const ts = new Date(start + i * 60_000).toISOString().slice(0, 19);
		const system = i % 100 === 99;
		const media = !system && i % 20 === 19;
		const author = system ? '' : `Person ${i % 50}`;
		const text = system ? `Person ${i % 50} joined` : media ? '<Media omitted>' : `Message number ${i} — über 你好 👍`;
		const raw = `${ts} - ${author}: ${text}`;
		// Template literals make rope strings; a parser's slices and joins are flat. Touching a character flattens them.
		raw.charCodeAt(0);
		text.charCodeAt(0);
		messages[i] = {
			index: i,
			author,
			authorRaw: author,
			ts,
			kind: system ? 'system' : media ? 'media' : 'text',
			text,
			attachments: media ? [`IMG-${i}.jpg`] : [],
			edited: i % 97 === 0,
			line: i + 1,
			lineEnd: i + 1,
			raw
		};
	}
	return {
		platform: 'whatsapp',
		format: 'whatsapp-android-txt',
		conversations: [{ title: `Synthetic ${count}`, kind: 'group' }],
		notes: [],
		messages,
		unparsed: Array.from({ length: unparsed }, (_, k) => ({ line: count + k + 1, text: `junk ${k}`, reason: 'synthetic' }))
	};
}
