// Chromium harness for e2e tests: a fresh profile per app, every request recorded, off-machine ones aborted.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How Chromium words a CSP violation in the console. */
const CSP_REPORT = /Content Security Policy/i;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface RecordedRequest {
	url: string;
	method: string;
	source: 'request' | 'route' | 'websocket';
	aborted: boolean;
}

export interface App {
	page: Page;
	context: BrowserContext;
	baseURL: string;
	requests: RecordedRequest[];
	consoleErrors: string[];
	pageErrors: string[];
	/** Content Security Policy violations reported in any page of the context: `securitypolicyviolation` events and console reports. */
	cspViolations: string[];
	close: () => Promise<void>;
}

/** True when the URL cannot leave this machine: loopback http(s)/ws(s), data:, blob: of a local origin, about:. */
export function isLocalURL(raw: string): boolean {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return false;
	}
	if (url.protocol === 'data:' || url.protocol === 'about:') return true;
	if (url.protocol === 'blob:') return isLocalURL(raw.slice('blob:'.length));
	if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return LOCAL_HOSTS.has(url.hostname);
	return false;
}

export async function openApp(path = '/'): Promise<App> {
	const setupError = inject('e2eSetupError');
	if (setupError) throw new Error(`e2e setup failed (build or preview server):\n${setupError}`);
	const baseURL = inject('baseURL');
	const profile = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			// Belt and braces: even a request that escapes routing cannot resolve a remote host.
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
		],
		viewport: { width: 1280, height: 900 }
	});
	const requests: RecordedRequest[] = [];
	const consoleErrors: string[] = [];
	const pageErrors: string[] = [];
	const cspViolations: string[] = [];

	await context.exposeBinding('__parleyCspViolation', ({ page }, report: string) => {
		cspViolations.push(`${report} (${page?.url() ?? 'worker'})`);
	});
	await context.addInitScript(() => {
		addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) => {
			const report = (globalThis as unknown as { __parleyCspViolation?: (r: string) => void }).__parleyCspViolation;
			report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	await context.route('**/*', async (route) => {
		const req = route.request();
		if (isLocalURL(req.url())) return route.continue();
		requests.push({ url: req.url(), method: req.method(), source: 'route', aborted: true });
		await route.abort('blockedbyclient');
	});
	context.on('request', (req) => requests.push({ url: req.url(), method: req.method(), source: 'request', aborted: false }));
	context.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
		if (CSP_REPORT.test(msg.text())) cspViolations.push(`${msg.text()} (${msg.location().url})`);
	});
	context.on('weberror', (err) => pageErrors.push(String(err.error()?.stack ?? err.error())));
	const watch = (page: Page) => {
		page.on('websocket', (ws) => requests.push({ url: ws.url(), method: 'GET', source: 'websocket', aborted: false }));
		// A worker's violations are reported in its own console, not the page's.
		page.on('worker', (worker) =>
			worker.on('console', (msg) => {
				if (CSP_REPORT.test(msg.text())) cspViolations.push(`${msg.text()} (worker ${worker.url()})`);
			})
		);
	};
	context.pages().forEach(watch);
	context.on('page', watch);

	const close = async () => {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	};
	const page = context.pages()[0] ?? (await context.newPage());
	try {
		await page.goto(new URL(path, baseURL).href);
	} catch (err) {
		await close();
		throw err;
	}
	return {
		page,
		context,
		baseURL,
		requests,
		consoleErrors,
		pageErrors,
		cspViolations,
		close
	};
}

export function offMachineRequests(requests: RecordedRequest[]): RecordedRequest[] {
	return requests.filter((r) => !isLocalURL(r.url));
}

export function assertNoOffMachineRequests(requests: RecordedRequest[]): void {
	const off = offMachineRequests(requests);
	const list = off.map((r) => `${r.method} ${r.url} [${r.source}${r.aborted ? ', aborted' : ''}]`).join('\n');
	expect(off, `off-machine requests:\n${list}`).toEqual([]);
}

export function assertNoCspViolations(app: Pick<App, 'cspViolations'>): void {
	expect(app.cspViolations, `CSP violations:\n${app.cspViolations.join('\n')}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(RESULTS_DIR, { recursive: true });
	const path = join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}
