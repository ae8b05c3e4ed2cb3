import type { ParsedFile, ParsedMessage } from '../../model/types';
import { createLineSplitter } from '../lines';
import { createDateOrderInference, type DateOrder } from './date-order';
import { newHeaderScan, scanHeader } from './header';
import { createWhatsAppParser, type WhatsAppParser } from './parser';
import { restamp } from './timestamp';
import { titleFromFileName } from './title';

export { inferDateOrder, createDateOrderInference, type DateOrder, type DateOrderGuess } from './date-order';
export { createWhatsAppParser, type WhatsAppParser, type WhatsAppParserOptions, type WhatsAppParseEnd } from './parser';
export { titleFromFileName } from './title';

const SNIFF_LINES = 20;

/** True when one of the first 20 non-empty lines opens like a WhatsApp message. */
export function looksLikeWhatsApp(sampleText: string): boolean {
	if (typeof sampleText !== 'string') return false;
	const splitter = createLineSplitter();
	const lines = splitter.push(sampleText.length > 65536 ? sampleText.slice(0, 65536) : sampleText);
	lines.push(...splitter.end());
	const scan = newHeaderScan();
	let seen = 0;
	for (const line of lines) {
		if (line.trim().length === 0) continue;
		if (scanHeader(line, scan)) return true;
		if (++seen >= SNIFF_LINES) break;
	}
	return false;
}

const BATCH_CHARS = 1 << 20;

/** Feeds the text's lines to `fn` a batch at a time, so that lines not kept by `fn` die young. */
function forEachLineBatch(text: string, fn: (lines: string[], starts: number[]) => void): void {
	const splitter = createLineSplitter();
	for (let pos = 0; pos < text.length; pos += BATCH_CHARS) {
		const starts: number[] = [];
		fn(splitter.push(text.slice(pos, pos + BATCH_CHARS), starts), starts);
	}
	const starts: number[] = [];
	fn(splitter.end(starts), starts);
}

/**
 * Parses a whole export held in memory. `fileName` may be a path; it gives the conversation title.
 * One pass: the date order is guessed from the first batch of lines and checked against the whole file
 * as it is parsed; the rare file whose early lines mislead is re-stamped at the end.
 */
export function parseWhatsAppText(text: string, fileName: string, opts: { order?: DateOrder } = {}): ParsedFile {
	const source = typeof text === 'string' ? text : '';
	const title = titleFromFileName(typeof fileName === 'string' ? fileName : '');
	const inference = opts.order ? null : createDateOrderInference();
	let parser: WhatsAppParser | null = null;
	const batches: ParsedMessage[][] = [];
	forEachLineBatch(source, (lines, starts) => {
		if (parser === null) {
			let order = opts.order;
			if (!order) {
				const early = createDateOrderInference();
				for (let i = 0; i < lines.length; i++) early.add(lines[i]);
				order = early.result().order;
			}
			parser = createWhatsAppParser({ order, conversationTitle: title, observer: inference ?? undefined });
		}
		batches.push(parser.pushLines(lines, { source, starts }));
	});
	parser ??= createWhatsAppParser({ order: opts.order ?? 'DMY', conversationTitle: title });
	const tail = parser.end();
	batches.push(tail.messages);
	const messages = ([] as ParsedMessage[]).concat(...batches);

	const guess = inference ? inference.result() : { order: opts.order as DateOrder, evidence: 'given by the caller' };
	if (guess.order !== parser.order) restamp(messages, guess.order);
	return {
		platform: 'whatsapp',
		format: tail.format,
		conversations: [{ title, kind: tail.kind }],
		messages,
		unparsed: tail.unparsed,
		notes: [`date order ${guess.order}: ${guess.evidence}`]
	};
}
