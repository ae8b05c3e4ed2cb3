import type { ParsedSource } from './parse-source';
import type { ParsePhase, ParseRequest, ParseResponse } from './worker-protocol';
import ParseWorker from './parse.worker?worker';

export interface ParseProgress {
	phase: ParsePhase;
	bytes: number;
	total: number;
}

let worker: Worker | null = null;
let nextId = 1;

/** Parses one file off the main thread; the worker is started on first use and kept. */
export function parseInWorker(file: File, onProgress: (p: ParseProgress) => void): Promise<ParsedSource> {
	worker ??= new ParseWorker();
	const w = worker;
	const id = nextId++;
	return new Promise((resolve, reject) => {
		const onMessage = (event: MessageEvent<ParseResponse>) => {
			const msg = event.data;
			if (msg.id !== id) return;
			if (msg.type === 'progress') return onProgress(msg);
			w.removeEventListener('message', onMessage);
			if (msg.type === 'done') resolve(msg.result);
			else reject(new Error(msg.message));
		};
		w.addEventListener('message', onMessage);
		w.postMessage({ id, file } satisfies ParseRequest);
	});
}
