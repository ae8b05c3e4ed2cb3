/// <reference lib="webworker" />
import { produceImport, type ProduceInput } from '$lib/pipeline/produce';
import { BatchCredit, PARSE_AHEAD } from '$lib/pipeline/credit';
import { transferablesOf } from '$lib/pipeline/events';
import { isCancelled } from './parse-source';
import type { ParseRequest, ParseResponse } from './worker-protocol';

const HEAD_BYTES = 64 * 1024;
const running = new Map<number, { controller: AbortController; credit: BatchCredit }>();

/** Runs the parse side of an import: its events go to the page as they are made, their byte arrays moved, not copied. */
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const req = event.data;
	if (req.type === 'cancel') {
		running.get(req.id)?.controller.abort();
		return;
	}
	if (req.type === 'ack') {
		running.get(req.id)?.credit.acknowledged(req.batches);
		return;
	}
	const { id, dateOrder, csvMapping, timeZone, input, start } = req;
	const post = (msg: ParseResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);
	const controller = new AbortController();
	// Reading and parsing stop while PARSE_AHEAD batches wait for the page (the page acknowledges each it takes).
	const credit = new BatchCredit(PARSE_AHEAD, controller.signal);
	running.set(id, { controller, credit });
	try {
		let source: ProduceInput;
		if ('files' in input) {
			const total = input.files.reduce((n, f) => n + f.size, 0);
			post({ id, type: 'event', event: { type: 'progress', phase: 'reading', bytes: 0, total, messages: 0 } });
			const files = await Promise.all(input.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
			source = { kind: 'files', name: input.name, files };
		} else {
			const { file } = input;
			post({ id, type: 'event', event: { type: 'progress', phase: 'reading', bytes: 0, total: file.size, messages: 0 } });
			const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
			source = { kind: 'stream', name: file.name, total: file.size, head, open: () => chunksOf(file.stream()) };
		}
		await produceImport(
			source,
			start,
			{ signal: controller.signal, dateOrder, csvMapping, timeZone },
			(e) => post({ id, type: 'event', event: e }, transferablesOf(e)),
			credit
		);
		post(controller.signal.aborted ? { id, type: 'cancelled' } : { id, type: 'end' });
	} catch (err) {
		if (isCancelled(err) || controller.signal.aborted) post({ id, type: 'cancelled' });
		else post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	} finally {
		running.delete(id);
	}
};

// ReadableStream is not async-iterable in every browser yet.
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
	const reader = stream.getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		await reader.cancel().catch(() => {});
	}
}
