import type { DateOrder } from '$lib/ingest/whatsapp/date-order';
import type { RecordColumns } from '$lib/ingest/whatsapp/columns';
import { createWhatsAppColumnStream, type WhatsAppLineStream } from '$lib/ingest/whatsapp/line-stream';

/** A line stream whose records go to `emit` as they complete (see createWhatsAppLineStream's `emit`). */
export type HandingOnLineStream = WhatsAppLineStream;

/**
 * The line stream of line-stream.ts, except that records are handed to `emit` as they complete, as columns (no
 * object per record), instead of being kept: end() returns the file without messages. Records already handed on
 * cannot be re-stamped, so when the whole file disagrees with the early guess, end() says so (`mismatch`) and the
 * caller reads the file again in that order.
 */
export function createHandingOnLineStream(
	fileName: string,
	opts: { order?: DateOrder; note?: string },
	emit: (batch: RecordColumns) => void
): HandingOnLineStream {
	return createWhatsAppColumnStream(fileName, opts, emit);
}
