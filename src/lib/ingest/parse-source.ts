import type { SourceFile } from '../model/types';
import { linkAttachments } from './container/attachments';
import { isTextMember, looksBinary } from './container/media';
import { unparsedProblems } from './container/problems';
import { parseEntries, type EntryResult, type TextEntry } from './container/parse-entries';
import { parseWhatsAppStream, type ChunkSource } from './container/stream-whatsapp';
import { throwIfAborted, yieldToEvents, type ParsedSource, type ParseOptions, type SourceProblem } from './container/types';
import { createZipReader, isZip, readZip, type ZipContents, type ZipMember } from './container/zip';
import { decodeText, sniffUtf16 } from './decode';
import { detectParser } from './detect';
import { SNIFF_CHARS } from './format';
import { createSha256, openSha256, sha256Hex } from './hash';

export type { ParsedEntry, ParsedSource, ParseOptions, ParseProgressInfo, SourceAttachment, SourceProblem } from './container/types';
export { isCancelled } from './container/types';

/** Bytes of one input (a plain export or a zip of exports) → hash, decoded entries, canonical records. Used by the worker and the CLI. */
export async function parseSource(name: string, bytes: Uint8Array, opts: ParseOptions = {}): Promise<ParsedSource> {
	const source: SourceFile = { name, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) };
	throwIfAborted(opts.signal);
	if (isZip(bytes)) return fromZip(name, source, readZip(bytes), opts);
	return fromPlain(name, source, bytes, opts);
}

/**
 * Streams the input where that pays: a zip is unpacked as it is read (no second copy of the compressed bytes)
 * and a WhatsApp .txt is parsed batch by batch; anything else is read whole (JSON needs it) and parsed.
 * `head` is the file's first bytes (64 KB is plenty), used to choose.
 */
export async function parseSourceStream(name: string, total: number, head: Uint8Array, open: ChunkSource, opts: ParseOptions = {}): Promise<ParsedSource> {
	if (isZip(head)) {
		const reader = createZipReader();
		const { sha256, bytes } = await readAll(open, total, opts, (chunk) => reader.push(chunk));
		return fromZip(name, { name, bytes, sha256 }, reader.end(), opts);
	}
	if (isWhatsAppText(name, head)) {
		const s = await parseWhatsAppStream(name, total, open, opts);
		const source: SourceFile = { name, bytes: s.bytes, sha256: s.sha256 };
		const problems: SourceProblem[] = s.warning ? [{ file: name, line: null, message: s.warning }] : [];
		problems.push(...unparsedProblems(name, '', s.file));
		return { source, parsed: [{ entry: '', file: s.file, source }], problems, attachments: [] };
	}
	const chunks: Uint8Array[] = [];
	const { sha256, bytes } = await readAll(open, total, opts, (chunk) => chunks.push(chunk));
	return fromPlain(name, { name, bytes, sha256 }, concat(chunks, bytes), opts);
}

/** Whether a plain (not zipped) input is a WhatsApp .txt, judged by its first bytes: those are parsed as they stream. */
export function isWhatsAppText(name: string, head: Uint8Array): boolean {
	if (isZip(head)) return false;
	const sample = new TextDecoder(headEncoding(head)).decode(head.subarray(0, SNIFF_CHARS));
	const detection = detectParser(sample, name);
	return detection.ok && detection.parser.id === 'whatsapp-txt';
}

/**
 * Several files given together, read as the members of one folder: the parts of one export chosen or dropped as
 * separate files (`messages.html`, `messages2.html`, …). The archive's hash covers every file's name and bytes,
 * in name order.
 */
export async function parseSourceFiles(name: string, given: readonly { name: string; bytes: Uint8Array }[], opts: ParseOptions = {}): Promise<ParsedSource> {
	// The same files chosen in another order are the same archive.
	const files = [...given].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const hash = createSha256();
	let bytes = 0;
	for (const f of files) {
		hash.update(new TextEncoder().encode(f.name + '\u0000'));
		hash.update(f.bytes);
		bytes += f.bytes.length;
	}
	throwIfAborted(opts.signal);
	return fromZip(
		name,
		{ name, bytes, sha256: hash.hex() },
		{ members: files.map((f) => ({ path: f.name, bytes: f.bytes })), problems: [] },
		opts,
		'the files hold'
	);
}

function fromPlain(name: string, source: SourceFile, bytes: Uint8Array, opts: ParseOptions): ParsedSource {
	const problems: SourceProblem[] = [];
	const decoded = decodeText(bytes);
	// Binary data is refused as such below; that it is not UTF-8 either is no news.
	if (decoded.warning && !looksBinary(bytes)) problems.push({ file: name, line: null, message: decoded.warning });
	throwIfAborted(opts.signal);
	report(opts, 'parsing', source.bytes, 0);
	const result = parseEntries(name, [{ entry: '', path: name, text: decoded.text }], {
		signal: opts.signal,
		hints: { dateOrder: opts.dateOrder, csvMapping: opts.csvMapping, timeZone: opts.timeZone }
	});
	throwIfAborted(opts.signal);
	report(opts, 'parsing', source.bytes, countMessages(result.parsed));
	return { source, parsed: result.parsed.map((p) => ({ ...p, source })), problems: [...problems, ...result.problems], attachments: [] };
}

/**
 * The exports of a zip's (or folder's) members. `streamed`: exports of members read apart (in pieces, records.ts),
 * with only the messages that name attachments: their attachments are linked too, and they are no export missing.
 */
export function fromZip(
	name: string,
	source: SourceFile,
	zip: ZipContents,
	opts: ParseOptions,
	what = 'the zip holds',
	streamed: readonly EntryResult[] = []
): ParsedSource {
	const problems: SourceProblem[] = zip.problems.map((p) =>
		p.path ? { file: name, path: p.path, line: null, message: p.message } : { file: name, line: null, message: p.message }
	);
	const zipBase = baseOf(name);
	const texts: TextEntry[] = [];
	const textBytes: ZipMember[] = [];
	const media: ZipMember[] = [];
	for (const m of zip.members) {
		throwIfAborted(opts.signal);
		if (!isTextMember(m.path, m.bytes)) {
			media.push(m);
			continue;
		}
		const decoded = decodeText(m.bytes);
		if (decoded.warning) problems.push({ file: name, path: m.path, line: null, message: decoded.warning });
		texts.push({ entry: m.path, path: `${zipBase}/${m.path}`, text: decoded.text });
		textBytes.push(m);
	}
	if (texts.length === 0 && streamed.length === 0) {
		problems.push({ file: name, line: null, message: `${what} no chat export: no text member among ${zip.members.length} member(s)` });
	}
	report(opts, 'parsing', source.bytes, 0);
	const result = parseEntries(name, texts, { signal: opts.signal, hints: { dateOrder: opts.dateOrder, csvMapping: opts.csvMapping, timeZone: opts.timeZone } });
	// A text member no parser took may be a file a message sent (notes.txt, page.html, logo.svg): it is linked as media,
	// and when a message names it, it is an attachment rather than a failed export. A text member an export claims
	// without reading it as messages (a .vcard or notes.txt in a Telegram export's folders) is linked when named.
	const refused = new Set(result.refused);
	const claimed = new Set(result.claimed);
	const linked = linkAttachments(
		name,
		[...streamed, ...result.parsed],
		[...media, ...textBytes.filter((m) => refused.has(m.path))],
		media.length > 0,
		textBytes.filter((m) => claimed.has(m.path))
	);
	const attached = new Set(linked.attachments.filter((a) => a.entry !== null && refused.has(a.path)).map((a) => a.path));
	throwIfAborted(opts.signal);
	report(opts, 'parsing', source.bytes, countMessages(result.parsed));
	const parsed = result.parsed.map((p) => ({ ...p, source: memberSource(name, p.entry, textBytes) }));
	const entryProblems = result.problems.filter((p) => !(p.path && attached.has(p.path) && p.line === null));
	return { source, parsed, problems: [...problems, ...entryProblems, ...linked.problems], attachments: linked.attachments };
}

/** Reads a source to its end, hashing it and handing each chunk to `sink`, with reading progress. */
export async function readAll(
	open: ChunkSource,
	total: number,
	opts: ParseOptions,
	sink: (chunk: Uint8Array) => void
): Promise<{ sha256: string; bytes: number }> {
	const hash = await openSha256();
	let bytes = 0;
	let last = 0;
	throwIfAborted(opts.signal);
	for await (const chunk of open()) {
		throwIfAborted(opts.signal);
		hash.update(chunk);
		sink(chunk);
		bytes += chunk.length;
		const now = Date.now();
		if (now - last >= 100) {
			last = now;
			report(opts, 'reading', bytes, 0, total);
			await yieldToEvents();
			throwIfAborted(opts.signal);
		}
	}
	throwIfAborted(opts.signal);
	report(opts, 'reading', bytes, 0, total);
	return { sha256: hash.hex(), bytes };
}

function report(opts: ParseOptions, phase: 'reading' | 'parsing', bytes: number, messages: number, total = bytes): void {
	opts.onProgress?.({ phase, bytes, total, messages });
}

/** One member's own hash; for a multi-file export (entry is its folder), a hash over its members' paths and bytes. */
function memberSource(name: string, entry: string, members: readonly ZipMember[]): SourceFile {
	const one = members.find((m) => m.path === entry);
	const used = one ? [one] : members.filter((m) => entry === '.' || m.path.startsWith(entry));
	const hash = createSha256();
	let bytes = 0;
	for (const m of used) {
		if (!one) hash.update(new TextEncoder().encode(m.path + '\u0000'));
		hash.update(m.bytes);
		bytes += m.bytes.length;
	}
	return { name: `${name}/${entry}`, bytes, sha256: hash.hex() };
}

function countMessages(parsed: { file: { messages: unknown[] } }[]): number {
	let n = 0;
	for (const p of parsed) n += p.file.messages.length;
	return n;
}

/** The encoding a file's first bytes say it is in (a byte-order mark, UTF-16 without one, else UTF-8). */
export function headEncoding(head: Uint8Array): string {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	return sniffUtf16(head) ?? 'utf-8';
}

export function baseOf(path: string): string {
	const parts = path.split(/[\\/]/);
	return parts[parts.length - 1] || path;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
