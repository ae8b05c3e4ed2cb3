// Redaction that never leaks: with the switch on and the page reloaded (and in a new tab), no page and no export
// shows a phone-number author, an e-mail address or a card number of the fixture; no request leaves the machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { readRsmf } from '../helpers/rsmf-reader';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/redaction/WhatsApp Chat with +44 7700 900123.txt');
const TIMEOUT = 60_000;
// Every way the fixture's secrets could show: as written, as digits, and their distinctive parts.
const SECRETS = [
	'+44 7700 900123',
	'7700 900123',
	'900123',
	'447700900123',
	'+1 (555) 010-0199',
	'010-0199',
	'0100199',
	'15550100199',
	'dana.weiss@',
	'ops.desk@',
	'harbor-logistics.io',
	'4539 1488 0343 6467',
	'4539',
	'6467'
];

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

function leaks(text: string): string[] {
	return SECRETS.filter((s) => text.includes(s));
}

async function expectNoLeak(page: Page, where: string) {
	const html = await page.content();
	expect(leaks(html), `${where} shows a hidden value`).toEqual([]);
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), click()]);
	const bytes = new Uint8Array(readFileSync((await download.path())!));
	return { name: download.suggestedFilename(), bytes, text: new TextDecoder().decode(bytes) };
}

async function go(page: Page, name: string) {
	await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

async function exportVia(page: Page, button: string, format: RegExp) {
	await page.getByRole('button', { name: button }).click();
	const dialog = page.getByRole('dialog', { name: button.replace(/…$/, '') });
	await dialog.getByRole('radio', { name: format }).check();
	const file = await downloadText(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
	await dialog.getByRole('button', { name: 'Close' }).click();
	return file;
}

test('with redaction on, after a reload and in a new tab, no page and no export shows the fixture’s numbers, addresses or card', async () => {
	app = await openApp('/');
	const { page, context } = app;
	const storage = page.getByTestId('workspace-storage');
	await page.getByLabel('Choose chat export files').setInputFiles(FIXTURE);
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 8 messages');
	// Off, the values are there to be hidden (the test can fail).
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
	await expect.poll(() => page.getByRole('list', { name: 'Messages' }).innerText(), { timeout: TIMEOUT }).toContain('charged');
	expect(leaks(await page.content())).toEqual(expect.arrayContaining(['+44 7700 900123', '4539 1488 0343 6467', 'dana.weiss@']));

	const redact = page.getByRole('switch', { name: 'Redact PII and secrets' });
	await redact.check();
	// The switch is busy until its state is saved with the workspace.
	await expect.poll(() => redact.getAttribute('aria-busy'), { timeout: TIMEOUT }).toBe('false');
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 8 messages');
	await page.reload();
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 8 messages');
	expect(await redact.isChecked()).toBe(true);

	// Workspace: the list, the conversation header, its messages.
	const messages = page.getByRole('list', { name: 'Messages' });
	// The list is redrawn when the restore's tasks finish: wait for what it shows, then look at the whole page.
	for (const mask of ['charged', '[pii.phone #1]', '[pii.phone #2]', '[pii.credit_card]', '[pii.email']) {
		await expect.poll(() => messages.innerText(), { timeout: TIMEOUT }).toContain(mask);
	}
	await expectNoLeak(page, 'the workspace');
	await screenshot(page, 'redacted-workspace.png');
	const conversation = await exportVia(page, 'Export conversation…', /^CSV/);
	expect(conversation.name).toMatch(/-redacted\.csv$/);
	expect(leaks(conversation.text)).toEqual([]);
	expect(conversation.text.split('\r\n')[1]).toMatch(/,true$/);
	const rsmf = await exportVia(page, 'Export conversation…', /RSMF/);
	for (const [name, bytes] of Object.entries(unzipSync(rsmf.bytes))) {
		const text = name.endsWith('.rsmf') ? JSON.stringify(readRsmf(bytes).manifest) + new TextDecoder().decode(bytes) : new TextDecoder().decode(bytes);
		expect(leaks(name + text), name).toEqual([]);
	}

	// Search: hits, highlights, facets; the export.
	await go(page, 'Search');
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('deposit');
	await page
		.getByRole('region', { name: 'Hits' })
		.getByText(/^\d+ hits?$/)
		.waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByRole('region', { name: 'Hits' }).locator('mark').count()).toBeGreaterThan(0);
	await expectNoLeak(page, 'the search page');
	await screenshot(page, 'redacted-search.png');
	const hits = await exportVia(page, 'Export hits…', /^CSV/);
	expect(leaks(hits.text)).toEqual([]);
	// A search for a hidden number finds no author by it.
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('from:"+44 7700"');
	await page.getByText(/No messages match/).waitFor({ timeout: TIMEOUT });

	// SQL: the grid, an engine error quoting a value, the exports.
	await go(page, 'SQL');
	const editor = page.getByRole('textbox', { name: 'SQL' });
	for (const sql of ['SELECT author, author_raw, text, raw FROM messages ORDER BY id', 'SELECT * FROM participants', 'SELECT title FROM conversations']) {
		await editor.click();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.press('Delete');
		await page.keyboard.type(sql);
		await page.keyboard.press('Escape');
		await page.keyboard.press('ControlOrMeta+Enter');
		await page.getByRole('table', { name: 'Query result' }).getByRole('row').nth(1).waitFor({ timeout: TIMEOUT });
		await expectNoLeak(page, `the SQL grid of ${sql}`);
		for (const format of ['CSV', 'JSON', 'Arrow']) {
			const file = await downloadText(page, () => page.getByRole('button', { name: `Export ${format}` }).click());
			const text = format === 'Arrow' ? JSON.stringify(tableFromIPC(file.bytes).toArray(), (_k, v) => (typeof v === 'bigint' ? String(v) : v)) : file.text;
			expect(leaks(text), `${format} of ${sql}`).toEqual([]);
		}
	}
	await screenshot(page, 'redacted-sql.png');

	// Analytics: labels drawn and saved.
	await go(page, 'Analytics');
	await page.getByRole('figure', { name: 'Most active participants' }).locator('svg').first().waitFor({ timeout: TIMEOUT });
	await expectNoLeak(page, 'the analytics page');
	for (const what of ['SVG', 'data as CSV']) {
		const file = await downloadText(page, () =>
			page.getByRole('button', { name: what === 'SVG' ? 'Save SVG: Most active participants' : 'Save data (CSV): Most active participants' }).click()
		);
		expect(leaks(file.text), `chart ${what}`).toEqual([]);
	}
	await screenshot(page, 'redacted-analytics.png');

	// Graph: tables and exports.
	await go(page, 'Graph');
	await page.getByRole('table', { name: 'Centrality' }).getByRole('row').nth(2).waitFor({ timeout: TIMEOUT });
	await expectNoLeak(page, 'the graph page');
	for (const format of ['GEXF', 'GraphML', 'CSV edge list']) {
		const file = await downloadText(page, () => page.getByRole('button', { name: `Export ${format}` }).click());
		expect(leaks(file.text), format).toEqual([]);
		expect(file.name).toContain('-redacted');
	}
	await screenshot(page, 'redacted-graph.png');

	// People.
	await go(page, 'People');
	await page.getByRole('table', { name: 'People' }).getByRole('row').nth(2).waitFor({ timeout: TIMEOUT });
	await expectNoLeak(page, 'the people page');
	await screenshot(page, 'redacted-people.png');

	// Risk: summaries, a list of hits, the exports.
	await go(page, 'Risk');
	const heatmap = page.getByRole('table', { name: /Risk heatmap/ });
	await heatmap.waitFor({ timeout: TIMEOUT });
	await heatmap.getByRole('button').and(page.locator(':enabled')).first().click();
	await page
		.getByRole('list', { name: /^Hits: / })
		.getByRole('listitem')
		.first()
		.waitFor({ timeout: TIMEOUT });
	await expectNoLeak(page, 'the risk page');
	await screenshot(page, 'redacted-risk.png');
	for (const format of ['CSV', 'JSON Lines']) {
		const file = await downloadText(page, () => page.getByRole('button', { name: `Export hits as ${format}` }).click());
		expect(leaks(file.text), `risk ${format}`).toEqual([]);
	}

	// A new tab opens redacted too.
	const tab = await context.newPage();
	await tab.goto(new URL('/people', app.baseURL).href);
	await tab.getByRole('table', { name: 'People' }).getByRole('row').nth(2).waitFor({ timeout: TIMEOUT });
	expect(await tab.getByRole('switch', { name: 'Redact PII and secrets' }).isChecked()).toBe(true);
	await expectNoLeak(tab, 'a new tab');

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 420_000);
