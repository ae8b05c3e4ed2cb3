/**
 * `npm run bench:browser:profile`: where an import's time and memory go, per thread. The same build, server, browser
 * and generated export as `npm run bench:browser` (bench/browser/run.ts), but only the import (no search rounds,
 * reload or charts), with:
 *
 * - a V8 CPU profile of the page and of every worker (CDP `Profiler` per target, attached through the page's own
 *   session; nothing in the app), written to bench/out/profile-<size>-<target>.cpuprofile (open them in DevTools);
 * - per target: ms of samples that were not idle (≈ CPU time, more when the thread waits for a core), the same after
 *   the parse worker's last sample (what runs once the file is read), the self-time top functions before and after;
 * - CPU seconds per OS thread of every chromium process from /proc/<pid>/task/<tid>/stat (exact, includes GC and
 *   compile threads), by thread name;
 * - peak PSS per process, and inside the renderer the largest mappings (WebAssembly memories are the big anonymous
 *   reservations) and each target's JS heap (`Runtime.getHeapUsage`) at the PSS peak;
 * - the main thread's long tasks > 200 ms (long-task observer) and the functions its profile ran in each.
 *
 * BENCH_SIZES=1M (default; one size) · BENCH_REBUILD=1 · BENCH_PROFILE_INTERVAL_US=1000 (sampling interval).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { fixed, printTable } from '../lib/table.ts';
import { writeRealisticWhatsApp } from './realistic-gen.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench/out');
const PROBE = join(import.meta.dirname, 'page-probe.js');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-precise-memory-info'
];
const SETTLE_MS = 3000;
const TICKS = 100; // USER_HZ on Linux

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

interface Target {
	name: string;
	url: string;
	send: <T = unknown>(method: string, params?: object) => Promise<T>;
	heapAtPeak?: number;
	profile?: CpuProfile;
}

function parseSize(s: string): number {
	const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
	if (!m) throw new Error(`BENCH_SIZES: cannot read ${s}`);
	return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
		if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
	return newest;
}

function ensureBuild(): void {
	const index = join(ROOT, 'build/index.html');
	const fresh = existsSync(index) && statSync(index).mtimeMs > Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'static')));
	if (fresh && !process.env.BENCH_REBUILD) return console.log('reusing build/ (newer than src/; BENCH_REBUILD=1 to rebuild)');
	console.log('building the app (vite build)…');
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('vite build failed');
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => resolve(port));
		});
	});
}

async function startPreview(): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			cwd: ROOT,
			stdio: 'ignore'
		}
	);
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 150; i++) {
		try {
			await fetch(url);
			return { url, child };
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	child.kill();
	throw new Error('vite preview did not answer');
}

function read(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

/** Chromium's processes: those below this one, without the preview server's subtree. */
function chromiumPids(exclude: number): number[] {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		if (stat) parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
	}
	const below = (pid: number): boolean => {
		for (let p = pid; p > 1; p = parent.get(p) ?? 0) {
			if (p === exclude) return false;
			if (p === process.pid) return true;
		}
		return false;
	};
	return [...parent.keys()].filter((p) => p !== process.pid && below(p) && isChromium(p));
}

function processKind(pid: number): string {
	const cmd = (read(`/proc/${pid}/cmdline`) ?? '').replace(/\0/g, ' ');
	const type = /--type=(\S+)/.exec(cmd)?.[1];
	const sub = /--utility-sub-type=(\S+)/.exec(cmd)?.[1];
	return type ? (sub ? `${type} (${sub.split('.').at(-1)})` : type) : 'browser';
}

function isChromium(pid: number): boolean {
	return /chrom/i.test(read(`/proc/${pid}/cmdline`) ?? '');
}

/** CPU ticks per thread: `pid:tid` → name and utime+stime. */
function threadTicks(pids: number[]): Map<string, { pid: number; name: string; ticks: number }> {
	const out = new Map<string, { pid: number; name: string; ticks: number }>();
	for (const pid of pids) {
		let tids: string[] = [];
		try {
			tids = readdirSync(`/proc/${pid}/task`);
		} catch {
			continue;
		}
		for (const tid of tids) {
			const stat = read(`/proc/${pid}/task/${tid}/stat`);
			if (!stat) continue;
			const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			out.set(`${pid}:${tid}`, { pid, name, ticks: Number(f[11]) + Number(f[12]) });
		}
	}
	return out;
}

function pssKb(pid: number): number {
	const m = /^Pss:\s+(\d+)/m.exec(read(`/proc/${pid}/smaps_rollup`) ?? '');
	return m ? Number(m[1]) : 0;
}

/** The renderer's mappings with the most PSS: size of the reservation, PSS, and what it is (path or anonymous). */
function largestMappings(pid: number, k = 8): { what: string; sizeMb: number; pssMb: number }[] {
	const text = read(`/proc/${pid}/smaps`) ?? '';
	const maps: { what: string; sizeMb: number; pssMb: number }[] = [];
	let cur: { what: string; sizeMb: number; pssMb: number } | null = null;
	for (const line of text.split('\n')) {
		const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
		if (head) {
			cur = { what: head[3] || '[anon]', sizeMb: (parseInt(head[2], 16) - parseInt(head[1], 16)) / 2 ** 20, pssMb: 0 };
			maps.push(cur);
			continue;
		}
		const pss = /^Pss:\s+(\d+)/.exec(line);
		if (pss && cur) cur.pssMb = Number(pss[1]) / 1024;
	}
	return maps.sort((a, b) => b.pssMb - a.pssMb).slice(0, k);
}

/** Sample times (µs, the profile's clock) and the node of each sample. */
function sampleTimes(p: CpuProfile): number[] {
	const t: number[] = [];
	let at = p.startTime;
	for (const d of p.timeDeltas) t.push((at += d));
	return t;
}

const IDLE = new Set(['(idle)', '(program)']);

function label(n: ProfileNode): string {
	const file = n.callFrame.url.split('/').at(-1) ?? '';
	return `${n.callFrame.functionName || '(anonymous)'} ${file}${file ? `:${n.callFrame.lineNumber + 1}` : ''}`;
}

/** Busy ms (samples not idle, each weighted by the gap to the next) in [from, to), and the top self-time functions. */
function busy(p: CpuProfile, from = -Infinity, to = Infinity, k = 8): { ms: number; top: [string, number][] } {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const times = sampleTimes(p);
	const self = new Map<string, number>();
	let us = 0;
	for (let i = 0; i < p.samples.length; i++) {
		if (times[i] < from || times[i] >= to) continue;
		const node = byId.get(p.samples[i])!;
		if (IDLE.has(node.callFrame.functionName)) continue;
		const w = Math.min(i + 1 < times.length ? times[i + 1] - times[i] : 0, 50_000);
		us += w;
		const l = label(node);
		self.set(l, (self.get(l) ?? 0) + w);
	}
	const top = [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, k)
		.map(([l, v]) => [l, v / 1000] as [string, number]);
	return { ms: us / 1000, top };
}

/** Runs of consecutive busy samples longer than `minMs` (the main thread's long tasks as the profiler saw them). */
function longRuns(p: CpuProfile, minMs: number): { start: number; ms: number }[] {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const times = sampleTimes(p);
	const runs: { start: number; ms: number }[] = [];
	let start = -1;
	for (let i = 0; i < p.samples.length; i++) {
		const idle = IDLE.has(byId.get(p.samples[i])!.callFrame.functionName);
		if (!idle && start < 0) start = i;
		if ((idle || i === p.samples.length - 1) && start >= 0) {
			const ms = (times[i] - times[start]) / 1000;
			if (ms >= minMs) runs.push({ start: times[start], ms });
			start = -1;
		}
	}
	return runs;
}

function lastBusy(p: CpuProfile): number {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const times = sampleTimes(p);
	for (let i = p.samples.length - 1; i >= 0; i--) if (!IDLE.has(byId.get(p.samples[i])!.callFrame.functionName)) return times[i];
	return p.startTime;
}

function firstBusy(p: CpuProfile): number {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const times = sampleTimes(p);
	for (let i = 0; i < p.samples.length; i++) if (!IDLE.has(byId.get(p.samples[i])!.callFrame.functionName)) return times[i];
	return p.startTime;
}

function workerName(url: string, seen: Map<string, number>): string {
	const file = (url.split('/').at(-1) ?? url).replace(/[-.][A-Za-z0-9_-]{8}\.js$/, '').replace(/\.js$/, '');
	const n = (seen.get(file) ?? 0) + 1;
	seen.set(file, n);
	return n === 1 ? file : `${file} #${n}`;
}

/** Attaches to every worker of the page through the page's session (non-flat sessions, messages wrapped). */
function attachWorkers(cdp: CDPSession, onTarget: (t: Target) => void): void {
	let id = 1;
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	const seen = new Map<string, number>();
	cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
		const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
		const p = msg.id !== undefined ? pending.get(msg.id) : undefined;
		if (!p) return;
		pending.delete(msg.id!);
		if (msg.error) p.reject(new Error(msg.error.message));
		else p.resolve(msg.result);
	});
	cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string; url: string } }) => {
		if (e.targetInfo.type !== 'worker') return;
		const send = <T>(method: string, params: object = {}) =>
			new Promise<T>((resolve, reject) => {
				const mid = id++;
				pending.set(mid, { resolve: resolve as (v: unknown) => void, reject });
				void cdp.send('Target.sendMessageToTarget', { sessionId: e.sessionId, message: JSON.stringify({ id: mid, method, params }) }).catch(reject);
			});
		onTarget({ name: workerName(e.targetInfo.url, seen), url: e.targetInfo.url, send });
	});
}

async function profileSize(n: number, base: string, previewPid: number): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const sizeLabel = n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`;
	const file = join(OUT, `whatsapp-realistic-${sizeLabel}.txt`);
	if (!existsSync(file) || !existsSync(`${file}.json`)) {
		console.log(`generating ${n.toLocaleString('en-US')} messages…`);
		writeFileSync(`${file}.json`, JSON.stringify(writeRealisticWhatsApp(file, n)));
	}
	const interval = Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 1000);
	const dir = mkdtempSync(join(tmpdir(), 'parley-profile-'));
	const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
	try {
		await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient')));
		await context.addInitScript({ path: PROBE });
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(base);
		await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
		const cdp = await context.newCDPSession(page);
		const targets: Target[] = [{ name: 'main thread', url: base, send: (m, p) => cdp.send(m as never, p as never) as never }];
		const starting: Promise<unknown>[] = [];
		const startProfiler = async (t: Target) => {
			await t.send('Profiler.enable');
			await t.send('Profiler.setSamplingInterval', { interval });
			await t.send('Profiler.start');
		};
		attachWorkers(cdp, (t) => {
			targets.push(t);
			starting.push(startProfiler(t).catch((e) => console.log(`profiler on ${t.name}: ${e}`)));
		});
		await startProfiler(targets[0]);
		await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
		const pids = chromiumPids(previewPid);
		const renderer = pids.filter((p) => processKind(p) === 'renderer').sort((a, b) => pssKb(b) - pssKb(a))[0] ?? pids[0];
		const ticks0 = threadTicks(chromiumPids(previewPid));
		let peak = { kb: 0, perProcess: new Map<number, number>(), mappings: [] as ReturnType<typeof largestMappings>, at: 0 };
		let sampling = true;
		const t0 = Date.now();
		const sampler = (async () => {
			while (sampling) {
				const ps = chromiumPids(previewPid);
				const per = new Map(ps.map((p) => [p, pssKb(p)]));
				const kb = [...per.values()].reduce((a, b) => a + b, 0);
				if (kb > peak.kb) {
					peak = { kb, perProcess: per, mappings: largestMappings(renderer), at: (Date.now() - t0) / 1000 };
					for (const t of targets)
						void t
							.send<{ usedSize: number }>('Runtime.getHeapUsage')
							.then((h) => (t.heapAtPeak = h.usedSize / 2 ** 20))
							.catch(() => {});
				}
				await new Promise((r) => setTimeout(r, 500));
			}
		})();
		const loadBefore = loadavg()[0];
		await page.getByLabel('Choose chat export files').setInputFiles(file);
		type Probe = {
			changeAt: number | null;
			browsableAt: number | null;
			busySeenAt: number | null;
			idleAt: number[];
			longTasks: { start: number; duration: number }[];
		};
		let probe: Probe;
		// What the page's status texts say, each change with its time (ms, the page's clock): which step runs when.
		const steps: { at: number; text: string }[] = [];
		for (;;) {
			probe = await page.evaluate(() => (window as unknown as { __benchProbe: Probe }).__benchProbe);
			const now = await page.evaluate(() => performance.now());
			const text = await page.evaluate(() =>
				[...document.querySelectorAll('main [role="status"], main progress, main [role="progressbar"]')]
					.map((e) => (e.getAttribute('aria-label') ?? '') + ' ' + (e.textContent ?? ''))
					.join(' | ')
					.replace(/[\d,.]+/g, '#')
					.replace(/\s+/g, ' ')
					.trim()
					.slice(0, 140)
			);
			if (steps.at(-1)?.text !== text) steps.push({ at: now, text });
			const lastIdle = probe.idleAt.at(-1);
			if (lastIdle !== undefined && probe.busySeenAt !== null && probe.browsableAt !== null && now - lastIdle > SETTLE_MS) {
				if (!(await page.evaluate(() => document.querySelector('main progress, main [role="progressbar"]') !== null))) break;
			}
			await new Promise((r) => setTimeout(r, 250));
		}
		sampling = false;
		await sampler;
		await Promise.all(starting);
		const ticks1 = threadTicks(chromiumPids(previewPid));
		for (const t of targets) {
			try {
				t.profile = (await t.send<{ profile: CpuProfile }>('Profiler.stop')).profile;
				writeFileSync(join(OUT, `profile-${sizeLabel}-${t.name.replace(/[^A-Za-z0-9]+/g, '_')}.cpuprofile`), JSON.stringify(t.profile));
			} catch (e) {
				console.log(`profile of ${t.name}: ${e}`);
			}
		}
		const t0s = probe.changeAt ?? 0;
		const done = (probe.idleAt.at(-1) ?? t0s) - t0s;
		console.log(
			`\n${n.toLocaleString('en-US')} messages: done ${fixed(done / 1000, 1)} s after the drop, load ${fixed(loadBefore, 1)} → ${fixed(loadavg()[0], 1)}`
		);

		// The parse worker's last busy sample: the file is read; what runs after it is the import's tail.
		const parse = targets.find((t) => /parse/i.test(t.name) && t.profile);
		const parsedAt = parse?.profile ? lastBusy(parse.profile) : Infinity;
		const dropAt = targets[0].profile ? Math.min(...targets.filter((t) => t.profile).map((t) => firstBusy(t.profile!))) : 0;
		printTable(
			'Per target: profiler busy ms (samples not idle), before and after the parse worker finished',
			['target', 'busy ms', 'after parse ms', 'busy until, s', 'JS heap at PSS peak, MB'],
			targets
				.filter((t) => t.profile)
				.map((t) => {
					const all = busy(t.profile!);
					const tail = busy(t.profile!, parsedAt);
					return [
						t.name,
						fixed(all.ms, 0),
						fixed(tail.ms, 0),
						fixed((lastBusy(t.profile!) - dropAt) / 1e6, 1),
						t.heapAtPeak === undefined ? 'n/a' : fixed(t.heapAtPeak, 0)
					];
				})
		);
		console.log(`parse worker's last sample: ${fixed((parsedAt - dropAt) / 1e6, 1)} s after the first busy sample`);
		for (const t of targets.filter((x) => x.profile)) {
			const all = busy(t.profile!, -Infinity, Infinity, 10);
			console.log(`\n${t.name} — top self time (ms): ${all.top.map(([l, v]) => `${l} ${fixed(v, 0)}`).join(' · ')}`);
			const tail = busy(t.profile!, parsedAt, Infinity, 10);
			if (tail.ms > 50) console.log(`  after parse: ${tail.top.map(([l, v]) => `${l} ${fixed(v, 0)}`).join(' · ')}`);
		}
		const main = targets[0].profile;
		if (main) {
			for (const run of longRuns(main, 150)) {
				const b = busy(main, run.start, run.start + run.ms * 1000, 12);
				console.log(
					`\nmain-thread busy run of ${fixed(run.ms, 0)} ms at ${fixed((run.start - dropAt) / 1e6, 1)} s: ${b.top.map(([l, v]) => `${l} ${fixed(v, 0)}`).join(' · ')}`
				);
			}
		}
		console.log('\nstatus texts (numbers as #), s after the drop:');
		for (const st of steps) console.log(`  ${fixed((st.at - t0s) / 1000, 1).padStart(6)}  ${st.text || '(none)'}`);
		console.log(
			`\nlong tasks > 200 ms (observer): ${
				probe.longTasks
					.filter((t) => t.start >= t0s && t.duration > 200)
					.map((t) => `${fixed(t.duration, 0)} ms at ${fixed((t.start - t0s) / 1000, 1)} s`)
					.join(', ') || 'none'
			}`
		);

		const rows = new Map<string, number>();
		for (const [key, v] of ticks1) {
			const before = ticks0.get(key)?.ticks ?? 0;
			const name = `${processKind(v.pid)}: ${v.name}`;
			rows.set(name, (rows.get(name) ?? 0) + (v.ticks - before) / TICKS);
		}
		const perThread = [...ticks1.entries()]
			.map(([key, v]) => ({ key, name: `${processKind(v.pid)}: ${v.name} (${key.split(':')[1]})`, s: (v.ticks - (ticks0.get(key)?.ticks ?? 0)) / TICKS }))
			.filter((r) => r.s >= 0.1)
			.sort((a, b) => b.s - a.s);
		printTable(
			'CPU seconds per OS thread from the drop to done (/proc/<pid>/task/<tid>/stat)',
			['thread', 'CPU s'],
			[
				...perThread.map((r) => [r.name, fixed(r.s, 1)]),
				[
					'all chromium threads',
					fixed(
						perThread.reduce((a, r) => a + r.s, 0),
						1
					)
				]
			]
		);
		printTable(
			`Peak PSS ${fixed(peak.kb / 1024, 0)} MB at ${fixed(peak.at, 1)} s after the drop, per process`,
			['process', 'PSS MB'],
			[...peak.perProcess.entries()].sort((a, b) => b[1] - a[1]).map(([p, kb]) => [`${processKind(p)} (${p})`, fixed(kb / 1024, 0)])
		);
		printTable(
			'Renderer mappings with the most PSS at the peak (WebAssembly memories: anonymous reservations of several GB)',
			['mapping', 'size MB', 'PSS MB'],
			peak.mappings.map((m) => [m.what, fixed(m.sizeMb, 0), fixed(m.pssMb, 0)])
		);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

const sizes = (process.env.BENCH_SIZES ?? '1M').split(',').map(parseSize);
console.log(
	`Parley import profile — chromium headless, ${availableParallelism()} cores, load ${loadavg()
		.map((x) => fixed(x, 1))
		.join(' ')}, ${new Date().toISOString()}`
);
ensureBuild();
const preview = await startPreview();
try {
	for (const n of sizes) await profileSize(n, preview.url, preview.child.pid!);
} finally {
	preview.child.kill();
}
