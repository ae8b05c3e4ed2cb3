// The contact graph on the bundled samples: people fill the centrality table, clicking a contact on the WebGL canvas
// lists the messages between the two, GEXF downloads, nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

// Conversations per sample, hand-counted in data-samples/*/README.md (as every-sample.e2e.ts).
// 26 since the Telegram HTML sample (one group) joined them; 27 with the WhatsApp chat with Dana W (one-to-one).
const CONVERSATIONS = 27;

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

interface GraphHook {
	findEdge(a: string, b: string): string | null;
	edgeMidpoint(key: string): { x: number; y: number } | null;
}

test('graph of every sample: centrality, click a contact to see its messages, export GEXF', async () => {
	app = await openApp('/');
	const { page } = app;
	const button = page.getByRole('button', { name: 'Open a sample of every format' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: 90_000 });
	await button.click();
	const dialog = page.getByRole('dialog', { name: /Map the columns of/ });
	await dialog.waitFor({ timeout: 60_000 });
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count(), { timeout: 90_000 }).toBe(CONVERSATIONS);
	// Let the post-import tasks (identities, risk scan, indexing, saving) finish before leaving the page.
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 90_000 }).toBe(0);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Graph' }).click();
	const centrality = page.getByRole('table', { name: 'Centrality' });
	// The Telegram sample's authors are among the people (README: Tomás Ortega, Lena Fischer, …).
	await centrality.getByRole('rowheader', { name: 'Lena Fischer' }).first().waitFor({ timeout: 60_000 });
	expect(await centrality.getByRole('row').count()).toBeGreaterThan(20);
	await page
		.getByRole('status', { name: 'Layout progress' })
		.filter({ hasText: /Layout done/ })
		.waitFor({ timeout: 60_000 });
	await screenshot(page, 'graph.png');
	// People who share a name are told apart by platform (and handle), never by internal keys: the WeChat samples
	// each write Daniel Park under their own handle (wechat/README.md), and Bo Li writes on WhatsApp and Slack.
	const names = await centrality.getByRole('rowheader').allInnerTexts();
	expect(names.filter((n) => /\((i|p):\d+\)/.test(n))).toEqual([]);
	expect(names.filter((n) => n.startsWith('Daniel Park · wechat')).length).toBeGreaterThanOrEqual(2);
	expect(names).toContain('Bo Li · slack');
	expect(new Set(names).size).toBe(names.length);
	// The tables fit the side panel: nothing scrolls sideways.
	for (const table of [centrality, page.getByRole('table', { name: 'Contacts' })]) {
		const { scrollWidth, clientWidth } = await table.evaluate((t) => ({
			scrollWidth: t.parentElement!.scrollWidth,
			clientWidth: t.parentElement!.clientWidth
		}));
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	}
	// The generated test network is for development builds only.
	expect(await page.getByText(/Load a generated/).count()).toBe(0);

	// The heaviest contact that has direct messages, from the contacts table.
	const contacts = page.getByRole('table', { name: 'Contacts' });
	const rows = contacts.getByRole('row');
	let pair: [string, string] | null = null;
	for (let i = 1; i < (await rows.count()) && !pair; i++) {
		const direct = Number(await rows.nth(i).getByRole('cell').first().textContent());
		if (direct > 0) {
			const names = (await rows.nth(i).getByRole('rowheader').textContent())!.split(' – ');
			pair = [names[0].trim(), names[1].trim()];
		}
	}
	expect(pair).not.toBeNull();
	const [a, b] = pair!;

	const hasWebGL = await page.evaluate(() => 'WebGLRenderingContext' in window && !!document.createElement('canvas').getContext('webgl'));
	const hook = await page.evaluate(() => '__parleyGraph' in window);
	const messages = page.getByRole('list', { name: `Messages between ${a} and ${b}` });
	if (hasWebGL && hook) {
		const point = await page.evaluate(
			([x, y]) => {
				const g = (window as unknown as { __parleyGraph: GraphHook }).__parleyGraph;
				const key = g.findEdge(x, y);
				return key ? g.edgeMidpoint(key) : null;
			},
			[a, b] as const
		);
		expect(point).not.toBeNull();
		await page.mouse.click(point!.x, point!.y);
	} else {
		// No WebGL in this browser: the page says so, and the table offers the same.
		await page.getByRole('alert').filter({ hasText: 'needs WebGL' }).waitFor();
		await contacts.getByRole('button', { name: `Messages between ${a} and ${b}` }).click();
	}
	expect(hasWebGL, 'WebGL (SwiftShader) is available in headless chromium').toBe(true);
	await messages.waitFor({ timeout: 30_000 });
	const items = messages.getByRole('listitem');
	expect(await items.count()).toBeGreaterThan(0);
	await expect.poll(() => items.first().getByRole('link', { name: 'Open in conversation' }).getAttribute('href')).toMatch(/\?c=\d+&m=\d+$/);
	await screenshot(page, 'graph-edge-messages.png');

	// Colour by risk: the legend explains the bands.
	await page.getByRole('radio', { name: 'Risk' }).check();
	await page.getByRole('list', { name: 'Risk colours' }).waitFor();
	await screenshot(page, 'graph-risk.png');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
	expect(download.suggestedFilename()).toBe('parley-contacts.gexf');
	const gexf = readFileSync((await download.path())!, 'utf8');
	expect(gexf).toContain('<gexf');
	expect(gexf).toContain('Lena Fischer');

	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 300_000);
