import { unparsedProblems } from '$lib/ingest/container/problems';
import { headWarning, streamText } from '$lib/ingest/container/stream-text';
import { parseWhatsAppStream, type ChunkSource } from '$lib/ingest/container/stream-whatsapp';
import { yieldToEvents } from '$lib/ingest/container/types';
import { detectCandidates } from '$lib/ingest/detect';
import { SNIFF_CHARS } from '$lib/ingest/format';
import {
	headEncoding,
	isWhatsAppText,
	parseSourceFiles,
	parseSourceStream,
	type ParsedSource,
	type ParseOptions,
	type ParseProgressInfo,
	type SourceAttachment,
	type SourceProblem
} from '$lib/ingest/parse-source';
import { isZip } from '$lib/ingest/container/zip';
import type { PieceParser, PieceParserFactory } from '$lib/ingest/piece-parser';
import { createTelegramJsonStream } from '$lib/ingest/telegram/parser';
import { createPyWxDumpCsvStream } from '$lib/ingest/wechat/pywxdump';
import { createWeChatMsgCsvStream } from '$lib/ingest/wechat/memotrace';
import { titleFromFileName } from '$lib/ingest/whatsapp/title';
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
	/** Everything of the open part so far is to be forgotten: it is read again (another encoding or date order). */
	| { type: 'restart'; reason: string }
	/** The part ends: what is known only now. `file.messages` is empty (its records were handed on). */
	| { type: 'close'; source: SourceFile; file: ParsedFile }
	| ({ type: 'progress' } & ParseProgressInfo)
	/** A plain CSV of no known platform: its columns are to be confirmed (only when `askMapping`). */
	| { type: 'needs-mapping' }
	/** The input read to its end; `source` is the input's own name, size and hash. */
	| { type: 'done'; source: SourceFile; problems: SourceProblem[]; attachments: SourceAttachment[] };

export type RecordSink = (event: RecordEvent) => void;

export interface RecordOptions extends ParseOptions {
	/** Stop at a plain generic CSV whose mapping was not given, with a needs-mapping event (the tab asks the user). */
	askMapping?: boolean;
}

/** Formats whose parser reads text in pieces, by the id detection gives them. */
const STREAMING_PARSERS: Record<string, { platform: Platform; create: PieceParserFactory }> = {
	'telegram-json': { platform: 'telegram', create: (_path, emit) => createTelegramJsonStream(emit) },
	'wechatmsg-csv': { platform: 'wechat', create: createWeChatMsgCsvStream },
	'pywxdump-csv': { platform: 'wechat', create: createPyWxDumpCsvStream }
};

export async function readRecords(input: ProduceInput, opts: RecordOptions, sink: RecordSink): Promise<void> {
	const progress: ParseOptions = { ...opts, onProgress: (p) => sink({ type: 'progress', ...p }) };
	if (input.kind === 'stream' && isWhatsAppText(input.name, input.head)) {
		const { source, problems } = await streamWhatsApp(input.name, input.total, input.open, progress, sink);
		sink({ type: 'done', source, problems, attachments: [] });
		return;
	}
	if (input.kind === 'stream') {
		const parser = streamingParser(input.name, input.head);
		if (parser && (await streamPieces(input, parser, progress, sink))) return;
	}
	const parsed: ParsedSource =
		input.kind === 'stream'
			? await parseSourceStream(input.name, input.total, input.head, input.open, progress)
			: await parseSourceFiles(input.name, input.files, progress);
	if (input.kind === 'stream' && opts.askMapping && !opts.csvMapping && parsed.parsed.some((p) => p.entry === '' && p.file.format === 'generic-csv')) {
		sink({ type: 'needs-mapping' });
		return;
	}
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
		sink({ type: 'records', messages: file.messages, whole: true });
		sink({ type: 'close', source: p.source, file: { ...file, messages: [] } });
		await yieldToEvents();
	}
	sink({ type: 'done', source: parsed.source, problems: parsed.problems, attachments: parsed.attachments });
}

/** The streaming parser of a plain file, when the format detection picks first has one. */
function streamingParser(name: string, head: Uint8Array): string | null {
	if (isZip(head)) return null;
	const sample = new TextDecoder(headEncoding(head)).decode(head.subarray(0, SNIFF_CHARS));
	const found = detectCandidates(sample, name);
	const id = found.ok ? found.parsers[0].id : '';
	return id in STREAMING_PARSERS ? id : null;
}

/**
 * A plain file through its format's streaming parser. The part opens with its first record; a file in which the
 * format finds no record at all is left to the whole-file path (false), which tries the other candidate formats.
 */
async function streamPieces(input: Extract<ProduceInput, { kind: 'stream' }>, id: string, opts: ParseOptions, sink: RecordSink): Promise<boolean> {
	const format = STREAMING_PARSERS[id];
	let parser: PieceParser | null = null;
	let open = false;
	const onRecords = (messages: ParsedMessage[]) => {
		if (!open) {
			open = true;
			// The parser of the current reading (a reading in another encoding makes a new one).
			const conversations = () => (parser as PieceParser).conversations();
			sink({ type: 'part', entry: '', name: input.name, platform: format.platform, format: id, conversations, sha256: null });
		}
		sink({ type: 'records', messages, whole: false });
	};
	const text = await streamText(
		input.total,
		input.open,
		opts,
		() => (parser = format.create(input.name, onRecords)),
		() => {},
		(reason) => {
			if (open) sink({ type: 'restart', reason });
		},
		() => parser?.messages ?? 0
	);
	const file = (parser as PieceParser | null)?.end();
	if (!file || !open) return false;
	const source: SourceFile = { name: input.name, bytes: text.bytes, sha256: text.sha256 };
	opts.onProgress?.({ phase: 'parsing', bytes: text.bytes, total: input.total, messages: (parser as PieceParser | null)?.messages ?? 0 });
	sink({ type: 'close', source, file });
	const problems: SourceProblem[] = [];
	const warning = text.warning ?? headWarning(input.head);
	if (warning) problems.push({ file: input.name, line: null, message: warning });
	problems.push(...unparsedProblems(input.name, '', file));
	sink({ type: 'done', source, problems, attachments: [] });
	return true;
}

/** A WhatsApp .txt, batch by batch as it is read; read again when the encoding or the date order turns out otherwise. */
async function streamWhatsApp(
	name: string,
	total: number,
	open: ChunkSource,
	opts: ParseOptions,
	sink: RecordSink
): Promise<{ source: SourceFile; problems: SourceProblem[] }> {
	const conversations = [{ title: titleFromFileName(name), kind: 'direct' as const }];
	sink({ type: 'part', entry: '', name, platform: 'whatsapp', format: 'whatsapp-txt', conversations: () => conversations, sha256: null });
	const restart = (reason: string) => sink({ type: 'restart', reason });
	let lines: HandingOnLineStream | null = null;
	const read = (o: ParseOptions, note?: string) =>
		parseWhatsAppStream(
			name,
			total,
			open,
			o,
			(n, { order }) => (lines = createHandingOnLineStream(n, { order, note }, (messages) => sink({ type: 'records', messages, whole: false }))),
			restart
		);
	let streamed = await read(opts);
	const first = lines as HandingOnLineStream | null;
	if (first?.mismatch) {
		restart(`the whole file reads as ${first.mismatch}`);
		streamed = await read({ ...opts, dateOrder: first.mismatch }, first.orderNote.replace(/^date order \w+: /, ''));
	}
	const file = streamed.file;
	const source: SourceFile = { name, bytes: streamed.bytes, sha256: streamed.sha256 };
	sink({ type: 'close', source, file });
	const problems: SourceProblem[] = streamed.warning ? [{ file: name, line: null, message: streamed.warning }] : [];
	problems.push(...unparsedProblems(name, '', { ...file, messages: [] }));
	return { source, problems };
}
