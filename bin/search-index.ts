import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Connector } from '../src/lib/db/connector.ts';
import {
	authorLabels,
	conversationLabels,
	indexFingerprint,
	messageIdRange,
	riskColumns,
	searchBatchFromIPC,
	searchBatchSql,
	type IndexFingerprint
} from '../src/lib/db/queries/search.ts';
import { SearchIndex } from '../src/lib/search/engine/index.ts';
import { INDEX_FORMAT } from '../src/lib/search/protocol.ts';

/**
 * The search index of a workspace file, kept beside it: `<db>.search-index.bin` holds the app's saved-index bytes
 * (SearchIndex.serialize, the format the app writes to its workspace storage) and `<db>.search-index.json` the
 * fingerprint of the database it was built from ({format, messages, maxId}), so a stale index is never used.
 */

/** Messages read per batch, as the app's index build does. */
const BATCH_IDS = 50_000;

export function indexPaths(dbPath: string): { bin: string; json: string } {
	return { bin: `${dbPath}.search-index.bin`, json: `${dbPath}.search-index.json` };
}

/** The app's index build (state/search.svelte.ts buildIndex), in this process: names, every message in id batches, risk categories. */
export async function buildSearchIndex(db: Connector, report: (done: number, total: number) => void = () => {}): Promise<SearchIndex> {
	const index = new SearchIndex();
	const [conversations, authors] = await Promise.all([conversationLabels(db), authorLabels(db)]);
	index.setConversations(conversations);
	index.setAuthors(authors);
	const range = await messageIdRange(db, null);
	let done = 0;
	if (range.first !== null && range.last !== null) {
		for (let from = range.first; from <= range.last; from += BATCH_IDS) {
			const batch = searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(null, from, from + BATCH_IDS)));
			index.add(batch);
			done += batch.ids.length;
			report(done, range.count);
		}
	}
	const risk = await riskColumns(db);
	index.setRisk(risk.messageIds, risk.categories);
	return index;
}

/** Writes the index, then its fingerprint (removed first, so a half-written index is never taken for a good one). */
export async function saveSearchIndex(dbPath: string, index: SearchIndex, fingerprint: IndexFingerprint): Promise<number> {
	const { bin, json } = indexPaths(dbPath);
	await rm(json, { force: true });
	const bytes = index.serialize();
	await writeFile(bin, bytes);
	await writeFile(json, JSON.stringify({ format: INDEX_FORMAT, ...fingerprint }) + '\n');
	return bytes.length;
}

/** The saved index when its fingerprint matches the database's, else null (missing, another format, or stale). */
export async function loadSearchIndex(dbPath: string, fingerprint: IndexFingerprint): Promise<SearchIndex | null> {
	const { bin, json } = indexPaths(dbPath);
	try {
		const saved = JSON.parse(await readFile(json, 'utf8')) as Partial<IndexFingerprint & { format: number }>;
		if (saved.format !== INDEX_FORMAT || saved.messages !== fingerprint.messages || saved.maxId !== fingerprint.maxId) return null;
		return SearchIndex.deserialize(new Uint8Array(await readFile(bin)));
	} catch {
		return null;
	}
}

/** The saved index of a database, or a fresh build (saved beside it when the folder is writable). */
export async function searchIndexFor(db: Connector, dbPath: string, onRebuild: (why: string) => void): Promise<SearchIndex> {
	const fingerprint = await indexFingerprint(db);
	const saved = await loadSearchIndex(dbPath, fingerprint);
	if (saved) return saved;
	onRebuild('no search index matching this database beside it; building one');
	const index = await buildSearchIndex(db);
	await saveSearchIndex(dbPath, index, fingerprint).catch((err) =>
		onRebuild(`the index could not be saved (${(err as Error).message}); it is used for this search only`)
	);
	return index;
}
