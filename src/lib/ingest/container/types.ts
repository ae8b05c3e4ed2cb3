import type { CsvMapping } from '../csv-generic/mapping';
import type { DateOrder } from '../whatsapp/date-order';
import type { ParsedFile, SourceFile } from '../../model/types';

/** A problem with one input, shown to the user with its file (and line where there is one). */
export interface SourceProblem {
	/** The input as the user gave it (file name or path). */
	file: string;
	line: number | null;
	message: string;
	/** Member path inside a zip, when the problem is with one member. */
	path?: string;
}

/** One export found in an input: `entry` is '' for a plain file, else the member path (a folder for a multi-file export). */
export interface ParsedEntry {
	entry: string;
	file: ParsedFile;
	/**
	 * The archive row for this export: the input itself for a plain file; for a zip member `zip/member` with the
	 * member's own size and hash (so the same chat imported bare or zipped is one archive, and two chats in one zip are two).
	 */
	source: SourceFile;
}

/** A media member of a zip, with the parsed entry whose messages reference it (null when none does). */
export interface SourceAttachment {
	/** Member path inside the zip. */
	path: string;
	/** The name messages use for it (`ParsedMessage.attachments`), or the member's base name when unreferenced. */
	name: string;
	/** A guess from the file name, for reports only: what a file is, and how it may be shown, is sniffed from its bytes (src/lib/media/sniff.ts). */
	mime: string;
	bytes: Uint8Array;
	entry: string | null;
}

export interface ParsedSource {
	source: SourceFile;
	parsed: ParsedEntry[];
	problems: SourceProblem[];
	attachments: SourceAttachment[];
}

export interface ParseProgressInfo {
	phase: 'reading' | 'parsing';
	bytes: number;
	total: number;
	messages: number;
}

export interface ParseOptions {
	signal?: AbortSignal;
	/** Day/month order chosen by the user; absent means infer from the whole file. */
	dateOrder?: DateOrder;
	/** Columns the user confirmed for a generic CSV; absent means guess them. */
	csvMapping?: CsvMapping;
	/** IANA zone chosen for the import (the browser's by default). */
	timeZone?: string;
	onProgress?: (p: ParseProgressInfo) => void;
	/** Awaited between chunks of a streamed input: resolves when the load side has room for more (backpressure). */
	pause?: () => Promise<void>;
}

/** Thrown (and reported by the worker as 'cancelled') when the caller aborted; nothing partial is returned. */
export function cancelled(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw cancelled();
}

export function isCancelled(err: unknown): boolean {
	return err instanceof Error && err.name === 'AbortError';
}

/** Lets queued messages (a cancel) be handled even when every chunk of the input is already at hand. */
export function yieldToEvents(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
