import { decodeText, firstInvalidUtf8Offset, hasUtf8Sequence, sniffUtf16 } from '../decode';
import { createSha256 } from '../hash';
import type { ChunkSource } from './stream-whatsapp';
import { throwIfAborted, yieldToEvents, type ParseOptions } from './types';

/**
 * A text file read in chunks and decoded as it goes, as decodeText decodes it whole: a byte-order mark or UTF-16
 * without one, else UTF-8; bytes that are not UTF-8 start the reading over (`restart`), as UTF-8 with U+FFFD when
 * the file holds UTF-8 sequences, else as Windows-1252 — with decodeText's warning. `sink` is made anew for each
 * reading and given the decoded text piece by piece; `after` runs after each chunk (to hand on what it made).
 */
export interface StreamedText {
	sha256: string;
	bytes: number;
	warning: string | null;
}

export interface TextSink {
	push(text: string): void;
}

const PROGRESS_MS = 100;

class NotUtf8 extends Error {
	constructor(readonly offset: number) {
		super('not UTF-8');
	}
}

type Fallback = 'utf-8' | 'utf-8-lenient' | 'windows-1252';

export async function streamText(
	total: number,
	open: ChunkSource,
	opts: ParseOptions,
	sink: () => TextSink,
	after: () => Promise<void> | void,
	restart: (reason: string) => Promise<void> | void,
	messages: () => number
): Promise<StreamedText> {
	try {
		return await read(total, open, 'utf-8', opts, sink(), after, messages);
	} catch (err) {
		if (!(err instanceof NotUtf8)) throw err;
		await restart('not UTF-8');
		if (await startsWithUtf8Sequence(open)) {
			const result = await read(total, open, 'utf-8-lenient', opts, sink(), after, messages);
			result.warning = `not valid UTF-8 throughout (first invalid byte at offset ${err.offset}); invalid bytes read as U+FFFD, the rest as UTF-8`;
			return result;
		}
		const result = await read(total, open, 'windows-1252', opts, sink(), after, messages);
		result.warning = `not valid UTF-8 (first invalid byte at offset ${err.offset}); read as Windows-1252/Latin-1`;
		return result;
	}
}

/** As decodeText, the first bytes of a file decide the encoding; `warning` when UTF-16 had no byte-order mark. */
export function headWarning(head: Uint8Array): string | null {
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
	return sniffUtf16(head) ? decodeText(head).warning : null;
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

async function read(
	total: number,
	open: ChunkSource,
	fallback: Fallback,
	opts: ParseOptions,
	sink: TextSink,
	after: () => Promise<void> | void,
	messages: () => number
): Promise<StreamedText> {
	const { signal, onProgress } = opts;
	const hash = createSha256();
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
		sink.push(text);
		await after();
		const now = Date.now();
		if (now - lastReport >= PROGRESS_MS) {
			lastReport = now;
			onProgress?.({ phase: 'parsing', bytes, total, messages: messages() });
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
	sink.push(rest);
	throwIfAborted(signal);
	return { sha256: hash.hex(), bytes, warning: null };
}

function newDecoder(first: Uint8Array, fallback: Fallback): TextDecoder {
	if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
	if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
	const utf16 = sniffUtf16(first);
	if (utf16) return new TextDecoder(utf16);
	if (fallback === 'utf-8-lenient') return new TextDecoder('utf-8');
	return fallback === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder('windows-1252');
}
