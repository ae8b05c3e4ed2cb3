// People page: participants of the sample listed as people; two merged by hand are listed once, renamed, split again,
// and the decisions hold after a reload restores the saved workspace.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function importSample(page: Page) {
	// The button waits for the database to start and the saved workspace to be restored.
	const button = page.getByRole('button', { name: 'Open sample archive' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await button.click();
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: 60_000 });
	await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toMatch(/\b91\b/);
}

test('two participants merged by hand are one person, and a split takes one out again', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await importSample(page);
	await page.getByRole('navigation').getByRole('link', { name: 'People', exact: true }).click();

	const table = page.getByRole('table', { name: 'People' });
	const rows = table.getByRole('row');
	// The Harbor Logistics chat has five authors (counted with grep), none sharing a number: five people plus the header.
	await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(6);

	await page.getByRole('checkbox', { name: 'Select Bo Li' }).check();
	await page.getByRole('checkbox', { name: 'Select Ana Silva' }).check();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Merge 2 people' });
	await dialog.waitFor();
	await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
	// The dialog keeps its name until the merge is done and it closes (a modal dialog leaves the page inert: typing
	// into the search box before it has closed would go nowhere).
	await dialog.waitFor({ state: 'detached' });
	expect(await page.getByRole('dialog').count()).toBe(0);

	await expect.poll(() => rows.count()).toBe(5);
	await page.getByRole('searchbox', { name: 'Search people' }).fill('ana silva');
	await expect.poll(() => rows.count()).toBe(2);
	// Listed once, labelled as the first selected, with both handles (in import order) and both authors' messages
	// (21 + 20, counted by hand in the sample).
	expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual(['', 'Bo Li', 'whatsapp', 'Ana Silva, Bo Li', '41']);
	await screenshot(page, 'people.png');

	await rows.nth(1).getByRole('button', { name: 'Bo Li' }).click();
	const person = page.getByRole('dialog', { name: 'Person: Bo Li' });
	await person.waitFor();
	await person.getByRole('textbox', { name: 'Label' }).fill('Harbor leads');
	await person.getByRole('button', { name: 'Rename' }).click();
	await page.getByRole('dialog', { name: 'Person: Harbor leads' }).waitFor();
	await screenshot(page, 'people-person.png');
	await page.getByRole('dialog', { name: 'Person: Harbor leads' }).getByRole('button', { name: 'Split Ana Silva out' }).click();
	// The person stays open with the one who remains (header row + one), and nothing went wrong.
	const remaining = async () => ({ rows: await page.getByRole('dialog').getByRole('row').count(), alerts: await page.getByRole('alert').allInnerTexts() });
	await expect.poll(remaining, { timeout: 20_000 }).toEqual({ rows: 2, alerts: [] });
	// Rename is enabled again once the split is done and its save has started; wait for the save to finish.
	await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).and(page.locator(':enabled')).waitFor();
	await page.getByText(/^\s*Saved on this machine/).waitFor({ timeout: 60_000 });
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

	await page.getByRole('searchbox', { name: 'Search people' }).fill('');
	await expect.poll(() => rows.count()).toBe(6);
	expect(await table.getByRole('button', { name: 'Harbor leads' }).count()).toBe(1);
	expect(await table.getByRole('button', { name: 'Ana Silva' }).count()).toBe(1);

	// The decisions are kept in the workspace: after a full page load (restore from this machine) they still hold. The
	// bare path: a reload of a URL that names a view (?q=…) restores that view, which is not what this checks.
	await page.goto(new URL('/people', page.url()).href);
	await page.getByRole('navigation').getByRole('link', { name: 'People', exact: true }).click();
	await expect.poll(() => table.getByRole('button', { name: 'Harbor leads' }).count(), { timeout: 90_000 }).toBe(1);
	expect(await rows.count()).toBe(6);
	expect(await table.getByRole('button', { name: 'Ana Silva' }).count()).toBe(1);

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 300_000);
