/// <reference lib="webworker" />
import { parseSource } from './parse-source';
import type { ParseRequest, ParseResponse } from './worker-protocol';

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
	const { id, file } = event.data;
	const post = (msg: ParseResponse) => (self as unknown as Worker).postMessage(msg);
	try {
		post({ id, type: 'progress', phase: 'reading', bytes: 0, total: file.size });
		const bytes = new Uint8Array(await file.arrayBuffer());
		post({ id, type: 'progress', phase: 'parsing', bytes: bytes.byteLength, total: file.size });
		const result = await parseSource(file.name, bytes);
		post({ id, type: 'done', result });
	} catch (err) {
		post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
