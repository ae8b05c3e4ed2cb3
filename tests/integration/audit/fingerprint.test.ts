import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '$lib/audit/log';
import { archiveFingerprint, recordedArchive, verifyWorkspaceFingerprints } from '$lib/audit/fingerprint';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { archiveIdentities } from '$lib/db/queries/fingerprint';
import type { ParsedFile } from '$lib/model/types';

/**
 * The expected fingerprints here are computed with node:crypto over rows this file builds (or reads back with a
 * plain SELECT), encoded by this file's own few lines that follow the documented definition.
 */

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** A column value as the definition writes it: null, an integer, a boolean, text, or a timestamp given as its text. */
type V = null | number | boolean | string | { ts: string };

function field(v: V): string {
	if (v === null) return '~';
	const text = typeof v === 'object' ? v.ts : typeof v === 'boolean' ? String(v) : String(v);
	return `${Buffer.byteLength(text, 'utf8')}:${text}`;
}

/** Rows sorted by their first column that is not archive_id (their key), then by their row hash. */
function partHash(rows: V[][], keyColumn = 0): string {
	const hashed = rows.map((r) => ({ key: r[keyColumn] as number, hash: sha(r.map(field).join('')) }));
	hashed.sort((a, b) => a.key - b.key || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
	return sha(hashed.map((r) => r.hash).join(''));
}

function expectedDigest(parts: [string, V[][]][]): { digest: string; parts: Record<string, { rows: number; sha256: string }> } {
	const out: Record<string, { rows: number; sha256: string }> = {};
	for (const [name, rows] of parts) out[name] = { rows: rows.length, sha256: partHash(rows, name === 'unparsed_lines' ? 1 : 0) };
	const text = 'parley-fingerprint/1\n' + parts.map(([name]) => `${name} ${out[name].rows} ${out[name].sha256}\n`).join('');
	return { digest: sha(text), parts: out };
}

// Rows of archive 1; archive 2 has rows of its own that must not count.
const CONVERSATIONS: V[][] = [
	[10, 1, 'whatsapp', 'Ops “Team” 👍', 'group', null],
	[11, 1, 'whatsapp', '', 'direct', 'c:11']
];
const MESSAGES: V[][] = [
	// id, archive_id, conversation_id, participant_id, idx, pos, source_id, author, author_raw, ts_local, ts_utc, tz, kind, text, edited, deleted, reply_to, reply_to_source_id, line, line_end, source_path, raw
	[
		100,
		1,
		10,
		7,
		0,
		0,
		null,
		'Ana',
		'Ana',
		'2024-03-01T10:00:00',
		{ ts: '2024-03-01T09:00:00.000000Z' },
		'Europe/Berlin',
		'text',
		'Hi über 你好\nsecond line',
		false,
		false,
		null,
		null,
		1,
		2,
		null,
		'01/03/2024, 10:00 - Ana: Hi über 你好\nsecond line'
	],
	[
		101,
		1,
		10,
		null,
		1,
		1,
		'm-1',
		'',
		'',
		'2024-03-01T10:01:30',
		{ ts: '2024-03-01T09:01:30.250000Z' },
		'Europe/Berlin',
		'system',
		'Ana joined',
		false,
		false,
		null,
		null,
		3,
		3,
		null,
		'Ana joined'
	],
	[
		102,
		1,
		11,
		8,
		2,
		0,
		'12:34',
		'1:2',
		'~',
		'bad date',
		null,
		'Europe/Berlin',
		'deleted',
		'',
		true,
		true,
		100,
		'100',
		null,
		null,
		'$.messages[2]',
		'{"x":"~:"}'
	]
];
const ATTACHMENTS: V[][] = [
	[100, 1, 0, 'IMG-1.jpg', 'image'],
	[100, 1, 1, 'a b.pdf', 'document']
];
const UNPARSED: V[][] = [
	[1, 0, null, 'junk at the top', 'before the first message'],
	[1, 7, 'chat/part 2.txt', 'Ω', 'no date']
];

function sqlValue(v: V): string {
	if (v === null) return 'NULL';
	if (typeof v === 'object') return `'${v.ts.replace('T', ' ').replace('Z', '')}'::TIMESTAMP`;
	if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
	return String(v);
}

async function insert(db: Connector, table: string, rows: V[][]): Promise<void> {
	for (const r of rows) await db.exec(`INSERT INTO ${table} VALUES (${r.map(sqlValue).join(', ')})`);
}

async function workspaceWithTwoArchives(): Promise<Connector> {
	const db = await createNodeDb();
	for (const [id, sha256] of [
		[1, 'a'.repeat(64)],
		[2, 'b'.repeat(64)]
	] as const) {
		await db.exec(
			`INSERT INTO archives VALUES (${id}, 'chat-${id}.txt', 1000, '${sha256}', 'whatsapp', 'whatsapp-android-txt', '2026-03-01 10:00:00', 'Europe/Berlin', 3, 2, [])`
		);
	}
	await insert(db, 'conversations', CONVERSATIONS);
	await insert(db, 'messages', MESSAGES);
	await insert(db, 'attachments', ATTACHMENTS);
	await insert(db, 'unparsed_lines', UNPARSED);
	await insert(db, 'conversations', [[12, 2, 'whatsapp', 'Other', 'group', null]]);
	await insert(db, 'messages', [
		[
			200,
			2,
			12,
			null,
			0,
			0,
			null,
			'Bo',
			'Bo',
			'2024-03-02T10:00:00',
			{ ts: '2024-03-02T09:00:00.000000Z' },
			'UTC',
			'text',
			'x',
			false,
			false,
			null,
			null,
			1,
			1,
			null,
			'x'
		]
	]);
	return db;
}

describe('archive fingerprint', () => {
	it('equals the digest node:crypto computes over the same rows by the documented definition', async () => {
		const db = await workspaceWithTwoArchives();
		const expected = expectedDigest([
			['conversations', CONVERSATIONS],
			['messages', MESSAGES],
			['attachments', ATTACHMENTS],
			['unparsed_lines', UNPARSED]
		]);
		expect(await archiveFingerprint(db, 1)).toEqual({ version: 1, ...expected });
	});

	it('is the same whatever order the rows were written in', async () => {
		const db = await createNodeDb();
		await insert(db, 'conversations', [...CONVERSATIONS].reverse());
		await insert(db, 'messages', [...MESSAGES].reverse());
		await insert(db, 'attachments', [...ATTACHMENTS].reverse());
		await insert(db, 'unparsed_lines', [...UNPARSED].reverse());
		const expected = expectedDigest([
			['conversations', CONVERSATIONS],
			['messages', MESSAGES],
			['attachments', ATTACHMENTS],
			['unparsed_lines', UNPARSED]
		]);
		expect((await archiveFingerprint(db, 1)).digest).toBe(expected.digest);
	});

	it('has the documented value for an archive without rows', async () => {
		const db = await createNodeDb();
		const empty = sha('');
		expect(empty).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		const text = `parley-fingerprint/1\nconversations 0 ${empty}\nmessages 0 ${empty}\nattachments 0 ${empty}\nunparsed_lines 0 ${empty}\n`;
		expect((await archiveFingerprint(db, 5)).digest).toBe(sha(text));
	});

	it('covers an imported archive across many blocks, matching node:crypto over the rows read back', async () => {
		const db = await createNodeDb();
		const n = 120_000;
		const file: ParsedFile = {
			platform: 'whatsapp',
			format: 'whatsapp-android-txt',
			conversations: [{ title: 'Big', kind: 'group' }],
			notes: [],
			messages: Array.from({ length: n }, (_, i) => ({
				index: i,
				author: `P${i % 7}`,
				authorRaw: `P${i % 7}`,
				ts: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString().slice(0, 19),
				kind: 'text' as const,
				text: i % 1000 === 0 ? `ß ${i}\n` : `m${i}`,
				attachments: i % 25_000 === 3 ? [`F${i}.jpg`] : [],
				edited: false,
				line: i + 1,
				lineEnd: i + 1,
				raw: `r${i}`
			})),
			unparsed: [{ line: n + 1, text: 'tail', reason: 'synthetic' }]
		};
		await importParsedFile(db, file, { name: 'big.txt', bytes: 1, sha256: 'c'.repeat(64) }, { timeZone: 'UTC' });
		const cols = (t: string) => db.query<Record<string, V>>(`SELECT * FROM ${t} WHERE archive_id = 1 ORDER BY ALL`);
		const asRows = (rows: Record<string, V>[], tsColumn?: string) =>
			rows.map((r) => Object.entries(r).map(([k, v]) => (k === tsColumn && typeof v === 'string' ? { ts: v.replace('Z', '.000000Z') } : v)));
		const expected = expectedDigest([
			['conversations', asRows(await cols('conversations'))],
			['messages', asRows(await cols('messages'), 'ts_utc')],
			['attachments', asRows(await cols('attachments'))],
			['unparsed_lines', asRows(await cols('unparsed_lines'))]
		]);
		const seen: number[] = [];
		const fp = await archiveFingerprint(db, 1, (rows) => seen.push(rows));
		expect(fp.parts.messages.rows).toBe(n);
		expect(fp.parts.attachments.rows).toBe(5);
		expect(fp).toEqual({ version: 1, ...expected });
		expect(seen.length).toBeGreaterThan(3);
		expect(seen.at(-1)).toBe(1 + n + 5 + 1);
	});
});

describe('verify workspace', () => {
	async function recorded(): Promise<Connector> {
		const db = await workspaceWithTwoArchives();
		const log = new AuditLog(async () => db);
		await log.open();
		for (const a of await archiveIdentities(db)) {
			await log.append('import.loaded', `archive:${a.id}`, { file: a.file_name, ...recordedArchive(a, await archiveFingerprint(db, a.id)) });
		}
		return db;
	}

	it('finds both archives intact as imported', async () => {
		const check = await verifyWorkspaceFingerprints(await recorded());
		expect(check.failed).toBe(0);
		expect(check.archives.map((a) => [a.archiveId, a.status, a.recordedIn, a.findings])).toEqual([
			[1, 'intact', 1, []],
			[2, 'intact', 2, []]
		]);
		expect(check.rows).toBe(2 + 3 + 2 + 2 + 1 + 1);
	});

	it.each([
		{
			name: 'a message text changed',
			sql: `UPDATE messages SET text = 'FORGED' WHERE id = 101`,
			finding: /content of its messages changed: same number \(3\)/
		},
		{
			name: 'a message time changed by a microsecond',
			sql: `UPDATE messages SET ts_utc = ts_utc + INTERVAL 1 MICROSECOND WHERE id = 100`,
			finding: /content of its messages changed/
		},
		{ name: 'a NULL made empty', sql: `UPDATE messages SET source_path = '' WHERE id = 100`, finding: /content of its messages changed/ },
		{ name: 'a flag flipped', sql: `UPDATE messages SET edited = true WHERE id = 100`, finding: /content of its messages changed/ },
		{ name: 'a message deleted', sql: `DELETE FROM messages WHERE id = 102`, finding: /had 3 messages at import and has 2 now: 1 removed/ },
		{
			name: 'a message added',
			sql: `INSERT INTO messages SELECT 103, archive_id, conversation_id, participant_id, 3, 2, source_id, author, author_raw, ts_local, ts_utc, tz, kind, 'added', edited, deleted, reply_to, reply_to_source_id, line, line_end, source_path, raw FROM messages WHERE id = 100`,
			finding: /has 4 now: 1 added/
		},
		{ name: 'a message copied in whole, the same id twice', sql: `INSERT INTO messages SELECT * FROM messages WHERE id = 101`, finding: /has 4 now: 1 added/ },
		{ name: 'an attachment renamed', sql: `UPDATE attachments SET file_name = 'other.jpg' WHERE position = 0`, finding: /content of its attachments changed/ },
		{ name: 'an unparsed line removed', sql: `DELETE FROM unparsed_lines WHERE line = 7`, finding: /had 2 unparsed lines at import and has 1 now/ },
		{ name: 'a conversation renamed', sql: `UPDATE conversations SET title = 'Renamed' WHERE id = 10`, finding: /content of its conversations changed/ },
		{
			name: 'the file name changed',
			sql: `UPDATE archives SET file_name = 'forged.txt' WHERE id = 1`,
			finding: /file name was “chat-1.txt” at import and is “forged.txt” now/
		},
		{ name: 'the archive SHA-256 changed', sql: `UPDATE archives SET sha256 = '${'d'.repeat(64)}' WHERE id = 1`, finding: /SHA-256 was “a{64}” at import/ },
		{ name: 'the archive row deleted', sql: `DELETE FROM archives WHERE id = 1`, finding: /own row .* is gone/ }
	])('names archive 1 when $name behind the app', async ({ sql, finding }) => {
		const db = await recorded();
		await db.exec(sql);
		const check = await verifyWorkspaceFingerprints(db);
		expect(check.failed).toBe(1);
		const [one, two] = check.archives;
		expect(two.status).toBe('intact');
		expect(one).toMatchObject({ archiveId: 1, fileName: 'chat-1.txt', status: 'changed', recordedIn: 1 });
		expect(one.findings.join(' ')).toMatch(finding);
	});

	it('names both archives when a message is moved from one to the other', async () => {
		const db = await recorded();
		await db.exec(`UPDATE messages SET archive_id = 2 WHERE id = 101`);
		const check = await verifyWorkspaceFingerprints(db);
		expect(check.archives.map((a) => [a.archiveId, a.status])).toEqual([
			[1, 'changed'],
			[2, 'changed']
		]);
	});

	it('finds rows added under an archive id that nothing recorded', async () => {
		const db = await recorded();
		await db.exec(
			`INSERT INTO messages SELECT 300, 9, conversation_id, participant_id, 0, 0, source_id, author, author_raw, ts_local, ts_utc, tz, kind, 'planted', edited, deleted, reply_to, reply_to_source_id, line, line_end, source_path, raw FROM messages WHERE id = 100`
		);
		const check = await verifyWorkspaceFingerprints(db);
		expect(check.archives.map((a) => [a.archiveId, a.status])).toEqual([
			[1, 'intact'],
			[2, 'intact'],
			[9, 'unrecorded']
		]);
		expect(check.archives[2].findings[0]).toMatch(/1 message under archive 9, which no archive row names, but the audit log records no fingerprint/);
	});

	it('finds an archive removed with all its rows', async () => {
		const db = await recorded();
		for (const t of ['archives WHERE id = 2', 'conversations WHERE archive_id = 2', 'messages WHERE archive_id = 2']) await db.exec(`DELETE FROM ${t}`);
		const check = await verifyWorkspaceFingerprints(db);
		expect(check.archives.map((a) => [a.archiveId, a.status])).toEqual([
			[1, 'intact'],
			[2, 'missing']
		]);
		expect(check.archives[1].findings[0]).toMatch(/imported \(log entry 2\), but the workspace no longer holds it/);
	});
});
