import type { PipelineEvent, StreamStart } from '$lib/pipeline/events';
import { eventQueue } from '$lib/pipeline/queue';
import type { ParseChoices, ParseInput, ParseRequest, ParseResponse } from './worker-protocol';
import ParseWorker from './parse.worker?worker';

let worker: Worker | null = null;
let nextId = 1;

/**
 * The parse side of an import, off the main thread (the worker is started on first use and kept): its events as
 * they arrive. Aborting `signal` stops it; the iteration then ends with an AbortError.
 */
export function parseInWorker(input: ParseInput, choices: ParseChoices): (start: StreamStart, signal: AbortSignal) => AsyncIterable<PipelineEvent> {
	return (start, signal) => {
		worker ??= new ParseWorker();
		const w = worker;
		const id = nextId++;
		// Each batch the pipeline takes gives the worker credit to parse one more (backpressure across the thread).
		const queue = eventQueue(() => w.postMessage({ type: 'ack', id, batches: 1 } satisfies ParseRequest));
		const stop = () => {
			w.removeEventListener('message', onMessage);
			signal.removeEventListener('abort', onAbort);
		};
		const onAbort = () => w.postMessage({ type: 'cancel', id } satisfies ParseRequest);
		const onMessage = (event: MessageEvent<ParseResponse>) => {
			const msg = event.data;
			if (msg.id !== id) return;
			if (msg.type === 'event') return queue.push(msg.event);
			stop();
			if (msg.type === 'end') queue.end();
			else if (msg.type === 'cancelled') queue.fail(abortError());
			else queue.fail(new Error(msg.message));
		};
		if (signal.aborted) {
			queue.fail(abortError());
			return queue.events;
		}
		w.addEventListener('message', onMessage);
		signal.addEventListener('abort', onAbort, { once: true });
		w.postMessage({ type: 'import', id, input, start, ...choices } satisfies ParseRequest);
		return queue.events;
	};
}

function abortError(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}
