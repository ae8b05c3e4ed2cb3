/// <reference lib="webworker" />
import { isCancelled, parseSourceFiles, parseSourceStream, type ParsedSource } from './parse-source';
import type { ParseRequest, ParseResponse } from './worker-protocol';
import type { ParseProgressInfo } from './container/types';

const HEAD_BYTES = 64 * 1024;
const running = new Map<number, AbortController>();

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const req = event.data;
	if (req.type === 'cancel') {
		running.get(req.id)?.abort();
		return;
	}
	const { id, dateOrder, csvMapping, timeZone } = req;
	const post = (msg: ParseResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);
	const controller = new AbortController();
	running.set(id, controller);
	try {
		const opts = { signal: controller.signal, dateOrder, csvMapping, timeZone, onProgress: (p: ParseProgressInfo) => post({ id, type: 'progress', ...p }) };
		let result: ParsedSource;
		if (req.type === 'parse-files') {
			const total = req.files.reduce((n, f) => n + f.size, 0);
			post({ id, type: 'progress', phase: 'reading', bytes: 0, total, messages: 0 });
			const files = await Promise.all(req.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
			result = await parseSourceFiles(req.name, files, opts);
		} else {
			const { file } = req;
			post({ id, type: 'progress', phase: 'reading', bytes: 0, total: file.size, messages: 0 });
			const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
			result = await parseSourceStream(file.name, file.size, head, () => chunksOf(file.stream()), opts);
		}
		if (controller.signal.aborted) post({ id, type: 'cancelled' });
		else post({ id, type: 'done', result }, attachmentBuffers(result));
	} catch (err) {
		if (isCancelled(err) || controller.signal.aborted) post({ id, type: 'cancelled' });
		else post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	} finally {
		running.delete(id);
	}
};

/** Each media member has a buffer of its own: moved to the page, not copied a second time. */
function attachmentBuffers(result: ParsedSource): Transferable[] {
	const buffers = new Set<ArrayBuffer>();
	for (const a of result.attachments) if (a.bytes.buffer instanceof ArrayBuffer && a.bytes.byteLength === a.bytes.buffer.byteLength) buffers.add(a.bytes.buffer);
	return [...buffers];
}

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
