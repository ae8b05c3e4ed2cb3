import { MessageBatcher, newParticipants, unparsedBatch, type ParticipantRow } from '$lib/db/arrow';
import type { ConversationInfo, ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';
import type { ConversationRow, PipelineEvent, StreamStart } from './events';
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
		meta: { entry: string; name: string; format: string }
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

	add(msgs: readonly ParsedMessage[]): void {
		for (const m of msgs) {
			this.pending.push(m);
			if (this.pending.length >= this.batchSize()) this.flush();
		}
	}

	/** A whole file's messages: replies to later messages resolve too. */
	addAll(msgs: readonly ParsedMessage[]): void {
		this.batcher.registerSourceIds(msgs);
		this.add(msgs);
	}

	private batchSize(): number {
		return this.batches === 0 ? (this.start.firstBatchSize ?? FIRST_BATCH) : (this.start.batchSize ?? BATCH);
	}

	private flush(): void {
		const msgs = this.pending;
		if (msgs.length === 0) return;
		this.pending = [];
		this.batches++;
		const participants: ParticipantRow[] = newParticipants(this.platform, msgs, this.ids.participants(this.platform), this.ids.participant);
		this.ids.participant += participants.length;
		let needed = this.sentConversations;
		for (const m of msgs) needed = Math.max(needed, (m.conversation ?? 0) + 1);
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
		this.sentConversations = 0;
		this.batches = 0;
		const ids = this.ids.participants(this.platform);
		ids.clear();
		for (const [handle, id] of this.participantsAtStart) ids.set(handle, id);
		this.ids.participant = this.participantIdAtStart;
		this.reset();
		this.emit({ type: 'restart', archiveId: this.archiveId, reason });
	}

	close(source: SourceFile, file: Omit<ParsedFile, 'messages'>): void {
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

export async function produceImport(input: ProduceInput, start: StreamStart, opts: RecordOptions, emit: Emit): Promise<void> {
	const ids = new Ids(start);
	const known = new Set(start.knownSha256.map((s) => s.toLowerCase()));
	let writer: PartWriter | null = null;
	const open = (): PartWriter => {
		if (!writer) throw new Error('records before their part');
		return writer;
	};
	// The tab asks for a plain CSV's mapping; the command line (askMapping: false) takes the guessed one.
	await readRecords(input, { askMapping: true, ...opts }, (e) => {
		switch (e.type) {
			case 'part': {
				writer = null;
				const sha256 = e.sha256?.toLowerCase();
				if (sha256 !== undefined) {
					// Imported before, or earlier in this input: nothing of it is sent.
					if (known.has(sha256)) return emit({ type: 'duplicate', entry: e.entry, name: e.name, sha256 });
					known.add(sha256);
				}
				writer = new PartWriter(ids, start, emit, e.platform, e.conversations, { entry: e.entry, name: e.name, format: e.format });
				return;
			}
			case 'records':
				if (writer === null) return;
				return e.whole ? writer.addAll(e.messages) : writer.add(e.messages);
			case 'restart':
				return open().restart(e.reason);
			case 'close':
				if (writer === null) return;
				writer.close(e.source, e.file);
				writer = null;
				return;
			case 'progress':
				return emit(e);
			case 'needs-mapping':
				return emit(e);
			case 'done':
				return emit({ type: 'done', problems: e.problems, attachments: e.attachments });
		}
	});
}
