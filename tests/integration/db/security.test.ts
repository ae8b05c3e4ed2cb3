import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { runUserSqlOn, SqlRefusedError } from '$lib/db/user-sql';

/** The engine itself refuses to reach outside once setupDatabase has run; the gate covers what it lets through. */

let db: Connector;
let server: Server;
let port = 0;
let requests = 0;
let dir: string;

beforeAll(async () => {
	db = await createNodeDb();
	await db.exec(`INSERT INTO archives VALUES (1, 'a.txt', 1, 'ab', 'whatsapp', 'whatsapp-android-txt', TIMESTAMP '2024-01-01 00:00:00', 'UTC', 0, 0, [])`);
	server = createServer((_, res) => (requests++, res.end('a,b\n1,2\n')));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as { port: number }).port;
	dir = mkdtempSync(join(tmpdir(), 'parley-sec-'));
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	rmSync(dir, { recursive: true, force: true });
});

const LOCKED = /disabled by configuration|Permission Error|cannot (be )?change|lock/i;

describe('the locked engine', () => {
	it('refuses to read a URL', async () => {
		await expect(db.query(`SELECT * FROM read_csv('http://127.0.0.1:${port}/x.csv')`)).rejects.toThrow(LOCKED);
		await expect(db.query(`SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')`)).rejects.toThrow(LOCKED);
		await expect(db.query(`SELECT * FROM 'http://127.0.0.1:${port}/x.csv'`)).rejects.toThrow();
		expect(requests).toBe(0);
	});

	it('refuses to write a file with COPY', async () => {
		const target = join(dir, 'x.csv');
		await expect(db.exec(`COPY archives TO '${target}'`)).rejects.toThrow(LOCKED);
		await expect(db.exec(`COPY archives TO '/tmp/x.csv'`)).rejects.toThrow(LOCKED);
		expect(existsSync(target)).toBe(false);
	});

	it('refuses to ATTACH another database', async () => {
		const target = join(dir, 'other.db');
		await expect(db.exec(`ATTACH '${target}' AS other`)).rejects.toThrow(LOCKED);
		expect(existsSync(target)).toBe(false);
	});

	it('lets an in-memory ATTACH through, which is why the gate refuses every ATTACH', async () => {
		await expect(db.exec(`ATTACH ':memory:' AS scratch`)).resolves.toBeUndefined();
		await db.exec('DETACH scratch');
		await expect(runUserSqlOn(db, `ATTACH ':memory:' AS scratch`)).rejects.toThrow(SqlRefusedError);
	});

	it('refuses to turn access or the lock back on', async () => {
		await expect(db.exec('SET enable_external_access = true')).rejects.toThrow(LOCKED);
		await expect(db.exec('SET lock_configuration = false')).rejects.toThrow(LOCKED);
		await expect(db.exec('SET autoload_known_extensions = true')).rejects.toThrow(LOCKED);
		await expect(db.exec('RESET enable_external_access')).rejects.toThrow(LOCKED);
	});

	it('refuses to LOAD an extension', async () => {
		await expect(db.exec('LOAD httpfs')).rejects.toThrow();
	});

	it('answers INSTALL with OK (a no-op), which is why the gate refuses it', async () => {
		await expect(db.exec('INSTALL httpfs')).resolves.toBeUndefined();
		await expect(db.exec('LOAD httpfs')).rejects.toThrow();
	});

	it('still answers ordinary queries afterwards', async () => {
		expect(await db.query(`SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked`)).toEqual([
			{ ext: false, locked: true }
		]);
		expect(await db.query('SELECT count(*) AS n FROM archives')).toEqual([{ n: 1 }]);
	});
});

describe('runUserSqlOn (the gate in front of the engine)', () => {
	it.each([
		'INSTALL httpfs',
		'LOAD httpfs',
		'/* x */ INSTALL httpfs',
		`SELECT 1; COPY archives TO '${'/tmp/x.csv'}'`,
		`SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')`
	])('refuses %j before it reaches the engine', async (sql) => {
		await expect(runUserSqlOn(db, sql)).rejects.toThrow(SqlRefusedError);
	});

	it('runs what it allows', async () => {
		expect(await runUserSqlOn(db, `SELECT 'install httpfs' AS s, count(*) AS n FROM archives`)).toEqual([{ s: 'install httpfs', n: 1 }]);
	});
});
