import { columnRows, MessageBatcher, newParticipants, unparsedBatch, type MessageRows, type ParticipantRow } from '$lib/db/arrow';
import { objectRows } from '$lib/db/arrow-rows';
import { RecordColumns } from '$lib/ingest/whatsapp/columns';
import type { ConversationInfo, ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';
import type { ConversationRow, PipelineEvent, StreamStart } from './events';
import type { BatchCredit } from './credit';
import { readRecords, type ProduceInput, type RecordOptions } from './records';

export type { ProduceInput } from './records';

/**
 * The parse side of an import (it runs in the parse worker; in Node in tests and on the command line): reads the
 * input's records (records.ts), numbers every row with the ids `start` gives, and emits the archives of the input
 * as events of Arrow batches — as they are read where the format streams, else once its file is parsed.
 */

export type Emit = (event: PipelineEvent) => void;

const BATCH = 50_000;
const FIRST_BATCH = 5_000;

/** The next free ids, shared by the parts of one input. */
class Ids {
	archive: number;
	conversation: number;
	message: number;
	participant: number;
	private readonly byPlatform = new Map<string, Map<string, number>>();

	constructor(start: StreamStart) {
		this.archive = start.archiveId;
		this.conversation = start.conversationId;
		this.message = start.messageId;
		this.participant = start.participantId;
		for (const [platform, handle, id] of start.participants) this.participants(platform).set(handle, id);
	}

	participants(platform: string): Map<string, number> {
		let ids = this.byPlatform.get(platform);
		if (!ids) this.byPlatform.set(platform, (ids = new Map()));
		return ids;
	}
}

/** One archive of the input, from its part event to its close event. */
class PartWriter {
	readonly archiveId: number;
	private batcher!: MessageBatcher;
	private pending: ParsedMessage[] = [];
	/**
	 * Column batches not sent yet, the first from row `from` on. Kept as the parser made them (not copied) until
	 * sent: the parser may still turn a held record into a system record at the file's end.
	 */
	private pendingColumns: { columns: RecordColumns; from: number }[] = [];
	private pendingColumnRows = 0;
	private sentConversations = 0;
	private batches = 0;
	private readonly firstConversationId: number;
	private readonly firstMessageId: number;
	private readonly participantsAtStart: Map<string, number>;
	private readonly participantIdAtStart: number;

	constructor(
		private readonly ids: Ids,
		private readonly start: StreamStart,
		private readonly emit: Emit,
		private readonly platform: string,
		private conversations: () => ConversationInfo[],
		meta: { entry: string; name: string; format: string },
		private readonly credit?: BatchCredit
	) {
		this.archiveId = ids.archive++;
		this.firstConversationId = ids.conversation;
		this.firstMessageId = ids.message;
		this.participantsAtStart = new Map(ids.participants(platform));
		this.participantIdAtStart = ids.participant;
		this.reset();
		emit({
			type: 'part',
			archiveId: this.archiveId,
			conversationId: this.firstConversationId,
			messageId: this.firstMessageId,
			participantId: this.participantIdAtStart,
			entry: meta.entry,
			name: meta.name,
			platform,
			format: meta.format
		});
	}

	private reset(): void {
		this.batcher = new MessageBatcher({
			archiveId: this.archiveId,
			firstConversationId: this.firstConversationId,
			firstMessageId: this.firstMessageId,
			timeZone: this.start.timeZone,
			participantIds: this.ids.participants(this.platform)
		});
	}

	/** Sends every full batch the credit allows now; the rest waits for drain(). */
	add(msgs: readonly ParsedMessage[]): void {
		for (const m of msgs) this.pending.push(m);
		this.sendFull();
	}

	/** Records as columns (a WhatsApp .txt read in pieces); batched as add() batches objects. */
	addColumns(columns: RecordColumns): void {
		if (columns.length === 0) return;
		this.pendingColumns.push({ columns, from: 0 });
		this.pendingColumnRows += columns.length;
		this.sendFull();
	}

	private get waiting(): number {
		return this.pending.length + this.pendingColumnRows;
	}

	/** A whole file's messages: replies to later messages resolve too. */
	async addAll(msgs: readonly ParsedMessage[]): Promise<void> {
		this.batcher.registerSourceIds(msgs);
		this.add(msgs);
		await this.drain();
	}

	private sendFull(): void {
		while (this.waiting >= this.batchSize() && (this.credit?.open ?? true)) this.flush(this.batchSize());
	}

	/** Sends the full batches waiting, each once the credit allows it. */
	async drain(): Promise<void> {
		for (;;) {
			this.sendFull();
			if (this.waiting < this.batchSize() || !this.credit) return;
			await this.credit.ready();
		}
	}

	private batchSize(): number {
		return this.batches === 0 ? (this.start.firstBatchSize ?? FIRST_BATCH) : (this.start.batchSize ?? BATCH);
	}

	/** The first n waiting records (all when fewer wait), taken off the queue. */
	private take(n: number): MessageRows {
		if (this.pendingColumnRows === 0) {
			const msgs = n >= this.pending.length ? this.pending : this.pending.slice(0, n);
			this.pending = msgs === this.pending ? [] : this.pending.slice(n);
			return objectRows(msgs);
		}
		const parts: { columns: RecordColumns; from: number; to: number }[] = [];
		let rows = 0;
		while (rows < n && this.pendingColumns.length > 0) {
			const head = this.pendingColumns[0];
			const to = Math.min(head.columns.length, head.from + n - rows);
			parts.push({ columns: head.columns, from: head.from, to });
			rows += to - head.from;
			if (to === head.columns.length) this.pendingColumns.shift();
			else head.from = to;
		}
		this.pendingColumnRows -= rows;
		const whole = parts.length === 1 && parts[0].from === 0 && parts[0].to === parts[0].columns.length;
		return columnRows(whole ? parts[0].columns : RecordColumns.join(parts));
	}

	private flush(n = this.waiting): void {
		if (this.waiting === 0) return;
		const msgs = this.take(n);
		this.batches++;
		const participants: ParticipantRow[] = newParticipants(this.platform, msgs, this.ids.participants(this.platform), this.ids.participant);
		this.ids.participant += participants.length;
		let needed = this.sentConversations;
		for (let i = 0; i < msgs.length; i++) needed = Math.max(needed, msgs.conversation(i) + 1);
		const conversations = this.conversationRows(this.sentConversations, needed);
		this.sentConversations = needed;
		const { batches, sides } = this.batcher.next(msgs, { sides: this.start.sides });
		this.emit({
			type: 'batch',
			archiveId: this.archiveId,
			conversations,
			participants,
			tables: batches,
			scan: sides?.scan ?? null,
			search: sides?.search ?? null,
			messages: msgs.length
		});
	}

	private conversationRows(from: number, to: number): ConversationRow[] {
		const rows: ConversationRow[] = [];
		const known = this.conversations();
		for (let i = from; i < to; i++) {
			const c = known[i] ?? { title: '', kind: 'group' };
			rows.push([this.firstConversationId + i, this.archiveId, this.platform, c.title, c.kind, c.sourceId ?? null]);
		}
		return rows;
	}

	restart(reason: string): void {
		this.pending = [];
		this.pendingColumns = [];
		this.pendingColumnRows = 0;
		this.sentConversations = 0;
		this.batches = 0;
		const ids = this.ids.participants(this.platform);
		ids.clear();
		for (const [handle, id] of this.participantsAtStart) ids.set(handle, id);
		this.ids.participant = this.participantIdAtStart;
		this.reset();
		this.emit({ type: 'restart', archiveId: this.archiveId, reason });
	}

	async close(source: SourceFile, file: Omit<ParsedFile, 'messages'>): Promise<void> {
		await this.drain();
		this.flush();
		this.conversations = () => file.conversations;
		const messages = this.batcher.done;
		this.ids.conversation = this.firstConversationId + Math.max(file.conversations.length, this.sentConversations);
		this.ids.message = this.firstMessageId + messages;
		this.emit({
			type: 'close',
			archiveId: this.archiveId,
			source,
			format: file.format,
			notes: file.notes,
			conversations: this.conversationRows(0, Math.max(file.conversations.length, this.sentConversations)),
			messages,
			unparsed: file.unparsed.length > 0 ? unparsedBatch(this.archiveId, file.unparsed) : null,
			unparsedLines: file.unparsed.length
		});
	}
}

/**
 * `credit`: the load side's backpressure — every batch sent counts against it, and reading and parsing wait
 * (between chunks, between the batches of a file parsed whole) while it is used up.
 */
export async function produceImport(input: ProduceInput, start: StreamStart, opts: RecordOptions, send: Emit, credit?: BatchCredit): Promise<void> {
	const emit: Emit = credit
		? (e) => {
				if (e.type === 'batch') credit.sent();
				send(e);
			}
		: send;
	let writer: PartWriter | null = null;
	// Between chunks: the batches the last chunk made go out as the credit allows, then reading waits for room.
	const pause = credit
		? async () => {
				await writer?.drain();
				await credit.ready();
			}
		: undefined;
	const ids = new Ids(start);
	const known = new Set(start.knownSha256.map((s) => s.toLowerCase()));
	const open = (): PartWriter => {
		if (!writer) throw new Error('records before their part');
		return writer;
	};
	// The tab asks for a plain CSV's mapping; the command line (askMapping: false) takes the guessed one.
	await readRecords(input, { askMapping: true, ...opts, pause }, (e) => {
		switch (e.type) {
			case 'part': {
				writer = null;
				const sha256 = e.sha256?.toLowerCase();
				if (sha256 !== undefined) {
					// Imported before, or earlier in this input: nothing of it is sent.
					if (known.has(sha256)) return emit({ type: 'duplicate', entry: e.entry, name: e.name, sha256 });
					known.add(sha256);
				}
				writer = new PartWriter(ids, start, emit, e.platform, e.conversations, { entry: e.entry, name: e.name, format: e.format }, credit);
				return;
			}
			case 'records':
				if (writer === null) return;
				return e.whole ? writer.addAll(e.messages) : writer.add(e.messages);
			case 'columns':
				return writer?.addColumns(e.columns);
			case 'restart':
				return open().restart(e.reason);
			case 'close': {
				if (writer === null) return;
				const closing = writer;
				writer = null;
				return closing.close(e.source, e.file);
			}
			case 'progress':
				return emit(e);
			case 'needs-mapping':
				return emit(e);
			case 'done':
				return emit({ type: 'done', problems: e.problems, attachments: e.attachments });
		}
	});
}
