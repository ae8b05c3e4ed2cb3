import { describe, expect, it } from 'vitest';
import { auditTime } from '$lib/audit/chain';
import { AuditLog, UNNAMED_REVIEWER } from '$lib/audit/log';
import { verifyStoredLog } from '$lib/audit/verify';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { auditActions, auditCount, auditPage, auditPlaceOf, NO_AUDIT_FILTER } from '$lib/db/queries/audit';
import { restoreSnapshot, saveSnapshot } from '$lib/db/snapshot';
import { memoryStore } from '../workspace/memory-store';

async function openLog(db: Connector, now?: () => number): Promise<AuditLog> {
	const log = new AuditLog(async () => db, now);
	await log.open();
	return log;
}

const allRecords = (db: Connector) =>
	db.query<{ seq: number; actor: string; action: string; subject: string; detail: string }>(
		`SELECT seq, actor, action, subject, detail FROM audit_log ORDER BY seq`
	);

describe('audit log appends', () => {
	it('keeps sequence and chain when several callers append at once', async () => {
		const db = await createNodeDb();
		const log = await openLog(db);
		const callers = ['search', 'sql', 'export', 'people', 'policy'];
		const written = await Promise.all(callers.flatMap((caller) => Array.from({ length: 20 }, (_, i) => log.append('query.run', caller, { caller, i }))));
		expect(written.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		expect((await allRecords(db)).map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		// Calls are written in the order they were made.
		expect(written.map((r) => JSON.parse(r.detail))).toEqual(callers.flatMap((caller) => Array.from({ length: 20 }, (_, i) => ({ caller, i }))));
		expect(await verifyStoredLog(db)).toEqual({ ok: true, entries: 100, head: { seq: 100, hash: written[99].hash } });
	});

	it('waits for open(): an append made before the log is read follows the restored entries', async () => {
		const db = await createNodeDb();
		const first = await openLog(db);
		await first.append('search.run', 'search', { query: 'gift', hits: 3 });
		const log = new AuditLog(async () => db);
		const early = log.append('query.run', 'query', { sql: 'SELECT 1', rows: 1 });
		await new Promise((r) => setTimeout(r, 20));
		expect(await auditCount(db, NO_AUDIT_FILTER)).toBe(1);
		await log.open();
		expect((await early).seq).toBe(2);
		expect((await verifyStoredLog(db)).ok).toBe(true);
	});

	it('names the reviewer on every entry, logs the naming under the new name, and keeps the name in the workspace', async () => {
		const db = await createNodeDb();
		const log = await openLog(db);
		expect(log.actor).toBe(UNNAMED_REVIEWER);
		await log.append('search.run', 'search', { query: 'a', hits: 0 });
		await log.setReviewer('  Lena   Fischer ');
		await log.append('search.run', 'search', { query: 'b', hits: 0 });
		expect(await log.setReviewer('Lena Fischer')).toBeNull();
		await log.setReviewer('Ana Silva');
		expect((await allRecords(db)).map((r) => [r.actor, r.action, r.detail])).toEqual([
			[UNNAMED_REVIEWER, 'search.run', '{"hits":0,"query":"a"}'],
			['Lena Fischer', 'reviewer.named', '{"name":"Lena Fischer","previous":null}'],
			['Lena Fischer', 'search.run', '{"hits":0,"query":"b"}'],
			['Ana Silva', 'reviewer.named', '{"name":"Ana Silva","previous":"Lena Fischer"}']
		]);
		const reopened = await openLog(db);
		expect(reopened.actor).toBe('Ana Silva');
		expect(reopened.hasReviewer).toBe(true);
	});

	it('survives a save and a restore: same entries, still verified, and appends continue the chain', async () => {
		const db = await createNodeDb();
		const log = await openLog(db);
		for (let i = 0; i < 30; i++) await log.append(i % 2 ? 'search.run' : 'query.run', 'x', { i });
		const { store } = memoryStore();
		await saveSnapshot(db, store);

		const restored = await createNodeDb();
		await restoreSnapshot(restored, store);
		expect(await allRecords(restored)).toEqual(await allRecords(db));
		expect(await verifyStoredLog(restored)).toEqual(await verifyStoredLog(db));
		const again = await openLog(restored);
		expect((await again.append('workspace.restored', 'workspace', {})).seq).toBe(31);
		expect((await verifyStoredLog(restored)).ok).toBe(true);
	});

	it('keeps times to the microsecond through the database, so the seal of every entry still matches', async () => {
		const db = await createNodeDb();
		let t = Date.UTC(2026, 2, 1, 23, 59, 59, 999);
		const log = await openLog(db, () => t++);
		const r = await log.append('query.run', 'query', { sql: 'SELECT 1' });
		expect(r.time).toBe(auditTime(Date.UTC(2026, 2, 1, 23, 59, 59, 999)));
		expect(r.time).toBe('2026-03-01T23:59:59.999000Z');
		await log.append('query.run', 'query', { sql: 'SELECT 2' });
		expect(await db.query(`SELECT strftime(created_at, '%Y-%m-%dT%H:%M:%S.%fZ') AS t FROM audit_log ORDER BY seq`)).toEqual([
			{ t: '2026-03-01T23:59:59.999000Z' },
			{ t: '2026-03-02T00:00:00.000000Z' }
		]);
		expect((await verifyStoredLog(db)).ok).toBe(true);
	});
});

describe('audit log tampered in the database', () => {
	async function logOf(n: number) {
		const db = await createNodeDb();
		const log = await openLog(db);
		for (let i = 1; i <= n; i++) await log.append('query.run', 'query', { sql: `SELECT ${i}`, rows: i });
		return db;
	}

	it.each([
		{ name: 'an actor changed', sql: `UPDATE audit_log SET actor = 'Someone Else' WHERE seq = 4`, seq: 4, kind: 'altered' },
		{
			name: 'a time moved by a microsecond',
			sql: `UPDATE audit_log SET created_at = created_at + INTERVAL 1 MICROSECOND WHERE seq = 2`,
			seq: 2,
			kind: 'altered'
		},
		{ name: 'details changed', sql: `UPDATE audit_log SET detail = replace(detail, 'SELECT 3', 'SELECT 33') WHERE seq = 3`, seq: 3, kind: 'altered' },
		{ name: 'an entry deleted', sql: `DELETE FROM audit_log WHERE seq = 5`, seq: 5, kind: 'missing' },
		{ name: 'the last entry deleted', sql: `DELETE FROM audit_log WHERE seq = 8`, seq: 8, kind: 'truncated' },
		{ name: 'the first entry deleted', sql: `DELETE FROM audit_log WHERE seq = 1`, seq: 1, kind: 'missing' },
		{ name: 'an entry copied in', sql: `INSERT INTO audit_log SELECT * FROM audit_log WHERE seq = 6`, seq: 7, kind: 'out-of-order' },
		{
			name: 'two entries swapped by number',
			sql: `UPDATE audit_log SET seq = CASE seq WHEN 3 THEN 6 WHEN 6 THEN 3 END WHERE seq IN (3, 6)`,
			seq: 3,
			kind: 'link'
		},
		{ name: 'every entry emptied', sql: `DELETE FROM audit_log`, seq: 1, kind: 'truncated' }
	])('finds $name at entry $seq', async ({ sql, seq, kind }) => {
		const db = await logOf(8);
		await db.exec(sql);
		const verdict = await verifyStoredLog(db);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem).toMatchObject({ seq, kind });
	});
});

describe('audit log page queries', () => {
	it('filters by action, actor, time and text, pages newest first, and finds the page holding an entry', async () => {
		const db = await createNodeDb();
		let t = Date.UTC(2026, 2, 1, 9, 0, 0);
		const log = await openLog(db, () => (t += 3_600_000));
		for (let i = 1; i <= 10; i++) await log.append(i % 2 ? 'query.run' : 'search.run', 'x', { text: i === 7 ? 'Gift CARD' : `t${i}` });
		await log.setReviewer('Lena Fischer');
		await log.append('export.downloaded', 'file:a.csv', { file: 'a.csv' });

		expect(await auditActions(db)).toEqual([
			{ value: 'export.downloaded', entries: 1 },
			{ value: 'query.run', entries: 5 },
			{ value: 'reviewer.named', entries: 1 },
			{ value: 'search.run', entries: 5 }
		]);
		const seqs = async (f: Partial<typeof NO_AUDIT_FILTER>, offset = 0, limit = 100, newest = true) =>
			(await auditPage(db, { ...NO_AUDIT_FILTER, ...f }, offset, limit, newest)).map((r) => r.seq);
		expect(await seqs({})).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(await seqs({}, 0, 5, false)).toEqual([1, 2, 3, 4, 5]);
		expect(await seqs({}, 5, 5)).toEqual([7, 6, 5, 4, 3]);
		expect(await seqs({ action: 'search.run' })).toEqual([10, 8, 6, 4, 2]);
		expect(await seqs({ actor: 'Lena Fischer' })).toEqual([12, 11]);
		expect(await seqs({ text: 'gift card' })).toEqual([7]);
		// Entry i was written at 09:00 + i hours on 1 March.
		expect(await seqs({ from: '2026-03-01T12:00', to: '2026-03-01T14:00' })).toEqual([5, 4, 3]);
		expect(await seqs({ from: '2026-03-01', to: '2026-03-01' })).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].filter((s) => s <= 14));
		expect(await seqs({ from: '2026-03-02' })).toEqual([]);
		expect(await auditCount(db, { ...NO_AUDIT_FILTER, action: 'query.run' })).toBe(5);
		expect(await auditPlaceOf(db, NO_AUDIT_FILTER, 9)).toBe(3);
		expect(await auditPlaceOf(db, { ...NO_AUDIT_FILTER, action: 'query.run' }, 3, false)).toBe(1);
	});
});
