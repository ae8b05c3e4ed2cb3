import type { ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';
import { localToUtcMs } from '$lib/model/time';
import { boolColumn, dictionaryColumn, int32Column, int64Column, ipcStream, timestampMsColumn, utf8Column } from './arrow-columns';
import { mediaTypeOf } from './derive';
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

type Columns<Names extends readonly string[]> = { [K in keyof Names]: [Names[K], Parameters<typeof ipcStream>[0][number][1]] };

/** Per message: its position within its conversation and the id of the message it replies to (same conversation). */
function positionsAndReplies(msgs: ParsedMessage[], firstMessageId: number) {
	const pos = new Int32Array(msgs.length);
	const counts: number[] = [];
	const bySourceId = new Map<string, number>();
	msgs.forEach((m, i) => {
		const c = m.conversation ?? 0;
		pos[i] = counts[c] = (counts[c] ?? -1) + 1;
		if (m.sourceId !== undefined) bySourceId.set(`${c}\u0000${m.sourceId}`, firstMessageId + i);
	});
	const replyTo = (m: ParsedMessage) => (m.replyTo === undefined ? null : (bySourceId.get(`${m.conversation ?? 0}\u0000${m.replyTo}`) ?? null));
	return { pos, replyTo };
}

export function buildImportBatches(input: ImportBatchInput, batchSize = 100_000): ImportBatch[] {
	const { archiveId, firstConversationId, file, timeZone, participantIds, firstMessageId } = input;
	const batches: ImportBatch[] = [];
	const msgs = file.messages;
	const { pos, replyTo } = positionsAndReplies(msgs, firstMessageId);

	for (let from = 0; from < msgs.length; from += batchSize) {
		const n = Math.min(batchSize, msgs.length - from);
		const m = (i: number) => msgs[from + i];
		const utc = new Float64Array(n);
		for (let i = 0; i < n; i++) utc[i] = localToUtcMs(m(i).ts, timeZone);
		const participant = (i: number) => {
			const handle = participantHandle(m(i));
			return handle === null ? null : (participantIds.get(handle) ?? null);
		};
		const columns: Columns<typeof MESSAGE_COLUMNS> = [
			['id', int64Column(n, (i) => firstMessageId + from + i)],
			['archive_id', int32Column(n, () => archiveId)],
			['conversation_id', int32Column(n, (i) => firstConversationId + (m(i).conversation ?? 0))],
			['participant_id', int32Column(n, participant)],
			['idx', int32Column(n, (i) => m(i).index)],
			['pos', int32Column(n, (i) => pos[from + i])],
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
		batches.push({ table: 'messages', rows: n, ipc: ipcStream(columns, n) });
	}

	const att: { messageId: number; position: number; fileName: string }[] = [];
	msgs.forEach((msg, i) => msg.attachments.forEach((fileName, position) => att.push({ messageId: firstMessageId + i, position, fileName })));
	for (let from = 0; from < att.length; from += batchSize) {
		const n = Math.min(batchSize, att.length - from);
		const a = (i: number) => att[from + i];
		const columns: Columns<typeof ATTACHMENT_COLUMNS> = [
			['message_id', int64Column(n, (i) => a(i).messageId)],
			['archive_id', int32Column(n, () => archiveId)],
			['position', int32Column(n, (i) => a(i).position)],
			['file_name', utf8Column(n, (i) => a(i).fileName)],
			['media_type', dictionaryColumn(n, (i) => mediaTypeOf(a(i).fileName))]
		];
		batches.push({ table: 'attachments', rows: n, ipc: ipcStream(columns, n) });
	}

	const lines = file.unparsed;
	for (let from = 0; from < lines.length; from += batchSize) {
		const n = Math.min(batchSize, lines.length - from);
		const u = (i: number) => lines[from + i];
		const columns: Columns<typeof UNPARSED_COLUMNS> = [
			['archive_id', int32Column(n, () => archiveId)],
			['line', int32Column(n, (i) => u(i).line)],
			['path', utf8Column(n, (i) => u(i).path ?? null)],
			['text', utf8Column(n, (i) => u(i).text)],
			['reason', dictionaryColumn(n, (i) => u(i).reason)]
		];
		batches.push({ table: 'unparsed_lines', rows: n, ipc: ipcStream(columns, n) });
	}
	return batches;
}
