import type { ParsedSource, ParseProgressInfo } from './parse-source';
import type { ParseRequest, ParseResponse } from './worker-protocol';
import type { DateOrder } from './whatsapp/date-order';
import type { CsvMapping } from './csv-generic/mapping';
import ParseWorker from './parse.worker?worker';

export type ParseProgress = ParseProgressInfo;

let worker: Worker | null = null;
let nextId = 1;

/**
 * Parses one file off the main thread; the worker is started on first use and kept.
 * Aborting `signal` stops that import only: the promise rejects with an AbortError and nothing of it is returned.
 */
export interface WorkerParseOptions {
	onProgress: (p: ParseProgress) => void;
	signal?: AbortSignal;
	dateOrder?: DateOrder;
	csvMapping?: CsvMapping;
	timeZone?: string;
}

export function parseInWorker(file: File, opts: WorkerParseOptions): Promise<ParsedSource> {
	return run(opts, (id, choices) => ({ type: 'parse', id, file, ...choices }));
}

/** Several files read as one export (the parts of a Telegram HTML export chosen together). */
export function parseFilesInWorker(name: string, files: File[], opts: WorkerParseOptions): Promise<ParsedSource> {
	return run(opts, (id, choices) => ({ type: 'parse-files', id, name, files, ...choices }));
}

function run({ onProgress, signal, dateOrder, csvMapping, timeZone }: WorkerParseOptions, request: (id: number, choices: Pick<WorkerParseOptions, 'dateOrder' | 'csvMapping' | 'timeZone'>) => ParseRequest): Promise<ParsedSource> {
	worker ??= new ParseWorker();
	const w = worker;
	const id = nextId++;
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		const onAbort = () => w.postMessage({ type: 'cancel', id } satisfies ParseRequest);
		const onMessage = (event: MessageEvent<ParseResponse>) => {
			const msg = event.data;
			if (msg.id !== id) return;
			if (msg.type === 'progress') {
				const { phase, bytes, total, messages } = msg;
				return onProgress({ phase, bytes, total, messages });
			}
			w.removeEventListener('message', onMessage);
			signal?.removeEventListener('abort', onAbort);
			if (msg.type === 'done') resolve(msg.result);
			else if (msg.type === 'cancelled') reject(abortError());
			else reject(new Error(msg.message));
		};
		w.addEventListener('message', onMessage);
		signal?.addEventListener('abort', onAbort, { once: true });
		w.postMessage(request(id, { dateOrder, csvMapping, timeZone }));
	});
}

function abortError(): Error {
	const e = new Error('cancelled');
	e.name = 'AbortError';
	return e;
}
