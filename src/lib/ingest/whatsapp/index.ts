import type { ParsedFile } from '../../model/types';
import { createLineSplitter } from '../lines';
import type { DateOrder } from './date-order';
import { newHeaderScan, scanHeader } from './header';
import { createWhatsAppLineStream } from './line-stream';

export { inferDateOrder, createDateOrderInference, type DateOrder, type DateOrderGuess } from './date-order';
export { createWhatsAppParser, type WhatsAppParser, type WhatsAppParserOptions, type WhatsAppParseEnd } from './parser';
export { titleFromFileName } from './title';
export { createWhatsAppLineStream, type WhatsAppLineStream } from './line-stream';

const SNIFF_LINES = 20;
/** Headers needed further down the sample when none opens it (garbage or a cut in front of a valid export). */
const HEADERS_AFTER_JUNK = 3;

/**
 * True when one of the first 20 non-empty lines opens like a WhatsApp message, or, when something else stands in
 * front (binary garbage, a truncated start), at least three lines of the sample do.
 */
export function looksLikeWhatsApp(sampleText: string): boolean {
	if (typeof sampleText !== 'string') return false;
	const splitter = createLineSplitter();
	const lines = splitter.push(sampleText.length > 65536 ? sampleText.slice(0, 65536) : sampleText);
	lines.push(...splitter.end());
	const scan = newHeaderScan();
	let seen = 0;
	let headers = 0;
	for (const line of lines) {
		if (line.trim().length === 0) continue;
		if (scanHeader(line, scan)) {
			if (seen < SNIFF_LINES || ++headers >= HEADERS_AFTER_JUNK) return true;
		}
		seen++;
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

/** Parses a whole export held in memory. `fileName` may be a path; it gives the conversation title. */
export function parseWhatsAppText(text: string, fileName: string, opts: { order?: DateOrder } = {}): ParsedFile {
	const stream = createWhatsAppLineStream(typeof fileName === 'string' ? fileName : '', opts);
	const source = typeof text === 'string' ? text : '';
	forEachLineBatch(source, (lines, starts) => stream.push(lines, { source, starts }));
	return stream.end();
}
