import type { ParsedFile, ParsedMessage, SourceFile, UnparsedLine } from '$lib/model/types';
import { MESSAGE_KINDS } from '$lib/model/types';
import { localToUtcMs } from '$lib/model/time';
import {
	boolColumn,
	dictionaryColumn,
	float64Column,
	int32Column,
	int64Column,
	ipcStream,
	timestampMsColumn,
	uint8Column,
	utf8Column,
	utf8SpanColumn
} from './arrow-columns';
import type { SpanColumn } from '$lib/ingest/whatsapp/columns';
import { rowsOf, type MessageRows } from './arrow-rows';
import { mediaTypeOf, phoneFromHandle } from './derive';
import type { ATTACHMENT_COLUMNS, MESSAGE_COLUMNS, UNPARSED_COLUMNS } from './schema';

/**
 * A parsed file → Arrow IPC streams for the bulk-loaded tables. Pure and DuckDB-free, so it can run in a Web Worker
 * and hand the byte arrays over as transferables.
 */

export interface ImportBatchInput {
	archiveId: number;
	/** conversations.id of file.conversations[0]; the rest follow in array order. */
	firstConversationId: number;
	file: ParsedFile;
	/** Not read by the builder; accepted so a worker can pass its whole import job along. */
	source?: SourceFile;
	/** IANA zone the export's naive timestamps are read in. */
	timeZone: string;
	/** Participant handle (see participantHandle) → participants.id; handles missing from the map get NULL. */
	participantIds: Map<string, number>;
	/** messages.id of file.messages[0]; the rest follow in array order. */
	firstMessageId: number;
}

export type ImportTable = 'messages' | 'attachments' | 'unparsed_lines';

export interface ImportBatch {
	table: ImportTable;
	rows: number;
	/** One Arrow IPC stream (schema + one record batch), columns in the table's order. */
	ipc: Uint8Array;
}

export { participantHandle, columnRows, type MessageRows } from './arrow-rows';

/** A participants row: id, platform, handle, display_name, phone, email. */
export type ParticipantRow = [id: number, platform: string, handle: string, displayName: string, phone: string | null, email: null];

/**
 * Participants these messages need that `ids` does not hold yet, numbered from `next` in order of first appearance;
 * `ids` is updated. The same rule for a whole file and for a stream of batches, so both number alike.
 */
export function newParticipants(platform: string, msgs: readonly ParsedMessage[] | MessageRows, ids: Map<string, number>, next: number): ParticipantRow[] {
	const created: ParticipantRow[] = [];
	const rows = rowsOf(msgs);
	for (let i = 0; i < rows.length; i++) {
		const handle = rows.handle(i);
		if (handle === null || ids.has(handle)) continue;
		const id = next + created.length;
		ids.set(handle, id);
		const author = rows.author(i);
		created.push([id, platform, handle, author || handle, phoneFromHandle(handle) ?? phoneFromHandle(author), null]);
	}
	return created;
}

type Columns<Names extends readonly string[]> = { [K in keyof Names]: [Names[K], Parameters<typeof ipcStream>[0][number][1]] };

/** Same test as the index's has:link (LINK_PATTERN in db/queries/search.ts). */
const LINK = /(https?:\/\/|www\.)[^\s]/;

/** The code units `\s` matches. */
function isSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	return (
		c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
	);
}

/** LINK.test of row i of a span column, read in place. */
function spanHasLink(spans: SpanColumn, i: number): boolean {
	const s = spans.sources[spans.src[i]];
	const to = spans.end[i];
	for (let p = spans.start[i]; p < to; p++) {
		const c = s.charCodeAt(p);
		let after = -1;
		if (c === 104 && s.startsWith('http', p)) {
			const q = s.charCodeAt(p + 4) === 115 ? p + 5 : p + 4;
			if (s.startsWith('://', q)) after = q + 3;
		} else if (c === 119 && s.startsWith('www.', p)) after = p + 4;
		if (after >= 0 && after < to && !isSpace(s.charCodeAt(after))) return true;
	}
	return false;
}
const OTHER_KIND = MESSAGE_KINDS.indexOf('other');
const KIND_INDEX = new Map(MESSAGE_KINDS.map((k, i) => [k, i]));

/** The columns of one batch of messages the risk scan and the search index read, built where the messages are. */
export interface SideBatches {
	/** (id, kind, text) of the messages the risk scan reads (see scanBatchSql), or null when there are none. */
	scan: Uint8Array | null;
	/** (id, conversation, author, kind, ts, flags, text) as searchBatchSql returns them. */
	search: Uint8Array;
}

/**
 * Builds the Arrow batches of a file's messages in source order, one slice at a time, keeping what spans slices
 * (positions within conversations, reply targets). A reply to a message of a later slice is left NULL here;
 * the loader resolves those once the file is complete (see resolveLateRepliesSql).
 */
export class MessageBatcher {
	private readonly counts: number[] = [];
	private readonly bySourceId = new Map<string, number>();
	/** Messages batched so far. */
	done = 0;

	constructor(private readonly ids: Omit<ImportBatchInput, 'file' | 'source'>) {}

	/** Makes replies to these messages (ids from the current position on) resolvable before they are batched. */
	registerSourceIds(msgs: readonly ParsedMessage[] | MessageRows): void {
		const rows = rowsOf(msgs);
		for (let i = 0; i < rows.length; i++) {
			const id = rows.sourceId(i);
			if (id !== null) this.bySourceId.set(`${rows.conversation(i)}\u0000${id}`, this.ids.firstMessageId + this.done + i);
		}
	}

	/** The messages and attachments rows of the next messages, plus what the scan and the index read when `sides`. */
	next(msgs: readonly ParsedMessage[] | MessageRows, { sides = false, attachments = true } = {}): { batches: ImportBatch[]; sides: SideBatches | null } {
		const { archiveId, firstConversationId, timeZone, participantIds } = this.ids;
		const first = this.ids.firstMessageId + this.done;
		const m = rowsOf(msgs);
		const n = m.length;
		this.registerSourceIds(m);
		const pos = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			const c = m.conversation(i);
			pos[i] = this.counts[c] = (this.counts[c] ?? -1) + 1;
		}
		this.done += n;
		const replyTo = (i: number) => {
			const to = m.replyTo(i);
			return to === null ? null : (this.bySourceId.get(`${m.conversation(i)}\u0000${to}`) ?? null);
		};
		const utc = new Float64Array(n);
		for (let i = 0; i < n; i++) utc[i] = localToUtcMs(m.ts(i), timeZone);
		const participant = (i: number) => {
			const handle = m.handle(i);
			return handle === null ? null : (participantIds.get(handle) ?? null);
		};
		const columns: Columns<typeof MESSAGE_COLUMNS> = [
			['id', int64Column(n, (i) => first + i)],
			['archive_id', int32Column(n, () => archiveId)],
			['conversation_id', int32Column(n, (i) => firstConversationId + m.conversation(i))],
			['participant_id', int32Column(n, participant)],
			['idx', int32Column(n, m.index)],
			['pos', int32Column(n, (i) => pos[i])],
			['source_id', utf8Column(n, m.sourceId)],
			['author', dictionaryColumn(n, m.author)],
			['author_raw', dictionaryColumn(n, m.authorRaw)],
			['ts_local', utf8Column(n, m.ts)],
			['ts_utc', timestampMsColumn(n, (i) => utc[i])],
			['tz', dictionaryColumn(n, (i) => (m.ts(i).endsWith('Z') ? 'UTC' : timeZone))],
			['kind', dictionaryColumn(n, m.kind)],
			['text', m.spans ? utf8SpanColumn(n, m.spans.text) : utf8Column(n, m.text)],
			['edited', boolColumn(n, m.edited)],
			['deleted', boolColumn(n, (i) => m.kind(i) === 'deleted')],
			['reply_to', int64Column(n, replyTo)],
			['reply_to_source_id', utf8Column(n, m.replyTo)],
			['line', int32Column(n, m.line)],
			['line_end', int32Column(n, m.lineEnd)],
			['source_path', utf8Column(n, m.path)],
			['raw', m.spans ? utf8SpanColumn(n, m.spans.raw) : utf8Column(n, m.raw)]
		];
		const batches: ImportBatch[] = [{ table: 'messages', rows: n, ipc: ipcStream(columns, n) }];
		if (attachments) {
			const rows = attachmentRows(m, first);
			if (rows.length > 0) batches.push(attachmentsBatch(archiveId, rows));
		}
		return { batches, sides: sides ? this.sides(m, first, utc, participant) : null };
	}

	private sides(msgs: MessageRows, first: number, utc: Float64Array, participant: (i: number) => number | null): SideBatches {
		const n = msgs.length;
		const { firstConversationId } = this.ids;
		const spans = msgs.spans;
		const hasLink = spans ? (i: number) => spanHasLink(spans.text, i) : (i: number) => LINK.test(msgs.text(i));
		const scanned: number[] = [];
		for (let i = 0; i < n; i++) {
			const kind = msgs.kind(i);
			if (kind !== 'system' && kind !== 'deleted') scanned.push(i);
		}
		const k = scanned.length;
		const scan =
			k === 0
				? null
				: ipcStream(
						[
							['id', int64Column(k, (j) => first + scanned[j])],
							['kind', dictionaryColumn(k, (j) => msgs.kind(scanned[j]))],
							['text', msgs.spans ? utf8SpanColumn(k, msgs.spans.text, (j) => scanned[j]) : utf8Column(k, (j) => msgs.text(scanned[j]))]
						],
						k
					);
		const search = ipcStream(
			[
				['id', float64Column(n, (i) => first + i)],
				['conversation', int32Column(n, (i) => firstConversationId + msgs.conversation(i))],
				['author', int32Column(n, (i) => participant(i) ?? -1)],
				['kind', uint8Column(n, (i) => KIND_INDEX.get(msgs.kind(i)) ?? OTHER_KIND)],
				['ts', float64Column(n, (i) => utc[i])],
				['flags', uint8Column(n, (i) => (msgs.attachments(i).length > 0 ? 1 : 0) + (hasLink(i) ? 2 : 0))],
				['text', spans ? utf8SpanColumn(n, spans.text) : utf8Column(n, msgs.text)]
			],
			n
		);
		return { scan, search };
	}
}

interface AttachmentRow {
	messageId: number;
	position: number;
	fileName: string;
}

function attachmentRows(msgs: MessageRows, first: number): AttachmentRow[] {
	const att: AttachmentRow[] = [];
	for (let i = 0; i < msgs.length; i++) msgs.attachments(i).forEach((fileName, position) => att.push({ messageId: first + i, position, fileName }));
	return att;
}

function attachmentsBatch(archiveId: number, att: readonly AttachmentRow[]): ImportBatch {
	const n = att.length;
	const a = (i: number) => att[i];
	const columns: Columns<typeof ATTACHMENT_COLUMNS> = [
		['message_id', int64Column(n, (i) => a(i).messageId)],
		['archive_id', int32Column(n, () => archiveId)],
		['position', int32Column(n, (i) => a(i).position)],
		['file_name', utf8Column(n, (i) => a(i).fileName)],
		['media_type', dictionaryColumn(n, (i) => mediaTypeOf(a(i).fileName))]
	];
	return { table: 'attachments', rows: n, ipc: ipcStream(columns, n) };
}

/** The unparsed_lines rows of one archive. */
export function unparsedBatch(archiveId: number, lines: readonly UnparsedLine[]): ImportBatch {
	const n = lines.length;
	const u = (i: number) => lines[i];
	const columns: Columns<typeof UNPARSED_COLUMNS> = [
		['archive_id', int32Column(n, () => archiveId)],
		['line', int32Column(n, (i) => u(i).line)],
		['path', utf8Column(n, (i) => u(i).path ?? null)],
		['text', utf8Column(n, (i) => u(i).text)],
		['reason', dictionaryColumn(n, (i) => u(i).reason)]
	];
	return { table: 'unparsed_lines', rows: n, ipc: ipcStream(columns, n) };
}

export function buildImportBatches(input: ImportBatchInput, batchSize = 100_000): ImportBatch[] {
	const msgs = input.file.messages;
	const batcher = new MessageBatcher(input);
	batcher.registerSourceIds(msgs);
	const messages: ImportBatch[] = [];
	for (let from = 0; from < msgs.length; from += batchSize) messages.push(...batcher.next(msgs.slice(from, from + batchSize), { attachments: false }).batches);
	const att = attachmentRows(rowsOf(msgs), input.firstMessageId);
	const attachments: ImportBatch[] = [];
	for (let from = 0; from < att.length; from += batchSize) attachments.push(attachmentsBatch(input.archiveId, att.slice(from, from + batchSize)));
	const lines = input.file.unparsed;
	const unparsed: ImportBatch[] = [];
	for (let from = 0; from < lines.length; from += batchSize) unparsed.push(unparsedBatch(input.archiveId, lines.slice(from, from + batchSize)));
	return [...messages, ...attachments, ...unparsed];
}
