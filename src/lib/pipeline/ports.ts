import type { Connector } from '$lib/db/connector';
import { archiveWithHash, closeArchive, loadBatch, openArchive, removeFrom, streamStart } from '$lib/db/stream-load';
import { isCancelled } from '$lib/ingest/parse-source';
import type { PipelineEvent, StreamStart } from './events';
import { produceImport, type ProduceInput } from './produce';
import type { RecordOptions } from './records';
import { eventQueue } from './queue';
import type { PipelineLoader } from './run';

/** The database port: a streamed import's rows into one connection (the import connection in the tab). */
export function databaseLoader(db: Connector): PipelineLoader {
	return {
		start: (timeZone, sides) => streamStart(db, timeZone, sides),
		open: (part, timeZone) => openArchive(db, { archiveId: part.archiveId, name: part.name, platform: part.platform, format: part.format, timeZone }),
		batch: (batch) => loadBatch(db, batch),
		hits: (ipc) => db.insertArrowIPC('risk_hits', ipc),
		duplicateOf: (sha256, except) => archiveWithHash(db, sha256, except),
		close: (close) => closeArchive(db, close),
		remove: (from) => removeFrom(db, from)
	};
}

/** The parse side run in this thread (Node: tests, the command line), its events handed over as they are emitted. */
export function inProcessSource(
	input: ProduceInput,
	opts: Omit<RecordOptions, 'signal' | 'onProgress'> = {}
): (start: StreamStart, signal: AbortSignal) => AsyncIterable<PipelineEvent> {
	return (start, signal) => {
		const queue = eventQueue();
		produceImport(input, start, { ...opts, signal }, queue.push).then(queue.end, (err) => queue.fail(isCancelled(err) ? abortError() : err));
		return queue.events;
	};
}

function abortError(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}
