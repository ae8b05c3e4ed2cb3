import { access, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Connector } from '../src/lib/db/connector.ts';
import {
	authorLabels,
	conversationLabels,
	indexFingerprint,
	messageIdRange,
	riskColumns,
	searchBatchFromIPC,
	searchBatchSql,
	type IndexFingerprint,
	type RiskColumns
} from '../src/lib/db/queries/search.ts';
import { SearchIndex } from '../src/lib/search/engine/index.ts';
import { ShardedIndex } from '../src/lib/search/engine/shards.ts';
import { INDEX_FORMAT } from '../src/lib/search/protocol.ts';

/**
 * The search index of a workspace file, kept beside it in shards so that building it holds one shard in memory
 * whatever the database's size: `<db>.search-index.bin` is shard 0 (with one shard, exactly the app's saved-index
 * bytes, SearchIndex.serialize), `<db>.search-index.<k>.bin` shard k, each the messages of a run of ids; and
 * `<db>.search-index.json` the fingerprint of the database it was built from ({format, messages, maxId}, as the app
 * writes it) with the list of shards, so a stale or partial index is never used. `parley search` answers over every
 * shard as one index would (engine/shards.ts).
 */

/** Messages read per batch, as the app's index build does. */
const BATCH_IDS = 50_000;
/** Messages per shard: about 170 MB of index while it is built. PARLEY_SEARCH_SHARD_MESSAGES overrides it (tests). */
export const SHARD_MESSAGES = 500_000;

export function indexPaths(dbPath: string): { bin: string; json: string } {
	return { bin: `${dbPath}.search-index.bin`, json: `${dbPath}.search-index.json` };
}

/** The file of shard k (shard 0 is the app's single index file). */
export function shardPath(dbPath: string, k: number): string {
	return k === 0 ? indexPaths(dbPath).bin : `${dbPath}.search-index.${k}.bin`;
}

/** One shard as the fingerprint file lists it. */
export interface ShardEntry {
	file: string;
	messages: number;
	bytes: number;
}

interface SavedManifest extends IndexFingerprint {
	format: number;
	/** Absent in files written before shards: one shard, `<db>.search-index.bin`. */
	shards?: ShardEntry[];
}

function shardSize(): number {
	const n = Number(process.env.PARLEY_SEARCH_SHARD_MESSAGES);
	return Number.isInteger(n) && n > 0 ? n : SHARD_MESSAGES;
}

/** The risk rows of messages fromId <= id < toId (the rows are ordered by message id). */
function riskBetween(risk: RiskColumns, fromId: number, toId: number): { ids: Float64Array; categories: string[] } {
	const ids = risk.messageIds;
	const lowerBound = (x: number) => {
		let lo = 0;
		let hi = ids.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (ids[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const a = lowerBound(fromId);
	const b = lowerBound(toId);
	return { ids: ids.subarray(a, b), categories: risk.categories.slice(a, b) };
}

/**
 * The app's index build (state/search.svelte.ts buildIndex) in shards of about `perShard` messages: names, the
 * messages in id batches, risk categories. Each finished shard goes to `done` and is dropped, so memory holds one.
 */
export async function buildSearchShards(
	db: Connector,
	done: (shard: SearchIndex, k: number) => Promise<void>,
	report: (indexed: number, total: number) => void = () => {},
	perShard = shardSize()
): Promise<number> {
	const [conversations, authors] = await Promise.all([conversationLabels(db), authorLabels(db)]);
	const risk = await riskColumns(db);
	const range = await messageIdRange(db, null);
	let shards = 0;
	let shard: SearchIndex | null = null;
	let shardFrom = 0;
	let indexed = 0;
	const step = Math.min(BATCH_IDS, perShard);
	const finish = async (toId: number) => {
		if (!shard) return;
		const r = riskBetween(risk, shardFrom, toId);
		shard.setRisk(r.ids, r.categories);
		await done(shard, shards++);
		shard = null;
	};
	if (range.first !== null && range.last !== null) {
		for (let from = range.first; from <= range.last; from += step) {
			const batch = searchBatchFromIPC(await db.queryArrowIPC(searchBatchSql(null, from, from + step)));
			if (batch.ids.length === 0) continue;
			if (!shard) {
				shard = new SearchIndex();
				shard.setConversations(conversations);
				shard.setAuthors(authors);
				shardFrom = from;
			}
			shard.add(batch);
			indexed += batch.ids.length;
			report(indexed, range.count);
			if (shard.size >= perShard) await finish(from + step);
		}
	}
	await finish(Infinity);
	if (shards === 0) {
		// An empty database has one empty shard, so a search answers "no hits" rather than rebuilding every time.
		const empty = new SearchIndex();
		empty.setConversations(conversations);
		empty.setAuthors(authors);
		await done(empty, shards++);
	}
	return shards;
}

/** The whole index in memory, as one SearchIndex (the app's build; for small databases and comparisons). */
export async function buildSearchIndex(db: Connector, report: (indexed: number, total: number) => void = () => {}): Promise<SearchIndex> {
	let whole: SearchIndex | null = null;
	await buildSearchShards(
		db,
		async (shard) => {
			whole = shard;
		},
		report,
		Infinity
	);
	return whole!;
}

/**
 * Builds the index in shards, writing each as it is finished, then its fingerprint with the list of shards (the
 * fingerprint is removed first, so a half-written index is never taken for a good one). Returns the bytes written.
 */
export async function buildAndSaveSearchIndex(
	db: Connector,
	dbPath: string,
	fingerprint: IndexFingerprint,
	report: (indexed: number, total: number) => void = () => {}
): Promise<{ bytes: number; messages: number; shards: number }> {
	const { json } = indexPaths(dbPath);
	await rm(json, { force: true });
	const entries: ShardEntry[] = [];
	await buildSearchShards(
		db,
		async (shard, k) => {
			const bytes = shard.serialize();
			const path = shardPath(dbPath, k);
			await writeFile(path, bytes);
			entries.push({ file: basename(path), messages: shard.size, bytes: bytes.length });
		},
		report
	);
	await removeShardsFrom(dbPath, entries.length);
	const manifest: SavedManifest = { format: INDEX_FORMAT, ...fingerprint, shards: entries };
	await writeFile(json, JSON.stringify(manifest) + '\n');
	return {
		bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
		messages: entries.reduce((sum, e) => sum + e.messages, 0),
		shards: entries.length
	};
}

/** Shard files left from an earlier, larger index. */
async function removeShardsFrom(dbPath: string, k: number): Promise<void> {
	for (let i = Math.max(1, k); ; i++) {
		const path = shardPath(dbPath, i);
		if (
			!(await access(path).then(
				() => true,
				() => false
			))
		)
			return;
		await rm(path, { force: true });
	}
}

/** Why a saved index was not used: said to the user before building a fresh one. */
export type IndexProblem = { ok: false; why: string };

/** The shards the saved fingerprint lists when it matches the database's, else why not (missing, another format, stale). */
async function savedShards(dbPath: string, fingerprint: IndexFingerprint): Promise<{ ok: true; shards: ShardEntry[] } | IndexProblem> {
	const { json } = indexPaths(dbPath);
	let saved: Partial<SavedManifest>;
	try {
		saved = JSON.parse(await readFile(json, 'utf8')) as Partial<SavedManifest>;
	} catch (err) {
		const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
		return { ok: false, why: missing ? `no search index beside it (${basename(json)})` : `its search index file ${basename(json)} cannot be read` };
	}
	if (saved.format !== INDEX_FORMAT) {
		return { ok: false, why: `its search index is format ${saved.format ?? 'unknown'}, this parley reads format ${INDEX_FORMAT}` };
	}
	if (saved.messages !== fingerprint.messages || saved.maxId !== fingerprint.maxId) {
		return {
			ok: false,
			why: `its search index was built from ${saved.messages ?? '?'} messages (last id ${saved.maxId ?? '?'}); the database now holds ${fingerprint.messages} (last id ${fingerprint.maxId})`
		};
	}
	const shards = saved.shards ?? [{ file: basename(shardPath(dbPath, 0)), messages: fingerprint.messages, bytes: -1 }];
	for (const entry of shards) {
		const size = await stat(join(dirname(dbPath), entry.file)).then(
			(s) => s.size,
			() => -1
		);
		if (size < 0) return { ok: false, why: `its search index shard ${entry.file} is missing` };
		if (entry.bytes >= 0 && size !== entry.bytes) return { ok: false, why: `its search index shard ${entry.file} is ${size} bytes, not ${entry.bytes}` };
	}
	return { ok: true, shards };
}

/** True when the index beside the database matches it (checked without reading the shards). */
export async function savedIndexMatches(dbPath: string, fingerprint: IndexFingerprint): Promise<boolean> {
	return (await savedShards(dbPath, fingerprint)).ok;
}

/** The saved index when its fingerprint matches the database's, else why not (missing, another format, stale, unreadable). */
export async function loadSearchIndex(dbPath: string, fingerprint: IndexFingerprint): Promise<{ ok: true; index: ShardedIndex } | IndexProblem> {
	const found = await savedShards(dbPath, fingerprint);
	if (!found.ok) return found;
	const shards: SearchIndex[] = [];
	for (const entry of found.shards) {
		try {
			shards.push(SearchIndex.deserialize(new Uint8Array(await readFile(join(dirname(dbPath), entry.file)))));
		} catch (err) {
			return { ok: false, why: `its search index shard ${entry.file} cannot be read (${(err as Error).message})` };
		}
	}
	const held = shards.reduce((sum, s) => sum + s.size, 0);
	if (held !== fingerprint.messages) return { ok: false, why: `its search index holds ${held} messages, the database ${fingerprint.messages}` };
	return { ok: true, index: new ShardedIndex(shards) };
}

/** The saved index of a database, or a fresh build (saved beside it when the folder is writable). */
export async function searchIndexFor(db: Connector, dbPath: string, onRebuild: (why: string) => void): Promise<ShardedIndex> {
	const fingerprint = await indexFingerprint(db);
	const saved = await loadSearchIndex(dbPath, fingerprint);
	if (saved.ok) return saved.index;
	onRebuild(`${saved.why}; building one`);
	try {
		await buildAndSaveSearchIndex(db, dbPath, fingerprint);
	} catch (err) {
		onRebuild(`the index could not be saved (${(err as Error).message}); it is built in memory for this search only`);
		return new ShardedIndex([await buildSearchIndex(db)]);
	}
	const built = await loadSearchIndex(dbPath, fingerprint);
	if (!built.ok) throw new Error(`the search index just built cannot be read back: ${built.why}`);
	return built.index;
}
