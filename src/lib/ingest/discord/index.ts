import type { FormatParser, SourceEntry } from '../format';
import { guarded } from '../slack/guard';
import { DISCORD_CSV_HEADER, parseDiscordCsv } from './csv';
import { parseDiscordJson } from './json';

export { TYPE_KIND, csvKind } from './kinds';
export { discordTs } from './time';
export { parseDiscordCsv } from './csv';
export { parseDiscordJson } from './json';

const GUILD_OPEN = /^\s*\{\s*"guild"\s*:\s*\{/;
const CHANNEL_KEY = /"channel"\s*:\s*\{/;

/** DiscordChatExporter JSON opens with `{"guild": {…}, "channel": {…}`. */
export function looksLikeDiscordJson(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const head = sample.slice(sample.charCodeAt(0) === 0xfeff ? 1 : 0, 65536);
	return GUILD_OPEN.test(head) && CHANNEL_KEY.test(head);
}

export function looksLikeDiscordCsv(sample: string): boolean {
	return typeof sample === 'string' && DISCORD_CSV_HEADER.test(sample.slice(0, 4096));
}

export const discordJson: FormatParser = {
	id: 'discord-json',
	platform: 'discord',
	label: 'Discord channel export, DiscordChatExporter JSON',
	sniff: (sample) => looksLikeDiscordJson(sample),
	parse: guarded('discord', 'discord-json', (e: SourceEntry) => String(e?.path ?? ''), parseDiscordJson)
};

export const discordCsv: FormatParser = {
	id: 'discord-csv',
	platform: 'discord',
	label: 'Discord channel export, DiscordChatExporter CSV (AuthorID,Author,Date,Content,Attachments,Reactions)',
	sniff: (sample) => looksLikeDiscordCsv(sample),
	parse: guarded('discord', 'discord-csv', (e: SourceEntry) => String(e?.path ?? ''), parseDiscordCsv)
};
