// Builds the static site once and serves it with `vite preview` on a free 127.0.0.1 port for the e2e project.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** Set when the build or the preview server failed; every e2e test then fails with it, other projects still run. */
		e2eSetupError: string;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const srv = createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

async function freePort(from = 4180): Promise<number> {
	for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
	throw new Error(`no free port in ${from}..${from + 99}`);
}

const tail = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '').slice(-4000);

function run(args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [vite, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args.join(' ')} exited ${code}\n${tail(log)}`))));
	});
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}\n${tail(log())}`);
		try {
			await fetch(url);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error(`vite preview did not answer at ${url} within 30 s\n${tail(log())}`);
}

export default async function setup(project: TestProject) {
	project.provide('baseURL', '');
	project.provide('e2eSetupError', '');
	let preview: ChildProcess | undefined;
	try {
		if (!process.env.PARLEY_E2E_SKIP_BUILD) await run(['build', '--logLevel', 'warn']);
		const port = await freePort();
		const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		preview = child;
		let log = '';
		const logFile = join(root, 'test-results', 'preview.log');
		mkdirSync(dirname(logFile), { recursive: true });
		writeFileSync(logFile, '');
		const record = (d: Buffer) => {
			log += d;
			appendFileSync(logFile, d);
		};
		child.stdout!.on('data', record);
		child.stderr!.on('data', record);
		child.on('exit', (code, signal) => appendFileSync(logFile, `\n[preview exited: code ${code}, signal ${signal}]\n`));
		const baseURL = `http://127.0.0.1:${port}`;
		await waitForServer(baseURL + '/', child, () => log);
		project.provide('baseURL', baseURL);
	} catch (err) {
		project.provide('e2eSetupError', err instanceof Error ? err.message : String(err));
	}

	return async () => {
		const server = preview;
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
		if (server.exitCode === null) server.kill('SIGKILL');
	};
}
