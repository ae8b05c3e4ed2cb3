// The page's Content Security Policy: every built page carries the strict policy (no inline or blob: script, no eval),
// and every page of the app works under it — each worker starts, each view draws — with no violation reported.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, inject, test } from 'vitest';
import { assertNoCspViolations, assertNoOffMachineRequests, openApp, type App } from './harness';

const PAGES = ['/', '/search', '/sql', '/analytics', '/graph', '/people', '/risk'];
// Conversations per sample, hand-counted in data-samples/*/README.md (as every-sample.e2e.ts).
// 26 since the Telegram HTML sample (one group) joined them; 27 with the WhatsApp chat with Dana W (one-to-one).
const CONVERSATIONS = 27;
const TIMEOUT = 90_000;

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

function policyOf(html: string): Map<string, string[]> {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
	expect(metas.length, 'one CSP <meta> tag').toBe(1);
	const content = metas[0][1]
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);

test('every built page carries the strict CSP, and the server adds frame-ancestors', async () => {
	const baseURL = inject('baseURL');
	expect(baseURL, 'the e2e preview server').not.toBe('');
	const fallback = readFileSync(join(inject('buildDir'), '200.html'), 'utf8');
	for (const path of [...PAGES, '200.html (the fallback for other hosts)']) {
		const response = path.startsWith('/') ? await fetch(new URL(path, baseURL)) : null;
		expect(response?.status ?? 200, path).toBe(200);
		const html = response ? await response.text() : fallback;
		const policy = policyOf(html);
		const script = policy.get('script-src') ?? [];
		expect(script, `${path} script-src`).not.toContain("'unsafe-inline'");
		expect(script, `${path} script-src`).not.toContain("'unsafe-eval'");
		expect(
			script.filter((s) => /^(blob|data|https?):?$|\*/.test(s)),
			`${path} script-src schemes`
		).toEqual([]);
		expect(script, `${path} script-src`).toContain("'wasm-unsafe-eval'");
		// Each inline script the page carries is allowed by its exact hash, and nothing else inline is.
		const hashes = script.filter((s) => s.startsWith("'sha256-"));
		const scripts = inlineScripts(html);
		expect(scripts.length, `${path} inline scripts`).toBeGreaterThan(0);
		expect(hashes.sort(), `${path} hashes`).toEqual(scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).sort());
		expect(policy.get('worker-src'), `${path} worker-src`).toEqual(["'self'"]);
		expect(policy.get('default-src'), `${path} default-src`).toEqual(["'self'"]);
		expect(policy.get('connect-src'), `${path} connect-src`).toEqual(["'self'"]);
		expect(policy.get('object-src'), `${path} object-src`).toEqual(["'none'"]);
		expect(policy.get('base-uri'), `${path} base-uri`).toEqual(["'self'"]);
		expect(policy.get('form-action'), `${path} form-action`).toEqual(["'none'"]);
		if (!response) continue;
		expect(response.headers.get('content-security-policy'), `${path} header`).toMatch(/frame-ancestors 'none'/);
		expect(response.headers.get('x-content-type-options'), `${path} nosniff`).toBe('nosniff');
	}
});

test('the violation detector sees an inline script and a blob: script the page refuses', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('heading', { name: 'Parley', level: 1 }).waitFor();
	await page.evaluate(() => {
		const inline = document.createElement('script');
		inline.textContent = 'document.title = "inline ran"';
		document.body.append(inline);
		const blob = document.createElement('script');
		blob.src = URL.createObjectURL(new Blob(['document.title = "blob ran"'], { type: 'text/javascript' }));
		document.body.append(blob);
	});
	await expect.poll(() => app!.cspViolations.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
	expect(await page.title()).toBe('Parley');
	expect(app.cspViolations.join('\n')).toMatch(/script-src/);
});

test('a blob: document the page itself opens inherits its policy: its inline script is refused', async () => {
	// A second line of defence only: a blob: URL opened with no initiator (the address bar) gets no policy in this
	// Chromium, which is why attachments are never typed as documents (media.e2e.ts opens them that way).
	app = await openApp('/');
	const { page, context } = app;
	await page.getByRole('heading', { name: 'Parley', level: 1 }).waitFor();
	const popup = context.waitForEvent('page');
	await page.evaluate(() => {
		const url = URL.createObjectURL(new Blob(['<title>blob</title><script>document.title = "inline ran"</script>'], { type: 'text/html' }));
		window.open(url, '_blank', 'noopener');
	});
	const tab = await popup;
	await tab.waitForLoadState();
	await expect.poll(() => app!.cspViolations.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
	expect(await tab.title()).toBe('blob');
	expect(app.cspViolations.join('\n')).toMatch(/script-src/);
});

test('every page works under the CSP: each worker starts, each view draws, no violation is reported', async () => {
	app = await openApp('/');
	const { page } = app;
	const nav = page.getByRole('navigation', { name: 'Main' });

	// Import: the parse worker and DuckDB's worker; the risk worker scans and the search worker indexes after it.
	const button = page.getByRole('button', { name: 'Open a sample of every format' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await button.click();
	const dialog = page.getByRole('dialog', { name: /Map the columns of/ });
	await dialog.waitFor({ timeout: TIMEOUT });
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count(), { timeout: TIMEOUT }).toBe(CONVERSATIONS);
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);
	await conversations.first().getByRole('link').first().click();
	await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText(/^Index (built|restored from the saved workspace) · [\d,]+ messages$/).waitFor({ timeout: TIMEOUT });
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('container');
	await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'SQL', exact: true }).click();
	await page.getByRole('textbox', { name: 'SQL' }).fill('SELECT kind, count(*) AS n FROM messages GROUP BY kind ORDER BY n DESC');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page.getByRole('table').getByRole('columnheader', { name: 'n', exact: true }).waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'Analytics' }).click();
	await page.getByRole('figure', { name: 'Activity over time' }).locator('svg').first().waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'Graph' }).click();
	await page
		.getByRole('status', { name: 'Layout progress' })
		.filter({ hasText: /Layout done/ })
		.waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'People', exact: true }).click();
	await page.getByRole('table', { name: 'People' }).getByRole('row').nth(1).waitFor({ timeout: TIMEOUT });

	await nav.getByRole('link', { name: 'Risk', exact: true }).click();
	await page.getByRole('table', { name: /Risk heatmap/ }).waitFor({ timeout: TIMEOUT });

	// Every page again, opened by URL after a reload: the restored workspace, each page's own start-up.
	for (const path of PAGES) {
		await page.goto(new URL(path, app.baseURL).href);
		await page.getByRole('heading', { name: 'Parley', level: 1 }).waitFor();
		await page
			.getByTestId('workspace-storage')
			.filter({ hasText: /Restored on this machine/ })
			.waitFor({ timeout: TIMEOUT });
		await page.waitForLoadState('networkidle');
	}

	assertNoCspViolations(app);
	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 300_000);
