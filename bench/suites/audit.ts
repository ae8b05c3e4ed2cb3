import { createHash } from 'node:crypto';
import { auditTime, nextRecord, type AuditRecord, type ChainHead } from '../../src/lib/audit/chain.ts';
import { archiveFingerprint, recordedArchive, verifyWorkspaceFingerprints } from '../../src/lib/audit/fingerprint.ts';
import { AuditLog } from '../../src/lib/audit/log.ts';
import { verifyStoredLog } from '../../src/lib/audit/verify.ts';
import type { Connector } from '../../src/lib/db/connector.ts';
import { importParsedFile } from '../../src/lib/db/load.ts';
import { createNodeDb } from '../../src/lib/db/node.ts';
import { auditRecordsAfter, type LogCursor } from '../../src/lib/db/queries/audit.ts';
import { archiveIdentities, FINGERPRINT_V1, rowEncodingSql } from '../../src/lib/db/queries/fingerprint.ts';
import { parseSource } from '../../src/lib/ingest/parse-source.ts';
import { fixed, printTable } from '../lib/table.ts';
import { generateWhatsAppText } from '../whatsapp-gen.ts';

/**
 * "Verify workspace" at BENCH_MESSAGES generated WhatsApp messages (default 1M, four chats parsed by the real parser
 * and imported): every archive's evidence fingerprint recomputed in DuckDB (Node, the browser's engine) and compared
 * with the one recorded at import. Peers measured in the same run over the same rows: reading every message as
 * Arrow IPC (the cost of touching the data at all), DuckDB's own sha256() of each message's raw text, and
 * node:crypto hashing the fingerprint's row encodings (a native hash the browser does not have).
 * Then the chain check of a BENCH_LOG_ENTRIES-entry log (default 100k) against reading it.
 */
const CHATS = 4;

async function time(f: () => Promise<unknown>): Promise<number> {
	const t = performance.now();
	await f();
	return performance.now() - t;
}

async function load(n: number): Promise<{ db: Connector; log: AuditLog; importMs: number; fingerprintMs: number }> {
	const db = await createNodeDb();
	const log = new AuditLog(async () => db);
	await log.open();
	const per = Math.ceil(n / CHATS);
	let importMs = 0;
	let fingerprintMs = 0;
	for (let c = 0; c < CHATS; c++) {
		const { parsed } = await parseSource(`WhatsApp Chat with Bench ${c + 1}.txt`, new TextEncoder().encode(generateWhatsAppText(per, 300 + c)));
		for (const p of parsed) {
			let archiveId = 0;
			importMs += await time(async () => (archiveId = (await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' })).archiveId));
			const identity = (await archiveIdentities(db)).find((a) => a.id === archiveId)!;
			fingerprintMs += await time(async () => {
				await log.append('import.loaded', `archive:${archiveId}`, { ...recordedArchive(identity, await archiveFingerprint(db, archiveId)) });
			});
		}
	}
	return { db, log, importMs, fingerprintMs };
}

async function nodeCryptoOverEncodings(db: Connector): Promise<void> {
	const part = FINGERPRINT_V1.find((p) => p.table === 'messages')!;
	const [{ lo, hi }] = await db.query<{ lo: number; hi: number }>(`SELECT min(id) AS lo, max(id) AS hi FROM messages`);
	const h = createHash('sha256');
	for (let from = lo; from <= hi; from += 50_000) {
		const rows = await db.query<{ e: string }>(`SELECT ${rowEncodingSql(part)} AS e FROM messages WHERE id >= ? AND id < ? ORDER BY id`, [from, from + 50_000]);
		for (const r of rows) h.update(createHash('sha256').update(r.e).digest('hex'));
	}
	h.digest('hex');
}

async function readLog(db: Connector): Promise<number> {
	let cursor: LogCursor | null = null;
	let n = 0;
	for (;;) {
		const page = await auditRecordsAfter(db, cursor, 5_000);
		n += page.length;
		if (page.length < 5_000) return n;
		cursor = { seq: page[page.length - 1].seq, rowid: page[page.length - 1].rowid };
	}
}

async function appendLongLog(db: Connector, from: ChainHead, n: number): Promise<void> {
	let head = from;
	for (let start = 0; start < n; start += 1_000) {
		const chunk: AuditRecord[] = [];
		for (let i = start; i < Math.min(n, start + 1_000); i++) {
			const r = nextRecord(head, {
				time: auditTime(Date.UTC(2026, 0, 1) + i * 1000),
				actor: `Reviewer ${i % 5}`,
				action: 'query.run',
				subject: 'query',
				details: { sql: `SELECT ${i}`, rows: i % 50 }
			});
			chunk.push(r);
			head = { seq: r.seq, hash: r.hash };
		}
		await db.query(
			`INSERT INTO audit_log VALUES ${chunk.map(() => '(?, ?::TIMESTAMP, ?, ?, ?, ?, ?, ?)').join(', ')}`,
			chunk.flatMap((r) => [r.seq, r.time, r.actor, r.action, r.subject, r.detail, r.prev_hash, r.hash])
		);
	}
	await db.query(`INSERT OR REPLACE INTO meta VALUES ('audit_head', ?)`, [JSON.stringify(head)]);
}

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
	const logEntries = Number(process.env.BENCH_LOG_ENTRIES ?? 100_000);
	const { db, log, importMs, fingerprintMs } = await load(n);
	const [{ messages }] = await db.query<{ messages: number }>(`SELECT count(*)::INTEGER AS messages FROM messages`);

	const arrowMs = await time(() => db.queryArrowIPC(`SELECT * FROM messages`));
	let verified = 0;
	let failed = -1;
	const verifyMs = await time(async () => {
		const check = await verifyWorkspaceFingerprints(db);
		verified = check.rows;
		failed = check.failed;
	});
	const duckShaMs = await time(() => db.query(`SELECT count(sha256(raw)) FROM messages`));
	const nodeMs = await time(() => nodeCryptoOverEncodings(db));
	if (failed !== 0) throw new Error(`verify workspace found ${failed} changed archives in an untouched workspace`);
	const ratio = (ms: number) => fixed(ms / arrowMs, 2);
	printTable(
		`Verify workspace — ${messages.toLocaleString('en')} messages in ${CHATS} archives (${verified.toLocaleString('en')} rows hashed); ` +
			`import took ${fixed(importMs / 1000)} s and its fingerprints ${fixed(fingerprintMs / 1000)} s; ms, ratio to reading every message as Arrow`,
		['step', 'ms', 'ratio'],
		[
			['read every message as Arrow IPC (peer: touching the data)', fixed(arrowMs), '1.00'],
			['Verify workspace: recompute and compare every fingerprint', fixed(verifyMs), ratio(verifyMs)],
			['DuckDB sha256(raw) of every message (peer)', fixed(duckShaMs), ratio(duckShaMs)],
			["node:crypto over the messages part's row encodings (peer)", fixed(nodeMs), ratio(nodeMs)]
		]
	);

	await appendLongLog(db, log.latest, logEntries);
	let read = 0;
	const readMs = await time(async () => (read = await readLog(db)));
	let ok = false;
	const chainMs = await time(async () => (ok = (await verifyStoredLog(db)).ok));
	if (!ok) throw new Error('the generated log did not verify');
	printTable(
		`Verify log — ${read.toLocaleString('en')} entries; ms, ratio to reading them`,
		['step', 'ms', 'ratio'],
		[
			['read every entry (peer)', fixed(readMs), '1.00'],
			['Verify log: read, re-seal and link every entry', fixed(chainMs), fixed(chainMs / readMs, 2)]
		]
	);
}
