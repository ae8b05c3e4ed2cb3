// Builds the app once and serves it with `vite preview` on a free 127.0.0.1 port for the e2e project.
// The build runs in a private snapshot of the working tree, so a concurrent `npm run build` or dev server in the
// repo cannot wipe .svelte-kit/output or build/ from under the preview server.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		/** The static build the preview server serves (files a host would serve, such as the 200.html fallback). */
		buildDir: string;
		/** Set when the build or the preview server failed; every e2e test then fails with it, other projects still run. */
		e2eSetupError: string;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = join(root, 'node_modules/vite/bin/vite.js');
const NOT_COPIED = new Set(['.git', 'node_modules', 'build', '.svelte-kit', 'test-results']);

function snapshot(): string {
	const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-build-'));
	cpSync(root, dir, { recursive: true, filter: (src) => !NOT_COPIED.has(relative(root, src).split(/[\\/]/)[0]) });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

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

function vitePs(cwd: string, args: string[], logFile: string): { child: ChildProcess; log: () => string } {
	const child = spawn(process.execPath, [vite, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	const record = (d: Buffer) => {
		log += d;
		appendFileSync(logFile, d);
	};
	child.stdout!.on('data', record);
	child.stderr!.on('data', record);
	child.on('exit', (code, signal) => appendFileSync(logFile, `\n[vite ${args[0]} exited: code ${code}, signal ${signal}]\n`));
	return { child, log: () => log };
}

function build(cwd: string, logFile: string): Promise<void> {
	const { child, log } = vitePs(cwd, ['build', '--mode', 'e2e', '--logLevel', 'warn'], logFile);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}\n${tail(log())}`))));
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
	project.provide('buildDir', '');
	project.provide('e2eSetupError', '');
	const logFile = join(root, 'test-results', 'e2e-server.log');
	mkdirSync(join(root, 'test-results'), { recursive: true });
	writeFileSync(logFile, '');
	let dir: string | undefined;
	let preview: ChildProcess | undefined;
	try {
		dir = snapshot();
		await build(dir, logFile);
		const port = await freePort();
		const server = vitePs(dir, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], logFile);
		preview = server.child;
		const baseURL = `http://127.0.0.1:${port}`;
		await waitForServer(baseURL + '/', server.child, server.log);
		project.provide('baseURL', baseURL);
		project.provide('buildDir', join(dir, 'build'));
	} catch (err) {
		project.provide('e2eSetupError', err instanceof Error ? err.message : String(err));
	}

	return async () => {
		const server = preview;
		if (server && server.exitCode === null) {
			const exited = new Promise((r) => server.once('exit', r));
			server.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
			if (server.exitCode === null) server.kill('SIGKILL');
		}
		if (dir) rmSync(dir, { recursive: true, force: true });
	};
}
