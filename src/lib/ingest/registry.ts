import type { ContainerParser, FormatParser } from './format';
import { genericCsv } from './csv-generic';
import { discordCsv, discordJson } from './discord';
import { instagramJson, messengerJson, messengerThreadParts } from './messenger';
import { signalJsonl } from './signal';
import { signalMarkdown } from './signal/markdown';
import { slackDayJson, slackWorkspace } from './slack';
import { telegramHtml, telegramHtmlParts, telegramJson } from './telegram';
import { wechatFormats } from './wechat';
import { whatsappTxt } from './whatsapp/format';

/**
 * Single-file formats, tried in this order on each text entry; add a parser with one line.
 * Formats with a strict signature (a JSON shape, a fixed CSV header) go first: WhatsApp's sniff only asks for one
 * header-like line, which a CSV or JSON message quoting a pasted WhatsApp chat also has.
 */
const FORMATS: FormatParser[] = [
	...wechatFormats,
	telegramJson,
	telegramHtml,
	slackDayJson,
	discordJson,
	discordCsv,
	messengerJson,
	instagramJson,
	signalJsonl,
	signalMarkdown,
	whatsappTxt,
	genericCsv
];

/** Formats spread over several entries of one zip or folder; they see the whole entry set first. */
const CONTAINERS: ContainerParser[] = [slackWorkspace, messengerThreadParts, telegramHtmlParts];

/** Parsers whose sniff accepts nearly anything of their kind; they must come after every specific one. */
const LAST_RESORT = new Set(['generic-csv']);

/** Keeps the given order, except that last-resort parsers go to the end. */
export function inTryOrder(parsers: readonly FormatParser[]): FormatParser[] {
	return [...parsers.filter((p) => !LAST_RESORT.has(p.id)), ...parsers.filter((p) => LAST_RESORT.has(p.id))];
}

export const FORMAT_PARSERS: readonly FormatParser[] = inTryOrder(FORMATS);

export const CONTAINER_PARSERS: readonly ContainerParser[] = CONTAINERS;
