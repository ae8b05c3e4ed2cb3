import type { ParsedFile, ParsedMessage } from '../../model/types';
import type { RecordColumns } from './columns';
import { createDateOrderInference, type DateOrder, type DateOrderInference } from './date-order';
import {
	createWhatsAppColumnParser,
	createWhatsAppParser,
	type LineOffsets,
	type RecordBatch,
	type WhatsAppParser,
	type WhatsAppParserOptions
} from './parser';
import { restamp } from './timestamp';
import { titleFromFileName } from './title';

// The date order is guessed from about this much text before the first record is stamped.
const GUESS_CHARS = 1 << 20;

export interface WhatsAppLineStream {
	/** Lines in source order, any batch size; `offsets` as for WhatsAppParser.pushLines. */
	push(lines: string[], offsets?: LineOffsets): void;
	/** Records completed so far. */
	readonly messages: number;
	end(): ParsedFile;
	/**
	 * After end(), with `emit`: the order the whole file reads in, when it is not the one the handed-on records were
	 * stamped with (they cannot be re-stamped: the caller reads the file again in that order). Null otherwise.
	 */
	readonly mismatch: DateOrder | null;
	/** After end(): how the order was chosen, for the archive's notes (`date order DMY: …`). */
	readonly orderNote: string;
}

export interface WhatsAppLineStreamOptions {
	/** The date order to read with; guessed from the text when absent. */
	order?: DateOrder;
	/** Why `order` was given, for the notes; 'given by the caller' when absent. */
	note?: string;
	/**
	 * Receives records as they complete instead of the stream keeping them: end() then returns the file without
	 * messages, and a disagreement between the early guess and the whole file is reported in `mismatch`.
	 */
	emit?: (batch: ParsedMessage[]) => void;
}

/**
 * One pass over lines that arrive in batches: the date order is guessed from
 * the first ~1 MB of lines (held back until then), every header is observed, and records are re-stamped at the end
 * when the whole file disagrees with the guess (or, with `emit`, the disagreement is reported).
 */
export function createWhatsAppLineStream(fileName: string, opts: WhatsAppLineStreamOptions = {}): WhatsAppLineStream {
	return createLineStream(fileName, opts, createWhatsAppParser, opts.emit);
}

/**
 * The same line stream with a parser that hands its records on as RecordColumns (no object per record), each batch to
 * `emit` as it completes; end() returns the file without messages and reports a date-order disagreement in `mismatch`.
 */
export function createWhatsAppColumnStream(
	fileName: string,
	opts: { order?: DateOrder; note?: string },
	emit: (batch: RecordColumns) => void
): WhatsAppLineStream {
	return createLineStream(fileName, opts, createWhatsAppColumnParser, emit);
}

function createLineStream<B extends RecordBatch>(
	fileName: string,
	opts: { order?: DateOrder; note?: string },
	createParser: (o: WhatsAppParserOptions) => WhatsAppParser<B>,
	handOn: ((batch: B) => void) | undefined
): WhatsAppLineStream {
	const title = titleFromFileName(fileName);
	const inference: DateOrderInference | null = opts.order ? null : createDateOrderInference();
	const batches: B[] = [];
	const emit = handOn ?? ((batch: B) => batches.push(batch));
	let parser: WhatsAppParser<B> | null = opts.order ? createParser({ order: opts.order, conversationTitle: title }) : null;
	let pending: string[] = [];
	let pendingStarts: number[] = [];
	let pendingSource: string | null = null;
	let pendingChars = 0;
	let messages = 0;
	let mismatch: DateOrder | null = null;
	let orderNote = '';

	const start = () => {
		const early = createDateOrderInference();
		for (const l of pending) early.add(l);
		const p = createParser({ order: early.result().order, conversationTitle: title, observer: inference ?? undefined });
		parser = p;
		const lines = pending;
		const offsets = pendingSource !== null && pendingStarts.length === lines.length ? { source: pendingSource, starts: pendingStarts } : undefined;
		pending = [];
		pendingStarts = [];
		add(p.pushLines(lines, offsets));
	};
	const add = (batch: B) => {
		messages += batch.length;
		if (batch.length > 0) emit(batch);
	};

	return {
		push(lines, offsets) {
			if (parser !== null) return add(parser.pushLines(lines, offsets));
			for (let i = 0; i < lines.length; i++) {
				pending.push(lines[i]);
				pendingChars += lines[i].length;
			}
			if (offsets && (pendingSource === null || pendingSource === offsets.source)) {
				pendingSource = offsets.source;
				for (const s of offsets.starts) pendingStarts.push(s);
			}
			if (pendingChars >= GUESS_CHARS) start();
		},
		get messages() {
			return messages;
		},
		get mismatch() {
			return mismatch;
		},
		get orderNote() {
			return orderNote;
		},
		end() {
			if (parser === null) start();
			const p = parser as unknown as WhatsAppParser<B>;
			const tail = p.end();
			add(tail.messages);
			const guess = inference ? inference.result() : { order: p.order, evidence: opts.note ?? 'given by the caller' };
			orderNote = `date order ${guess.order}: ${guess.evidence}`;
			let all: ParsedMessage[] = [];
			if (handOn) {
				if (guess.order !== p.order) mismatch = guess.order;
			} else {
				// Without a receiver the parser is the object one (createWhatsAppLineStream).
				const kept = batches as unknown as ParsedMessage[][];
				all = kept.length === 1 ? kept[0] : ([] as ParsedMessage[]).concat(...kept);
				if (guess.order !== p.order) restamp(all, guess.order);
			}
			return {
				platform: 'whatsapp',
				format: tail.format,
				conversations: [{ title, kind: tail.kind }],
				messages: all,
				unparsed: tail.unparsed,
				notes: [orderNote, ...tail.notes]
			};
		}
	};
}
