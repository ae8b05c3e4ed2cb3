import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { timeZoneOf, type ParsedArgs } from '../args.ts';
import { count, megabytes, progress } from '../progress.ts';
import { cannotRead, problemText, produceInputOf } from '../read-inputs.ts';
import { scanArchives } from '../scan-db.ts';
import { ImportAudit } from '../audit-imports.ts';
import { listPolicyRows } from '../../src/lib/db/queries/policies.ts';
import { databaseLoader, inProcessSource } from '../../src/lib/pipeline/ports.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { enabledDefinitions, policyEntries } from '../../src/lib/risk/analysis/policy-set.ts';
import { BUILTIN_POLICIES } from '../../src/lib/risk/policy/index.ts';
import { scanBatch } from '../../src/lib/risk/scan.ts';
import type { RiskRule } from '../../src/lib/risk/types.ts';
import { scanIpcBatch } from '../../src/lib/risk/worker/batch.ts';
import { scanRules } from '../../src/lib/risk/worker/rules.ts';
import { writeParquet } from '../parquet.ts';
import { buildAndSaveSearchIndex, indexPaths, savedIndexMatches, shardPath } from '../search-index.ts';
import { indexFingerprint } from '../../src/lib/db/queries/search.ts';
import { writeWorkspaceFile } from '../../src/lib/db/workspace-file.ts';
import { INDEX_FILE, INDEX_FINGERPRINT_FILE } from '../../src/lib/search/protocol.ts';
import { createNativeDb, type NativeDb } from '../../src/lib/db/native.ts';
import { refreshIdentities } from '../../src/lib/db/queries/identities.ts';
import { isZip } from '../../src/lib/ingest/container/zip.ts';

/**
 * `parley import <files…> --db workspace.duckdb [--parquet DIR] [--tz ZONE]`: the app's import (same parsers,
 * schema and loader) into a native DuckDB file, then the app's risk scan of the new archives and identity linking.
 * Results go to stdout, progress and problems to stderr.
 */
export async function runImport(args: ParsedArgs): Promise<number> {
	if (!args.db) {
		process.stderr.write('parley import: --db <file> is required (the DuckDB file to import into; created when missing)\n');
		return 2;
	}
	const timeZone = timeZoneOf(args);
	if (!validZone(timeZone)) {
		process.stderr.write(`parley import: unknown time zone "${timeZone}" (an IANA name such as Europe/Berlin)\n`);
		return 2;
	}
	let db: NativeDb;
	try {
		db = await createNativeDb(args.db);
	} catch (err) {
		process.stderr.write(`parley import: cannot open ${args.db}: ${(err as Error).message}\n`);
		return 1;
	}
	let failures = 0;
	const added: number[] = [];
	/** Added archives the pipeline could not scan as they loaded: scanned afterwards. */
	const unscanned: number[] = [];
	/** Time spent scanning batches as they loaded. */
	const scanMs = { value: 0 };
	try {
		const rules = scanRules(enabledDefinitions(policyEntries(BUILTIN_POLICIES, await listPolicyRows(db))), true);
		const audit = await ImportAudit.open(db);
		for (const path of args.files) {
			const known = await importedBefore(db, path);
			if (known) {
				alreadyImported(path, known.id, known.sha256);
				await audit.duplicate(path, '', known.id, known.sha256);
				continue;
			}
			let outcome: PathOutcome;
			try {
				outcome = await importStreamed(db, path, timeZone, rules, scanMs, audit);
			} catch (err) {
				await audit.failed(path, cannotRead(path, err));
				failures++;
				continue;
			}
			failures += outcome.failures;
			added.push(...outcome.added);
			unscanned.push(...outcome.unscanned);
		}
		if (unscanned.length > 0) {
			const scan = progress('risk scan', count('message'));
			const started = performance.now();
			const outcome = await scanArchives(db, unscanned, (done, total) => scan.update(done, total));
			scan.end(`${count('hit')(outcome.hits)} in ${count('message')(outcome.messages)} (${seconds(started)})`);
		}
		if (added.length > 0) {
			const [{ hits, messages }] = await db.query<{ hits: number; messages: number }>(
				`SELECT (SELECT count(*) FROM risk_hits WHERE message_id IN (SELECT id FROM messages WHERE archive_id IN (${added.join(', ')})))::INTEGER AS hits,
				        (SELECT count(*) FROM messages WHERE archive_id IN (${added.join(', ')}))::INTEGER AS messages`
			);
			process.stderr.write(`risk scan: ${count('hit')(hits)} in ${count('message')(messages)} (${(scanMs.value / 1000).toFixed(1)} s)\n`);
			const started = performance.now();
			const people = await refreshIdentities(db);
			process.stderr.write(`identities: ${count('person', 'people')(people)} (${seconds(started)})\n`);
		}
		await indexForSearch(db, args.db);
		if (args.workspaceFile && !(await writeAppFile(db, args.db, args.workspaceFile))) failures++;
		const [totals] = await db.query<{ archives: number; messages: number }>(
			'SELECT (SELECT count(*) FROM archives) AS archives, (SELECT count(*) FROM messages) AS messages'
		);
		process.stdout.write(`${args.db}: ${count('archive')(totals.archives)}, ${count('message')(totals.messages)} (${added.length} added now)\n`);
	} finally {
		db.close();
	}
	if (args.parquet) {
		try {
			const tables = await writeParquet(args.db, args.parquet, (table) => process.stderr.write(`parquet: ${table}\n`));
			process.stdout.write(`${args.parquet}: ${tables.length} tables as Parquet\n`);
		} catch (err) {
			process.stderr.write(`parley import: cannot write Parquet to ${args.parquet}: ${(err as Error).message}\n`);
			return 1;
		}
	}
	return failures > 0 ? 1 : 0;
}

/**
 * The workspace as a file the app opens (Workspace › Open workspace file), with its search index when that is one
 * shard (the app holds one index); an index in several shards is left out and the app builds its own on opening.
 */
async function writeAppFile(db: NativeDb, dbPath: string, out: string): Promise<boolean> {
	const started = performance.now();
	try {
		const { json } = indexPaths(dbPath);
		const fingerprint = new Uint8Array(await readFile(json));
		const shards = (JSON.parse(new TextDecoder().decode(fingerprint)) as { shards?: unknown[] }).shards?.length ?? 1;
		const index = shards === 1 ? { [INDEX_FILE]: new Uint8Array(await readFile(shardPath(dbPath, 0))), [INDEX_FINGERPRINT_FILE]: fingerprint } : undefined;
		const bytes = await writeWorkspaceFile(db, 'parley import (native DuckDB)', index);
		await writeFile(out, bytes);
		const note = index ? '' : `; its search index is in ${shards} shards, so the app builds its own when it opens the file`;
		process.stdout.write(`${out}: workspace file for the app, ${(bytes.length / 1e6).toFixed(1)} MB (${seconds(started)})${note}\n`);
		return true;
	} catch (err) {
		process.stderr.write(`parley import: cannot write the workspace file ${out}: ${(err as Error).message}\n`);
		return false;
	}
}

/**
 * The search index beside the database, rebuilt when it does not match the database (new archives, or none yet),
 * in shards written as they are built, so memory holds one shard whatever the database's size.
 */
async function indexForSearch(db: NativeDb, dbPath: string): Promise<void> {
	const fingerprint = await indexFingerprint(db);
	if (await savedIndexMatches(dbPath, fingerprint)) return;
	const bar = progress('search index', count('message'));
	const started = performance.now();
	const built = await buildAndSaveSearchIndex(db, dbPath, fingerprint, (done, total) => bar.update(done, total));
	const where = built.shards === 1 ? indexPaths(dbPath).bin : `${built.shards} shards beside ${dbPath}`;
	bar.end(`${count('message')(built.messages)}, ${(built.bytes / 1e6).toFixed(1)} MB in ${where} (${seconds(started)})`);
}

interface PathOutcome {
	added: number[];
	unscanned: number[];
	failures: number;
}

/**
 * One input through the app's streaming pipeline (pipeline/run.ts): read in 1 MB chunks, parsed, loaded and
 * risk-scanned batch by batch, so memory holds a few batches whatever the input's size (where its format streams).
 */
async function importStreamed(
	db: NativeDb,
	path: string,
	timeZone: string,
	rules: RiskRule[],
	scanMs: { value: number },
	audit: ImportAudit
): Promise<PathOutcome> {
	// The archive is named as the app names a dropped file: a workspace file shared from here must not carry the
	// folders of the machine it was made on.
	const { input } = await produceInputOf(path, basename(path));
	const started = performance.now();
	const scanner = async (ipc: Uint8Array) => {
		const at = performance.now();
		const scanned = scanIpcBatch(ipc, rules, scanBatch);
		scanMs.value += performance.now() - at;
		return scanned;
	};
	const onProgress = readProgress();
	const result = await runPipeline(
		{ source: inProcessSource(input, { timeZone, askMapping: false }), loader: databaseLoader(db), scanner, indexer: null },
		{ timeZone, signal: new AbortController().signal, onProgress: (p) => onProgress({ ...p, messages: p.parsed }) }
	);
	for (const p of result.problems) process.stderr.write(`${problemText(p)}\n`);
	const took = seconds(started);
	const out: PathOutcome = { added: [], unscanned: [], failures: 0 };
	for (const f of result.failures) process.stderr.write(`${path}: ${f.message}\n`);
	if (result.archives.length === 0) {
		const why = result.problems.at(-1)?.message ?? 'nothing recognisable in this file';
		process.stderr.write(`${path}: nothing imported: ${why}\n`);
		await audit.failed(path, why);
		out.failures++;
		return out;
	}
	for (const a of result.archives) {
		const name = a.entry ? `${path} › ${a.entry}` : path;
		const [row] = await db.query<{ platform: string; unparsed: number; sha256: string }>(
			'SELECT platform, unparsed::INTEGER AS unparsed, sha256 FROM archives WHERE id = ?',
			[a.archiveId]
		);
		if (a.duplicate) {
			alreadyImported(name, a.archiveId, row?.sha256 ?? '');
			await audit.duplicate(path, a.entry ?? '', a.archiveId, row?.sha256 ?? '');
			continue;
		}
		out.added.push(a.archiveId);
		await audit.loaded(db, path, a.entry ?? '', a.archiveId);
		if (!result.scanned) out.unscanned.push(a.archiveId);
		const unparsed = row?.unparsed ? `, ${count('unparsed line kept', 'unparsed lines kept')(row.unparsed)}` : '';
		process.stdout.write(`${name}: archive ${a.archiveId}, ${row?.platform ?? '?'}, ${count('message')(a.messages)}${unparsed} (loaded in ${took})\n`);
	}
	return out;
}

function readProgress() {
	let current: ReturnType<typeof progress> | null = null;
	let phase = '';
	return (p: { phase: string; bytes: number; total: number; messages: number }) => {
		if (p.phase !== phase) {
			phase = p.phase;
			current = progress(p.phase, megabytes);
		}
		current?.update(p.bytes, p.total);
	};
}

function alreadyImported(name: string, archiveId: number, sha256: string): void {
	process.stdout.write(`${name}: already in the database as archive ${archiveId} (sha256 ${sha256}); nothing added\n`);
}

/**
 * A plain file (not a zip or folder, whose archives are per member) whose bytes are already an archive: found by
 * hashing the file, so a re-import of a large export is not parsed again. Null when it must be read.
 */
async function importedBefore(db: NativeDb, file: string): Promise<{ id: number; sha256: string } | null> {
	try {
		if (!(await stat(file)).isFile()) return null;
		const hash = createHash('sha256');
		let head: Uint8Array | null = null;
		for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
			head ??= chunk as Uint8Array;
			if (isZip(head)) return null;
			hash.update(chunk as Uint8Array);
		}
		const sha256 = hash.digest('hex');
		const [row] = await db.query<{ id: number }>('SELECT id FROM archives WHERE sha256 = ?', [sha256]);
		return row ? { id: row.id, sha256 } : null;
	} catch {
		return null; // unreadable: the parse step says why
	}
}

function seconds(since: number): string {
	return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function validZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
