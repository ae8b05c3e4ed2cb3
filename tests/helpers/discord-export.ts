/**
 * A deterministic DiscordChatExporter JSON of `n` messages, written piece by piece (a file of any size is never
 * one string when written with `discordExportPieces`): plain, multi-line, attachment and reply messages, non-Latin
 * names, and every `riskyEvery`-th message carrying an e-mail address (a PII risk hit).
 */
import { seeded } from './chunks';

const AUTHORS = [
	{ id: '101', name: 'ana', nickname: 'Ana Silva' },
	{ id: '102', name: 'bo', nickname: 'Bo Li 李' },
	{ id: '103', name: 'chidi', nickname: 'Chidi Okafor' },
	{ id: '104', name: 'zoe', nickname: 'Zoë Ångström' }
];
const WORDS = 'invoice container port delay confirm pallet warehouse truck driver schedule pickup dock manifest carrier freight rate quote'.split(' ');

export interface DiscordExportCounts {
	messages: number;
	risky: number;
}

export function* discordExportPieces(n: number, seed: number, counts: DiscordExportCounts = { messages: 0, risky: 0 }, riskyEvery = 97): Generator<string> {
	const rand = seeded(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
	const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
	yield '{\n  "guild": {"id": "900", "name": "Harbor Ops", "iconUrl": "icon.png"},\n';
	yield '  "channel": {"id": "901", "type": "GuildTextChat", "categoryId": "1", "category": "Ops", "name": "dispatch", "topic": null},\n';
	yield '  "dateRange": {"after": null, "before": null},\n  "exportedAt": "2024-05-01T00:00:00+00:00",\n  "messages": [\n';
	let ms = Date.UTC(2024, 0, 1, 8);
	for (let i = 0; i < n; i++) {
		ms += Math.floor(rand() * 90_000);
		const author = pick(AUTHORS);
		const r = rand();
		let content: string;
		let attachments = '[]';
		let reference = '';
		if (i > 0 && i % riskyEvery === 0) {
			counts.risky++;
			content = `send it to dana.weiss${i}@harborlogistics.de today`;
		} else if (r < 0.05) {
			content = '';
			attachments = `[{"id": "${5000 + i}", "url": "https://cdn.example/att/${i}/IMG_${i}.jpg", "fileName": "IMG_${i}.jpg", "fileSizeBytes": 1024}]`;
		} else if (r < 0.15) content = `${words(6)}\n${words(5)}\n\n${words(4)}`;
		else content = words(8);
		if (i > 0 && r > 0.9) reference = `,\n      "reference": {"messageId": "${1_000_000 + i - 1}", "channelId": "901", "guildId": "900"}`;
		const record =
			`    {\n      "id": "${1_000_000 + i}",\n      "type": "${reference ? 'Reply' : 'Default'}",\n      "timestamp": "${new Date(ms).toISOString().replace('Z', '+00:00')}",\n` +
			`      "timestampEdited": null,\n      "isPinned": false,\n      "content": ${JSON.stringify(content)},\n` +
			`      "author": {"id": "${author.id}", "name": "${author.name}", "discriminator": "0000", "nickname": ${JSON.stringify(author.nickname)}, "isBot": false},\n` +
			`      "attachments": ${attachments},\n      "embeds": [],\n      "stickers": [],\n      "reactions": [],\n      "mentions": []${reference}\n    }`;
		counts.messages++;
		yield (i === 0 ? '' : ',\n') + record;
	}
	yield `\n  ],\n  "messageCount": ${n}\n}\n`;
}

export function generateDiscordExport(n: number, seed: number): { text: string } & DiscordExportCounts {
	const counts: DiscordExportCounts = { messages: 0, risky: 0 };
	const text = [...discordExportPieces(n, seed, counts)].join('');
	return { text, ...counts };
}
