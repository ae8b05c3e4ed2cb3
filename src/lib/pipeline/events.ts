import type { ImportBatch, ParticipantRow } from '$lib/db/arrow';
import type { SourceAttachment, SourceProblem } from '$lib/ingest/parse-source';
import type { SourceFile } from '$lib/model/types';

/**
 * What the parse side of an import hands the load side, in order. An archive ("part": one export of the input) is
 * opened before its first batch, its batches carry the conversation and participant rows they need that earlier
 * events did not, and it is closed with what is known only at its end (hash, format, unparsed lines, notes).
 */

/** The ids the import may take (each the next free one) and what the workspace already holds. */
export interface StreamStart {
	archiveId: number;
	conversationId: number;
	messageId: number;
	participantId: number;
	/** Existing participants: [platform, handle, id]. */
	participants: [string, string, number][];
	/** sha256 of the archives already imported (a zip member found among them is not parsed into rows). */
	knownSha256: string[];
	timeZone: string;
	/** Build the risk scan's and the search index's columns of each batch too. */
	sides: boolean;
	/** Messages per batch after the first (which is smaller, so the first conversation is readable early). */
	batchSize?: number;
	firstBatchSize?: number;
}

/** A conversations row: id, archive_id, platform, title, kind, source_id. */
export type ConversationRow = [id: number, archiveId: number, platform: string, title: string, kind: string, sourceId: string | null];

export interface PartEvent {
	type: 'part';
	archiveId: number;
	/** The first conversation, message and participant ids the part may take: every row at or past them is its own. */
	conversationId: number;
	messageId: number;
	participantId: number;
	/** '' for a plain file, else the zip member (or folder) the export is. */
	entry: string;
	name: string;
	platform: string;
	format: string;
}

export interface BatchEvent {
	type: 'batch';
	archiveId: number;
	conversations: ConversationRow[];
	participants: ParticipantRow[];
	/** messages (and attachments) rows, Arrow IPC. */
	tables: ImportBatch[];
	/** (id, kind, text) for the risk scan, null when no message of the batch is scanned or sides were not asked for. */
	scan: Uint8Array | null;
	/** The search index's columns, null when sides were not asked for. */
	search: Uint8Array | null;
	messages: number;
}

/** Everything of the part so far is to be forgotten: it is read again (another encoding, or date order). */
export interface RestartEvent {
	type: 'restart';
	archiveId: number;
	reason: string;
}

export interface CloseEvent {
	type: 'close';
	archiveId: number;
	source: SourceFile;
	format: string;
	notes: string[];
	/** Every conversation of the part (titles and kinds may be final only now); rows not sent yet are new. */
	conversations: ConversationRow[];
	messages: number;
	unparsed: ImportBatch | null;
	unparsedLines: number;
}

/** A member whose bytes are an archive already imported (or imported earlier in this input): nothing of it is sent. */
export interface DuplicateEvent {
	type: 'duplicate';
	entry: string;
	name: string;
	sha256: string;
}

export interface ProgressEvent {
	type: 'progress';
	phase: 'reading' | 'parsing';
	bytes: number;
	total: number;
	messages: number;
}

/** A plain CSV of no known platform: its columns are to be confirmed before anything is loaded. */
export interface NeedsMappingEvent {
	type: 'needs-mapping';
}

export interface DoneEvent {
	type: 'done';
	problems: SourceProblem[];
	attachments: SourceAttachment[];
}

export type PipelineEvent = PartEvent | BatchEvent | RestartEvent | CloseEvent | DuplicateEvent | ProgressEvent | NeedsMappingEvent | DoneEvent;

/** The byte arrays an event carries, to be transferred rather than copied. */
export function transferablesOf(event: PipelineEvent): ArrayBuffer[] {
	const views: Uint8Array[] = [];
	if (event.type === 'batch') {
		for (const t of event.tables) views.push(t.ipc);
		if (event.scan) views.push(event.scan);
		if (event.search) views.push(event.search);
	} else if (event.type === 'close' && event.unparsed) views.push(event.unparsed.ipc);
	else if (event.type === 'done') for (const a of event.attachments) views.push(a.bytes);
	const buffers = new Set<ArrayBuffer>();
	for (const v of views) if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) buffers.add(v.buffer);
	return [...buffers];
}
