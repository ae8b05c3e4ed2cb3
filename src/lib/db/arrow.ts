import type { ParsedFile, ParsedMessage, SourceFile, UnparsedLine } from '$lib/model/types';
import { MESSAGE_KINDS } from '$lib/model/types';
import { localToUtcMs } from '$lib/model/time';
import { boolColumn, dictionaryColumn, float64Column, int32Column, int64Column, ipcStream, timestampMsColumn, uint8Column, utf8Column } from './arrow-columns';
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

/** The participant a message belongs to: the platform's stable author id, else the author as shown; null for none. */
export function participantHandle(m: ParsedMessage): string | null {
	return m.authorId || m.author || null;
}

/** A participants row: id, platform, handle, display_name, phone, email. */
export type ParticipantRow = [id: number, platform: string, handle: string, displayName: string, phone: string | null, email: null];

/**
 * Participants these messages need that `ids` does not hold yet, numbered from `next` in order of first appearance;
 * `ids` is updated. The same rule for a whole file and for a stream of batches, so both number alike.
 */
export function newParticipants(platform: string, msgs: readonly ParsedMessage[], ids: Map<string, number>, next: number): ParticipantRow[] {
	const created: ParticipantRow[] = [];
	for (const m of msgs) {
		const handle = participantHandle(m);
		if (handle === null || ids.has(handle)) continue;
		const id = next + created.length;
		ids.set(handle, id);
		created.push([id, platform, handle, m.author || handle, phoneFromHandle(handle) ?? phoneFromHandle(m.author), null]);
	}
	return created;
}

type Columns<Names extends readonly string[]> = { [K in keyof Names]: [Names[K], Parameters<typeof ipcStream>[0][number][1]] };

/** Same test as the index's has:link (LINK_PATTERN in db/queries/search.ts). */
const LINK = /(https?:\/\/|www\.)[^\s]/;
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
	registerSourceIds(msgs: readonly ParsedMessage[]): void {
		msgs.forEach((m, i) => {
			if (m.sourceId !== undefined) this.bySourceId.set(`${m.conversation ?? 0}\u0000${m.sourceId}`, this.ids.firstMessageId + this.done + i);
		});
	}

	/** The messages and attachments rows of the next messages, plus what the scan and the index read when `sides`. */
	next(msgs: readonly ParsedMessage[], { sides = false, attachments = true } = {}): { batches: ImportBatch[]; sides: SideBatches | null } {
		const { archiveId, firstConversationId, timeZone, participantIds } = this.ids;
		const first = this.ids.firstMessageId + this.done;
		const n = msgs.length;
		this.registerSourceIds(msgs);
		const pos = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			const c = msgs[i].conversation ?? 0;
			pos[i] = this.counts[c] = (this.counts[c] ?? -1) + 1;
		}
		this.done += n;
		const m = (i: number) => msgs[i];
		const replyTo = (msg: ParsedMessage) => (msg.replyTo === undefined ? null : (this.bySourceId.get(`${msg.conversation ?? 0}\u0000${msg.replyTo}`) ?? null));
		const utc = new Float64Array(n);
		for (let i = 0; i < n; i++) utc[i] = localToUtcMs(m(i).ts, timeZone);
		const participant = (i: number) => {
			const handle = participantHandle(m(i));
			return handle === null ? null : (participantIds.get(handle) ?? null);
		};
		const columns: Columns<typeof MESSAGE_COLUMNS> = [
			['id', int64Column(n, (i) => first + i)],
			['archive_id', int32Column(n, () => archiveId)],
			['conversation_id', int32Column(n, (i) => firstConversationId + (m(i).conversation ?? 0))],
			['participant_id', int32Column(n, participant)],
			['idx', int32Column(n, (i) => m(i).index)],
			['pos', int32Column(n, (i) => pos[i])],
			['source_id', utf8Column(n, (i) => m(i).sourceId ?? null)],
			['author', dictionaryColumn(n, (i) => m(i).author)],
			['author_raw', dictionaryColumn(n, (i) => m(i).authorRaw)],
			['ts_local', utf8Column(n, (i) => m(i).ts)],
			['ts_utc', timestampMsColumn(n, (i) => utc[i])],
			['tz', dictionaryColumn(n, (i) => (m(i).ts.endsWith('Z') ? 'UTC' : timeZone))],
			['kind', dictionaryColumn(n, (i) => m(i).kind)],
			['text', utf8Column(n, (i) => m(i).text)],
			['edited', boolColumn(n, (i) => m(i).edited)],
			['deleted', boolColumn(n, (i) => m(i).kind === 'deleted')],
			['reply_to', int64Column(n, (i) => replyTo(m(i)))],
			['reply_to_source_id', utf8Column(n, (i) => m(i).replyTo ?? null)],
			['line', int32Column(n, (i) => m(i).line)],
			['line_end', int32Column(n, (i) => m(i).lineEnd)],
			['source_path', utf8Column(n, (i) => m(i).path ?? null)],
			['raw', utf8Column(n, (i) => m(i).raw)]
		];
		const batches: ImportBatch[] = [{ table: 'messages', rows: n, ipc: ipcStream(columns, n) }];
		if (attachments) {
			const rows = attachmentRows(msgs, first);
			if (rows.length > 0) batches.push(attachmentsBatch(archiveId, rows));
		}
		return { batches, sides: sides ? this.sides(msgs, first, utc, participant) : null };
	}

	private sides(msgs: readonly ParsedMessage[], first: number, utc: Float64Array, participant: (i: number) => number | null): SideBatches {
		const n = msgs.length;
		const { firstConversationId } = this.ids;
		const scanned: number[] = [];
		for (let i = 0; i < n; i++) if (msgs[i].kind !== 'system' && msgs[i].kind !== 'deleted') scanned.push(i);
		const k = scanned.length;
		const scan =
			k === 0
				? null
				: ipcStream(
						[
							['id', int64Column(k, (j) => first + scanned[j])],
							['kind', dictionaryColumn(k, (j) => msgs[scanned[j]].kind)],
							['text', utf8Column(k, (j) => msgs[scanned[j]].text)]
						],
						k
					);
		const search = ipcStream(
			[
				['id', float64Column(n, (i) => first + i)],
				['conversation', int32Column(n, (i) => firstConversationId + (msgs[i].conversation ?? 0))],
				['author', int32Column(n, (i) => participant(i) ?? -1)],
				['kind', uint8Column(n, (i) => KIND_INDEX.get(msgs[i].kind) ?? OTHER_KIND)],
				['ts', float64Column(n, (i) => utc[i])],
				['flags', uint8Column(n, (i) => (msgs[i].attachments.length > 0 ? 1 : 0) + (LINK.test(msgs[i].text) ? 2 : 0))],
				['text', utf8Column(n, (i) => msgs[i].text)]
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

function attachmentRows(msgs: readonly ParsedMessage[], first: number): AttachmentRow[] {
	const att: AttachmentRow[] = [];
	msgs.forEach((msg, i) => msg.attachments.forEach((fileName, position) => att.push({ messageId: first + i, position, fileName })));
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
	const att = attachmentRows(msgs, input.firstMessageId);
	const attachments: ImportBatch[] = [];
	for (let from = 0; from < att.length; from += batchSize) attachments.push(attachmentsBatch(input.archiveId, att.slice(from, from + batchSize)));
	const lines = input.file.unparsed;
	const unparsed: ImportBatch[] = [];
	for (let from = 0; from < lines.length; from += batchSize) unparsed.push(unparsedBatch(input.archiveId, lines.slice(from, from + batchSize)));
	return [...messages, ...attachments, ...unparsed];
}
