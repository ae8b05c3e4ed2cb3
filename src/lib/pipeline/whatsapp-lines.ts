import type { ParsedFile, ParsedMessage } from '$lib/model/types';
import { createDateOrderInference, type DateOrder } from '$lib/ingest/whatsapp/date-order';
import type { WhatsAppLineStream } from '$lib/ingest/whatsapp/line-stream';
import { createWhatsAppParser, type WhatsAppParser } from '$lib/ingest/whatsapp/parser';
import { titleFromFileName } from '$lib/ingest/whatsapp/title';

// As line-stream.ts: the date order is guessed from about this much text before the first record is stamped.
const GUESS_CHARS = 1 << 20;

export interface HandingOnLineStream extends WhatsAppLineStream {
	/** After end(): the order the whole file reads in, when it is not the one the handed-on records were stamped with. */
	readonly mismatch: DateOrder | null;
	/** After end(): how the order was chosen, for the archive's notes. */
	readonly orderNote: string;
}

/**
 * The line stream of line-stream.ts, except that records are handed to `emit` as they complete instead of being
 * kept: end() returns the file without messages. Records already handed on cannot be re-stamped, so when the whole
 * file disagrees with the early guess, end() says so (`mismatch`) and the caller reads the file again in that order.
 */
export function createHandingOnLineStream(
	fileName: string,
	opts: { order?: DateOrder; note?: string },
	emit: (msgs: ParsedMessage[]) => void
): HandingOnLineStream {
	const title = titleFromFileName(fileName);
	const inference = opts.order ? null : createDateOrderInference();
	let parser: WhatsAppParser | null = opts.order ? createWhatsAppParser({ order: opts.order, conversationTitle: title }) : null;
	let pending: string[] = [];
	let pendingChars = 0;
	let messages = 0;
	let mismatch: DateOrder | null = null;
	let orderNote = '';

	const add = (batch: ParsedMessage[]) => {
		messages += batch.length;
		if (batch.length > 0) emit(batch);
	};
	const start = () => {
		const early = createDateOrderInference();
		for (const l of pending) early.add(l);
		const p = createWhatsAppParser({ order: early.result().order, conversationTitle: title, observer: inference ?? undefined });
		parser = p;
		const lines = pending;
		pending = [];
		add(p.pushLines(lines));
	};

	return {
		push(lines, offsets) {
			if (parser !== null) return add(parser.pushLines(lines, offsets));
			for (const line of lines) {
				pending.push(line);
				pendingChars += line.length;
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
		end(): ParsedFile {
			if (parser === null) start();
			const p = parser as unknown as WhatsAppParser;
			const tail = p.end();
			add(tail.messages);
			const guess = inference ? inference.result() : { order: p.order, evidence: opts.note ?? 'given by the caller' };
			if (guess.order !== p.order) mismatch = guess.order;
			orderNote = `date order ${guess.order}: ${guess.evidence}`;
			return {
				platform: 'whatsapp',
				format: tail.format,
				conversations: [{ title, kind: tail.kind }],
				messages: [],
				unparsed: tail.unparsed,
				notes: [orderNote, ...tail.notes]
			};
		}
	};
}
