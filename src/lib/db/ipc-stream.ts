/**
 * A query's result as one Arrow IPC stream, taken from DuckDB-wasm's streamed result as the engine writes it: the
 * schema message, then each record batch's messages, then the end-of-stream marker. Nothing is decoded into Arrow
 * tables and written out again (what `tableToIPC(await conn.query(sql))` did: on the tab's main thread, for a whole
 * table at each save), and the engine never holds the whole result at once.
 */

/** The engine's calls of one pending query on one connection (async in the tab, blocking in Node). */
export interface PendingQuery {
	/** Starts the query; the schema message, or null while the engine has not finished planning it. */
	start(): Promise<Uint8Array | null> | Uint8Array | null;
	/** The schema message once ready, else null. */
	poll(): Promise<Uint8Array | null> | Uint8Array | null;
	/** The next record batch's messages; null: not ready yet; empty: the result is complete. */
	fetch(): Promise<Uint8Array | null> | Uint8Array | null;
}

/** Bytes copied between two yields to the event loop while the parts are joined. */
const COPY_SLICE = 16 * 2 ** 20;

/** Arrow's end-of-stream marker: continuation token, zero length. */
export const IPC_END = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

/** The query's messages in order, the next batch fetched while the previous one is taken. */
export async function* pendingQueryMessages(q: PendingQuery): AsyncGenerator<Uint8Array> {
	let header = await q.start();
	while (header === null) header = await q.poll();
	yield header;
	const next = async (): Promise<Uint8Array> => {
		for (;;) {
			const chunk = await q.fetch();
			if (chunk !== null) return chunk;
		}
	};
	let inFlight = next();
	for (;;) {
		const chunk = await inFlight;
		if (chunk.byteLength === 0) return;
		inFlight = next();
		yield chunk;
	}
}

/** The whole result as one IPC stream (what restore and the workers read). */
export async function collectIPCStream(q: PendingQuery): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	let bytes = IPC_END.byteLength;
	for await (const part of pendingQueryMessages(q)) {
		parts.push(part);
		bytes += part.byteLength;
	}
	parts.push(IPC_END);
	const out = new Uint8Array(bytes);
	let at = 0;
	let sinceYield = 0;
	for (let i = 0; i < parts.length; i++) {
		out.set(parts[i], at);
		at += parts[i].byteLength;
		sinceYield += parts[i].byteLength;
		// Let each part go as soon as it is copied: only one copy of a large result is held at the end.
		parts[i] = IPC_END;
		// Copying a saved messages table (300 MB at a million messages) in one go held the page for 300 ms.
		if (sinceYield >= COPY_SLICE) {
			sinceYield = 0;
			await new Promise((r) => setTimeout(r, 0));
		}
	}
	return out;
}
