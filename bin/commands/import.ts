import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { timeZoneOf, type ParsedArgs } from '../args.ts';
import { count, megabytes, progress } from '../progress.ts';
import { readInputs } from '../read-inputs.ts';
import { scanArchives } from '../scan-db.ts';
import { writeParquet } from '../parquet.ts';
import { buildSearchIndex, indexPaths, loadSearchIndex, saveSearchIndex } from '../search-index.ts';
import { indexFingerprint } from '../../src/lib/db/queries/search.ts';
import { writeWorkspaceFile } from '../../src/lib/db/workspace-file.ts';
import { INDEX_FILE, INDEX_FINGERPRINT_FILE } from '../../src/lib/search/protocol.ts';
import { importParsedFile } from '../../src/lib/db/load.ts';
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
	try {
		for (const path of args.files) {
			const known = await importedBefore(db, path);
			if (known) {
				alreadyImported(path, known.id, known.sha256);
				continue;
			}
			const { value: input } = await readInputs([path], { stream: true, timeZone, onProgress: readProgress() }).next();
			if (!input?.ok) {
				failures++;
				continue;
			}
			const { parsed, problems } = input.result;
			if (parsed.length === 0) {
				process.stderr.write(`${input.file}: nothing imported: ${problems.at(-1)?.message ?? 'nothing recognisable in this file'}\n`);
				failures++;
				continue;
			}
			for (const { entry, file, source } of parsed) {
				const name = entry ? `${input.file} › ${entry}` : input.file;
				try {
					const started = performance.now();
					const loaded = await importParsedFile(db, file, source, { timeZone });
					const took = seconds(started);
					if (loaded.duplicate) alreadyImported(name, loaded.archiveId, source.sha256);
					else {
						added.push(loaded.archiveId);
						const unparsed = file.unparsed.length ? `, ${count('unparsed line kept', 'unparsed lines kept')(file.unparsed.length)}` : '';
						process.stdout.write(
							`${name}: archive ${loaded.archiveId}, ${file.platform}, ${count('message')(loaded.messages)}${unparsed} (loaded in ${took})\n`
						);
					}
				} catch (err) {
					process.stderr.write(`${name}: not imported: ${(err as Error).message}\n`);
					failures++;
				}
			}
		}
		if (added.length > 0) {
			const scan = progress('risk scan', count('message'));
			let started = performance.now();
			const outcome = await scanArchives(db, added, (done, total) => scan.update(done, total));
			scan.end(`${count('hit')(outcome.hits)} in ${count('message')(outcome.messages)} (${seconds(started)})`);
			started = performance.now();
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

/** The workspace as a file the app opens (Workspace › Open workspace file), with its search index. */
async function writeAppFile(db: NativeDb, dbPath: string, out: string): Promise<boolean> {
	const started = performance.now();
	try {
		const { bin, json } = indexPaths(dbPath);
		const index = { [INDEX_FILE]: new Uint8Array(await readFile(bin)), [INDEX_FINGERPRINT_FILE]: new Uint8Array(await readFile(json)) };
		const bytes = await writeWorkspaceFile(db, 'parley import (native DuckDB)', index);
		await writeFile(out, bytes);
		process.stdout.write(`${out}: workspace file for the app, ${(bytes.length / 1e6).toFixed(1)} MB (${seconds(started)})\n`);
		return true;
	} catch (err) {
		process.stderr.write(`parley import: cannot write the workspace file ${out}: ${(err as Error).message}\n`);
		return false;
	}
}

/** The search index beside the database, rebuilt when it does not match the database (new archives, or none yet). */
async function indexForSearch(db: NativeDb, dbPath: string): Promise<void> {
	const fingerprint = await indexFingerprint(db);
	if (await loadSearchIndex(dbPath, fingerprint)) return;
	const bar = progress('search index', count('message'));
	const started = performance.now();
	const index = await buildSearchIndex(db, (done, total) => bar.update(done, total));
	const bytes = await saveSearchIndex(dbPath, index, fingerprint);
	bar.end(`${count('message')(index.size)}, ${(bytes / 1e6).toFixed(1)} MB in ${indexPaths(dbPath).bin} (${seconds(started)})`);
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
