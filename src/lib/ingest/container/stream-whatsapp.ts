import type { ParsedFile, ParsedMessage } from '../../model/types';
import { firstInvalidUtf8Offset } from '../decode';
import { createSha256 } from '../hash';
import { createLineSplitter } from '../lines';
import { createDateOrderInference, type DateOrder } from '../whatsapp/date-order';
import { createWhatsAppParser, type LineOffsets, type WhatsAppParser } from '../whatsapp/parser';
import { restamp } from '../whatsapp/timestamp';
import { titleFromFileName } from '../whatsapp/title';
import { throwIfAborted, yieldToEvents, type ParseOptions } from './types';

/** A file that can be read from its start as often as needed (a File's stream(), a Node stream factory in tests). */
export type ChunkSource = () => AsyncIterable<Uint8Array>;

export interface StreamedWhatsApp {
	file: ParsedFile;
	sha256: string;
	bytes: number;
	/** Set when the bytes were not UTF-8 and were read as Windows-1252 instead. */
	warning: string | null;
}

// The date order is guessed from about this much text before the first record is stamped, as parseWhatsAppText does.
const GUESS_CHARS = 1 << 20;
const PROGRESS_MS = 100;

class NotUtf8 extends Error {
	constructor(readonly offset: number) {
		super('not UTF-8');
	}
}

/**
 * Parses a WhatsApp .txt arriving in chunks: it never becomes one string. The date order is guessed from the
 * first ~1 MB, checked against every header, and records are re-stamped at the end when the whole file disagrees.
 */
export async function parseWhatsAppStream(name: string, total: number, open: ChunkSource, opts: ParseOptions = {}): Promise<StreamedWhatsApp> {
	try {
		return await run(name, total, open, 'utf-8', opts);
	} catch (err) {
		if (!(err instanceof NotUtf8)) throw err;
		const result = await run(name, total, open, 'windows-1252', opts);
		result.warning = `not valid UTF-8 (first invalid byte at offset ${err.offset}); read as Windows-1252/Latin-1`;
		return result;
	}
}

async function run(name: string, total: number, open: ChunkSource, fallback: 'utf-8' | 'windows-1252', opts: ParseOptions): Promise<StreamedWhatsApp> {
	const { signal, onProgress } = opts;
	const hash = createSha256();
	const splitter = createLineSplitter();
	const stream = createWhatsAppLineStream(name);
	let decoder: TextDecoder | null = null;
	let bytes = 0;
	let lastReport = 0;

	throwIfAborted(signal);
	for await (const chunk of open()) {
		throwIfAborted(signal);
		hash.update(chunk);
		if (decoder === null) decoder = newDecoder(chunk, fallback);
		let text: string;
		try {
			text = decoder.decode(chunk, { stream: true });
		} catch {
			throw new NotUtf8(bytes + Math.max(0, firstInvalidUtf8Offset(chunk)));
		}
		bytes += chunk.length;
		stream.push(splitter.push(text));
		const now = Date.now();
		if (now - lastReport >= PROGRESS_MS) {
			lastReport = now;
			onProgress?.({ phase: 'parsing', bytes, total, messages: stream.messages });
			await yieldToEvents();
			throwIfAborted(signal);
		}
	}
	let rest = '';
	try {
		rest = decoder ? decoder.decode() : '';
	} catch {
		throw new NotUtf8(Math.max(0, bytes - 1));
	}
	stream.push(splitter.push(rest));
	stream.push(splitter.end());
	const file = stream.end();
	throwIfAborted(signal);
	onProgress?.({ phase: 'parsing', bytes, total, messages: file.messages.length });
	return { file, sha256: hash.hex(), bytes, warning: null };
}

export interface WhatsAppLineStream {
	/** Lines in source order, any batch size; `offsets` as for WhatsAppParser.pushLines. */
	push(lines: string[], offsets?: LineOffsets): void;
	/** Records completed so far. */
	readonly messages: number;
	end(): ParsedFile;
}

/**
 * The one-pass assembly parseWhatsAppText does, for lines that arrive in batches: the date order is guessed from
 * the first ~1 MB of lines (held back until then), every header is observed, and records are re-stamped at the end
 * when the whole file disagrees with the guess.
 */
export function createWhatsAppLineStream(fileName: string, opts: { order?: DateOrder } = {}): WhatsAppLineStream {
	const title = titleFromFileName(fileName);
	const inference = opts.order ? null : createDateOrderInference();
	const batches: ParsedMessage[][] = [];
	let parser: WhatsAppParser | null = opts.order ? createWhatsAppParser({ order: opts.order, conversationTitle: title }) : null;
	let pending: string[] = [];
	let pendingStarts: number[] = [];
	let pendingSource: string | null = null;
	let pendingChars = 0;
	let messages = 0;

	const start = () => {
		const early = createDateOrderInference();
		for (const l of pending) early.add(l);
		const p = createWhatsAppParser({ order: early.result().order, conversationTitle: title, observer: inference ?? undefined });
		parser = p;
		const lines = pending;
		const offsets = pendingSource !== null && pendingStarts.length === lines.length ? { source: pendingSource, starts: pendingStarts } : undefined;
		pending = [];
		pendingStarts = [];
		add(p.pushLines(lines, offsets));
	};
	const add = (batch: ParsedMessage[]) => {
		messages += batch.length;
		if (batch.length > 0) batches.push(batch);
	};

	return {
		push(lines, offsets) {
			if (parser !== null) return add(parser.pushLines(lines, offsets));
			for (let i = 0; i < lines.length; i++) {
				pending.push(lines[i]);
				pendingChars += lines[i].length;
			}
			if (offsets && (pendingSource === null || pendingSource === offsets.source)) {
				pendingSource = offsets.source;
				for (const s of offsets.starts) pendingStarts.push(s);
			}
			if (pendingChars >= GUESS_CHARS) start();
		},
		get messages() {
			return messages;
		},
		end() {
			if (parser === null) start();
			const p = parser as unknown as WhatsAppParser;
			const tail = p.end();
			batches.push(tail.messages);
			const all = ([] as ParsedMessage[]).concat(...batches);
			const guess = inference ? inference.result() : { order: p.order, evidence: 'given by the caller' };
			if (guess.order !== p.order) restamp(all, guess.order);
			return {
				platform: 'whatsapp',
				format: tail.format,
				conversations: [{ title, kind: tail.kind }],
				messages: all,
				unparsed: tail.unparsed,
				notes: [`date order ${guess.order}: ${guess.evidence}`]
			};
		}
	};
}

function newDecoder(first: Uint8Array, fallback: 'utf-8' | 'windows-1252'): TextDecoder {
	if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
	if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
	return fallback === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder('windows-1252');
}
