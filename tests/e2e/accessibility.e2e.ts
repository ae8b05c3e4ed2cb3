// An axe-core audit of every page: the empty workspace, an import that failed, then each page with the sample loaded,
// and the states an analyst reaches (a conversation open, a search shown, a SQL result, the graph drawn, a risk cell
// open, the audit page). Every violation of every state is printed, and any one fails the test.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

// The sample has no risk hit; this chat has a burst of them, so the risk page draws its heatmap.
const RISKY_CHAT = join(REPO_ROOT, 'tests/fixtures/risk/WhatsApp Chat with Dana Whitfield.txt');

const TIMEOUT = 90_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('axe-core finds no violation on any page, empty and with the sample loaded', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.setViewportSize({ width: 1440, height: 900 });
	const report: string[] = [];
	const audit = async (state: string) => {
		await screenshot(page, `screens-${state.replaceAll(' ', '-')}.png`);
		const violations = await axeViolations(page);
		if (violations.length === 0) return;
		report.push(describeViolations(state, violations));
		console.log(report[report.length - 1]);
	};

	const sample = page.getByRole('button', { name: 'Open sample archive' });
	await sample.and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await audit('empty workspace');

	await page
		.getByLabel('Choose chat export files')
		.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('this is not a chat export\nnor is this line\n') });
	await page.getByRole('alert').filter({ hasText: 'Not imported' }).waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);
	await audit('an import that failed');

	await sample.and(page.locator(':enabled')).click();
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().waitFor({ timeout: TIMEOUT });
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);
	await audit('workspace after import');
	await page.getByLabel('Choose chat export files').setInputFiles(RISKY_CHAT);
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').filter({ hasText: 'Dana Whitfield' }).waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);

	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
	await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByText(/^Loading message/).count(), { timeout: TIMEOUT }).toBe(0);
	await audit('a conversation open');

	await nav(page).getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText(/^Index (built|restored from the saved workspace) · [\d,]+ messages$/).waitFor({ timeout: TIMEOUT });
	await audit('search, no query');
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('ISF');
	await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor({ timeout: TIMEOUT });
	await audit('a search shown');
	await page
		.getByRole('group', { name: 'Month' })
		.getByRole('button', { name: /2024-02/ })
		.click();
	await page.getByRole('list', { name: 'Applied filters' }).waitFor({ timeout: TIMEOUT });
	await audit('a search narrowed by a facet');
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('ISF foo:bar (exam');
	await page.getByRole('alert', { name: 'Query errors' }).waitFor({ timeout: TIMEOUT });
	await audit('a search with errors');

	await nav(page).getByRole('link', { name: 'SQL', exact: true }).click();
	await page.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page.getByRole('table', { name: 'Query result' }).getByRole('row').nth(1).waitFor({ timeout: TIMEOUT });
	await audit('a SQL result');
	await page.getByRole('button', { name: /^Chart this result/ }).click();
	await page
		.getByRole('figure', { name: /Chart of the result/ })
		.locator('svg')
		.first()
		.waitFor({ timeout: TIMEOUT });
	await audit('a SQL result charted');
	await page.getByRole('textbox', { name: 'SQL' }).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('SELECT author FROM messages GROUP BY ORDER BY 1');
	await page.keyboard.press('ControlOrMeta+Enter');
	await page.getByRole('alert').filter({ hasText: 'syntax error' }).waitFor({ timeout: TIMEOUT });
	await audit('a SQL syntax error');

	await nav(page).getByRole('link', { name: 'Analytics', exact: true }).click();
	await page.locator('figure svg').first().waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
	await audit('analytics');

	await nav(page).getByRole('link', { name: 'Graph', exact: true }).click();
	await page
		.getByRole('status', { name: 'Layout progress' })
		.filter({ hasText: /Layout done/ })
		.waitFor({ timeout: TIMEOUT });
	await audit('the graph drawn');

	await nav(page).getByRole('link', { name: 'People', exact: true }).click();
	await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
	await audit('people');

	await nav(page).getByRole('link', { name: 'Risk', exact: true }).click();
	const heatmap = page.getByRole('table', { name: /Risk heatmap/ });
	await heatmap.waitFor({ timeout: TIMEOUT });
	await audit('risk');
	await heatmap.getByRole('button', { name: /Dana Whitfield, week of 2024-03-11/ }).click();
	await page
		.getByRole('list', { name: /^Hits: / })
		.getByRole('listitem')
		.first()
		.waitFor({ timeout: TIMEOUT });
	await audit('a risk cell open');

	await nav(page).getByRole('link', { name: 'Audit', exact: true }).click();
	await page.getByRole('heading', { level: 2 }).first().waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: TIMEOUT }).toBe(0);
	await audit('the audit page');

	expect(report, `axe-core violations:\n${report.join('\n')}`).toEqual([]);
	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 600_000);
