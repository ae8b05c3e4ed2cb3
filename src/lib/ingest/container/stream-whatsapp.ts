import type { ParsedFile } from '../../model/types';
import { firstInvalidUtf8Offset, hasUtf8Sequence, sniffUtf16 } from '../decode';
import { openSha256 } from '../hash';
import { createLineSplitter } from '../lines';
import { createWhatsAppLineStream, type WhatsAppLineStream } from '../whatsapp/line-stream';
import type { DateOrder } from '../whatsapp/date-order';
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

const PROGRESS_MS = 100;

class NotUtf8 extends Error {
	constructor(readonly offset: number) {
		super('not UTF-8');
	}
}

/** Makes the line stream records go to; the default keeps them all and returns them from end(). */
export type LineStreamFactory = (name: string, opts: { order?: DateOrder }) => WhatsAppLineStream;

/**
 * Parses a WhatsApp .txt arriving in chunks: it never becomes one string. The date order is guessed from the
 * first ~1 MB, checked against every header, and records are re-stamped at the end when the whole file disagrees.
 * `restart` is called before the file is read again in another encoding (records a streaming line stream
 * handed on are to be forgotten).
 */
export async function parseWhatsAppStream(
	name: string,
	total: number,
	open: ChunkSource,
	opts: ParseOptions = {},
	lines: LineStreamFactory = createWhatsAppLineStream,
	restart: (reason: string) => void = () => {}
): Promise<StreamedWhatsApp> {
	try {
		return await run(name, total, open, 'utf-8', opts, lines);
	} catch (err) {
		if (!(err instanceof NotUtf8)) throw err;
		restart('not UTF-8');
		// As decodeText: UTF-8 with damage (garbage in front, a cut) stays UTF-8; a file without any UTF-8 sequence is Latin-1.
		if (await startsWithUtf8Sequence(open)) {
			const result = await run(name, total, open, 'utf-8-lenient', opts, lines);
			result.warning = `not valid UTF-8 throughout (first invalid byte at offset ${err.offset}); invalid bytes read as U+FFFD, the rest as UTF-8`;
			return result;
		}
		const result = await run(name, total, open, 'windows-1252', opts, lines);
		result.warning = `not valid UTF-8 (first invalid byte at offset ${err.offset}); read as Windows-1252/Latin-1`;
		return result;
	}
}

async function startsWithUtf8Sequence(open: ChunkSource): Promise<boolean> {
	let seen = 0;
	for await (const chunk of open()) {
		if (hasUtf8Sequence(chunk)) return true;
		seen += chunk.length;
		if (seen >= 1 << 20) return false;
	}
	return false;
}

type Fallback = 'utf-8' | 'utf-8-lenient' | 'windows-1252';

async function run(
	name: string,
	total: number,
	open: ChunkSource,
	fallback: Fallback,
	opts: ParseOptions,
	lines: LineStreamFactory
): Promise<StreamedWhatsApp> {
	const { signal, onProgress } = opts;
	const hash = await openSha256();
	const splitter = createLineSplitter();
	const stream = lines(name, { order: opts.dateOrder });
	let decoder: TextDecoder | null = null;
	let bytes = 0;
	// Characters decoded before the current text: the splitter's line starts count from the stream's start.
	let before = 0;
	// Lines handed over with their place in the decoded text, so a multi-line record is one slice of it, not a join.
	const push = (text: string) => {
		const starts: number[] = [];
		const lines = splitter.push(text, starts);
		for (let i = 0; i < starts.length; i++) starts[i] -= before;
		before += text.length;
		if (lines.length > 0) stream.push(lines, { source: text, starts });
	};
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
		push(text);
		if (opts.pause) await opts.pause();
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
	push(rest);
	stream.push(splitter.end());
	const file = stream.end();
	throwIfAborted(signal);
	onProgress?.({ phase: 'parsing', bytes, total, messages: Math.max(stream.messages, file.messages.length) });
	return { file, sha256: hash.hex(), bytes, warning: null };
}

function newDecoder(first: Uint8Array, fallback: Fallback): TextDecoder {
	if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
	if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
	const utf16 = sniffUtf16(first);
	if (utf16) return new TextDecoder(utf16);
	if (fallback === 'utf-8-lenient') return new TextDecoder('utf-8');
	return fallback === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder('windows-1252');
}
