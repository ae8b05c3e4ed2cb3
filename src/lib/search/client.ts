import type { SearchOps, SearchRequest, SearchResponse } from './protocol';
import SearchWorker from './search.worker?worker';

/** The main thread's handle on the search worker: one promise per request, byte arrays handed over, not copied. */

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function start(): Worker {
	if (worker) return worker;
	const w = new SearchWorker();
	w.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
		const msg = event.data;
		const waiting = pending.get(msg.id);
		if (!waiting) return;
		pending.delete(msg.id);
		if (msg.ok) waiting.resolve(msg.value);
		else waiting.reject(new Error(msg.message));
	});
	w.addEventListener('error', (event) => {
		const error = new Error(`search worker failed: ${event.message}`);
		for (const waiting of pending.values()) waiting.reject(error);
		pending.clear();
	});
	return (worker = w);
}

export function callSearchWorker<K extends keyof SearchOps>(op: K, args: SearchOps[K]['args'], transfer: Transferable[] = []): Promise<SearchOps[K]['result']> {
	const w = start();
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
		w.postMessage({ id, op, ...args } as SearchRequest, transfer);
	});
}
