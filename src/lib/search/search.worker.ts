/// <reference lib="webworker" />
import { riskColumnsFromIPC, type IndexFingerprint } from '$lib/db/queries/search';
import { readStoredFile, removeStoredFile, writeStoredFile } from '$lib/storage/opfs';
import { searchBatchOfIPC } from './batch';
import { SearchIndex } from './engine';
import { INDEX_FILE, INDEX_FINGERPRINT_FILE, INDEX_FORMAT, SUPERSEDED, type SearchOps, type SearchRequest, type SearchResponse } from './protocol';

/** Holds the one SearchIndex of the tab; every operation is answered in the order it arrived. */
let index = new SearchIndex();
/** The saved index read by `preload`, with the fingerprint saved beside it, until `restore` takes or drops it. */
let preloaded: { fingerprint: unknown; index: SearchIndex } | null = null;

/** The saved index, when there is one and `wanted` accepts its fingerprint (checked before the large file is read). */
async function readSaved(wanted: (fingerprint: unknown) => boolean = () => true): Promise<{ fingerprint: unknown; index: SearchIndex } | null> {
	const saved = await readStoredFile(INDEX_FINGERPRINT_FILE);
	if (!saved) return null;
	const fingerprint: unknown = JSON.parse(new TextDecoder().decode(saved));
	if (!wanted(fingerprint)) return null;
	const bytes = await readStoredFile(INDEX_FILE);
	return bytes ? { fingerprint, index: SearchIndex.deserialize(bytes) } : null;
}

type Handlers = { [K in keyof SearchOps]: (req: Extract<SearchRequest, { op: K }>) => Promise<SearchOps[K]['result']> | SearchOps[K]['result'] };

function sameFingerprint(a: unknown, b: IndexFingerprint): boolean {
	const saved = a as Partial<IndexFingerprint & { format: number }> | null;
	return saved?.format === INDEX_FORMAT && saved.messages === b.messages && saved.maxId === b.maxId;
}

const handlers: Handlers = {
	reset() {
		preloaded = null;
		index = new SearchIndex();
		return null;
	},
	labels({ conversations, authors }) {
		index.setConversations(conversations);
		index.setAuthors(authors);
		return null;
	},
	add({ ipc }) {
		const batch = searchBatchOfIPC(ipc);
		index.add(batch);
		return { size: index.size, added: batch.ids.length };
	},
	risk({ ipc }) {
		const { messageIds, categories } = riskColumnsFromIPC(ipc);
		index.setRisk(messageIds, categories);
		return null;
	},
	async save({ fingerprint }) {
		const bytes = index.serialize();
		await removeStoredFile(INDEX_FINGERPRINT_FILE);
		await writeStoredFile(INDEX_FILE, bytes);
		await writeStoredFile(INDEX_FINGERPRINT_FILE, new TextEncoder().encode(JSON.stringify({ format: INDEX_FORMAT, ...fingerprint })));
		return { bytes: bytes.length };
	},
	async preload() {
		preloaded = await readSaved().catch(() => null);
		return { loaded: preloaded !== null };
	},
	async restore({ fingerprint }) {
		const saved = preloaded ?? (await readSaved((saved) => sameFingerprint(saved, fingerprint)));
		preloaded = null;
		if (!saved || !sameFingerprint(saved.fingerprint, fingerprint)) return { restored: false, size: index.size };
		index = saved.index;
		return { restored: true, size: index.size };
	},
	search({ id, ast, sort, offset, limit }) {
		// Typing queues searches; one that a newer search has already overtaken is not worth running.
		if (id < latestSearch) throw new Error(SUPERSEDED);
		return index.search(ast, { sort, offset, limit });
	},
	hits({ ast, sort, offset, limit }) {
		return index.search(ast, { sort, offset, limit, facets: false });
	},
	highlight({ texts, ast }) {
		return texts.map((t) => index.highlightRanges(t, ast));
	},
	stats() {
		return { size: index.size, engine: { ...(index.stats() as unknown as Record<string, unknown>) } };
	}
};

function transferablesOf(value: unknown): Transferable[] {
	const r = value as { ids?: unknown; scores?: unknown } | null;
	if (r && r.ids instanceof Float64Array && r.scores instanceof Float64Array) return [r.ids.buffer, r.scores.buffer];
	return [];
}

// One at a time, in order: a search must not run against a half-added batch.
let queue: Promise<void> = Promise.resolve();
let latestSearch = 0;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
	const req = event.data;
	if (req.op === 'search') latestSearch = Math.max(latestSearch, req.id);
	queue = queue.then(async () => {
		const post = (msg: SearchResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);
		try {
			const handler = handlers[req.op] as (r: SearchRequest) => unknown;
			const value = await handler(req);
			post({ id: req.id, ok: true, value }, transferablesOf(value));
		} catch (err) {
			post({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) });
		}
	});
};
