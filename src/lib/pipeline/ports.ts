import type { Connector } from '$lib/db/connector';
import { archiveWithHash, closeArchive, loadBatch, openArchive, removeFrom, streamStart } from '$lib/db/stream-load';
import { isCancelled } from '$lib/ingest/parse-source';
import type { PipelineEvent, StreamStart } from './events';
import { produceImport, type ProduceInput } from './produce';
import type { RecordOptions } from './records';
import { BatchCredit, PARSE_AHEAD } from './credit';
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

/**
 * The parse side run in this thread (Node: tests, the command line), its events handed over as they are emitted;
 * it reads on only while fewer than PARSE_AHEAD of its batches wait for the pipeline.
 */
export function inProcessSource(
	input: ProduceInput,
	opts: Omit<RecordOptions, 'signal' | 'onProgress' | 'pause'> = {},
	/** Sees each event as the parse side emits it (before the pipeline takes it). */
	emitted: (e: PipelineEvent) => void = () => {}
): (start: StreamStart, signal: AbortSignal) => AsyncIterable<PipelineEvent> {
	return (start, signal) => {
		const credit = new BatchCredit(PARSE_AHEAD, signal);
		const queue = eventQueue(() => credit.acknowledged());
		const push = (e: PipelineEvent) => {
			emitted(e);
			queue.push(e);
		};
		produceImport(input, start, { ...opts, signal }, push, credit).then(queue.end, (err) => queue.fail(isCancelled(err) ? abortError() : err));
		return queue.events;
	};
}

function abortError(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}
