import { unparsedProblems } from '$lib/ingest/container/problems';
import { headWarning, streamText } from '$lib/ingest/container/stream-text';
import { isTextMember } from '$lib/ingest/container/media';
import type { EntryResult } from '$lib/ingest/container/parse-entries';
import { createHoldingZipReader, memberChunks, STREAM_MEMBERS_ABOVE } from '$lib/ingest/container/zip-stream';
import { parseWhatsAppStream, type ChunkSource } from '$lib/ingest/container/stream-whatsapp';
import { yieldToEvents } from '$lib/ingest/container/types';
import { detectCandidates } from '$lib/ingest/detect';
import { SNIFF_CHARS } from '$lib/ingest/format';
import {
	baseOf,
	fromZip,
	headEncoding,
	isWhatsAppText,
	parseSourceFiles,
	readAll,
	parseSourceStream,
	type ParsedSource,
	type ParseOptions,
	type ParseProgressInfo,
	type SourceAttachment,
	type SourceProblem
} from '$lib/ingest/parse-source';
import { isZip } from '$lib/ingest/container/zip';
import type { PieceParser, PieceParserFactory } from '$lib/ingest/piece-parser';
import { guardedPieces } from '$lib/ingest/piece-guard';
import { createGenericCsvStream } from '$lib/ingest/csv-generic';
import { createDiscordJsonStream } from '$lib/ingest/discord/json-stream';
import { createSignalJsonlStream } from '$lib/ingest/signal/stream';
import { createTelegramJsonStream } from '$lib/ingest/telegram/parser';
import { createPyWxDumpCsvStream } from '$lib/ingest/wechat/pywxdump';
import { createWeChatMsgCsvStream } from '$lib/ingest/wechat/memotrace';
import { createWeFlowJsonStream } from '$lib/ingest/wechat/weflow';
import { titleFromFileName } from '$lib/ingest/whatsapp/title';
import type { RecordColumns } from '$lib/ingest/whatsapp/columns';
import type { ConversationInfo, ParsedFile, ParsedMessage, Platform, SourceFile } from '$lib/model/types';
import { createHandingOnLineStream, type HandingOnLineStream } from './whatsapp-lines';

/**
 * An input read as a stream of records, part by part (a part is one export of the input: the file, or a member of
 * its zip), in bounded memory where the format streams: the parse side of the tab's pipeline and the command
 * line's `stats`, `export` and `risk` both read inputs through it. A format that does not stream yet is parsed
 * whole and handed on as one batch per part.
 */

export type ProduceInput =
	| { kind: 'stream'; name: string; total: number; head: Uint8Array; open: ChunkSource }
	| { kind: 'files'; name: string; files: { name: string; bytes: Uint8Array }[] };

export type RecordEvent =
	| {
			type: 'part';
			/** '' for a plain file, else the zip member (or folder) the export is. */
			entry: string;
			name: string;
			platform: Platform;
			format: string;
			/** The part's conversations as known so far (final at its close). */
			conversations: () => ConversationInfo[];
			/** Known before the records when the part was read whole; else it comes with the close. */
			sha256: string | null;
	  }
	/** Records of the open part, in file order; `whole`: every record of the part (replies to later ones resolve). */
	| { type: 'records'; messages: ParsedMessage[]; whole: boolean }
	/** Records of the open part as columns (a WhatsApp .txt read in pieces: no object per record), in file order. */
	| { type: 'columns'; columns: RecordColumns }
	/** Everything of the open part so far is to be forgotten: it is read again (another encoding or date order). */
	| { type: 'restart'; reason: string }
	/** The part ends: what is known only now. `file.messages` is empty (its records were handed on). */
	| { type: 'close'; source: SourceFile; file: ParsedFile }
	| ({ type: 'progress' } & ParseProgressInfo)
	/** A plain CSV of no known platform: its columns are to be confirmed (only when `askMapping`). */
	| { type: 'needs-mapping' }
	/** The input read to its end; `source` is the input's own name, size and hash. */
	| { type: 'done'; source: SourceFile; problems: SourceProblem[]; attachments: SourceAttachment[] };

/** A promise returned for a `whole` records event is awaited before the next event (the pipeline has room again). */
export type RecordSink = (event: RecordEvent) => void | Promise<void>;

export interface RecordOptions extends ParseOptions {
	/** Stop at a plain generic CSV whose mapping was not given, with a needs-mapping event (the tab asks the user). */
	askMapping?: boolean;
	/** Zip members larger than this (bytes) whose format streams are read in pieces; STREAM_MEMBERS_ABOVE by default. */
	streamMembersAbove?: number;
}

/** A text read in pieces: a plain file, or one member of a zip read again on its own. */
interface StreamedPart {
	/** '' for a plain file, else the member path. */
	entry: string;
	/** The part's archive name: the file's, or `zip/member`. */
	name: string;
	/** The input as the user gave it, which problems name. */
	file: string;
	/** What the parser is given as the file's path (titles come from it). */
	path: string;
	total: number;
	head: Uint8Array;
	open: ChunkSource;
}

interface PartEnd {
	source: SourceFile;
	problems: SourceProblem[];
}

/** Formats whose parser reads text in pieces, by the id detection gives them. */
const STREAMING_PARSERS: Record<string, { platform: Platform; create: (...args: [...Parameters<PieceParserFactory>, ParseOptions]) => PieceParser }> = {
	'telegram-json': { platform: 'telegram', create: (_path, emit) => createTelegramJsonStream(emit) },
	'wechatmsg-csv': { platform: 'wechat', create: createWeChatMsgCsvStream },
	'pywxdump-csv': { platform: 'wechat', create: createPyWxDumpCsvStream },
	'weflow-json': { platform: 'wechat', create: createWeFlowJsonStream },
	'discord-json': { platform: 'discord', create: createDiscordJsonStream },
	'signal-jsonl': { platform: 'signal', create: createSignalJsonlStream },
	'generic-csv': { platform: 'csv', create: (path, emit, opts) => createGenericCsvStream(path, emit, opts.csvMapping) }
};

export async function readRecords(input: ProduceInput, opts: RecordOptions, sink: RecordSink): Promise<void> {
	const progress: RecordOptions = { ...opts, onProgress: (p) => sink({ type: 'progress', ...p }) };
	if (input.kind === 'stream' && isZip(input.head)) return readZipRecords(input, progress, sink);
	if (input.kind === 'stream') {
		const part: StreamedPart = { entry: '', name: input.name, file: input.name, path: input.name, total: input.total, head: input.head, open: input.open };
		const format = streamingFormat(input.name, input.head);
		if (format === 'generic-csv' && opts.askMapping && !opts.csvMapping) {
			sink({ type: 'needs-mapping' });
			return;
		}
		const end = format === null ? null : await streamPart(part, format, progress, sink);
		if (end) {
			sink({ type: 'done', source: end.source, problems: end.problems, attachments: [] });
			return;
		}
	}
	const parsed: ParsedSource =
		input.kind === 'stream'
			? await parseSourceStream(input.name, input.total, input.head, input.open, progress)
			: await parseSourceFiles(input.name, input.files, progress);
	if (input.kind === 'stream' && opts.askMapping && !opts.csvMapping && parsed.parsed.some((p) => p.entry === '' && p.file.format === 'generic-csv')) {
		sink({ type: 'needs-mapping' });
		return;
	}
	await handWhole(parsed, sink);
	sink({ type: 'done', source: parsed.source, problems: parsed.problems, attachments: parsed.attachments });
}

/** Parts parsed whole: each handed on as one batch of records. */
async function handWhole(parsed: ParsedSource, sink: RecordSink): Promise<void> {
	for (const p of parsed.parsed) {
		const { file } = p;
		sink({
			type: 'part',
			entry: p.entry,
			name: p.source.name,
			platform: file.platform,
			format: file.format,
			conversations: () => file.conversations,
			sha256: p.source.sha256
		});
		await sink({ type: 'records', messages: file.messages, whole: true });
		await sink({ type: 'close', source: p.source, file: { ...file, messages: [] } });
		await yieldToEvents();
	}
}

/**
 * A zip: read once for its small members and media (gathered, parsed as today) while each large member of a format
 * read in pieces is held back; each of those is then read again on its own and streamed into its parser, so no such
 * member is ever one buffer or one string. Attachments are linked for both.
 */
async function readZipRecords(input: Extract<ProduceInput, { kind: 'stream' }>, opts: RecordOptions, sink: RecordSink): Promise<void> {
	const reader = createHoldingZipReader(opts.streamMembersAbove ?? STREAM_MEMBERS_ABOVE, (path, head) => memberFormat(path, head) !== null);
	const read = await readAll(input.open, input.total, opts, (chunk) => reader.push(chunk));
	const zip = reader.end();
	const source: SourceFile = { name: input.name, bytes: read.bytes, sha256: read.sha256 };
	const base = baseOf(input.name);
	const streamed: EntryResult[] = [];
	const problems: SourceProblem[] = [];
	const whole = zip.members.filter((m) => !m.held);
	for (const m of zip.members) {
		if (!m.held) continue;
		const format = memberFormat(m.path, m.bytes) as string;
		const part: StreamedPart = {
			entry: m.path,
			name: `${input.name}/${m.path}`,
			file: input.name,
			path: `${base}/${m.path}`,
			total: m.held.size,
			head: m.bytes,
			open: memberChunks(input.open, m.held.ordinal)
		};
		const refs = new AttachmentRefs();
		const end = await streamPart(part, format, opts, refs.watching(sink));
		if (end) {
			problems.push(...end.problems);
			streamed.push({ entry: m.path, file: refs.file(format) });
			continue;
		}
		// No record in it as its format: read whole, like a small member, so the other formats are tried.
		const chunks: Uint8Array[] = [];
		for await (const chunk of part.open()) chunks.push(chunk.slice());
		whole.push({ path: m.path, bytes: joinChunks(chunks) });
	}
	const parsed = fromZip(input.name, source, { members: whole, problems: zip.problems }, opts, 'the zip holds', streamed);
	await handWhole(parsed, sink);
	const [zipProblems, rest] = [parsed.problems.slice(0, zip.problems.length), parsed.problems.slice(zip.problems.length)];
	sink({ type: 'done', source, problems: [...zipProblems, ...problems, ...rest], attachments: parsed.attachments });
}

/** The messages of a streamed part that name attachments (only those: linking needs nothing else). */
class AttachmentRefs {
	private refs: ParsedMessage[] = [];

	watching(sink: RecordSink): RecordSink {
		return (e) => {
			if (e.type === 'restart') this.refs = [];
			if (e.type === 'records') for (const m of e.messages) if (m.attachments.length > 0) this.refs.push(lightRef(m));
			if (e.type === 'columns') {
				const c = e.columns;
				for (let i = 0; i < c.length; i++) if (c.attachments[i].length > 0) this.refs.push(lightRef(c.message(i)));
			}
			return sink(e);
		};
	}

	file(format: string): ParsedFile {
		const platform = format === 'whatsapp-txt' ? 'whatsapp' : STREAMING_PARSERS[format].platform;
		return { platform, format, conversations: [], messages: this.refs, unparsed: [], notes: [] };
	}
}

/**
 * What linking needs of a message, in strings of its own: a record's strings may be slices of the whole decoded
 * chunk it came from, and keeping one would keep that chunk.
 */
function lightRef(m: ParsedMessage): ParsedMessage {
	const own = JSON.parse(JSON.stringify({ path: m.path, attachments: m.attachments })) as Pick<ParsedMessage, 'path' | 'attachments'>;
	return { index: m.index, line: m.line, lineEnd: m.lineEnd, ...own, author: '', authorRaw: '', ts: '', kind: m.kind, text: '', edited: false, raw: '' };
}

function joinChunks(chunks: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** A text read in pieces by its format's parser; null when that format found no record in it (nothing was handed on). */
async function streamPart(part: StreamedPart, format: string, opts: RecordOptions, sink: RecordSink): Promise<PartEnd | null> {
	if (format === 'whatsapp-txt') return streamWhatsApp(part, opts, sink);
	return streamPieces(part, format, opts, sink);
}

/** The format of a text whose parser reads it in pieces ('whatsapp-txt' or a STREAMING_PARSERS id), by its first bytes. */
function streamingFormat(name: string, head: Uint8Array): string | null {
	if (isZip(head)) return null;
	if (isWhatsAppText(name, head)) return 'whatsapp-txt';
	const sample = new TextDecoder(headEncoding(head)).decode(head.subarray(0, SNIFF_CHARS));
	const found = detectCandidates(sample, name);
	const id = found.ok ? found.parsers[0].id : '';
	return id in STREAMING_PARSERS ? id : null;
}

/** As streamingFormat, for a zip member (media are never streamed: they are kept as blobs). */
function memberFormat(path: string, head: Uint8Array): string | null {
	return isTextMember(path, head) ? streamingFormat(path, head) : null;
}

/**
 * A text through its format's streaming parser. The part opens with its first record; a text in which the format
 * finds no record at all is left to the whole-file path (null), which tries the other candidate formats.
 */
async function streamPieces(part: StreamedPart, id: string, opts: ParseOptions, sink: RecordSink): Promise<PartEnd | null> {
	const format = STREAMING_PARSERS[id];
	let parser: PieceParser | null = null;
	let open = false;
	const onRecords = (messages: ParsedMessage[]) => {
		if (!open) {
			open = true;
			// The parser of the current reading (a reading in another encoding makes a new one).
			const conversations = () => (parser as PieceParser).conversations();
			sink({ type: 'part', entry: part.entry, name: part.name, platform: format.platform, format: id, conversations, sha256: null });
		}
		sink({ type: 'records', messages, whole: false });
	};
	const text = await streamText(
		part.total,
		part.open,
		opts,
		() => (parser = guardedPieces(format.platform, id, part.path, onRecords, (emit) => format.create(part.path, emit, opts))),
		() => opts.pause?.(),
		(reason) => {
			if (open) sink({ type: 'restart', reason });
		},
		() => parser?.messages ?? 0
	);
	const file = (parser as PieceParser | null)?.end();
	if (!file || !open) return null;
	const source: SourceFile = { name: part.name, bytes: text.bytes, sha256: text.sha256 };
	opts.onProgress?.({ phase: 'parsing', bytes: text.bytes, total: part.total, messages: (parser as PieceParser | null)?.messages ?? 0 });
	await sink({ type: 'close', source, file });
	return { source, problems: [...encodingProblems(part, text.warning ?? headWarning(part.head)), ...unparsedProblems(part.file, part.entry, file)] };
}

function encodingProblems(part: StreamedPart, warning: string | null): SourceProblem[] {
	if (!warning) return [];
	return [part.entry ? { file: part.file, path: part.entry, line: null, message: warning } : { file: part.file, line: null, message: warning }];
}

/** A WhatsApp .txt, batch by batch as it is read; read again when the encoding or the date order turns out otherwise. */
async function streamWhatsApp(part: StreamedPart, opts: ParseOptions, sink: RecordSink): Promise<PartEnd> {
	const conversations = [{ title: titleFromFileName(part.path), kind: 'direct' as const }];
	sink({ type: 'part', entry: part.entry, name: part.name, platform: 'whatsapp', format: 'whatsapp-txt', conversations: () => conversations, sha256: null });
	const restart = (reason: string) => sink({ type: 'restart', reason });
	let lines: HandingOnLineStream | null = null;
	const read = (o: ParseOptions, note?: string) =>
		parseWhatsAppStream(
			part.path,
			part.total,
			part.open,
			o,
			(n, { order }) => (lines = createHandingOnLineStream(n, { order, note }, (columns) => sink({ type: 'columns', columns }))),
			restart
		);
	let streamed = await read(opts);
	const first = lines as HandingOnLineStream | null;
	if (first?.mismatch) {
		restart(`the whole file reads as ${first.mismatch}`);
		streamed = await read({ ...opts, dateOrder: first.mismatch }, first.orderNote.replace(/^date order \w+: /, ''));
	}
	const file = streamed.file;
	const source: SourceFile = { name: part.name, bytes: streamed.bytes, sha256: streamed.sha256 };
	await sink({ type: 'close', source, file });
	return { source, problems: [...encodingProblems(part, streamed.warning), ...unparsedProblems(part.file, part.entry, { ...file, messages: [] })] };
}
