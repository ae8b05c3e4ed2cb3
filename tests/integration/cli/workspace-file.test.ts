import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { indexFingerprint } from '$lib/db/queries/search';
import { restoreSnapshot } from '$lib/db/snapshot';
import { auditRecordsAfter, recordedAuditHead } from '$lib/db/queries/audit';
import { verifyChain } from '$lib/audit/chain';
import { verifyWorkspaceFingerprints } from '$lib/audit/fingerprint';
import { CONTENTS, readWorkspaceFile, WorkspaceFileError } from '$lib/db/workspace-file';
import { SearchIndex } from '$lib/search/engine';
import { parseQuery } from '$lib/search/query-parser';
import { parley, SAMPLES, TABLES } from './sample-workspace';

/** The file's members, changed by `edit`, zipped again; `relist` recomputes the contents list's sizes and hashes. */
function repack(bytes: Uint8Array, edit: (members: Record<string, Uint8Array>) => void, relist = false): Uint8Array {
	const members = unzipSync(bytes);
	edit(members);
	if (relist) {
		const contents = JSON.parse(new TextDecoder().decode(members[CONTENTS]));
		contents.files = Object.fromEntries(
			Object.entries(members)
				.filter(([name]) => name !== CONTENTS)
				.map(([name, data]) => [name, { bytes: data.byteLength, sha256: bytesToHex(sha256(data)) }])
		);
		members[CONTENTS] = new TextEncoder().encode(JSON.stringify(contents));
	}
	return zipSync(members);
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('parley import --workspace-file: a file the app restores as its own saved workspace', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-wsfile-'));
	const dbPath = join(dir, 'workspace.duckdb');
	const filePath = join(dir, 'samples.parley');
	let imported: ReturnType<typeof parley>;
	let bytes: Uint8Array;
	let app: Connector;

	beforeAll(async () => {
		imported = parley('import', ...SAMPLES, '--db', dbPath, '--tz', 'UTC', '--workspace-file', filePath);
		bytes = new Uint8Array(readFileSync(filePath));
		app = await createNodeDb();
		await restoreSnapshot(app, readWorkspaceFile(bytes).store);
	}, 240_000);

	it('says where it wrote the file', () => {
		expect(imported.code, imported.stderr).toBe(0);
		expect(imported.stdout).toMatch(/samples\.parley: workspace file for the app, [\d.]+ MB \([\d.]+ s\)/);
	});

	it('lists every member with its size and SHA-256, and who wrote it', () => {
		const { contents } = readWorkspaceFile(bytes);
		expect(contents).toMatchObject({ format: 'parley-workspace-file', version: 1, schemaVersion: 3, createdBy: 'parley import (native DuckDB)' });
		const members = unzipSync(bytes);
		expect(Object.keys(contents.files).sort()).toEqual(
			Object.keys(members)
				.filter((n) => n !== CONTENTS)
				.sort()
		);
		for (const [name, entry] of Object.entries(contents.files)) expect(entry.sha256).toBe(bytesToHex(sha256(members[name])));
	});

	it.each(TABLES.filter((t) => t !== 'search_hits'))("%s: the app's restore holds the same rows as the command line's database", async (table) => {
		const cols = await app.query<{ name: string }>(`SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index`, [table]);
		const digest = `SELECT count(*) AS n, sum(hash(${cols.map((c) => `"${c.name}"::VARCHAR`).join(', ')})::HUGEINT)::VARCHAR AS digest FROM ${table}`;
		const [fromCli] = JSON.parse(parley('query', dbPath, digest, '--json').stdout);
		const [fromApp] = await app.query<{ n: number; digest: string }>(digest);
		expect(fromCli).toEqual({ ...fromApp, redacted: false });
		if (table === 'messages' || table === 'risk_hits') expect(fromApp.n).toBeGreaterThan(0);
	});

	it('carries the search index with the fingerprint of the restored database, and it finds what parley search finds', async () => {
		const { store } = readWorkspaceFile(bytes);
		const fingerprint = JSON.parse(new TextDecoder().decode((await store.read('search-index.json'))!));
		// The app reads format, messages and maxId; the command line also lists its shards (one here, so it is carried).
		expect(fingerprint).toMatchObject({ format: 2, ...(await indexFingerprint(app)) });
		expect(fingerprint.shards).toEqual([expect.objectContaining({ file: 'workspace.duckdb.search-index.bin', messages: fingerprint.messages })]);
		const index = SearchIndex.deserialize((await store.read('search-index.bin'))!);
		for (const query of ['invoice', 'risk:pii', 'from:"dana weiss" customs']) {
			const result = index.search(parseQuery(query).ast, { sort: 'rank' });
			const cli = JSON.parse(parley('search', dbPath, query, '--json', '--limit', '1000').stdout) as { message_id: number }[];
			expect(result.total).toBeGreaterThan(0);
			expect(Array.from(result.ids)).toEqual(cli.map((r) => r.message_id));
		}
	});

	it("records each import in the audit log as the app does, and the app's Audit checks find every archive intact", async () => {
		const records = await auditRecordsAfter(app, null, 1000);
		expect(records.filter((r) => r.action === 'import.loaded')).toHaveLength(SAMPLES.length);
		expect(verifyChain(records, await recordedAuditHead(app))).toMatchObject({ ok: true, entries: records.length });
		const check = await verifyWorkspaceFingerprints(app);
		expect(check.archives).toHaveLength(SAMPLES.length);
		expect(check.archives.filter((a) => a.status !== 'intact').map((a) => `${a.fileName}: ${a.status} ${a.findings.join(' ')}`)).toEqual([]);
		expect(check.rows).toBeGreaterThan(0);
		// Named as the app names a dropped file: no folder of the machine that made it.
		expect(records.map((r) => r.detail).filter((d) => d.includes('data-samples'))).toEqual([]);
	});

	it('cannot be written to through its store', async () => {
		const { store } = readWorkspaceFile(bytes);
		await expect(store.write('workspace-manifest.json', new Uint8Array())).rejects.toThrow(/read-only/);
	});

	it.each([
		['not a zip', () => new TextEncoder().encode('<script>alert(1)</script>'), /not a readable zip/],
		['no contents list', () => repack(bytes, (m) => delete m[CONTENTS]), /has no parley-workspace-file\.json/],
		[
			'a contents list of another kind',
			() => repack(bytes, (m) => (m[CONTENTS] = json({ format: 'other', files: {} }))),
			/not a Parley workspace file's contents list/
		],
		[
			'a newer version',
			() => repack(bytes, (m) => (m[CONTENTS] = json({ format: 'parley-workspace-file', version: 9, files: {} }))),
			/version 9; this Parley reads version 1/
		],
		[
			'an HTML page among the members',
			() => repack(bytes, (m) => (m['index.html'] = json('<script>')), true),
			/holds "index\.html", which is not part of a workspace file/
		],
		['a member that climbs out of its folder', () => repack(bytes, (m) => (m['../g1-tags.arrow'] = new Uint8Array(8)), true), /holds "\.\.\/g1-tags\.arrow"/],
		[
			'a message table changed after it was written',
			() => repack(bytes, (m) => (m['archive-1-messages.arrow'] = m['archive-1-messages.arrow'].map((b, i) => (i === 200 ? b ^ 1 : b)))),
			/archive-1-messages\.arrow is not the file its contents list describes/
		],
		[
			'a member added but not listed',
			() => repack(bytes, (m) => (m['g7-tags.arrow'] = new Uint8Array(8))),
			/holds g7-tags\.arrow, which its contents list does not name/
		],
		['a listed member missing', () => repack(bytes, (m) => delete m['archive-2-messages.arrow']), /archive-2-messages\.arrow is listed but missing/]
	])('refuses a file with %s, before loading anything', (_what, make, message) => {
		expect(() => readWorkspaceFile(make())).toThrow(WorkspaceFileError);
		expect(() => readWorkspaceFile(make())).toThrow(message);
	});

	it('a file whose tables are of a schema this Parley cannot read is refused by the restore, and nothing is loaded', async () => {
		const future = repack(
			bytes,
			(m) => {
				const manifest = JSON.parse(new TextDecoder().decode(m['workspace-manifest.json']));
				m['workspace-manifest.json'] = json({ ...manifest, schemaVersion: 99 });
			},
			true
		);
		const db = await createNodeDb();
		await expect(restoreSnapshot(db, readWorkspaceFile(future).store)).rejects.toThrow(/schema version 99, this Parley reads 3/);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM messages')).toEqual([{ n: 0 }]);
	});
});
