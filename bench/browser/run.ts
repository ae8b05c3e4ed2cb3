/**
 * `npm run bench:browser`: the production build under `vite preview` on 127.0.0.1, headless Debian chromium, a
 * generated WhatsApp export (bench/browser/realistic-gen.ts) dropped on the page through the file input; stages
 * read from the DOM (bench/browser/page-probe.js). Prints a table and writes bench/out/browser-<iso>.json.
 *
 * BENCH_SIZES=100k (or 100k,1M; default both) · BENCH_REBUILD=1 forces `vite build` (else a build newer than
 * src/ is reused) · BENCH_SEARCH_ROUNDS=5 rounds of the query set for the search p95.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixed, printTable } from '../lib/table.ts';
import { writeRealisticWhatsApp, type GeneratedExport } from './realistic-gen.ts';

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
const IMPORT_TIMEOUT_MS = Number(process.env.BENCH_IMPORT_TIMEOUT_S ?? 900) * 1000;
/** The page counts as done when it has stayed idle (no progress bar, no step text) this long. */
const SETTLE_MS = 3000;
const CHARTS = ['Activity over time', 'Hour × weekday', 'Most active participants', 'Reply latency per pair', 'Message length', 'Media kinds'];

function parseSize(s: string): number {
	const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
	if (!m) throw new Error(`BENCH_SIZES: cannot read ${s}`);
	return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
	}
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
		{ cwd: ROOT, stdio: 'ignore' }
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

/** Processes below `root` (from /proc), without the subtree of `exclude`. */
function descendants(root: number, exclude: number): number[] {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			/* gone */
		}
	}
	const out: number[] = [];
	const below = (pid: number): boolean => {
		for (let p = pid; p > 1; p = parent.get(p) ?? 0) {
			if (p === exclude) return false;
			if (p === root) return true;
		}
		return false;
	};
	for (const pid of parent.keys()) if (pid !== root && below(pid)) out.push(pid);
	return out;
}

/** Proportional set size of chromium and its renderers, GPU and utility processes, in MB. */
function browserPssMb(previewPid: number): number {
	let kb = 0;
	for (const pid of descendants(process.pid, previewPid)) {
		try {
			const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
			if (m) kb += Number(m[1]);
		} catch {
			/* gone */
		}
	}
	return kb / 1024;
}

interface Probe {
	changeAt: number | null;
	browsableAt: number | null;
	busySeenAt: number | null;
	idleAt: number[];
	riskSeenAt: number | null;
	riskGoneAt: number | null;
	indexSeenAt: number | null;
	indexGoneAt: number | null;
	longTasks: { start: number; duration: number }[];
}

interface SizeResult {
	messages: number;
	fileMb: number;
	generated: GeneratedExport;
	loadBefore: number;
	loadAfter: number;
	browsableS: number | null;
	riskScannedS: number | null;
	searchableS: number | null;
	doneS: number | null;
	firstSearchAfterDoneMs: number | null;
	peakMainHeapMb: number;
	peakBrowserPssMb: number;
	longTasksOver200: number;
	longestTaskMs: number;
	searchP95Ms: Record<string, { p50: number; p95: number; max: number; n: number }>;
	reloadToFirstAnswerS: number | null;
	/** What the restoring notice said after the reload, and when (ms from the navigation). */
	reloadSteps: { step: string; at: number }[];
	/** s from the navigation until the workspace check after the restore (every row hashed) was done. */
	reloadVerifiedS: number | null;
	chartRedrawMs: Record<string, number | null>;
	errors: string[];
}

type Sampler = { stop: () => { heap: number; pss: number } };

async function sampleMemory(page: Page, context: BrowserContext, previewPid: number): Promise<Sampler> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	let heap = 0;
	let pss = 0;
	let running = true;
	const tick = async () => {
		while (running) {
			try {
				const { metrics } = await cdp.send('Performance.getMetrics');
				const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
				heap = Math.max(heap, used / 2 ** 20);
			} catch {
				/* navigating */
			}
			pss = Math.max(pss, browserPssMb(previewPid));
			await new Promise((r) => setTimeout(r, 500));
		}
	};
	const loop = tick();
	return {
		stop: () => {
			running = false;
			void loop;
			return { heap, pss };
		}
	};
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Query kinds over the generated vocabulary: words of each frequency band, a phrase, a prefix, a fuzzy word, a filter. */
function queriesFrom(text: string): Record<string, string[]> {
	const bodies = text
		.split('\n')
		.map((l) => /^\d+\/\d+\/\d+, [^-]+ - ([^:]+): (.*)$/.exec(l))
		.filter((m): m is RegExpExecArray => m !== null && /^[a-z ]+$/.test(m[2]) && m[2].split(' ').length >= 4)
		.slice(0, 4000);
	const counts = new Map<string, number>();
	for (const m of bodies) for (const w of m[2].split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
	const long = ranked.filter((w) => w.length >= 6);
	const pick = (xs: string[], k: number, from = 0) => xs.slice(from, from + k);
	const named = bodies
		.map((m) => m[1])
		.filter((a) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(a))
		.map((a) => a.split(' ')[1]);
	const phrase = bodies.slice(0, 12).map((m) => m[2].split(' ').slice(1, 3).join(' '));
	return {
		'common word': pick(ranked, 6),
		'rare word': pick(ranked, 6, Math.floor(ranked.length * 0.8)),
		'two words': pick(ranked, 6, 20).map((w, i) => `${w} ${ranked[40 + i]}`),
		phrase: phrase.slice(0, 6).map((p) => `"${p}"`),
		prefix: pick(long, 6, 10).map((w) => `${w.slice(0, 3)}*`),
		fuzzy: pick(long, 6, 30).map((w) => `${w.slice(0, -1)}x~`),
		'from: + word': pick(ranked, 6, 5).map((w, i) => `from:${named[(i * 7) % named.length].toLowerCase()} ${w}`)
	};
}

async function searchOnce(page: Page, query: string): Promise<number> {
	return page.evaluate(([q]) => (window as unknown as { __benchSearch(q: string): Promise<number> }).__benchSearch(q), [query] as const);
}

async function openSearch(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
	await page
		.getByRole('searchbox', { name: 'Search messages' })
		.or(page.getByRole('textbox', { name: 'Search messages' }))
		.waitFor();
}

async function runSize(n: number, base: string, previewPid: number): Promise<SizeResult> {
	mkdirSync(OUT, { recursive: true });
	const label = n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`;
	const file = join(OUT, `whatsapp-realistic-${label}.txt`);
	const meta = `${file}.json`;
	let generated: GeneratedExport;
	if (existsSync(file) && existsSync(meta)) generated = JSON.parse(readFileSync(meta, 'utf8'));
	else {
		console.log(`generating ${n.toLocaleString('en-US')} messages…`);
		generated = writeRealisticWhatsApp(file, n);
		writeFileSync(meta, JSON.stringify(generated));
	}
	const text = readFileSync(file, 'utf8').slice(0, 2_000_000);
	const queries = queriesFrom(text);
	const profile = mkdtempSync(join(tmpdir(), 'parley-bench-'));
	const errors: string[] = [];
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ARGS,
		viewport: { width: 1280, height: 900 }
	});
	try {
		await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient')));
		await context.addInitScript({ path: PROBE });
		context.on('weberror', (e) => errors.push(String(e.error())));
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(base);
		await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
		const loadBefore = loadavg()[0];
		const memory = await sampleMemory(page, context, previewPid);
		await page.getByLabel('Choose chat export files').setInputFiles(file);
		// Done: idle (no bar, no step text) for SETTLE_MS with the conversations on screen.
		const deadline = Date.now() + IMPORT_TIMEOUT_MS;
		let probe: Probe;
		for (;;) {
			probe = await page.evaluate(() => (window as unknown as { __benchProbe: Probe }).__benchProbe);
			const now = await page.evaluate(() => performance.now());
			const lastIdle = probe.idleAt.at(-1);
			const idleNow = lastIdle !== undefined && probe.busySeenAt !== null;
			if (idleNow && probe.browsableAt !== null && now - lastIdle! > SETTLE_MS) {
				// Still idle? a new step would have set busy again after lastIdle.
				const busyAgain = await page.evaluate(() => document.querySelector('main progress, main [role="progressbar"]') !== null);
				if (!busyAgain) break;
			}
			if (Date.now() > deadline) {
				errors.push(`import not done within ${IMPORT_TIMEOUT_MS / 1000} s`);
				break;
			}
			await new Promise((r) => setTimeout(r, 250));
		}
		const t0 = probe.changeAt ?? 0;
		const s = (t: number | null | undefined) => (t === null || t === undefined ? null : (t - t0) / 1000);
		const doneAt = probe.idleAt.at(-1) ?? null;
		const during = probe.longTasks.filter((t) => t.start >= t0 && (doneAt === null || t.start <= doneAt) && t.duration > 200);
		// Searchable: the first search after the drop that answers. Run once the import is done, it times one search.
		await openSearch(page);
		let firstSearchAfterDoneMs: number | null = null;
		try {
			firstSearchAfterDoneMs = await searchOnce(page, queries['common word'][0]);
		} catch (e) {
			errors.push(String(e));
		}
		const mem = memory.stop();
		const rounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 3);
		const searchP95Ms: SizeResult['searchP95Ms'] = {};
		for (const [kind, qs] of Object.entries(queries)) {
			const times: number[] = [];
			for (let r = 0; r < rounds; r++)
				for (const q of qs) {
					try {
						times.push(await searchOnce(page, q));
					} catch (e) {
						errors.push(String(e));
					}
				}
			times.sort((a, b) => a - b);
			if (times.length) searchP95Ms[kind] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, n: times.length };
		}
		// Reload: from the navigation's start to the first search answered over the restored workspace.
		const reloadStart = Date.now();
		let reloadToFirstAnswerS: number | null = null;
		await page.goto(new URL('search', base).href);
		for (let tries = 0; tries < 600 && reloadToFirstAnswerS === null; tries++) {
			try {
				await page
					.getByRole('textbox', { name: 'Search messages' })
					.or(page.getByRole('searchbox', { name: 'Search messages' }))
					.waitFor({ timeout: 60_000 });
				await searchOnce(page, queries['common word'][1]);
				reloadToFirstAnswerS = (Date.now() - reloadStart) / 1000;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		const reloadSteps = await page
			.evaluate(() => (window as unknown as { __benchProbe: { restoreSteps: { step: string; at: number }[] } }).__benchProbe.restoreSteps)
			.catch(() => []);
		const reloadVerifiedS = await verificationDone(page, reloadStart, errors);
		const chartRedrawMs = await chartRedraws(page, errors);
		const result: SizeResult = {
			messages: n,
			fileMb: statSync(file).size / 2 ** 20,
			generated,
			loadBefore,
			loadAfter: loadavg()[0],
			browsableS: s(probe.browsableAt),
			riskScannedS: s(probe.riskGoneAt ?? (probe.riskSeenAt === null ? doneAt : null)),
			searchableS: s(probe.indexGoneAt ?? (probe.indexSeenAt === null ? doneAt : null)),
			doneS: s(doneAt),
			firstSearchAfterDoneMs,
			peakMainHeapMb: mem.heap,
			peakBrowserPssMb: mem.pss,
			longTasksOver200: during.length,
			longestTaskMs: Math.max(0, ...probe.longTasks.filter((t) => t.start >= t0 && (doneAt === null || t.start <= doneAt)).map((t) => t.duration)),
			searchP95Ms,
			reloadToFirstAnswerS,
			reloadSteps,
			reloadVerifiedS,
			chartRedrawMs,
			errors
		};
		return result;
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

/**
 * After a reload the app checks the restored workspace in the background (every row hashed, in blocks of 50,000 on
 * the page's connection); a query of the page waits for the block under way. The charts are timed once that is done,
 * so they measure the dashboard and not the check: the audit page shows "Verifying the workspace…" while it runs.
 */
async function verificationDone(page: Page, reloadStart: number, errors: string[]): Promise<number | null> {
	try {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
		await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
		const verifying = page.getByRole('status').filter({ hasText: 'Verifying the workspace' });
		await verifying.waitFor({ state: 'detached', timeout: 20 * 60_000 });
		return (Date.now() - reloadStart) / 1000;
	} catch (e) {
		errors.push(`verification: ${String(e)}`);
		return null;
	}
}

/** /analytics: every chart drawn, then a date filter set; per chart, ms from the change to its last redraw. */
async function chartRedraws(page: Page, errors: string[]): Promise<Record<string, number | null>> {
	const out: Record<string, number | null> = Object.fromEntries(CHARTS.map((c) => [c, null]));
	try {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
		for (const name of CHARTS) await page.getByRole('figure', { name }).locator('svg').first().waitFor({ timeout: 120_000 });
		const filter = page.getByRole('form', { name: 'Global filter' });
		const from = filter.getByLabel('From (UTC)');
		const first = (await from.getAttribute('min')) ?? '2021-01-01';
		const last = (await from.getAttribute('max')) ?? '2021-12-31';
		const mid = new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
		await page.evaluate((charts) => {
			const w = window as unknown as { __chartChanged: Record<string, number> };
			w.__chartChanged = {};
			for (const fig of document.querySelectorAll('figure')) {
				const title = fig.getAttribute('aria-label') ?? fig.querySelector('h2, h3')?.textContent?.trim() ?? '';
				const name = charts.find((c) => title.includes(c));
				if (!name) continue;
				new MutationObserver(() => (w.__chartChanged[name] = performance.now())).observe(fig, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			}
		}, CHARTS);
		const changedAt = await page.evaluate(() => performance.now());
		await from.fill(mid);
		let last0 = '';
		for (let quiet = 0; quiet < 8;) {
			await new Promise((r) => setTimeout(r, 250));
			const now = JSON.stringify(await page.evaluate(() => (window as unknown as { __chartChanged: Record<string, number> }).__chartChanged));
			quiet = now === last0 ? quiet + 1 : 0;
			last0 = now;
		}
		const changed = JSON.parse(last0) as Record<string, number>;
		for (const c of CHARTS) out[c] = changed[c] === undefined ? null : changed[c] - changedAt;
	} catch (e) {
		errors.push(`charts: ${String(e)}`);
	}
	return out;
}

const sizes = (process.env.BENCH_SIZES ?? '100k,1M').split(',').map(parseSize);
console.log(
	`Parley browser benchmark — chromium headless, ${availableParallelism()} cores, load ${loadavg()
		.map((x) => fixed(x, 1))
		.join(' ')}, ${new Date().toISOString()}`
);
ensureBuild();
const preview = await startPreview();
const results: SizeResult[] = [];
try {
	for (const n of sizes) {
		console.log(`importing ${n.toLocaleString('en-US')} messages…`);
		results.push(await runSize(n, preview.url, preview.child.pid!));
	}
} finally {
	preview.child.kill();
}
const sec = (x: number | null) => (x === null ? 'n/a' : fixed(x, 1));
const ms = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : fixed(x, 0));
const cols = results.map((r) => `${r.messages.toLocaleString('en-US')} msgs (${fixed(r.fileMb, 0)} MB)`);
const row = (name: string, f: (r: SizeResult) => string) => [name, ...results.map(f)];
printTable(
	'Import in headless chromium, generated WhatsApp export dropped through the file input (seconds from the drop)',
	['figure', ...cols],
	[
		row('browsable (first conversation listed)', (r) => sec(r.browsableS)),
		row('risk-scanned', (r) => sec(r.riskScannedS)),
		row('searchable (index step gone)', (r) => sec(r.searchableS)),
		row('done (no progress for 3 s)', (r) => sec(r.doneS)),
		row('first search after done, ms', (r) => ms(r.firstSearchAfterDoneMs)),
		row('peak main-thread JS heap, MB', (r) => fixed(r.peakMainHeapMb, 0)),
		row('peak browser PSS (all processes), MB', (r) => fixed(r.peakBrowserPssMb, 0)),
		row('long tasks > 200 ms during import', (r) => String(r.longTasksOver200)),
		row('longest main-thread task, ms', (r) => ms(r.longestTaskMs)),
		...Object.keys(results[0]?.searchP95Ms ?? {}).map((k) =>
			row(`search p95 ms: ${k}`, (r) => (r.searchP95Ms[k] ? `${ms(r.searchP95Ms[k].p95)} (p50 ${ms(r.searchP95Ms[k].p50)}, n ${r.searchP95Ms[k].n})` : 'n/a'))
		),
		row('reload → first search answered, s', (r) => sec(r.reloadToFirstAnswerS)),
		row('reload: restoring steps shown (s from the navigation)', (r) => r.reloadSteps.map((x) => `${x.step} ${sec(x.at / 1000)}`).join(' · ') || 'none'),
		row('reload: workspace check done, s (charts timed after it)', (r) => sec(r.reloadVerifiedS)),
		...CHARTS.map((c) => row(`chart redraw after filter, ms: ${c}`, (r) => ms(r.chartRedrawMs[c]))),
		row('load average before / after', (r) => `${fixed(r.loadBefore, 1)} / ${fixed(r.loadAfter, 1)}`)
	]
);
for (const r of results) if (r.errors.length) console.log(`\n${r.messages}: ${r.errors.join('\n  ')}`);
mkdirSync(OUT, { recursive: true });
const jsonFile = join(OUT, `browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(jsonFile, JSON.stringify({ cores: availableParallelism(), results }, null, 2));
console.log(`\nwrote ${jsonFile}`);
