// One analyst's path through issue 5 on the bundled sample: a SQL query, charted; then the contact graph, a click on
// an edge, and the messages between the two people. Nothing leaves the machine.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

interface GraphHook {
	findEdge(a: string, b: string): string | null;
	edgeMidpoint(key: string): { x: number; y: number } | null;
}

async function typeSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape');
}

test('SQL query → chart → contact graph → click an edge → the messages between the two', async () => {
	app = await openApp('/');
	const { page } = app;
	const sample = page.getByRole('button', { name: 'Open sample archive' });
	await sample.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await sample.click();
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: 60_000 });
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 120_000 }).toBe(0);

	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'SQL', exact: true }).click();
	// Messages per month: a time column and a number column.
	await typeSql(page, "SELECT date_trunc('month', ts_utc) AS month, count(*) AS messages FROM messages GROUP BY 1 ORDER BY 1");
	await page.keyboard.press('ControlOrMeta+Enter');
	const table = page.getByRole('table', { name: 'Query result' });
	await table.getByRole('columnheader', { name: /^month/ }).waitFor({ timeout: 60_000 });
	// data-samples/whatsapp/README.md: the Harbor Logistics chat runs from 2024-01-08 to 2024-04-05, four months.
	await expect.poll(() => table.getByRole('row').count()).toBe(1 + 4);
	await page.getByRole('button', { name: 'Chart this result' }).click();
	const figure = page.getByRole('figure', { name: 'Chart of the result' });
	await figure.locator('svg').first().waitFor();
	await figure.scrollIntoViewIfNeeded();
	await screenshot(page, 'analyst-flow-chart.png');

	await nav.getByRole('link', { name: 'Graph' }).click();
	await page
		.getByRole('status', { name: 'Layout progress' })
		.filter({ hasText: /Layout done/ })
		.waitFor({ timeout: 90_000 });
	const contacts = page.getByRole('table', { name: 'Contacts' });
	const first = contacts.getByRole('row').nth(1);
	const [a, b] = (await first.getByRole('rowheader').textContent())!.split(' – ').map((s) => s.trim());
	const point = await page.evaluate(
		([x, y]) => {
			const g = (window as unknown as { __parleyGraph?: GraphHook }).__parleyGraph;
			const key = g?.findEdge(x, y);
			return key ? g!.edgeMidpoint(key) : null;
		},
		[a, b] as const
	);
	expect(point, `edge ${a} – ${b} on the canvas`).not.toBeNull();
	await page.mouse.click(point!.x, point!.y);
	const messages = page.getByRole('list', { name: `Messages between ${a} and ${b}` });
	await messages.waitFor({ timeout: 30_000 });
	const items = messages.getByRole('listitem');
	await expect.poll(() => items.count()).toBeGreaterThan(0);
	const authors = (await items.allInnerTexts()).join('\n');
	expect(authors.includes(a) || authors.includes(b)).toBe(true);
	await screenshot(page, 'analyst-flow-graph.png');

	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 400_000);
